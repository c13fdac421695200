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
    /// A network's evidence list keeps at most this many rows, the widest first.
    public var maxEvidence = 40

    public init(policy: Policy) { self.policy = policy }

    public struct Result: Sendable {
        public var networks: [Network]
        public var profiles: [String: AccountProfile]
        public var triaged: Int
        public var candidates: Int
    }

    public func run(
        events: [AnalysisEvent], infos: [String: AccountInfo], observations: [Observation],
        previous: [(id: String, accounts: [String])]
    ) -> Result {
        let profiles = AccountProfile.build(events)
        let attributes = AttributeIndex(profiles: profiles, infos: infos)
        let hasher = MinHasher()
        let duplicates = NearDuplicates(events: events, hasher: hasher)
        let triage = Triage(accountThreshold: policy.accountThreshold).run(profiles: profiles, attributes: attributes, duplicates: duplicates)
        var graph = EvidenceGraph(
            candidates: triage.candidates, attributes: attributes, duplicates: duplicates, profiles: profiles, maxSharedValue: maxSharedValue)
        let groups = Clusterer(method: clustering, linkThreshold: linkThreshold, behaviour: BehaviourLinks(maxFragments: maxBehaviourFragments))
            .run(candidates: triage.candidates, graph: &graph, seeds: triage.seeds, profiles: profiles, events: events)

        let assessor = Assessor(policy: policy, observations: ObservationMatcher(observations: observations, hasher: hasher))
        var networks: [Network] = []
        for members in groups where members.count >= 2 {
            let memberRisk = members.reduce(0) { $0 + profiles[$1]!.risk }
            let seedsIn = members.filter { triage.seeds.contains($0) }.count
            guard seedsIn >= 2 || (seedsIn >= 1 && memberRisk >= 1.0) else { continue }
            let set = Set(members)
            let evidence = graph.evidence(among: members, minimumWeight: clustering == .components ? linkThreshold : 0)
            networks.append(
                assessor.assess(
                    members: members, events: events.filter { set.contains($0.event.account) }, profiles: profiles, infos: infos,
                    evidence: Array(evidence.prefix(maxEvidence))))
        }
        networks = NetworkIdentity(previous: previous).assign(networks)
        networks.sort { ($0.risk, $1.id) > ($1.risk, $0.id) }
        return Result(networks: networks, profiles: profiles, triaged: triage.seeds.count, candidates: triage.candidates.count)
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
