import SightlineCore
import SightlineDetection

/// From classified events to assessed networks: profiles, triage, linking, clustering and
/// assessment, each a stage of its own (the folders of this module).
public struct NetworkAnalysis: Sendable {
    public let policy: Policy
    /// Edges at least this strong join two accounts into one network.
    public var linkThreshold = 0.5
    public var clustering = Clustering.components
    /// Attribute values shared by more accounts than this are ignored as evidence (a NAT or a
    /// popular VPN exit links nothing).
    public var maxSharedValue = 200
    /// Behaviour links fragments only for a use (category and language) at most this many
    /// fragments share (see `BehaviourLinks`).
    public var maxBehaviourFragments = 8
    /// Groups larger than this are split into their Louvain communities before they are judged.
    public var maxNetworkSize = 250
    /// A network's evidence list keeps at most this many rows, the widest first.
    public var maxEvidence = 40

    public init(policy: Policy) { self.policy = policy }

    public struct Result: Sendable {
        public var networks: [Network]
        public var profiles: [String: AccountProfile]
        public var triaged: Int
        public var candidates: Int
    }

    /// `signatures` are the prompt signatures of the events (`PromptSignatures`; the store keeps
    /// them); nil signs the prompts the events carry. `responses` reads the model's answers of
    /// events that carry none (the store leaves them out of benign events), for provenance.
    public func run(
        events: [AnalysisEvent], signatures: PromptSignatures? = nil, infos: [String: AccountInfo], observations: [Observation],
        previous: [Network], membership: Membership = Membership(cases: []), responses: ([Int64]) -> [Int64: String] = { _ in [:] }
    ) -> Result {
        let profiles = AccountProfile.build(events)
        let attributes = AttributeIndex(profiles: profiles, infos: infos)
        let hasher = MinHasher()
        // Events come in seq order (as the store reads them); a signature finds its event by
        // binary search rather than through a dictionary of a million entries.
        let bySeq = zip(events, events.dropFirst()).allSatisfy { $0.seq < $1.seq } ? events : events.sorted { $0.seq < $1.seq }
        let templates = PromptTemplates(signatures: signatures ?? PromptTemplates.sign(events, hasher: hasher)) { seq in
            var lo = 0
            var hi = bySeq.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if bySeq[mid].seq < seq { lo = mid + 1 } else { hi = mid }
            }
            guard lo < bySeq.count, bySeq[lo].seq == seq else { return nil }
            return (bySeq[lo].event.account, !bySeq[lo].classification.category.isBenign)
        }
        let duplicates = NearDuplicates(events: events, templates: templates, hasher: hasher)
        let burners = Burners.find(profiles: profiles, infos: infos)
        var triage = Triage(accountThreshold: policy.accountThreshold).run(profiles: profiles, attributes: attributes, duplicates: duplicates, burners: burners)
        // Accounts analysts cleared are linked to nothing: they neither join nor bridge a network.
        triage.candidates.subtract(membership.cleared.keys)
        triage.seeds.subtract(membership.cleared.keys)
        var graph = EvidenceGraph(
            candidates: triage.candidates, attributes: attributes, duplicates: duplicates, profiles: profiles, maxSharedValue: maxSharedValue,
            burners: burners)
        let groups = Clusterer(method: clustering, linkThreshold: linkThreshold, behaviour: BehaviourLinks(maxFragments: maxBehaviourFragments))
            .run(candidates: triage.candidates, graph: &graph, seeds: triage.seeds, profiles: profiles, events: events)

        let assessor = Assessor(policy: policy, observations: ObservationMatcher(observations: observations, hasher: hasher))
        let judgement = GroupJudgement(accountThreshold: policy.accountThreshold)
        var accepted: [(members: [String], verdict: GroupJudgement.Verdict)] = []
        // Operations run up to a few dozen accounts; a component far larger is a chain of weaker
        // ties, split into its communities before it is judged.
        let sized = groups.flatMap { $0.count > maxNetworkSize ? Louvain.split($0, graph: graph) : [$0] }.flatMap { Self.split($0, by: membership.splits.map(\.accounts)) }
        for members in sized where members.count >= 2 {
            let verdict = judgement.judge(members: members, profiles: profiles, infos: infos, graph: graph)
            if verdict.reported { accepted.append((members, verdict)) }
        }
        let inNetwork = Dictionary(accepted.enumerated().flatMap { i, g in g.members.map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
        var eventsOf = [[AnalysisEvent]](repeating: [], count: accepted.count)
        for e in events { if let i = inNetwork[e.event.account] { eventsOf[i].append(e) } }
        var networks: [Network] = []
        for (i, group) in accepted.enumerated() {
            let evidence = graph.evidence(among: group.members, minimumWeight: clustering == .components ? linkThreshold : 0).prefix(maxEvidence)
                + group.verdict.tells.map { Network.Evidence(kind: .operationalTell, detail: $0.name, accounts: $0.accounts) }
            // Answers the events carry no text for (benign ones), when there are observations to
            // match them against.
            let missing = observations.isEmpty ? [] : eventsOf[i].filter { $0.event.response == nil && $0.event.refused != true }.map(\.seq)
            var network = assessor.assess(
                members: group.members, events: eventsOf[i], profiles: profiles, infos: infos, evidence: Array(evidence),
                otherResponses: missing.isEmpty ? [:] : responses(missing))
            network.reportedBecause = group.verdict.because
            networks.append(network)
        }
        networks = NetworkIdentity(previous: previous).assign(networks)
        networks.sort { ($0.risk, $1.id) > ($1.risk, $0.id) }
        return Result(networks: networks, profiles: profiles, triaged: triage.seeds.count, candidates: triage.candidates.count)
    }
}

extension NetworkAnalysis {
    /// A group cut along the splits analysts made: the accounts of each split that are in the
    /// group become a group of their own, each part judged on its own.
    static func split(_ group: [String], by splits: [Set<String>]) -> [[String]] {
        var parts = [group]
        for s in splits {
            parts = parts.flatMap { part -> [[String]] in
                let inside = part.filter { s.contains($0) }
                return inside.isEmpty || inside.count == part.count ? [part] : [part.filter { !s.contains($0) }, inside]
            }
        }
        return parts
    }
}

extension EvidenceGraph {
    /// The reasons on edges at least `minimumWeight` strong among `members`, one row per reason
    /// with the accounts it ties, the widest first.
    func evidence(among members: [String], minimumWeight: Double) -> [Network.Evidence] {
        struct Row {
            var kind: EvidenceKind
            var detail: String
            var accounts: Set<String>
        }
        var rows: [String: Row] = [:]
        for x in 0..<members.count {
            for y in (x + 1)..<members.count {
                guard let e = edge(members[x], members[y]), e.weight >= minimumWeight else { continue }
                for r in e.reasons {
                    let k = r.kind.rawValue + "\u{1}" + r.detail
                    rows[k, default: Row(kind: r.kind, detail: r.detail, accounts: [])].accounts.formUnion([members[x], members[y]])
                }
            }
        }
        return rows.keys.sorted().map { k -> Network.Evidence in
            let r = rows[k]!
            return Network.Evidence(kind: r.kind, detail: r.detail, accounts: r.accounts.sorted())
        }.sorted { ($0.accounts.count, $0.kind.rawValue) > ($1.accounts.count, $1.kind.rawValue) }
    }
}
