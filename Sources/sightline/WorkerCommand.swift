import ArgumentParser
import Foundation
import SightlinePipeline
import SightlineStore
import SightlineStorePostgres

struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Classify new events on a shared PostgreSQL store, beside any number of other workers.",
        discussion: """
            Claims batches of unclassified events (FOR UPDATE SKIP LOCKED), runs the per-event stages \
            (the fast tier's classification, languages, prompt signatures) and saves them with the \
            accounts' activity in the claim's transaction. A worker that dies gives its batch back; \
            one that stalls past its lease loses it. `analyze` then finds the events classified and \
            links. Runs until stopped, polling for new events, or with --until-empty until every \
            event is classified. The semantic tier runs in `analyze`, within its budget.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Policy file (YAML) replacing the built-in one; the same as analyze's.") var policy: String?
    @Option(help: "Model file written by `sightline train`; the same as analyze's.") var model: String?
    @Option(help: "Events per claimed batch.") var batch = 2_000
    @Option(help: "Seconds a claim may go without the worker talking to the store before the store takes the batch back.")
    var leaseSeconds = 60
    @Option(help: "Seconds between looks for new events once the queue is empty.") var pollSeconds = 5.0
    @Flag(help: "Stop once every event is classified (waiting for batches other workers hold).") var untilEmpty = false
    @Flag(help: "Print how much work is waiting and how many workers are connected, and exit.") var status = false
    @Option(help: "text or json (with --status).") var format: OutputFormat = .text

    func validate() throws {
        guard batch >= 1, batch <= 100_000 else { throw ValidationError("--batch takes 1 to 100000 events") }
        guard leaseSeconds >= 1 else { throw ValidationError("--lease-seconds must be at least 1") }
        guard pollSeconds > 0 else { throw ValidationError("--poll-seconds must be more than 0") }
    }

    func run() throws {
        guard case .postgres(let url) = StoreLocation.parse(store.db) else {
            Terminal.error("workers share a PostgreSQL store (--db postgres://…); on SQLite, `sightline analyze` classifies in one process")
            throw ExitCode(2)
        }
        if status {
            guard let queue = try openStore(store) as? any WorkQueue else { throw ExitCode(2) }
            let s = try queue.workQueueStatus()
            switch format {
            case .json:
                struct Status: Encodable { var events, classified, waiting, counted, workers: Int }
                try printJSON(Status(events: s.events, classified: s.classified, waiting: s.waiting, counted: s.counted, workers: s.workers))
            default:
                print(
                    "\(grouped(s.events)) events, \(grouped(s.classified)) classified (\(grouped(s.counted)) counted in account activity), "
                        + "\(grouped(s.waiting)) waiting; \(grouped(s.workers)) workers connected.")
            }
            return
        }
        let queue: PostgresStore
        do {
            // Connected under the workers' application name, which --status counts.
            queue = try PostgresStore(url: url + (url.contains("?") ? "&" : "?") + "application_name=" + PostgresStore.workerApplicationName)
        } catch let error as StoreError {
            Terminal.error(error.message)
            throw ExitCode(2)
        }
        let detection = try DetectionOptions.parse((policy.map { ["--policy", $0] } ?? []) + (model.map { ["--model", $0] } ?? []))
        var worker = Worker(queue: queue, classifier: try detection.classifier())
        worker.batchSize = batch
        worker.leaseSeconds = leaseSeconds
        let started = Date()
        let total = try worker.run(untilEmpty: untilEmpty, pollSeconds: pollSeconds) { n in
            if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\u{1B}[2K  classified \(grouped(n)) events".utf8)) }
        }
        if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        print("Classified \(grouped(total)) events in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; every event in the store is classified.")
    }
}
