import SightlineCore
import SightlineDetection

/// From classified events to assessed networks: profiles, triage, linking, clustering, assessment.
public struct NetworkAnalysis: Sendable {
    public let policy: Policy
    /// Edges at least this strong join two accounts into one network.
    public var linkThreshold = 0.5
    public var clustering = Clustering.components
    /// Attribute values shared by more accounts than this are ignored as evidence (a NAT or a
    /// popular VPN exit links nothing).
    public var maxSharedValue = 200
    /// Behaviour links fragments only for a use (category and language) at most this many
    /// fragments share (see `behaviourLinks`).
    public var maxBehaviourFragments = 8

    public init(policy: Policy) { self.policy = policy }

    public struct Result: Sendable {
        public var networks: [Network]
        public var profiles: [String: AccountProfile]
        public var triaged: Int
        public var candidates: Int
    }

    struct Edge {
        var weight = 0.0
        var reasons: [(kind: String, detail: String, weight: Double)] = []
        mutating func add(_ kind: String, _ detail: String, _ w: Double) {
            guard w > 0 else { return }
            weight = 1 - (1 - weight) * (1 - w)
            reasons.append((kind, detail, w))
        }
    }

    public func run(
        events: [AnalysisEvent], infos: [String: AccountInfo], observations: [Observation],
        previous: [(id: String, accounts: [String])]
    ) -> Result {
        let profiles = AccountProfile.build(events)
        let seeds = Set(profiles.values.filter { $0.risk >= policy.accountThreshold }.map(\.account))

        // Attribute values -> accounts, over the whole population (rarity is population-wide).
        var values: [String: Set<String>] = [:]
        func note(_ kind: String, _ value: String?, _ account: String) {
            guard let value, !value.isEmpty else { return }
            values[kind + "\u{1}" + value, default: []].insert(account)
        }
        for p in profiles.values {
            for d in p.devices { note("device", d, p.account) }
            // An anonymizer exit is shared by strangers by design: weak evidence.
            for ip in p.ips { note(p.anonymizedIPs.contains(ip) ? "exit-ip" : "ip", ip, p.account) }
            for o in p.organizations { note("organization", o, p.account) }
        }
        for (account, info) in infos where profiles[account] != nil {
            note("payment", info.payment, account)
            note("email-domain", info.domain, account)
        }

        // Near-duplicate flagged prompts across accounts (templates, iterated code).
        let hasher = MinHasher()
        var promptOwners: [String] = []
        var sigs: [[UInt64]] = []
        var seenPerAccount: [String: Set<String>] = [:]
        for a in events where a.classification.category != ThreatCategory.benign {
            let key = a.event.prompt
            if seenPerAccount[a.event.account, default: []].insert(key).inserted, let sig = hasher.signature(a.event.prompt) {
                promptOwners.append(a.event.account)
                sigs.append(sig)
            }
        }
        var templatePairs: [String: (count: Int, best: Double)] = [:]
        for (i, j, s) in MinHasher.nearDuplicatePairs(sigs, threshold: 0.5) where promptOwners[i] != promptOwners[j] {
            let key = pairKey(promptOwners[i], promptOwners[j])
            let current = templatePairs[key] ?? (0, 0)
            templatePairs[key] = (current.count + 1, max(current.best, s))
        }
        // Reused outputs: the model's answers to flagged prompts, near-duplicated across accounts
        // (the same article or script handed around an operation).
        var outputOwners: [String] = []
        var outputSigs: [[UInt64]] = []
        var seenOutputs: [String: Set<String>] = [:]
        for a in events where a.classification.category != ThreatCategory.benign && a.event.refused != true {
            guard let r = a.event.response, r.unicodeScalars.count >= 80, seenOutputs[a.event.account, default: []].insert(r).inserted,
                let sig = hasher.signature(r)
            else { continue }
            outputOwners.append(a.event.account)
            outputSigs.append(sig)
        }
        var outputPairs: [String: Int] = [:]
        for (i, j, _) in MinHasher.nearDuplicatePairs(outputSigs, threshold: 0.6) where outputOwners[i] != outputOwners[j] {
            outputPairs[pairKey(outputOwners[i], outputOwners[j]), default: 0] += 1
        }

        // Candidates: the triaged accounts and their neighbours by rare shared values or templates.
        var candidates = seeds
        // Only strong shared values (a device, a payment instrument) pull in neighbours that the
        // classifier did not flag at all; addresses and domains do not.
        for (key, accounts) in values where accounts.count >= 2 && accounts.count <= 30 && !accounts.isDisjoint(with: seeds) {
            let strong = key.hasPrefix("device\u{1}") || key.hasPrefix("payment\u{1}")
            for a in accounts where strong || (profiles[a]?.flagged.reduce(0, +) ?? 0) > 0 { candidates.insert(a) }
        }
        for key in templatePairs.keys {
            let pair = key.split(separator: "\u{2}").map(String.init)
            if seeds.contains(pair[0]) || seeds.contains(pair[1]) { candidates.formUnion(pair) }
        }

        // Edges among candidates.
        var edges: [String: Edge] = [:]
        let base: [String: Double] = ["device": 0.9, "payment": 0.9, "ip": 0.55, "exit-ip": 0.15, "organization": 0.6, "email-domain": 0.45]
        for key in values.keys.sorted() {
            let accounts = values[key]!
            guard accounts.count >= 2, accounts.count <= maxSharedValue else { continue }
            let members = accounts.filter { candidates.contains($0) }.sorted()
            guard members.count >= 2 else { continue }
            let parts = key.split(separator: "\u{1}", maxSplits: 1).map(String.init)
            let kind = parts[0]
            let w = base[kind]! * min(1, 2 / Double(accounts.count).squareRoot())
            let detail = "\(kind) \(parts[1]) shared by \(accounts.count) accounts"
            for x in 0..<members.count {
                for y in (x + 1)..<members.count {
                    edges[pairKey(members[x], members[y]), default: Edge()].add(kind == "organization" ? "same-organization" : "shared-infrastructure", detail, w)
                }
            }
        }
        for key in templatePairs.keys.sorted() {
            let pair = key.split(separator: "\u{2}").map(String.init)
            guard candidates.contains(pair[0]) && candidates.contains(pair[1]) else { continue }
            let t = templatePairs[key]!
            let w = 0.8 * min(1, Double(t.count) / 2)
            edges[key, default: Edge()].add(
                "template-similarity", "\(t.count) near-duplicate prompts (estimated Jaccard up to \(Network.number(t.best)))", w)
        }
        for key in outputPairs.keys.sorted() {
            let pair = key.split(separator: "\u{2}").map(String.init)
            guard candidates.contains(pair[0]) && candidates.contains(pair[1]) else { continue }
            let n = outputPairs[key]!
            edges[key, default: Edge()].add("reused-outputs", "\(n) near-duplicate model outputs", 0.6 * min(1, Double(n) / 2))
        }
        // Co-activity: the same narrow working windows, as extra weight on pairs already linked by
        // something more specific than an address (a template, a device, a payment instrument).
        for key in edges.keys.sorted() where edges[key]!.reasons.contains(where: { $0.kind == "template-similarity" || $0.kind == "reused-outputs" || $0.detail.hasPrefix("device") || $0.detail.hasPrefix("payment") }) {
            let pair = key.split(separator: "\u{2}").map(String.init)
            guard let p = profiles[pair[0]], let q = profiles[pair[1]], p.events >= 8, q.events >= 8 else { continue }
            let c = cosine(p.hourOfWeek, q.hourOfWeek)
            if c > 0.6 { edges[key]!.add("co-activity", "active in the same hours of the week (cosine \(Network.number(c)))", 0.35 * (c - 0.6) / 0.4) }
        }

        // Clusters: connected components over strong edges.
        var parent: [String: String] = [:]
        func find(_ x: String) -> String {
            var r = x
            while let p = parent[r], p != r { r = p }
            var y = x
            while let p = parent[y], p != r { parent[y] = r; y = p }
            return r
        }
        for c in candidates { parent[c] = c }
        for key in edges.keys.sorted() where edges[key]!.weight >= linkThreshold {
            let pair = key.split(separator: "\u{2}").map(String.init)
            let a = find(pair[0])
            let b = find(pair[1])
            if a != b { if a < b { parent[b] = a } else { parent[a] = b } }
        }
        var groups: [String: [String]] = [:]
        for c in candidates.sorted() { groups[find(c), default: []].append(c) }
        // Accounts that share infrastructure of their own (not an anonymizer exit) with another,
        // however many others share it too.
        var infrastructure = Set<String>()
        for (key, e) in edges {
            if e.reasons.contains(where: { ($0.kind == "shared-infrastructure" || $0.kind == "same-organization") && !$0.detail.hasPrefix("exit-ip") }) {
                for a in key.split(separator: "\u{2}") { infrastructure.insert(String(a)) }
            }
        }
        let fragments = groups.values.filter { g in g.allSatisfy { !infrastructure.contains($0) } }
        for (a, b, detail) in behaviourLinks(fragments: fragments, seeds: seeds, profiles: profiles, events: events) {
            edges[pairKey(a, b), default: Edge()].add("shared-behaviour", detail, linkThreshold)
            let x = find(a)
            let y = find(b)
            if x != y { if x < y { parent[y] = x } else { parent[x] = y } }
        }
        groups = [:]
        for c in candidates.sorted() { groups[find(c), default: []].append(c) }
        if clustering == .louvain {
            // Modularity communities over every edge (not only the strong ones), with the
            // behaviour links as edges at the threshold.
            let order = candidates.sorted()
            let index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            let weighted = edges.keys.sorted().compactMap { key -> (Int, Int, Double)? in
                let pair = key.split(separator: "\u{2}").map(String.init)
                guard let a = index[pair[0]], let b = index[pair[1]] else { return nil }
                return (a, b, edges[key]!.weight)
            }
            let community = Louvain.communities(count: order.count, edges: weighted)
            groups = [:]
            for (i, a) in order.enumerated() { groups[String(community[i]), default: []].append(a) }
        }

        var networks: [Network] = []
        let observationIndex = ObservationMatcher(observations: observations, hasher: hasher)
        for members in groups.values where members.count >= 2 {
            let memberRisk = members.reduce(0) { $0 + profiles[$1]!.risk }
            let seedsIn = members.filter { seeds.contains($0) }.count
            guard seedsIn >= 2 || (seedsIn >= 1 && memberRisk >= 1.0) else { continue }
            let set = Set(members)
            let memberEvents = events.filter { set.contains($0.event.account) }
            var evidence: [String: (detail: String, accounts: Set<String>, weight: Double)] = [:]
            for x in 0..<members.count {
                for y in (x + 1)..<members.count {
                    guard let e = edges[pairKey(members[x], members[y])], e.weight >= (clustering == .components ? linkThreshold : 0) else { continue }
                    for r in e.reasons {
                        let k = r.kind + "\u{1}" + r.detail
                        var cur = evidence[k] ?? (r.detail, [], r.weight)
                        cur.accounts.insert(members[x])
                        cur.accounts.insert(members[y])
                        evidence[k] = cur
                    }
                }
            }
            let evidenceList = evidence.keys.sorted().map { k -> Network.Evidence in
                let e = evidence[k]!
                return Network.Evidence(kind: String(k.split(separator: "\u{1}")[0]), detail: e.detail, accounts: e.accounts.sorted())
            }.sorted { ($0.accounts.count, $0.kind) > ($1.accounts.count, $1.kind) }
            networks.append(
                assess(
                    members: members, events: memberEvents, profiles: profiles, infos: infos, evidence: Array(evidenceList.prefix(40)),
                    observations: observationIndex))
        }
        networks = keepIdentity(networks, previous: previous)
        networks.sort { ($0.risk, $1.id) > ($1.risk, $0.id) }
        return Result(networks: networks, profiles: profiles, triaged: seeds.count, candidates: candidates.count)
    }

    /// Compartmented operations leave fragments: accounts that keep one use case each and share
    /// no infrastructure, linked by templates within a use case and by nothing across them.
    /// Fragments (groups with no infrastructure of their own) are joined when their triaged
    /// accounts do the same thing (one category in one prompt language), in the same hours of the
    /// day (cosine of active hours, each spread into its neighbours, ≥ 0.8), and together keep a
    /// working week; but only when at most `maxBehaviourFragments` fragments do that thing, since
    /// among many, behaviour alone says nothing. Groups tied by infrastructure are separate
    /// operations and are never merged by behaviour. Returns one pair of accounts per join and the
    /// reason.
    func behaviourLinks(fragments: [[String]], seeds: Set<String>, profiles: [String: AccountProfile], events: [AnalysisEvent])
        -> [(String, String, String)]
    {
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
            let kinds = Set(triaged.map { profiles[$0]!.topCategory + " in " + language(profiles[$0]!) })
            guard kinds.count == 1, let kind = kinds.first, !kind.hasSuffix(" in und") else { continue }
            list.append(Fragment(accounts: triaged, usage: kind))
        }
        var usage: [String: Int] = [:]
        for f in list { usage[f.usage, default: 0] += 1 }
        list = list.filter { usage[$0.usage]! >= 2 && usage[$0.usage]! <= maxBehaviourFragments }
        for (i, f) in list.enumerated() { for a in f.accounts { fragmentOf[a] = i } }
        guard list.count >= 2 else { return [] }
        for e in events {
            if let i = fragmentOf[e.event.account] { list[i].active.add(e.event) }
        }
        var links: [(String, String, String)] = []
        for i in list.indices {
            for j in (i + 1)..<list.count where list[i].usage == list[j].usage {
                let c = cosine(smooth(list[i].active.day), smooth(list[j].active.day))
                // Operators keep a working week; people who happen to ask alike do not.
                let together = zip(list[i].active.week, list[j].active.week).map { $0 + $1 }
                guard c >= 0.8, let week = WorkingHoursEstimator.estimate(together), week.regularity >= 0.6 else { continue }
                links.append((list[i].accounts[0], list[j].accounts[0],
                    "the same use of the model (\(list[i].usage)) in the same hours of the day (cosine \(Network.number(c))), with no shared infrastructure"))
            }
        }
        return links
    }

    /// Hours of the day spread half into each neighbouring hour, so that sparse activity in the
    /// same windows compares as the same.
    func smooth(_ hours: [Int]) -> [Int] {
        hours.indices.map { 2 * hours[$0] + hours[($0 + 23) % 24] + hours[($0 + 1) % 24] }
    }

    func pairKey(_ a: String, _ b: String) -> String { a < b ? a + "\u{2}" + b : b + "\u{2}" + a }

    func cosine<T: BinaryInteger>(_ a: [T], _ b: [T]) -> Double {
        var dot = 0.0, na = 0.0, nb = 0.0
        for i in a.indices {
            let x = Double(a[i])
            let y = Double(b[i])
            dot += x * y
            na += x * x
            nb += y * y
        }
        return na == 0 || nb == 0 ? 0 : dot / (na.squareRoot() * nb.squareRoot())
    }

    /// Networks whose membership mostly persists keep their id and name from the previous run.
    func keepIdentity(_ networks: [Network], previous: [(id: String, accounts: [String])]) -> [Network] {
        var out = networks
        var taken = Set<String>()
        let order = out.indices.sorted { out[$0].accounts.count > out[$1].accounts.count || (out[$0].accounts.count == out[$1].accounts.count && out[$0].accounts[0] < out[$1].accounts[0]) }
        for i in order {
            let mine = Set(out[i].accounts)
            var best: (id: String, jaccard: Double)? = nil
            for p in previous where !taken.contains(p.id) {
                let theirs = Set(p.accounts)
                let j = Double(mine.intersection(theirs).count) / Double(mine.union(theirs).count)
                if j >= 0.5, j > (best?.jaccard ?? 0) { best = (p.id, j) }
            }
            if let best {
                out[i].id = best.id
                taken.insert(best.id)
            } else {
                var id = "net-" + String(SplitMix64.hex(StableHash.of(out[i].accounts.joined())).prefix(10))
                while taken.contains(id) { id += "x" }
                out[i].id = id
                taken.insert(id)
            }
            out[i].name = Network.codeName(for: out[i].id)
        }
        return out
    }
}
