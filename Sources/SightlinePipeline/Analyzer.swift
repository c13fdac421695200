import Dispatch
import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlineEncoder
import SightlineStore

/// Sentence vectors for prompts: the semantic tier's encoder.
public protocol PromptEncoder: Sendable {
    func promptVectors(_ texts: [String]) -> [PromptVector]
}

extension PromptEncoder {
    /// The vectors alone: what the store keeps and `similar` searches.
    public func vectors(_ texts: [String]) -> [[Float]] { promptVectors(texts).map(\.vector) }
}

extension SemanticTier: PromptEncoder {}

extension E5Encoder: PromptEncoder {
    public func promptVectors(_ texts: [String]) -> [PromptVector] { promptVectors(texts, threads: 2) }
}

/// Brings the analysis up to date: classifies events not yet classified (prompt category and
/// language, response language), then rebuilds profiles, links, clusters and assesses networks.
/// Re-running with no new data gives the same networks, ids and bytes.
public struct Analyzer: Sendable {
    public let store: Store
    public let classifier: Classifier
    /// The semantic tier's encoder; with it (and a classifier with a semantic model), each run
    /// encodes up to `encodeBudget` distinct prompts chosen by `EncoderBudget`.
    public var encoder: (any PromptEncoder)?
    public var encodeBudget = 6_000
    public var batchSize = 20_000
    /// Edges at least this strong join accounts into one network (see docs/DETECTION.md).
    public var linkThreshold = 0.5
    /// How linked accounts are grouped (see docs/DETECTION.md).
    public var clustering = Clustering.components
    /// The clock for case and audit records.
    public var now: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }

    public init(store: Store, classifier: Classifier) {
        self.store = store
        self.classifier = classifier
    }

    public struct Summary: Sendable {
        public var classified = 0
        public var events = 0
        public var accounts = 0
        public var triaged = 0
        /// Accounts whose behaviour score reached the policy's account threshold.
        public var triagedAccounts: [String] = []
        public var candidates = 0
        public var networks: [Network] = []
        public var recidivists: [RecidivismWatch.Match] = []
        /// The semantic tier's share of this run, when it ran.
        public var semantic: SemanticPass?
        /// Seconds per stage, in order.
        public var stages: [(name: String, seconds: Double)] = []
    }

    /// What the semantic tier did in one run.
    public struct SemanticPass: Sendable {
        public var budget = 0
        /// Distinct prompts encoded, and the events they carry.
        public var encodedTexts = 0
        public var encodedEvents = 0
        /// Accounts touched by a signal, at the start of the run.
        public var touchedAccounts = 0
        /// Events worth encoding and not encoded, at the start of the run and at its end (left
        /// for the next run when the budget ran out).
        public var worthEncoding = 0
        public var left = 0
        /// Rounds: the semantic tier's flags can touch more accounts.
        public var rounds = 0
        /// Events whose category the semantic tier changed.
        public var changed = 0
        public var seconds = 0.0
        /// Of `seconds`, the encoder's.
        public var encoderSeconds = 0.0
    }

    typealias SignatureRows = [(seq: Int64, signature: [UInt16], length: Int)]

    public func classifyNew(progress: ((Int) -> Void)? = nil) throws -> Int {
        // On a shared store, through the work queue, beside any workers running.
        if let queue = store as? any WorkQueue {
            var worker = Worker(queue: queue, classifier: classifier)
            worker.batchSize = batchSize
            return try worker.drain(progress: progress)
        }
        var last = try store.lastClassifiedSeq()
        var total = 0
        while true {
            let batch = try store.unclassifiedEvents(after: last, limit: batchSize)
            guard !batch.isEmpty else { break }
            let done = Self.perEventStages(batch.map { ($0.seq, $0.prompt, $0.response) }, classifier: classifier)
            try store.saveClassifications(done.classifications)
            try store.saveSignatures(done.signatures)
            last = batch.last!.seq
            total += batch.count
            progress?(total)
        }
        return total
    }

    /// The per-event stages, on two threads: the classification (category, scores, prompt and
    /// response languages, signals) and the prompt's signature (`signNew` catches up the rest).
    /// Results by seq.
    static func perEventStages(_ batch: [(seq: Int64, prompt: String, response: String?)], classifier: Classifier) -> ClassifiedBatch {
        let workers = 2
        let results = ParallelSlots<[(seq: Int64, classification: EventClassification)]>(workers, empty: [])
        let signed = ParallelSlots<SignatureRows>(workers, empty: [])
        let hasher = MinHasher()
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            var out: [(seq: Int64, classification: EventClassification)] = []
            var signatures: SignatureRows = []
            for i in stride(from: w, to: batch.count, by: workers) {
                let item = batch[i]
                let row = hasher.signatureRow(item.prompt)
                signatures.append((item.seq, row.signature, row.length))
                let c = classifier.classify(item.prompt)
                var responseLanguage: String? = nil
                if let r = item.response, !r.isEmpty { responseLanguage = LanguageIdentifier.identify(r).code }
                out.append((
                    item.seq,
                    EventClassification(
                        category: c.category, score: c.score, scores: ThreatCategory.allCases.map { c.scores[$0] ?? 0 },
                        promptLanguage: c.language.code, responseLanguage: responseLanguage, signals: c.signals)
                ))
            }
            results.set(w, out)
            signed.set(w, signatures)
        }
        return ClassifiedBatch(
            classifications: results.take().flatMap { $0 }.sorted { $0.seq < $1.seq },
            signatures: signed.take().flatMap { $0 }.sorted { $0.seq < $1.seq })
    }

    /// Signs the prompts of events not signed yet (`PromptSignatures`), for near-duplicates across
    /// the whole population. `classifyNew` signs what it classifies; this catches up a store
    /// classified before signatures existed, once, on its next run.
    public func signNew(progress: ((Int) -> Void)? = nil) throws -> Int {
        var last: Int64 = 0
        var total = 0
        let hasher = MinHasher()
        while true {
            let batch = try store.eventsWithoutSignature(after: last, limit: batchSize)
            guard !batch.isEmpty else { break }
            let workers = 2
            let slots = ParallelSlots<SignatureRows>(workers, empty: [])
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var out: SignatureRows = []
                for i in stride(from: w, to: batch.count, by: workers) {
                    let row = hasher.signatureRow(batch[i].prompt)
                    out.append((batch[i].seq, row.signature, row.length))
                }
                slots.set(w, out)
            }
            try store.saveSignatures(slots.take().flatMap { $0 }.sorted { $0.seq < $1.seq })
            last = batch.last!.seq
            total += batch.count
            progress?(total)
        }
        return total
    }

    /// The cascade's second step: encodes, within `encodeBudget` distinct prompts, the events
    /// `EncoderBudget` finds worth it, judges them with the semantic tier, and stores the vectors
    /// and the new classifications (also returned in `events`). What the semantic tier flags can
    /// touch more accounts, so it goes round until nothing new is worth encoding or the budget is
    /// spent (then the next run carries on).
    func encode(
        _ events: inout [AnalysisEvent], with encoder: any PromptEncoder, infos: [String: AccountInfo], previous: Set<String>,
        progress: ((String) -> Void)?
    ) throws -> SemanticPass {
        let started = Date()
        var encoded = Set(try store.vectorSeqs())
        let payments = infos.compactMapValues(\.payment)
        var pass = SemanticPass(budget: encodeBudget)
        while true {
            let ranking = EncoderBudget.rank(events: events, encoded: encoded, payments: payments, previousNetworkAccounts: previous)
            guard pass.encodedTexts < encodeBudget else {
                pass.left = ranking.order.count
                break
            }
            if pass.rounds == 0 {
                pass.touchedAccounts = ranking.touchedAccounts
                pass.worthEncoding = ranking.order.count
            }
            guard !ranking.order.isEmpty else { break }
            pass.rounds += 1
            // Distinct texts in ranked order, read a window at a time; each text is encoded once
            // for all its events in the windows read.
            var texts: [String] = []
            var carriers: [[Int]] = []
            var index: [String: Int] = [:]
            var next = 0
            while next < ranking.order.count, pass.encodedTexts + texts.count < encodeBudget {
                let window = Array(ranking.order[next..<min(next + 4_096, ranking.order.count)])
                next += window.count
                var prompts: [Int64: String] = [:]
                for e in try store.classifiedEvents(seqs: window.map { events[$0].seq }) { prompts[e.seq] = e.event.prompt }
                for i in window {
                    guard let text = prompts[events[i].seq] else { continue }
                    if let t = index[text] {
                        carriers[t].append(i)
                    } else if pass.encodedTexts + texts.count < encodeBudget {
                        index[text] = texts.count
                        texts.append(text)
                        carriers.append([i])
                    }
                }
            }
            var updates: [(seq: Int64, classification: EventClassification)] = []
            var vectorRows: [(seq: Int64, vector: [Float])] = []
            let encoding = Date()
            for start in stride(from: 0, to: texts.count, by: 512) {
                let end = min(start + 512, texts.count)
                let vectors = encoder.promptVectors(Array(texts[start..<end]))
                for j in start..<end {
                    // The language too: where CLD2 was unsure, the encoder's language head may know.
                    let c = classifier.classify(texts[j], vector: vectors[j - start].vector, instruction: vectors[j - start].instruction)
                    for i in carriers[j] {
                        let before = events[i].classification
                        let after = EventClassification(
                            category: c.category, score: c.score, scores: ThreatCategory.allCases.map { c.scores[$0] ?? 0 },
                            promptLanguage: c.language.code, responseLanguage: before.responseLanguage, signals: c.signals)
                        if after.category != before.category { pass.changed += 1 }
                        updates.append((events[i].seq, after))
                        vectorRows.append((events[i].seq, vectors[j - start].vector))
                        encoded.insert(events[i].seq)
                    }
                }
                progress?("semantic tier: encoded \(pass.encodedTexts + end) prompts")
            }
            pass.encoderSeconds += Date().timeIntervalSince(encoding)
            pass.encodedTexts += texts.count
            pass.encodedEvents += updates.count
            updates.sort { $0.seq < $1.seq }
            try store.saveClassifications(updates)
            try store.saveVectors(vectorRows.sorted { $0.seq < $1.seq })
            // The judged events as analysis reads them from the store (a newly flagged event
            // comes whole, a newly benign one without its text), exactly as the next run will.
            var reloaded: [Int64: AnalysisEvent] = [:]
            for e in try store.classifiedEvents(seqs: updates.map(\.seq)) { reloaded[e.seq] = AnalysisEvent.asAnalysisReadsIt(e) }
            for i in events.indices { if let e = reloaded[events[i].seq] { events[i] = e } }
        }
        pass.seconds = Date().timeIntervalSince(started)
        return pass
    }

    public func run(progress: ((String) -> Void)? = nil) throws -> Summary {
        var summary = Summary()
        var clock = Date()
        func stage(_ name: String) {
            summary.stages.append((name, Date().timeIntervalSince(clock)))
            clock = Date()
        }
        summary.classified = try classifyNew { progress?("classified \($0) new events") }
        stage("classify")
        _ = try signNew { progress?("signed \($0) new prompts") }
        stage("sign prompts")
        var events = try store.analysisEvents()
        summary.events = events.count
        let previous = try store.networks()
        // Account facts do not change during a run: read them once.
        let infos = try store.allAccountInfo()
        let signatures = try store.allSignatures()
        stage("read")
        if let encoder, classifier.semantic != nil {
            summary.semantic = try encode(&events, with: encoder, infos: infos, previous: Set(previous.flatMap(\.accounts)), progress: progress)
            stage("semantic tier")
        }
        progress?("linking accounts")
        var analysis = NetworkAnalysis(policy: classifier.policy)
        analysis.linkThreshold = linkThreshold
        analysis.clustering = clustering
        // Answers of benign events, read for provenance; a failed read fails the run.
        let store = self.store
        var readError: (any Error)?
        let result = analysis.run(
            events: events, signatures: signatures, infos: infos, observations: try store.allObservations(), previous: previous,
            membership: Membership(cases: try store.cases()),
            responses: { seqs in
                var out: [Int64: String] = [:]
                do {
                    for e in try store.classifiedEvents(seqs: seqs) { if let r = e.event.response { out[e.seq] = r } }
                } catch {
                    readError = readError ?? error
                }
                return out
            })
        if let readError { throw readError }
        stage("link and assess")
        summary.accounts = result.profiles.count
        summary.triaged = result.triaged
        summary.triagedAccounts = result.profiles.values.filter { $0.risk >= classifier.policy.accountThreshold }.map(\.account).sorted()
        summary.candidates = result.candidates
        summary.networks = result.networks
        try store.save(networks: result.networks)
        // What the console pivots on: who used which address, device, card, domain, organization.
        try store.saveEntityUses(EntityUse.uses(events: events, infos: infos))
        let casework = Casework(store: store, now: now)
        try casework.openCases(for: result.networks)
        summary.recidivists = try casework.watchForRecidivism(events: events, infos: infos)
        try casework.attachRecidivism(summary.recidivists)
        stage("save and casework")
        return summary
    }
}
