import SightlineCore
import SightlineEncoder
import SightlineStore

/// "Find more like this": the stored prompts nearest in meaning to a prompt, across languages,
/// with their accounts and networks. It searches the encoded slice: the events the semantic tier
/// has encoded (their vectors are in the store).
public struct SimilarSearch: Sendable {
    /// One distinct prompt among the nearest, with every event of it found.
    public struct Hit: Sendable, Equatable, Encodable {
        public var similarity: Double
        /// The prompt's first 300 characters (this is an internal tool: prompts are sensitive).
        public var prompt: String
        public var category: String
        public var language: String
        /// Events with this prompt among those searched, and their ids (the first 20) and accounts.
        public var events: Int
        public var eventIDs: [String]
        public var accounts: [String]
        /// The networks of the latest analysis that have one of the accounts as a member.
        public var networks: [String]

        enum CodingKeys: String, CodingKey {
            case similarity, prompt, category, language, events, accounts, networks
            case eventIDs = "event_ids"
        }
    }

    public let store: Store
    public let index: VectorIndex
    let seqs: [Int64]

    /// Reads every stored vector into the index.
    public init(store: Store) throws {
        let rows = try store.allVectors()
        let dimension = rows.first?.vector.count ?? 384
        var flat: [Float] = []
        flat.reserveCapacity(rows.count * dimension)
        for r in rows where r.vector.count == dimension { flat += r.vector }
        self.store = store
        self.seqs = rows.filter { $0.vector.count == dimension }.map(\.seq)
        self.index = VectorIndex(vectors: flat, dimension: dimension)
    }

    public var count: Int { index.count }

    /// The `limit` distinct prompts nearest to `vector`, best first, each with its events among
    /// the nearest thousand; `excluding` leaves out one event (the one the search started from),
    /// by id.
    public func nearest(_ vector: [Float], limit: Int, excluding: String? = nil) throws -> [Hit] {
        guard index.count > 0, vector.count == index.dimension else { return [] }
        let top = index.top(min(index.count, max(limit * 20, 1_000)), of: vector)
        var bySeq: [Int64: AnalysisEvent] = [:]
        for e in try store.classifiedEvents(seqs: top.map { seqs[$0.row] }) { bySeq[e.seq] = e }
        var hits: [Hit] = []
        var byText: [String: Int] = [:]
        for t in top {
            guard let e = bySeq[seqs[t.row]], e.event.id != excluding else { continue }
            if let h = byText[e.event.prompt] {
                hits[h].events += 1
                if hits[h].eventIDs.count < 20 { hits[h].eventIDs.append(e.event.id) }
                if !hits[h].accounts.contains(e.event.account) { hits[h].accounts.append(e.event.account) }
                continue
            }
            guard hits.count < limit else { continue }
            byText[e.event.prompt] = hits.count
            hits.append(
                Hit(
                    similarity: (Double(t.similarity) * 1000).rounded() / 1000, prompt: String(e.event.prompt.prefix(300)),
                    category: e.classification.category.rawValue, language: e.classification.promptLanguage, events: 1,
                    eventIDs: [e.event.id], accounts: [e.event.account], networks: []))
        }
        var networks: [String: [String]] = [:]
        for i in hits.indices {
            hits[i].accounts.sort()
            var ids = Set<String>()
            for a in hits[i].accounts {
                if networks[a] == nil { networks[a] = try store.networkIDs(containing: a) }
                ids.formUnion(networks[a]!)
            }
            hits[i].networks = ids.sorted()
        }
        return hits
    }
}
