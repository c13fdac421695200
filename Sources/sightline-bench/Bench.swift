import ArgumentParser
import Foundation
import GRDBSQLite
import SightlineAnalysis
import SightlineCore
import SightlineScenario
import SightlineDetection
import SightlinePipeline
import SightlineStore
import SightlineStoreSQLite

@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sightline-bench",
        abstract: "Benchmarks for the budgets in docs/DESIGN.md. Build with -c release.",
        subcommands: [IngestBench.self, ClassifyBench.self, MinHashBench.self, HTTPBench.self, EncodeBench.self, SimilarBench.self, StaticBench.self, WorkerBench.self])
}

/// Peak resident memory of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let d = try clock.measure(body)
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

func fresh(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}

struct IngestBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest a JSON Lines file into SQLite, next to a bare bulk insert of the same rows.")

    @Option(help: "Events file (default: generate a scale-20 scenario into --work first).") var file: String?
    @Option(help: "Scratch directory.") var work = "/tmp/sightline-bench"

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        var path = file ?? work + "/scale20/events.jsonl"
        if file == nil && !FileManager.default.fileExists(atPath: path) {
            print("generating a scale-20 scenario into \(work)/scale20 …")
            path = try ScenarioFiles.write(to: work + "/scale20", seed: 1, scale: 20).eventsPath
        }
        let size = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)

        // 1. The real ingest path, streamed, on a fresh store. Peak memory is measured here first.
        let dbPath = work + "/ingest.sqlite"
        fresh(dbPath)
        var summary = IngestSummary()
        let ingestSeconds = try seconds {
            summary = try Ingestor(store: try SQLiteStore(path: dbPath), kind: .events).ingest(paths: [path])
        }
        let ingestPeak = peakMemoryMiB()
        let lines = Double(summary.lines)

        // 2. Decoding alone, one core.
        var events: [UsageEvent] = []
        events.reserveCapacity(summary.lines)
        let reader = LineReader(try openInput(path))
        let decodeSeconds = try seconds {
            while let batch = try reader.next() {
                batch.storage.withUnsafeBufferPointer { all in
                    for r in batch.ranges {
                        if let e = try? EventDecoder.decode(UnsafeBufferPointer(rebasing: all[r])) { events.append(e) }
                    }
                }
            }
        }

        // 3. A bare bulk insert of the same rows into the same table: one prepared statement, 65,536
        // rows a transaction, no id checks, SQLite's default checkpointing.
        let barePath = work + "/bare.sqlite"
        fresh(barePath)
        _ = try SQLiteStore(path: barePath)  // creates the same schema
        var db: OpaquePointer?
        sqlite3_open_v2(barePath, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144", nil, nil, nil)
        var stmt: OpaquePointer?
        sqlite3_prepare_v2(db, SQLiteStore.insertEventSQL, -1, &stmt, nil)
        let batch = 65_536
        let bareSeconds = seconds {
            var i = 0
            while i < events.count {
                sqlite3_exec(db, "BEGIN", nil, nil, nil)
                for e in events[i..<min(i + batch, events.count)] {
                    sqlite3_bind_null(stmt, 1)
                    SQLiteStore.bindEvent(stmt!, e, offset: 1)
                    sqlite3_step(stmt)
                    sqlite3_reset(stmt)
                }
                sqlite3_exec(db, "COMMIT", nil, nil, nil)
                i += batch
            }
            // Closing checkpoints what is left in the WAL: part of the work, as in the ingest path.
            sqlite3_finalize(stmt)
            sqlite3_close(db)
        }
        let ingestRate = lines / ingestSeconds
        let bareRate = Double(events.count) / bareSeconds
        print("file: \(path) (\(Int(lines)) lines, \(String(format: "%.0f", size / lines)) bytes per line)")
        print(String(format: "ingest (read, decode, validate, insert):  %8.0f events/s  %6.1f s  peak RSS %.0f MiB", ingestRate, ingestSeconds, ingestPeak))
        print(String(format: "decode + validate only, one core:         %8.0f events/s  %6.1f s", Double(events.count) / decodeSeconds, decodeSeconds))
        print(String(format: "bare bulk insert of the same rows:        %8.0f events/s  %6.1f s", bareRate, bareSeconds))
        print(String(format: "ingest / bare insert:                     %8.2f   (budget: >= 0.50, and >= 150,000 events/s)", ingestRate / bareRate))
    }
}

struct ClassifyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify the prompts of a generated scenario on one core (language identification included).")

    @Option(help: "How many prompts.") var count = 200_000

    func run() throws {
        var prompts: [String] = []
        _ = ScenarioGenerator(seed: 5, scale: 3).run(
            event: { line in
                if prompts.count < count, let e = try? EventDecoder.decode(line) { prompts.append(e.prompt) }
            }, observation: { _ in })
        let classifier = Classifier(policy: .default, model: Classifier.defaultModel)
        let bytes = prompts.reduce(0) { $0 + $1.utf8.count }
        var flagged = 0
        let t = seconds {
            for p in prompts where classifier.classify(p).category != .benign { flagged += 1 }
        }
        var languageOnly = 0
        let tl = seconds { for p in prompts where LanguageIdentifier.identify(p).code != "und" { languageOnly += 1 } }
        var featureCount = 0
        let tf = seconds { for p in prompts { featureCount += TextFeatures.extract(p).count } }
        let hasher = MinHasher()
        var signedCount = 0
        let ts = seconds { for p in prompts where hasher.compactSignature(p) != nil { signedCount += 1 } }
        print("\(prompts.count) prompts, \(bytes / prompts.count) bytes on average, \(flagged) flagged")
        print(String(format: "features alone, one core:                      %8.0f prompts/s", Double(prompts.count) / tf))
        print(String(format: "classify (policy + model + language), one core: %8.0f prompts/s  (budget: >= 100,000)", Double(prompts.count) / t))
        print(String(format: "language identification alone, one core:      %8.0f prompts/s", Double(prompts.count) / tl))
        print(String(format: "prompt signature (MinHash) alone, one core:    %8.0f prompts/s", Double(prompts.count) / ts))
    }
}

struct MinHashBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minhash",
        abstract: "Near-duplicate candidate generation (MinHash + LSH, 64 hashes, threshold 0.5) over unique prompts; writes the shingles and pairs for benchmarks/minhash-vs-datasketch.sh.")

    @Option(help: "How many unique prompts.") var count = 50_000
    @Option(help: "Directory for shingles.txt and swift-pairs.txt.") var out = "/tmp/sightline-minhash"

    func run() throws {
        var seen = Set<String>()
        var texts: [String] = []
        _ = ScenarioGenerator(seed: 8, scale: 5).run(
            event: { line in
                if texts.count < count, let e = try? EventDecoder.decode(line), seen.insert(e.prompt).inserted { texts.append(e.prompt) }
            }, observation: { _ in })
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let hasher = MinHasher()
        var sigs: [[UInt64]] = []
        var owners: [Int] = []
        var pairs: [(Int, Int, Double)] = []
        let t = seconds {
            for (i, text) in texts.enumerated() {
                if let s = hasher.signature(text) {
                    sigs.append(s)
                    owners.append(i)
                }
            }
            // The estimate's threshold sits a little under the target Jaccard (0.5): with 64 hashes
            // the estimate's spread is about 0.06, and a pair just above 0.5 should not be lost.
            pairs = MinHasher.nearDuplicatePairs(sigs, threshold: 0.45, maxBucket: Int.max)
        }
        var shingles = ""
        for text in texts { shingles += MinHasher.shingles(text).map { String($0, radix: 16) }.joined(separator: " ") + "\n" }
        try shingles.write(toFile: out + "/shingles.txt", atomically: true, encoding: .utf8)
        try pairs.map { "\(owners[$0.0]) \(owners[$0.1])" }.joined(separator: "\n").write(toFile: out + "/swift-pairs.txt", atomically: true, encoding: .utf8)
        print(String(format: "sightline MinHash+LSH: %d texts, %d pairs, %.2f s, %.0f texts/s (shingling included)", texts.count, pairs.count, t, Double(texts.count) / t))
        // The population-wide path: 16-bit signatures, as `analyze` compares every prompt.
        var compact = PromptSignatures()
        var compactPairs: [(Int, Int)] = []
        let tc = seconds {
            for (i, text) in texts.enumerated() {
                if let s = hasher.compactSignature(text) { compact.append(seq: Int64(i), s, length: text.unicodeScalars.count) }
            }
            // The same settings as above, to compare the signatures; analysis itself keeps 0.5 and
            // skips buckets over 400 (boilerplate).
            compactPairs = MinHasher.compactNearDuplicatePairs(compact, threshold: 0.45, maxBucket: Int.max)
        }
        try compactPairs.map { "\(compact.seqs[$0.0]) \(compact.seqs[$0.1])" }.joined(separator: "\n").write(toFile: out + "/compact-pairs.txt", atomically: true, encoding: .utf8)
        print(String(format: "sightline compact (16-bit, population path): %d texts, %d pairs, %.2f s, %.0f texts/s (shingling included)", texts.count, compactPairs.count, tc, Double(texts.count) / tc))
    }
}
