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

/// Near-duplicate prompts across the population (`PromptTemplates`) and near-duplicate model
/// outputs of flagged events (the same article or script handed around an operation), per pair of
/// accounts.
struct NearDuplicates {
    var templates: [AccountPair: PromptTemplates.Link]
    var outputs: [AccountPair: Int] = [:]

    init(events: [AnalysisEvent], templates: PromptTemplates, hasher: MinHasher) {
        self.templates = templates.links
        var outputOwners: [String] = []
        var outputSignatures: [[UInt64]] = []
        var seenOutputs: [String: Set<String>] = [:]
        for a in events where !a.classification.category.isBenign {
            guard a.event.refused != true, let r = a.event.response, r.unicodeScalars.count >= 80,
                seenOutputs[a.event.account, default: []].insert(r).inserted, let sig = hasher.signature(r)
            else { continue }
            outputOwners.append(a.event.account)
            outputSignatures.append(sig)
        }
        for (i, j, _) in MinHasher.nearDuplicatePairs(outputSignatures, threshold: 0.6) where outputOwners[i] != outputOwners[j] {
            outputs[AccountPair(outputOwners[i], outputOwners[j]), default: 0] += 1
        }
    }
}
