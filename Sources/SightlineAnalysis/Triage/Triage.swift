import SightlineCore

/// Picks the slice worth linking: accounts whose own behaviour scores high (the seeds), and their
/// neighbours by rare shared values or templates. Linking only this slice keeps the expensive part
/// small at any scale.
struct Triage {
    /// Accounts at least this risky are seeds.
    var accountThreshold: Double
    /// A value shared by more accounts than this pulls in no neighbours.
    var maxNeighbourhood = 30

    struct Result {
        var seeds: Set<String>
        var candidates: Set<String>
    }

    func run(profiles: [String: AccountProfile], attributes: AttributeIndex, duplicates: NearDuplicates) -> Result {
        let seeds = Set(profiles.values.filter { $0.risk >= accountThreshold }.map(\.account))
        var candidates = seeds
        for (key, accounts) in attributes.accounts where accounts.count >= 2 && accounts.count <= maxNeighbourhood && !accounts.isDisjoint(with: seeds) {
            for a in accounts where key.attribute.identifiesOperator || (profiles[a]?.flagged.reduce(0, +) ?? 0) > 0 { candidates.insert(a) }
        }
        for (pair, link) in duplicates.templates where link.flagged > 0 && (seeds.contains(pair.first) || seeds.contains(pair.second)) {
            candidates.insert(pair.first)
            candidates.insert(pair.second)
        }
        // The door without seeds: evidence ordinary people rarely share, over the whole
        // population. What comes in here is judged as a group (`GroupJudgement`).
        for (key, accounts) in attributes.accounts where key.attribute.identifiesOperator && accounts.count >= 2 && accounts.count <= maxNeighbourhood {
            candidates.formUnion(accounts)
        }
        for (pair, link) in duplicates.templates where link.flagged >= 2 || link.long {
            candidates.insert(pair.first)
            candidates.insert(pair.second)
        }
        return Result(seeds: seeds, candidates: candidates)
    }
}
