import Foundation
import SightlineStore
import SightlineStorePostgres
import Testing

let workerTestPostgres = ProcessInfo.processInfo.environment["SIGHTLINE_TEST_POSTGRES"]

@Suite(.enabled(if: workerTestPostgres != nil, "set SIGHTLINE_TEST_POSTGRES to a PostgreSQL URL to run these"))
struct WorkerCLITests {
    func startWorker(_ db: String) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["worker", "--db", db, "--until-empty", "--batch", "300", "--poll-seconds", "0.2"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Four workers on one store, two of them killed with SIGKILL part-way: every event is
    /// classified and counted in its account's activity exactly once, and the networks are the
    /// ones a single process finds on SQLite.
    @Test func fourWorkersSomeKilledClassifyEachEventOnceAndFindTheSameNetworks() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        #expect(try CLI.run(["generate", "--out", ws.path("s"), "--seed", "25", "--scale", "0.15"]).status == 0)
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let db = workerTestPostgres! + (workerTestPostgres!.contains("?") ? "&" : "?") + "schema=" + schema
        let store = try PostgresStore(url: db)
        defer { try? PostgresStore.dropSchema(url: workerTestPostgres!, schema: schema) }
        for (command, file) in [("ingest", "events.jsonl"), ("observe", "observations.jsonl")] {
            #expect(try CLI.run([command, "--db", db, ws.path("s/" + file)]).status == 0)
        }
        let total = try store.eventCount()

        let workers = try (0..<4).map { _ in try startWorker(db) }
        // Kill two once some batches are in, without warning.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, try store.workQueueStatus().classified == 0 { Thread.sleep(forTimeInterval: 0.02) }
        for p in workers.prefix(2) { kill(p.processIdentifier, SIGKILL) }
        for p in workers { p.waitUntilExit() }
        #expect(workers.prefix(2).allSatisfy { $0.terminationReason == .uncaughtSignal }, "the killed workers were still running")
        #expect(workers.suffix(2).allSatisfy { $0.terminationReason == .exit && $0.terminationStatus == 0 })
        let afterKill = try store.workQueueStatus()
        #expect(afterKill.classified > 0)

        let status = try JSONSerialization.jsonObject(with: Data(try CLI.run(["worker", "--db", db, "--status", "--format", "json"]).stdout.utf8)) as? [String: Int]
        #expect(status?["events"] == total && status?["classified"] == total && status?["counted"] == total && status?["waiting"] == 0)
        #expect(try store.allAccountActivity().map(\.events).reduce(0, +) == total)

        let analyzed = try CLI.run(["analyze", "--db", db, "--tier", "fast"])
        #expect(analyzed.status == 0, "\(analyzed.stderr)")
        #expect(analyzed.stdout.contains("Classified 0 new events"), "the workers left nothing to classify: \(analyzed.stdout)")
        let sqlite = ws.path("one.sqlite")
        #expect(try CLI.run(["ingest", "--db", sqlite, ws.path("s/events.jsonl")]).status == 0)
        #expect(try CLI.run(["observe", "--db", sqlite, ws.path("s/observations.jsonl")]).status == 0)
        #expect(try CLI.run(["analyze", "--db", sqlite, "--tier", "fast"]).status == 0)
        let shared = try CLI.run(["networks", "--db", db, "--format", "json"]).stdout
        let single = try CLI.run(["networks", "--db", sqlite, "--format", "json"]).stdout
        #expect(shared.contains("\"accounts\""))
        #expect(shared == single)
    }
}

@Test func aWorkerNeedsTheSharedStore() throws {
    let ws = try Workspace()
    defer { ws.remove() }
    let r = try CLI.run(["worker", "--db", ws.path("a.sqlite"), "--until-empty"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("PostgreSQL"))
}
