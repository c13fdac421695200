import ArgumentParser
import Foundation
import SightlinePipeline
import SightlineStore
import SightlineStorePostgres

struct WorkerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workers",
        abstract: "Classify a generated scenario on PostgreSQL with one `sightline worker`, then with two, and print the ratio.")

    @Option(help: "A PostgreSQL database (postgres://…); the benchmark uses its schema bench_workers, dropped first.") var db: String
    @Option(help: "Scenario scale (1 is about 165,000 events).") var scale = 1.0
    @Option(help: "Worker counts to compare, in order.") var workers: [Int] = [1, 2]
    @Option(help: "Scratch directory.") var work = "/tmp/sightline-bench"

    func run() throws {
        let dir = work + "/workers-scale\(scale)"
        let events = dir + "/events.jsonl"
        if !FileManager.default.fileExists(atPath: events) {
            print("generating a scale-\(scale) scenario into \(dir) …")
            _ = try ScenarioFiles.write(to: dir, seed: 1, scale: scale)
        }
        let schema = "bench_workers"
        try PostgresStore.dropSchema(url: db, schema: schema)
        let store = try PostgresStore(url: db, schema: schema)
        let ingest = try Ingestor(store: store, kind: .events).ingest(paths: [events])
        print("\(ingest.stored) events ingested into \(schema)")
        let binary = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("sightline").path
        let url = db + (db.contains("?") ? "&" : "?") + "schema=" + schema
        var rates: [Int: Double] = [:]
        for n in workers {
            try store.forgetPerEventWork()
            let processes = (0..<n).map { _ in
                let p = Process()
                p.executableURL = URL(fileURLWithPath: binary)
                p.arguments = ["worker", "--db", url, "--until-empty"]
                p.standardOutput = FileHandle.nullDevice
                return p
            }
            let t = try seconds {
                for p in processes { try p.run() }
                for p in processes { p.waitUntilExit() }
            }
            guard processes.allSatisfy({ $0.terminationStatus == 0 }) else { throw ValidationError("a worker failed") }
            let status = try store.workQueueStatus()
            guard status.classified == ingest.stored, status.counted == ingest.stored else {
                throw ValidationError("classified \(status.classified), counted \(status.counted), of \(ingest.stored)")
            }
            var usage = rusage()
            getrusage(RUSAGE_CHILDREN.rawValue, &usage)
            rates[n] = Double(ingest.stored) / t
            print(String(format: "%d worker(s): %8.0f events/s  %6.1f s  (largest worker so far: peak RSS %.0f MiB)", n, rates[n]!, t, Double(usage.ru_maxrss) / 1024))
        }
        if let one = rates[1], let two = rates[2] {
            print(String(format: "2 workers / 1 worker: %.2f", two / one))
        }
        try PostgresStore.dropSchema(url: db, schema: schema)
    }
}
