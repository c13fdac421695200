import Dispatch
import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlineStore

/// Brings the analysis up to date: classifies events not yet classified (prompt category and
/// language, response language), then rebuilds profiles, links, clusters and assesses networks.
/// Re-running with no new data gives the same networks, ids and bytes.
public struct Analyzer: Sendable {
    public let store: Store
    public let classifier: Classifier
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
        public var recidivists: [(account: String, network: String, evidence: [String])] = []
    }

    final class Results: @unchecked Sendable {
        // @unchecked: each worker writes only its own slot; read after concurrentPerform returns.
        var slots: [[(seq: Int64, classification: EventClassification)]]
        init(_ n: Int) { slots = Array(repeating: [], count: n) }
    }

    public func classifyNew(progress: ((Int) -> Void)? = nil) throws -> Int {
        var last = try store.lastClassifiedSeq()
        var total = 0
        while true {
            let batch = try store.unclassifiedEvents(after: last, limit: batchSize)
            guard !batch.isEmpty else { break }
            let workers = 2
            let results = Results(workers)
            let classifier = self.classifier
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var out: [(seq: Int64, classification: EventClassification)] = []
                for i in stride(from: w, to: batch.count, by: workers) {
                    let item = batch[i]
                    let c = classifier.classify(item.prompt)
                    var responseLanguage: String? = nil
                    if let r = item.response, !r.isEmpty { responseLanguage = LanguageIdentifier.identify(r).code }
                    out.append((
                        item.seq,
                        EventClassification(
                            category: c.category, score: c.score, scores: ThreatCategory.ids.map { c.scores[$0] ?? 0 },
                            promptLanguage: c.language.code, responseLanguage: responseLanguage, signals: c.signals)
                    ))
                }
                results.slots[w] = out
            }
            let merged = results.slots.flatMap { $0 }.sorted { $0.seq < $1.seq }
            try store.saveClassifications(merged)
            last = batch.last!.seq
            total += batch.count
            progress?(total)
        }
        return total
    }

    public func run(progress: ((String) -> Void)? = nil) throws -> Summary {
        var summary = Summary()
        summary.classified = try classifyNew { progress?("classified \($0) new events") }
        progress?("linking accounts")
        let events = try store.analysisEvents()
        summary.events = events.count
        let previous = try store.savedNetworks().map { (id: $0.id, accounts: $0.accounts) }
        var analysis = NetworkAnalysis(policy: classifier.policy)
        analysis.linkThreshold = linkThreshold
        analysis.clustering = clustering
        let result = analysis.run(
            events: events, infos: try store.allAccountInfo(), observations: try store.allObservations(), previous: previous)
        summary.accounts = result.profiles.count
        summary.triaged = result.triaged
        summary.triagedAccounts = result.profiles.values.filter { $0.risk >= classifier.policy.accountThreshold }.map(\.account).sorted()
        summary.candidates = result.candidates
        summary.networks = result.networks
        try store.saveNetworks(result.networks.map { StoredNetwork(id: $0.id, accounts: $0.accounts, json: $0.json()) })
        let casework = Casework(store: store, now: now)
        try casework.openCases(for: result.networks)
        summary.recidivists = try casework.watchForRecidivism(events: events, infos: try store.allAccountInfo())
        try casework.attachRecidivism(summary.recidivists)
        return summary
    }
}
