import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlineStore
@testable import SightlineStorePostgres
import SightlineStoreSQLite
import Testing
@testable import SightlinePipeline

@Suite(.serialized) struct AnalyzerTests {
    @Test func findsTheScenarioNetworksAndNoHardNegativesAndIsStable() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let written = try ScenarioFiles.write(to: dir.path("s"), seed: 21, scale: 0.5)
        let store = try SQLiteStore(path: dir.path("a.sqlite"))
        _ = try Ingestor(store: store, kind: .events).ingest(paths: [written.eventsPath])
        _ = try Ingestor(store: store, kind: .observations).ingest(paths: [written.observationsPath])
        let analyzer = Analyzer(store: store, classifier: Classifier(policy: .default, model: Classifier.defaultModel))
        let first = try analyzer.run()
        #expect(first.classified == written.counts.events)
        let firstJSON = try store.savedNetworks().map(\.json)

        // Re-running with no new data classifies nothing and changes nothing, byte for byte.
        let second = try analyzer.run()
        #expect(second.classified == 0)
        #expect(try store.savedNetworks().map(\.json) == firstJSON)

        let truth = try JSONCodec.decode(ScenarioTruth.self, from: try Data(contentsOf: URL(fileURLWithPath: written.truthPath)))
        let e = TruthEvaluation(truth: truth, found: first.networks)
        #expect(e.recall >= 0.9, "\(e.report())")
        #expect(e.categoryAccuracy >= 0.9, "\(e.report())")
        #expect(e.attributionAccuracy >= 0.8, "\(e.report())")
        #expect(e.breakoutWithinOne >= 0.8, "\(e.report())")
        #expect(e.hardNegatives.allSatisfy { $0.inNetworks == 0 }, "\(e.report())")
        // No hard-negative account even scores as worth linking.
        let triaged = Set(first.triagedAccounts)
        for group in truth.hardNegativeGroups { #expect(triaged.isDisjoint(with: group.accounts), "\(group.id)") }
        #expect(Double(e.benignAccountsInNetworks) <= 0.001 * Double(e.benignAccounts) + 1, "\(e.report())")
        for n in first.networks {
            #expect(n.name.split(separator: " ").count == 2)
            // Stored documents decode to the same networks the analysis returned.
            #expect(try store.network(withID: n.id) == n.roundTripped())
        }
    }

    @Test func networksKeepTheirIdsWhenDataIsAdded() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let written = try ScenarioFiles.write(to: dir.path("s"), seed: 23, scale: 0.3)
        let lines = try String(contentsOfFile: written.eventsPath, encoding: .utf8).split(separator: "\n")
        let cut = lines.count * 4 / 5
        let first = try dir.write("first.jsonl", Array(lines[..<cut].joined(separator: "\n").utf8))
        let rest = try dir.write("rest.jsonl", Array(lines[cut...].joined(separator: "\n").utf8))
        let store = try SQLiteStore(path: dir.path("a.sqlite"))
        let analyzer = Analyzer(store: store, classifier: Classifier(policy: .default, model: Classifier.defaultModel))
        _ = try Ingestor(store: store, kind: .events).ingest(paths: [first])
        let before = try analyzer.run().networks
        _ = try Ingestor(store: store, kind: .events).ingest(paths: [rest])
        let after = try analyzer.run()
        #expect(after.classified == lines.count - cut, "only the new events are classified")
        // Networks whose membership mostly persists keep their id and name.
        var kept = 0
        for b in before {
            let old = Set(b.accounts)
            guard let a = after.networks.max(by: { Set($0.accounts).intersection(old).count < Set($1.accounts).intersection(old).count }) else { continue }
            let j = Double(Set(a.accounts).intersection(old).count) / Double(Set(a.accounts).union(old).count)
            if j >= 0.5 {
                #expect(a.id == b.id && a.name == b.name, "\(b.id) became \(a.id) at Jaccard \(j)")
                kept += 1
            }
        }
        #expect(kept * 10 >= before.count * 8, "\(kept) of \(before.count) networks persisted")
    }
}

@Suite(.enabled(if: ProcessInfo.processInfo.environment["SIGHTLINE_TEST_POSTGRES"] != nil, "set SIGHTLINE_TEST_POSTGRES to a PostgreSQL URL to run this"))
struct SharedStoreTests {
    @Test func postgresGivesTheSameNetworksAsSQLite() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let written = try ScenarioFiles.write(to: dir.path("s"), seed: 25, scale: 0.3)
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let postgres = try PostgresStore(url: ProcessInfo.processInfo.environment["SIGHTLINE_TEST_POSTGRES"]!, schema: schema)
        defer { _ = try? postgres.locked { try $0.execute("DROP SCHEMA \(schema) CASCADE") } }
        let sqlite = try SQLiteStore(path: dir.path("a.sqlite"))
        var results: [[String]] = []
        for store in [sqlite, postgres] as [Store] {
            let ingest = try Ingestor(store: store, kind: .events).ingest(paths: [written.eventsPath])
            #expect(ingest.stored == written.counts.events)
            _ = try Ingestor(store: store, kind: .observations).ingest(paths: [written.observationsPath])
            let analyzer = Analyzer(store: store, classifier: Classifier(policy: .default, model: Classifier.defaultModel))
            #expect(try analyzer.run().networks.count >= 10)
            #expect(try analyzer.run().classified == 0)
            results.append(try store.savedNetworks().map(\.json))
        }
        #expect(results[0] == results[1])
        #expect(try postgres.eventCount() == written.counts.events)
    }
}
