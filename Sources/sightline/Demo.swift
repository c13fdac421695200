import ArgumentParser
import Foundation
import SightlineCore
import SightlinePipeline
import SightlineStore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "First run: build a sample scenario in a fresh local store and run the pipeline on it.")

    @Option(help: "Directory for the sample scenario and its store.") var dir = "sightline-demo"
    @Option(help: "Random seed of the sample scenario.") var seed: UInt64 = 7
    @Option(help: "Size of the sample scenario.") var scale: Double = 1

    func run() throws {
        let storePath = dir + "/sightline.sqlite"
        print("Sightline demo: a synthetic month of usage logs with a dozen hidden networks.\n")
        print("1. Generating the sample scenario (seed \(seed), scale \(scale))…")
        let written = try ScenarioFiles.write(to: dir, seed: seed, scale: scale)
        print("   \(grouped(written.counts.events)) events from \(grouped(written.counts.accounts)) accounts, \(grouped(written.counts.observations)) observations → \(dir)/")

        // A fresh store every time, so the demo always shows the same result.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
        let store = try SQLiteStore(path: storePath)
        print("2. Ingesting into a fresh SQLite store at \(storePath)…")
        let events = try ingestShowingProgress(store: store, kind: .events, path: written.eventsPath)
        print("   events: \(grouped(events.stored)) stored, \(grouped(events.duplicates)) duplicates, \(grouped(events.quarantined)) quarantined")
        let observations = try ingestShowingProgress(store: store, kind: .observations, path: written.observationsPath)
        print("   observations: \(grouped(observations.stored)) stored, \(grouped(observations.quarantined)) quarantined")
        print("   \(grouped(try store.accountCount())) accounts in the store.")

        print("""

            Next:
              sightline quarantine --db \(storePath)            lines set aside, with reasons
              sightline ingest --db \(storePath) YOUR-LOGS.jsonl   add your own usage logs
              \(dir)/truth.json                                  the networks hidden in the sample
            """)
    }

    func ingestShowingProgress(store: Store, kind: Ingestor.Kind, path: String) throws -> IngestSummary {
        let progress = Terminal.Progress(label: "   ", totalBytes: fileSize(path))
        let summary = try Ingestor(store: store, kind: kind).ingest(paths: [path]) { progress.update($0) }
        progress.finish()
        for failure in summary.failures { Terminal.error(failure) }
        return summary
    }
}
