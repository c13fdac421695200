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
        /// Whether any of them is long (code, a document) and flagged on both sides.
        var long: Bool
        /// Whether any of them is long, flagged or not (`EvidenceGraph` links it only between
        /// burner accounts).
        var longShared = false
        /// Of `count`, the pairs whose prompts were both flagged by the classifier.
        var flagged: Int

        /// Whether the pair shares an operation's long text: flagged on both sides, or between
        /// two burner accounts (`Burners`) flagged or not.
        func isLong(between pair: AccountPair, burners: Set<String>) -> Bool {
            long || (longShared && burners.contains(pair.first) && burners.contains(pair.second))
        }
    }

    static let maxAccounts = 60
    static let maxLongAccounts = 400
    static let specificLength = 300
    static let threshold = 0.5
    static let bands = 16
    static let maxBucket = 400

    private(set) var links: [AccountPair: Link] = [:]

    /// `owner(seq)` is the account of an event and whether the classifier flagged it (nil for
    /// events analysis does not read).
    init(signatures: PromptSignatures, owner: (Int64) -> (account: String, flagged: Bool)?) {
        let width = PromptSignatures.width
        // Nodes: distinct signatures, each with the accounts that sent it. Most prompts are sent
        // by one account once, so a node keeps its first account inline and only the rare
        // shared ones a list (a million nodes, not a million arrays).
        var accountIndex: [String: Int32] = [:]
        var accountNames: [String] = []
        var nodeOf: [SignatureKey: Int32] = [:]
        var firstOwner: [Int32] = []
        var moreOwners: [Int32: [Int32]] = [:]
        var nodeFirst: [Int32] = []
        var nodeLong: [Bool] = []
        var nodeFlagged: [Bool] = []
        var nodeBenign: [Bool] = []
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
                if firstOwner[Int(n)] != a && !(moreOwners[n]?.contains(a) ?? false) { moreOwners[n, default: []].append(a) }
                if signatures.lengths[i] >= Self.specificLength { nodeLong[Int(n)] = true }
                if flagged { nodeFlagged[Int(n)] = true } else { nodeBenign[Int(n)] = true }
            } else {
                nodeOf[key] = Int32(nodeFirst.count)
                firstOwner.append(a)
                nodeFirst.append(Int32(i))
                nodeLong.append(signatures.lengths[i] >= Self.specificLength)
                nodeFlagged.append(flagged)
                nodeBenign.append(!flagged)
            }
        }
        nodeOf = [:]
        func owners(_ n: Int) -> [Int32] { [firstOwner[n]] + (moreOwners[Int32(n)] ?? []) }
        let pairs = Self.nearDuplicateNodes(signatures.values, first: nodeFirst, solo: firstOwner.indices.map { moreOwners[Int32($0)] == nil ? firstOwner[$0] : -1 })
        // Reach: the distinct accounts among a node and its near-duplicates, counted up to a cap,
        // for the nodes that could link anybody (shared, or with a near-duplicate). Sets live in
        // one array, mutated in place; a node at the cap takes no more.
        let cap = Self.maxLongAccounts + 1
        var slot: [Int: Int] = [:]
        var reach: [Set<Int32>] = []
        func slotOf(_ n: Int) -> Int {
            if let k = slot[n] { return k }
            slot[n] = reach.count
            reach.append(Set(owners(n).prefix(cap)))
            return reach.count - 1
        }
        for n in moreOwners.keys { _ = slotOf(Int(n)) }
        func widen(_ x: Int, by y: Int) {
            let k = slotOf(x)
            guard reach[k].count < cap else { return }
            reach[k].insert(firstOwner[y])
            for a in moreOwners[Int32(y)] ?? [] where reach[k].count < cap { reach[k].insert(a) }
        }
        for p in pairs.indices {
            let (u, v) = pairs.nodes(p)
            widen(u, by: v)
            widen(v, by: u)
        }
        func specific(_ n: Int) -> Bool { (slot[n].map { reach[$0].count } ?? 1) <= (nodeLong[n] ? Self.maxLongAccounts : Self.maxAccounts) }
        var found: [AccountPair: Link] = [:]
        func note(_ a: Int32, _ b: Int32, _ similarity: Double, _ long: Bool, _ flagged: Bool, _ longShared: Bool) {
            guard a != b else { return }
            let pair = AccountPair(accountNames[Int(a)], accountNames[Int(b)])
            var l = found[pair] ?? Link(count: 0, best: 0, long: false, flagged: 0)
            l.count += 1
            l.best = max(l.best, similarity)
            l.long = l.long || long
            l.longShared = l.longShared || longShared
            if flagged { l.flagged += 1 }
            found[pair] = l
        }
        // A pair links as an operation's template or iterated code only when the classifier
        // flagged it on both sides and on every use. A shared long text is common material, not
        // coordination, by itself: the scam letter its senders iterate and its recipients paste
        // to ask about, the article an operation publishes and a newsroom pastes to analyse, or
        // an assignment a class pastes. Anything else is a hint (`EvidenceGraph`), except a long
        // text shared between burner accounts.
        func flaggedOnly(_ n: Int) -> Bool { nodeFlagged[n] && !nodeBenign[n] }
        for n in moreOwners.keys.sorted() where specific(Int(n)) {
            let o = owners(Int(n))
            let k = Int(n)
            for x in 0..<o.count { for y in (x + 1)..<o.count { note(o[x], o[y], 1, nodeLong[k] && flaggedOnly(k), flaggedOnly(k), nodeLong[k]) } }
        }
        for p in pairs.indices {
            let (u, v) = pairs.nodes(p)
            guard specific(u) && specific(v) else { continue }
            let s = Double(pairs.same[p]) / Double(PromptSignatures.width)
            let flagged = flaggedOnly(u) && flaggedOnly(v)
            let long = nodeLong[u] || nodeLong[v]
            for a in owners(u) { for b in owners(v) { note(a, b, s, long && flagged, flagged, long) } }
        }
        links = found
    }

    /// The LSH key of one band of a signature.
    @inline(__always) static func bandKey(_ v: UnsafeBufferPointer<UInt16>, _ base: Int, _ band: Int) -> UInt64 {
        let rows = PromptSignatures.width / bands
        var h: UInt64 = 0
        for r in 0..<rows { h = (h << 16) | UInt64(v[base + band * rows + r]) }
        return SplitMix64.mix(h ^ (UInt64(band) &* 0x9E37_79B9_7F4A_7C15))
    }

    /// Pairs of distinct nodes (by their first signature) whose signatures agree on at least
    /// `threshold` of their values, leaving out pairs of one account's own prompts (`solo` is a
    /// node's only account, or -1 when it has several). Band keys are computed per band, not
    /// kept for all sixteen.
    static func nearDuplicateNodes(
        _ values: [UInt16], first: [Int32], solo: [Int32], threshold: Double = threshold, maxBucket: Int = maxBucket
    ) -> NodePairs {
        let n = first.count
        let width = PromptSignatures.width
        let needed = Int((threshold * Double(width)).rounded(.up))
        let results = ParallelSlots<NodePairs>(bands, empty: NodePairs())
        DispatchQueue.concurrentPerform(iterations: bands) { band in
            values.withUnsafeBufferPointer { v in
                var order = [(UInt64, Int32)](unsafeUninitializedCapacity: n) { buffer, count in
                    for i in 0..<n { buffer[i] = (bandKey(v, Int(first[i]) * width, band), Int32(i)) }
                    count = n
                }
                order.sort { $0 < $1 }
                var found = NodePairs()
                var start = 0
                while start < n {
                    var end = start + 1
                    while end < n && order[end].0 == order[start].0 { end += 1 }
                    if end - start > 1 && end - start <= maxBucket {
                        for x in start..<end {
                            let i = Int(order[x].1)
                            let bi = Int(first[i]) * width
                            for y in (x + 1)..<end {
                                let j = Int(order[y].1)
                                // One account's own rewordings link it to nobody.
                                if solo[i] >= 0 && solo[i] == solo[j] { continue }
                                let bj = Int(first[j]) * width
                                // Each pair once: in the first band where it collides.
                                var earlier = false
                                for b in 0..<band where bandKey(v, bi, b) == bandKey(v, bj, b) {
                                    earlier = true
                                    break
                                }
                                if earlier { continue }
                                var same = 0
                                for h in 0..<width where v[bi + h] == v[bj + h] { same += 1 }
                                if same >= needed { found.append(min(i, j), max(i, j), same) }
                            }
                        }
                    }
                    start = end
                }
                results.set(band, found)
            }
        }
        // Unsorted: everything built from the pairs (counts, maxima, capped reach) does not
        // depend on their order.
        return NodePairs(joining: results.take())
    }

    /// Signs prompts in memory (tests and pure runs, where the events carry their text).
    static func sign(_ events: [AnalysisEvent], hasher: MinHasher = MinHasher()) -> PromptSignatures {
        var out = PromptSignatures()
        for e in events where !e.event.prompt.isEmpty {
            let row = hasher.signatureRow(e.event.prompt)
            if !row.signature.isEmpty { out.append(seq: e.seq, row.signature, length: row.length) }
        }
        return out
    }
}

/// Near-duplicate node pairs, packed: millions of them on a templated population.
struct NodePairs: Sendable {
    var packed: [UInt64] = []
    /// Signature values the two agree on, of `PromptSignatures.width`.
    var same: [UInt8] = []
    var count: Int { packed.count }
    var indices: Range<Int> { packed.indices }
    mutating func append(_ a: Int, _ b: Int, _ agree: Int) {
        packed.append(UInt64(a) << 32 | UInt64(b))
        same.append(UInt8(agree))
    }
    func nodes(_ i: Int) -> (Int, Int) { (Int(packed[i] >> 32), Int(packed[i] & 0xFFFF_FFFF)) }

    init() {}

    /// The parts one after another.
    init(joining parts: [NodePairs]) {
        packed.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        same.reserveCapacity(packed.capacity)
        for p in parts {
            packed += p.packed
            same += p.same
        }
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
