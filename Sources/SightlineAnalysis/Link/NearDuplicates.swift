import SightlineCore

/// An unordered pair of distinct accounts.
struct AccountPair: Hashable, Comparable {
    let first: String
    let second: String
    init(_ a: String, _ b: String) {
        first = min(a, b)
        second = max(a, b)
    }
    static func < (a: Self, b: Self) -> Bool { (a.first, a.second) < (b.first, b.second) }
}

/// Near-duplicate flagged prompts (templates with slots changed, code iterated across accounts)
/// and near-duplicate model outputs (the same article or script handed around an operation),
/// counted per pair of accounts.
struct NearDuplicates {
    var templates: [AccountPair: (count: Int, best: Double)] = [:]
    var outputs: [AccountPair: Int] = [:]

    init(events: [AnalysisEvent], hasher: MinHasher) {
        var promptOwners: [String] = []
        var promptSignatures: [[UInt64]] = []
        var seenPrompts: [String: Set<String>] = [:]
        var outputOwners: [String] = []
        var outputSignatures: [[UInt64]] = []
        var seenOutputs: [String: Set<String>] = [:]
        for a in events where !a.classification.category.isBenign {
            if seenPrompts[a.event.account, default: []].insert(a.event.prompt).inserted, let sig = hasher.signature(a.event.prompt) {
                promptOwners.append(a.event.account)
                promptSignatures.append(sig)
            }
            guard a.event.refused != true, let r = a.event.response, r.unicodeScalars.count >= 80,
                seenOutputs[a.event.account, default: []].insert(r).inserted, let sig = hasher.signature(r)
            else { continue }
            outputOwners.append(a.event.account)
            outputSignatures.append(sig)
        }
        for (i, j, s) in MinHasher.nearDuplicatePairs(promptSignatures, threshold: 0.5) where promptOwners[i] != promptOwners[j] {
            let pair = AccountPair(promptOwners[i], promptOwners[j])
            let current = templates[pair] ?? (0, 0)
            templates[pair] = (current.count + 1, max(current.best, s))
        }
        for (i, j, _) in MinHasher.nearDuplicatePairs(outputSignatures, threshold: 0.6) where outputOwners[i] != outputOwners[j] {
            outputs[AccountPair(outputOwners[i], outputOwners[j]), default: 0] += 1
        }
    }
}
