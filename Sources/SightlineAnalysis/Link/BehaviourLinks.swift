import SightlineCore

/// Compartmented operations leave fragments: accounts that keep one use case each and share no
/// infrastructure, linked by templates within a use case and by nothing across them. Fragments
/// (groups with no infrastructure of their own) are joined when their triaged accounts do the
/// same thing (one category in one prompt language), in the same hours of the day (cosine of
/// active hours, each spread into its neighbours, ≥ 0.8), and together keep a working week; but
/// only when at most `maxFragments` fragments do that thing, since among many, behaviour alone says
/// nothing. Groups tied by infrastructure are separate operations and are never merged by
/// behaviour.
struct BehaviourLinks {
    var maxFragments: Int

    struct Link {
        var a: String
        var b: String
        var detail: String
    }

    /// One pair of accounts per join, with the reason.
    func find(fragments: [[String]], seeds: Set<String>, profiles: [String: AccountProfile], events: [AnalysisEvent]) -> [Link] {
        func language(_ p: AccountProfile) -> String {
            p.promptLanguages.filter { $0.key != "und" }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "und"
        }
        struct Fragment {
            var accounts: [String]
            var usage: String
            var active = ActiveHours()
        }
        var fragmentOf: [String: Int] = [:]
        var list: [Fragment] = []
        for f in fragments.sorted(by: { $0[0] < $1[0] }) {
            let triaged = f.filter { seeds.contains($0) }
            let kinds = Set(triaged.map { profiles[$0]!.topCategory.rawValue + " in " + language(profiles[$0]!) })
            guard kinds.count == 1, let kind = kinds.first, !kind.hasSuffix(" in und") else { continue }
            list.append(Fragment(accounts: triaged, usage: kind))
        }
        var usage: [String: Int] = [:]
        for f in list { usage[f.usage, default: 0] += 1 }
        list = list.filter { usage[$0.usage]! >= 2 && usage[$0.usage]! <= maxFragments }
        for (i, f) in list.enumerated() { for a in f.accounts { fragmentOf[a] = i } }
        guard list.count >= 2 else { return [] }
        for e in events {
            if let i = fragmentOf[e.event.account] { list[i].active.add(e.event) }
        }
        var links: [Link] = []
        for i in list.indices {
            for j in (i + 1)..<list.count where list[i].usage == list[j].usage {
                let c = Similarity.cosine(smooth(list[i].active.day), smooth(list[j].active.day))
                // Operators keep a working week; people who happen to ask alike do not.
                let together = zip(list[i].active.week, list[j].active.week).map { $0 + $1 }
                guard c >= 0.8, let week = WorkingHoursEstimator.estimate(together), week.regularity >= 0.6 else { continue }
                links.append(Link(
                    a: list[i].accounts[0], b: list[j].accounts[0],
                    detail: "the same use of the model (\(list[i].usage)) in the same hours of the day (cosine \(Network.number(c))), with no shared infrastructure"))
            }
        }
        return links
    }

    /// Hours of the day spread half into each neighbouring hour, so that sparse activity in the
    /// same windows compares as the same.
    func smooth(_ hours: [Int]) -> [Int] {
        hours.indices.map { 2 * hours[$0] + hours[($0 + 23) % 24] + hours[($0 + 1) % 24] }
    }
}
