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
///
/// A short phrasing that many unrelated people use is not an operation's template: a prompt under
/// `specificLength` characters whose near-duplicates belong to more than `maxTemplateAccounts`
/// other accounts links nobody, as a value shared by hundreds links nobody, so a larger ordinary
/// population cannot chain more people into one "network" through common wording. Long
/// near-duplicates (code iterated across throwaway accounts, a pasted document) are specific and
/// keep linking however many accounts share them; widely pasted long texts (a popular jailbreak)
/// are the known hole, bounded only by the LSH bucket cap.
struct NearDuplicates {
    var templates: [AccountPair: (count: Int, best: Double)] = [:]
    var outputs: [AccountPair: Int] = [:]
    /// Operations run up to a few dozen accounts.
    static let maxTemplateAccounts = 60
    static let specificLength = 300

    init(events: [AnalysisEvent], hasher: MinHasher, maxTemplateAccounts: Int = Self.maxTemplateAccounts) {
        var promptOwners: [String] = []
        var promptSignatures: [[UInt64]] = []
        var promptIsLong: [Bool] = []
        var seenPrompts: [String: Set<String>] = [:]
        var outputOwners: [String] = []
        var outputSignatures: [[UInt64]] = []
        var seenOutputs: [String: Set<String>] = [:]
        for a in events where !a.classification.category.isBenign {
            if seenPrompts[a.event.account, default: []].insert(a.event.prompt).inserted, let sig = hasher.signature(a.event.prompt) {
                promptOwners.append(a.event.account)
                promptSignatures.append(sig)
                promptIsLong.append(a.event.prompt.unicodeScalars.count >= Self.specificLength)
            }
            guard a.event.refused != true, let r = a.event.response, r.unicodeScalars.count >= 80,
                seenOutputs[a.event.account, default: []].insert(r).inserted, let sig = hasher.signature(r)
            else { continue }
            outputOwners.append(a.event.account)
            outputSignatures.append(sig)
        }
        let promptPairs = MinHasher.nearDuplicatePairs(promptSignatures, threshold: 0.5).filter { promptOwners[$0.0] != promptOwners[$0.1] }
        var reach = [Set<String>](repeating: [], count: promptSignatures.count)
        for (i, j, _) in promptPairs {
            reach[i].insert(promptOwners[j])
            reach[j].insert(promptOwners[i])
        }
        func specific(_ i: Int) -> Bool { promptIsLong[i] || reach[i].count <= maxTemplateAccounts }
        for (i, j, s) in promptPairs where specific(i) && specific(j) {
            let pair = AccountPair(promptOwners[i], promptOwners[j])
            let current = templates[pair] ?? (0, 0)
            templates[pair] = (current.count + 1, max(current.best, s))
        }
        for (i, j, _) in MinHasher.nearDuplicatePairs(outputSignatures, threshold: 0.6) where outputOwners[i] != outputOwners[j] {
            outputs[AccountPair(outputOwners[i], outputOwners[j]), default: 0] += 1
        }
    }
}
