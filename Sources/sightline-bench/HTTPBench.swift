import ArgumentParser
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SightlineCore
import SightlineScenario
import SightlineDetection
import SightlinePipeline
import SightlineServer
import SightlineStore
import SightlineStoreSQLite

struct HTTPBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "http",
        abstract: "Batch ingestion over HTTP on loopback (events/s, request latency), then console page times.")

    @Option(help: "A store to time the console pages on (default: the one this benchmark fills).") var db: String?
    @Option(help: "Events per request.") var batch = 1000
    @Option(help: "Requests in flight at once.") var concurrency = 4
    @Option(help: "Port on loopback.") var port = 18_099

    func run() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("sightline-http-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let store = try SQLiteStore(path: work + "/s.sqlite")
        let token = try Tokens.create(store: store, role: .admin, name: "bench", now: 0)
        var lines: [String] = []
        _ = ScenarioGenerator(seed: 4, scale: 1).run(event: { lines.append($0) }, observation: { _ in })
        let bodies = stride(from: 0, to: lines.count, by: batch).map { Data(lines[$0..<min($0 + batch, lines.count)].joined(separator: "\n").utf8) }

        let server = Task { try await SightlineServer.buildApplication(store: store, host: "127.0.0.1", port: port).runService() }
        try await Task.sleep(for: .milliseconds(500))
        let session = URLSession(configuration: .ephemeral)
        func request(_ path: String, body: Data? = nil) -> URLRequest {
            var r = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            r.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            if let body {
                r.httpMethod = "POST"
                r.httpBody = body
            }
            return r
        }

        let clock = ContinuousClock()
        let started = clock.now
        var latencies: [Double] = []
        try await withThrowingTaskGroup(of: [Double].self) { group in
            for worker in 0..<concurrency {
                group.addTask {
                    var mine: [Double] = []
                    for i in stride(from: worker, to: bodies.count, by: concurrency) {
                        let t = clock.now
                        let (_, response) = try await session.data(for: request("/v1/events", body: bodies[i]))
                        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw ValidationError("ingest request failed") }
                        let d = clock.now - t
                        mine.append(Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) * 1e-15)
                    }
                    return mine
                }
            }
            for try await part in group { latencies += part }
        }
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        latencies.sort()
        func pct(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        print(String(format: "HTTP ingestion: %d events in %d requests of %d, %d in flight: %.0f events/s; latency p50 %.1f ms, p99 %.1f ms (budget: >= 20,000 events/s, p99 < 100 ms)",
                     lines.count, bodies.count, batch, concurrency, Double(lines.count) / seconds, pct(0.5), pct(0.99)))
        let stored = try store.eventCount()
        if stored != lines.count { print("warning: \(stored) events stored of \(lines.count) sent") }
        server.cancel()

        // Console pages: server time as seen by a client on loopback, the slowest of five loads.
        let pageStore: Store
        if let db {
            pageStore = try StoreLocation.parse(db).open()
        } else {
            _ = try Analyzer(store: store, classifier: Classifier(policy: .default, model: Classifier.defaultModel)).run()
            pageStore = store
        }
        // The prompts' full-text index, which `serve` builds in the background, built here first.
        let indexing = clock.now
        var indexed = 0
        while case let n = try pageStore.indexPrompts(limit: 50_000), n > 0 { indexed += n }
        let indexTime = clock.now - indexing
        print(String(format: "prompt index: %d prompts added in %.1f s", indexed, Double(indexTime.components.seconds) + Double(indexTime.components.attoseconds) * 1e-18))
        let pageToken = try Tokens.create(store: pageStore, role: .analyst, name: "bench", now: 0)
        let pageServer = Task { try await SightlineServer.buildApplication(store: pageStore, host: "127.0.0.1", port: port + 1).runService() }
        try await Task.sleep(for: .milliseconds(500))
        let first = try pageStore.savedNetworks().first
        let firstNetwork = first?.id ?? "none"
        // The workbench's pivots from that network: a member, an address it used, a search.
        func part(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }
        let member = first?.accounts.first ?? "none"
        let address = try pageStore.entityUses(account: member).first { $0.kind == .ip }?.value ?? "none"
        let day = String(Timestamp.format(try pageStore.events(account: member).first?.time ?? 0).prefix(10))
        print("console pages on a store of \(try pageStore.eventCount()) events (slowest of 5 loads):")
        let pages = [
            "/", "/networks", "/networks/\(firstNetwork)", "/networks/\(firstNetwork)/days/\(day)", "/accounts/\(part(member))",
            "/entities/ip/\(part(address))", "/search?q=\(part(String(address.prefix(6))))",
            "/search?q=login&prompts=1", "/search?q=\(part("zq-no-such-text"))&prompts=1", "/quarantine", "/report/document", "/v1/networks",
        ]
        for path in pages {
            var slowest = 0.0
            for _ in 0..<5 {
                var r = URLRequest(url: URL(string: "http://127.0.0.1:\(port + 1)\(path)")!)
                r.setValue("Bearer \(pageToken)", forHTTPHeaderField: "Authorization")
                let t = clock.now
                _ = try await session.data(for: r)
                let d = clock.now - t
                slowest = max(slowest, Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) * 1e-15)
            }
            print(String(format: "  %-44@ %7.1f ms  (budget: < 200 ms)", String(path.prefix(44)) as NSString, slowest))
        }
        pageServer.cancel()
    }
}
