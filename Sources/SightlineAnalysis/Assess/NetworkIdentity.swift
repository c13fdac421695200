import SightlineCore

/// Stable ids and code names, so that a case, its verdict, notes and enforcement stay with the
/// operation as it changes between runs. A network keeps the id of the previous network whose
/// accounts it carries most of, when it carries at least half of them: it grew, lost a few
/// members, or absorbed another network. Where a previous network's accounts went elsewhere,
/// `lineage` says so: a network carrying part of one whose id another network kept split from
/// it; one carrying most of a network whose id no network kept merged it in. A new network gets
/// an id from its accounts.
struct NetworkIdentity {
    /// The previous run's networks.
    var previous: [Network]

    func assign(_ networks: [Network]) -> [Network] {
        var out = networks
        var taken = Set<String>()
        let previousSets = previous.map { Set($0.accounts) }
        let previousIndex = Dictionary(previous.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let order = out.indices.sorted { out[$0].accounts.count > out[$1].accounts.count || (out[$0].accounts.count == out[$1].accounts.count && out[$0].accounts[0] < out[$1].accounts[0]) }
        var shared: [[Int]] = Array(repeating: [], count: out.count)
        for i in order {
            let mine = Set(out[i].accounts)
            shared[i] = previousSets.map { $0.intersection(mine).count }
            var best: (index: Int, shared: Int)? = nil
            for (p, theirs) in previousSets.enumerated() where !taken.contains(previous[p].id) {
                let n = shared[i][p]
                guard n >= min(2, theirs.count), 2 * n >= theirs.count else { continue }
                if n > (best?.shared ?? 0) { best = (p, n) }
            }
            if let best {
                out[i].id = previous[best.index].id
            } else {
                var id = "net-" + String(SplitMix64.hex(StableHash.of(out[i].accounts.joined())).prefix(10))
                while taken.contains(id) || previousIndex[id] != nil { id += "x" }
                out[i].id = id
            }
            taken.insert(out[i].id)
            out[i].name = Self.codeName(for: out[i].id)
        }
        // Lineage, once every id is known.
        for i in out.indices {
            // What the network it kept the id of came from stays on record.
            var lineage = previousIndex[out[i].id].map { previous[$0].lineage } ?? []
            for (p, theirs) in previousSets.enumerated() where previous[p].id != out[i].id {
                let n = shared[i][p]
                guard n >= min(2, theirs.count) else { continue }
                if lineage.contains(where: { $0.network == previous[p].id }) { continue }
                if taken.contains(previous[p].id) {
                    lineage.append(.init(kind: .splitFrom, network: previous[p].id, accounts: n))
                } else if 2 * n >= theirs.count {
                    lineage.append(.init(kind: .merged, network: previous[p].id, accounts: n))
                }
            }
            out[i].lineage = lineage.sorted { ($0.kind.rawValue, $0.network) < ($1.kind.rawValue, $1.network) }
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
