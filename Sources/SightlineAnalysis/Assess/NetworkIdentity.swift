import SightlineCore

/// Stable ids and code names: a network whose membership mostly persists keeps the id (and so the
/// name) it had in the previous run; a new one gets an id from its accounts.
struct NetworkIdentity {
    /// The previous run's networks.
    var previous: [(id: String, accounts: [String])]

    func assign(_ networks: [Network]) -> [Network] {
        var out = networks
        var taken = Set<String>()
        let order = out.indices.sorted { out[$0].accounts.count > out[$1].accounts.count || (out[$0].accounts.count == out[$1].accounts.count && out[$0].accounts[0] < out[$1].accounts[0]) }
        for i in order {
            let mine = Set(out[i].accounts)
            var best: (id: String, jaccard: Double)? = nil
            for p in previous where !taken.contains(p.id) {
                let theirs = Set(p.accounts)
                let j = Double(mine.intersection(theirs).count) / Double(mine.union(theirs).count)
                if j >= 0.5, j > (best?.jaccard ?? 0) { best = (p.id, j) }
            }
            if let best {
                out[i].id = best.id
                taken.insert(best.id)
            } else {
                var id = "net-" + String(SplitMix64.hex(StableHash.of(out[i].accounts.joined())).prefix(10))
                while taken.contains(id) { id += "x" }
                out[i].id = id
                taken.insert(id)
            }
            out[i].name = Self.codeName(for: out[i].id)
        }
        return out
    }

    /// Deterministic code names in the reports' style: two words, chosen by the network id.
    static let firstWords = [
        "Amber", "Bitter", "Broken", "Copper", "Crimson", "Distant", "Echo", "Faded", "Falling", "Glass", "Hollow",
        "Iron", "Jade", "Last", "Lucky", "Midnight", "Muted", "Northern", "Paper", "Quiet", "Rusty", "Scarlet",
        "Silent", "Silver", "Sour", "Stone", "Sunken", "Tangled", "Velvet", "Wandering", "Winter", "Wrong",
    ]
    static let secondWords = [
        "Anchor", "Ballad", "Beacon", "Chorus", "Compass", "Echo", "Falcon", "Ferry", "Harbor", "Heron", "Lantern",
        "Ledger", "Mirror", "Needle", "Orchard", "Parade", "Pigeon", "Quarry", "Relay", "Review", "Ribbon", "Signal",
        "Sparrow", "Spindle", "Thread", "Tide", "Tower", "Typewriter", "Veil", "Whistle", "Number", "Current",
    ]

    static func codeName(for id: String) -> String {
        let h = StableHash.of(id)
        return firstWords[Int(h % UInt64(firstWords.count))] + " " + secondWords[Int((h >> 20) % UInt64(secondWords.count))]
    }
}
