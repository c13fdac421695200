import SightlineCore

/// Weighted evidence edges between candidate accounts. Each edge keeps its reasons; its weight
/// is the noisy-OR of theirs.
struct EvidenceGraph {
    struct Reason {
        var kind: EvidenceKind
        /// For shared values: which attribute.
        var attribute: SharedAttribute?
        var detail: String
        var weight: Double
        /// For templates: near-duplicate prompts flagged on both sides (an operation's own), and
        /// among them long ones (code, a brief).
        var flaggedTemplate = false
        var longTemplate = false
    }

    struct Edge {
        var weight = 0.0
        var reasons: [Reason] = []
        mutating func add(_ r: Reason) {
            guard r.weight > 0 else { return }
            weight = 1 - (1 - weight) * (1 - r.weight)
            reasons.append(r)
        }
    }

    private(set) var edges: [AccountPair: Edge] = [:]

    /// A graph with no edges yet.
    init() {}

    mutating func add(_ pair: AccountPair, _ reason: Reason) {
        edges[pair, default: Edge()].add(reason)
    }

    /// Edges in a fixed order, so that every result built from them is deterministic.
    var sorted: [(pair: AccountPair, edge: Edge)] { edges.keys.sorted().map { ($0, edges[$0]!) } }

    func edge(_ a: String, _ b: String) -> Edge? { edges[AccountPair(a, b)] }

    /// Builds the edges among `candidates`: shared values (weighted by rarity), templates, reused
    /// outputs, then co-activity as extra weight on pairs already linked by something more specific
    /// than an address.
    init(
        candidates: Set<String>, attributes: AttributeIndex, duplicates: NearDuplicates, profiles: [String: AccountProfile], maxSharedValue: Int,
        burners: Set<String> = []
    ) {
        for key in attributes.accounts.keys.sorted() {
            let accounts = attributes.accounts[key]!
            guard accounts.count >= 2, accounts.count <= maxSharedValue else { continue }
            let members = accounts.filter { candidates.contains($0) }.sorted()
            guard members.count >= 2 else { continue }
            // Machines and cards are rarely shared at all: their weight falls more slowly.
            let w = key.attribute.baseWeight * min(1, (key.attribute.identifiesOperator ? 3 : 2) / Double(accounts.count).squareRoot())
            let reason = Reason(
                kind: key.attribute.evidenceKind, attribute: key.attribute,
                detail: "\(key.attribute.rawValue) \(key.value) shared by \(accounts.count) accounts", weight: w)
            for x in 0..<members.count {
                for y in (x + 1)..<members.count { add(AccountPair(members[x], members[y]), reason) }
            }
        }
        for pair in duplicates.templates.keys.sorted() where candidates.contains(pair.first) && candidates.contains(pair.second) {
            let t = duplicates.templates[pair]!
            // Flagged templates and long prompts (code, a brief) are an operation's own; short
            // ordinary prompts that a few people share are only a hint, however many of them.
            // Between burners (`Burners`) a long text links unflagged too.
            let long = t.isLong(between: pair, burners: burners)
            let betweenBurners = long && !t.long
            let weight = long ? 0.8 : max(0.8 * min(1, Double(t.flagged) / 2), min(0.3, 0.1 * Double(t.count - t.flagged)))
            let kind =
                t.long ? "long prompts (code or documents)"
                : betweenBurners ? "long prompts (code or documents) between throwaway accounts on disposable e-mail"
                : t.flagged == t.count ? "flagged prompts" : "prompts (\(t.flagged) flagged)"
            add(pair, Reason(
                kind: .templateSimilarity, detail: "\(t.count) near-duplicate \(kind) (estimated Jaccard up to \(Network.number(t.best)))",
                weight: weight, flaggedTemplate: t.flagged > 0, longTemplate: long))
        }
        for pair in duplicates.outputs.keys.sorted() where candidates.contains(pair.first) && candidates.contains(pair.second) {
            let n = duplicates.outputs[pair]!
            add(pair, Reason(kind: .reusedOutputs, detail: "\(n) near-duplicate model outputs", weight: 0.6 * min(1, Double(n) / 2)))
        }
        for (pair, edge) in sorted where edge.reasons.contains(where: \.isSpecific) {
            guard let p = profiles[pair.first], let q = profiles[pair.second], p.events >= 8, q.events >= 8 else { continue }
            let c = Similarity.cosine(p.hourOfWeek, q.hourOfWeek)
            if c > 0.6 {
                add(pair, Reason(kind: .coActivity, detail: "active in the same hours of the week (cosine \(Network.number(c)))", weight: 0.35 * (c - 0.6) / 0.4))
            }
        }
    }

    /// Accounts tied to another by infrastructure of their own (not an anonymizer exit), however
    /// many others share it too.
    var accountsWithOwnInfrastructure: Set<String> {
        var out = Set<String>()
        for (pair, e) in edges where e.reasons.contains(where: \.isOwnInfrastructure) {
            out.insert(pair.first)
            out.insert(pair.second)
        }
        return out
    }
}

extension EvidenceGraph.Reason {
    /// A template, reused outputs, a device or a payment instrument: more than an address.
    var isSpecific: Bool {
        kind == .templateSimilarity || kind == .reusedOutputs || attribute == .device || attribute == .payment
    }

    var isOwnInfrastructure: Bool {
        (kind == .sharedInfrastructure || kind == .sameOrganization) && attribute != .exitIP
    }
}

enum Similarity {
    static func cosine<T: BinaryInteger>(_ a: [T], _ b: [T]) -> Double {
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
}
