import Dispatch
import SightlineCore

/// Near-duplicate prompts across every prompt of the population, not only the flagged ones:
/// templates with slots changed, code iterated across throwaway accounts, a pasted brief. Pairs
/// of accounts that share one are linking evidence even when the classifier flags nothing.
///
/// Rarity is judged over the whole population. A phrasing that many unrelated people use is not
/// an operation's template: a distinct prompt whose near-duplicates belong to more than
/// `maxAccounts` accounts links nobody, so a larger ordinary population cannot chain more people
/// into one "network" through common wording. Prompts of at least `specificLength` characters
/// (code, a pasted document) are specific and link up to `maxLongAccounts` accounts (a widely
/// pasted long text, such as a popular jailbreak, is the known hole).
///
/// Exact repeats are collapsed first (one node per distinct signature, with its accounts), then
/// nodes are paired by locality-sensitive hashing (16 bands of 4 values) and checked against the
/// signature estimate of Jaccard similarity.
struct PromptTemplates: Sendable {
    struct Link: Sendable, Equatable {
        /// Distinct near-duplicate prompt pairs between the two accounts.
        var count: Int
        /// The highest estimated Jaccard similarity among them.
        var best: Double
        /// Whether any of them is long (code, a document).
        var long: Bool
        /// Of `count`, the pairs whose prompts were both flagged by the classifier.
        var flagged: Int
    }

    static let maxAccounts = 40
    static let maxLongAccounts = 200
    static let specificLength = 300
    static let threshold = 0.5
    static let bands = 16
    static let maxBucket = 400

    private(set) var links: [AccountPair: Link] = [:]
    /// Distinct prompts signed, and of them those rare enough to link.
    private(set) var distinctPrompts = 0
    private(set) var specificPrompts = 0

    /// `owner(seq)` is the account of an event and whether the classifier flagged it (nil for
    /// events analysis does not read).
    init(signatures: PromptSignatures, owner: (Int64) -> (account: String, flagged: Bool)?) {
        let width = PromptSignatures.width
        // Nodes: distinct signatures, each with the accounts that sent it.
        var accountIndex: [String: Int32] = [:]
        var accountNames: [String] = []
        var nodeOf: [SignatureKey: Int] = [:]
        var nodeOwners: [[Int32]] = []
        var nodeFirst: [Int] = []
        var nodeLong: [Bool] = []
        var nodeFlagged: [Bool] = []
        for i in 0..<signatures.count {
            guard let (account, flagged) = owner(signatures.seqs[i]) else { continue }
            let a: Int32
            if let known = accountIndex[account] {
                a = known
            } else {
                a = Int32(accountNames.count)
                accountIndex[account] = a
                accountNames.append(account)
            }
            let key = SignatureKey(signatures.values, at: i * width)
            if let n = nodeOf[key] {
                if nodeOwners[n].last != a && !nodeOwners[n].contains(a) { nodeOwners[n].append(a) }
                if signatures.lengths[i] >= Self.specificLength { nodeLong[n] = true }
                if flagged { nodeFlagged[n] = true }
            } else {
                nodeOf[key] = nodeFirst.count
                nodeOwners.append([a])
                nodeFirst.append(i)
                nodeLong.append(signatures.lengths[i] >= Self.specificLength)
                nodeFlagged.append(flagged)
            }
        }
        distinctPrompts = nodeFirst.count
        let pairs = Self.nearDuplicateNodes(signatures.values, first: nodeFirst, owners: nodeOwners)
        // Reach: the distinct accounts among a node and its near-duplicates, counted up to a cap.
        let cap = Self.maxLongAccounts + 1
        var reach = nodeOwners.map { Set($0.prefix(cap)) }
        for (u, v, _) in pairs {
            if reach[u].count < cap { for a in nodeOwners[v] where reach[u].count < cap { reach[u].insert(a) } }
            if reach[v].count < cap { for a in nodeOwners[u] where reach[v].count < cap { reach[v].insert(a) } }
        }
        let specific = reach.indices.map { reach[$0].count <= (nodeLong[$0] ? Self.maxLongAccounts : Self.maxAccounts) }
        specificPrompts = specific.filter { $0 }.count
        var found: [AccountPair: Link] = [:]
        func note(_ a: Int32, _ b: Int32, _ similarity: Double, _ long: Bool, _ flagged: Bool) {
            guard a != b else { return }
            let pair = AccountPair(accountNames[Int(a)], accountNames[Int(b)])
            var l = found[pair] ?? Link(count: 0, best: 0, long: false, flagged: 0)
            l.count += 1
            l.best = max(l.best, similarity)
            l.long = l.long || long
            if flagged { l.flagged += 1 }
            found[pair] = l
        }
        for n in nodeOwners.indices where specific[n] && nodeOwners[n].count >= 2 {
            let o = nodeOwners[n]
            for x in 0..<o.count { for y in (x + 1)..<o.count { note(o[x], o[y], 1, nodeLong[n], nodeFlagged[n]) } }
        }
        for (u, v, s) in pairs where specific[u] && specific[v] {
            for a in nodeOwners[u] { for b in nodeOwners[v] { note(a, b, s, nodeLong[u] || nodeLong[v], nodeFlagged[u] && nodeFlagged[v]) } }
        }
        links = found
    }

    /// Pairs of distinct nodes (by their first signature) whose signatures agree on at least
    /// `threshold` of their values and whose accounts are not all the same one.
    static func nearDuplicateNodes(_ values: [UInt16], first: [Int], owners: [[Int32]]) -> [(Int, Int, Double)] {
        let n = first.count
        let width = PromptSignatures.width
        let rows = width / bands
        var keys = [UInt64](repeating: 0, count: n * bands)
        values.withUnsafeBufferPointer { v in
            for node in 0..<n {
                let base = first[node] * width
                for band in 0..<bands {
                    var h = UInt64(band) &* 0x9E37_79B9_7F4A_7C15
                    for r in 0..<rows { h = (h << 16) | UInt64(v[base + band * rows + r]) }
                    keys[node * bands + band] = SplitMix64.mix(h ^ UInt64(band))
                }
            }
        }
        let needed = Int((threshold * Double(width)).rounded(.up))
        let results = BandResults(bands)
        let allKeys = keys
        let solo = owners.map { $0.count == 1 ? $0[0] : -1 }
        DispatchQueue.concurrentPerform(iterations: bands) { band in
            allKeys.withUnsafeBufferPointer { key in
                values.withUnsafeBufferPointer { v in
                    var order = [(UInt64, Int32)](unsafeUninitializedCapacity: n) { buffer, count in
                        for i in 0..<n { buffer[i] = (key[i * bands + band], Int32(i)) }
                        count = n
                    }
                    order.sort { $0 < $1 }
                    var found: [(Int, Int, Double)] = []
                    var start = 0
                    while start < n {
                        var end = start + 1
                        while end < n && order[end].0 == order[start].0 { end += 1 }
                        if end - start > 1 && end - start <= maxBucket {
                            for x in start..<end {
                                let i = Int(order[x].1)
                                for y in (x + 1)..<end {
                                    let j = Int(order[y].1)
                                    // One account's own rewordings link it to nobody.
                                    if solo[i] >= 0 && solo[i] == solo[j] { continue }
                                    var earlier = false
                                    for b in 0..<band where key[i * bands + b] == key[j * bands + b] {
                                        earlier = true
                                        break
                                    }
                                    if earlier { continue }
                                    let bi = first[i] * width
                                    let bj = first[j] * width
                                    var same = 0
                                    for h in 0..<width where v[bi + h] == v[bj + h] { same += 1 }
                                    if same >= needed { found.append((min(i, j), max(i, j), Double(same) / Double(width))) }
                                }
                            }
                        }
                        start = end
                    }
                    results.set(band, found)
                }
            }
        }
        var out = results.all()
        out.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return out
    }

    /// Signs prompts in memory (tests and pure runs, where the events carry their text).
    static func sign(_ events: [AnalysisEvent], hasher: MinHasher = MinHasher()) -> PromptSignatures {
        var out = PromptSignatures()
        for e in events where !e.event.prompt.isEmpty {
            if let s = hasher.compactSignature(e.event.prompt) { out.append(seq: e.seq, s, length: e.event.prompt.unicodeScalars.count) }
        }
        return out
    }
}

/// A whole signature as a dictionary key (exact repeats of a prompt).
struct SignatureKey: Hashable {
    let a: UInt64, b: UInt64, c: UInt64, d: UInt64

    init(_ values: [UInt16], at base: Int) {
        var h: [UInt64] = [0, 0, 0, 0]
        for i in 0..<PromptSignatures.width {
            h[i & 3] = SplitMix64.mix(h[i & 3] ^ UInt64(values[base + i]) ^ UInt64(i) << 32)
        }
        (a, b, c, d) = (h[0], h[1], h[2], h[3])
    }
}
