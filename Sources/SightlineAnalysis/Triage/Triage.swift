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

    func run(profiles: [String: AccountProfile], attributes: AttributeIndex, duplicates: NearDuplicates, burners: Set<String> = []) -> Result {
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
        for (pair, link) in duplicates.templates where link.flagged >= 2 || link.isLong(between: pair, burners: burners) {
            candidates.insert(pair.first)
            candidates.insert(pair.second)
        }
        return Result(seeds: seeds, candidates: candidates)
    }
}

extension AccountProfile {
    /// One conversation, a few prompts, then gone.
    var isThrowaway: Bool { events <= 8 && (conversations.isEmpty ? lastTime - firstTime < 86_400_000 : conversations.count == 1) }
}

/// Burner accounts: throwaway ones signed up with a disposable e-mail address. Ordinary people are
/// seldom both, and seldom paste the same long text (code, a brief) as another such account, so
/// between burners a shared long text links even when the classifier flags neither paste: an
/// operation's code base handed from one fresh account to the next (`EvidenceGraph`).
enum Burners {
    static func find(profiles: [String: AccountProfile], infos: [String: AccountInfo]) -> Set<String> {
        Set(profiles.values.filter { p in p.isThrowaway && DisposableMail.uses(infos[p.account]) }.map(\.account))
    }
}
