import ArgumentParser
import CBulkInsert
import Foundation
import GRDBSQLite
import SightlineAnalysis
import SightlineCore
import SightlineScenario
import SightlineDetection
import SightlinePipeline
import SightlineStore
import SightlineStorePostgres
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

/// CPU time this process has used so far (every thread, user and system), in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
    return s(usage.ru_utime) + s(usage.ru_stime)
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
        abstract: "Ingest a JSON Lines file into SQLite, next to a bulk insert of the same rows written in C; or into PostgreSQL with --db.")

    @Option(help: "Events file (default: generate a scenario of --scale into --work first).") var file: String?
    @Option(help: "Scale of the generated scenario (seed 1) when no --file is given.") var scale = 20.0
    @Option(help: "Scratch directory.") var work = "/tmp/sightline-bench"
    @Option(help: "A postgres:// URL: measure the COPY ingest into a scratch schema of that database instead.") var db: String?

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let name = scale == scale.rounded() ? "scale\(Int(scale))" : "scale\(scale)"
        var path = file ?? work + "/\(name)/events.jsonl"
        if file == nil && !FileManager.default.fileExists(atPath: path) {
            print("generating a \(name) scenario into \(work)/\(name) …")
            path = try ScenarioFiles.write(to: work + "/\(name)", seed: 1, scale: scale).eventsPath
        }
        if let db { return try postgres(url: db, path: path) }
        let size = Double((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)

        // 1. The real ingest path, streamed, on a fresh store: opening it (schema included), reading,
        // decoding, writing, and the final checkpoint when it closes. Peak memory is measured here first.
        let dbPath = work + "/ingest.sqlite"
        fresh(dbPath)
        var summary = IngestSummary()
        let ingestCPU = cpuSeconds()
        let ingestSeconds = try seconds {
            summary = try Ingestor(store: try SQLiteStore(path: dbPath), kind: .events).ingest(paths: [path])
        }
        let ingestCPUSeconds = cpuSeconds() - ingestCPU
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

        // 3. The same rows, already decoded, inserted by C code (Sources/CBulkInsert) into a fresh
        // store's tables: one prepared statement per table, 65,536 rows a transaction, the store's
        // pragmas, SQLite's own checkpointing, and closing (the final checkpoint) in the time. Once
        // into `events` alone, once into `events` and `event_keys`, the tables the ingest writes.
        let rows = CEventRows(events)
        var bulk: [Double] = []
        var bulkCPU: [Double] = []
        for withKeys in [false, true] {
            let barePath = work + "/bulk.sqlite"
            fresh(barePath)
            _ = try SQLiteStore(path: barePath)  // creates the same schema, in WAL mode
            var rc: Int32 = 0
            let cpu = cpuSeconds()
            bulk.append(seconds {
                var db: OpaquePointer?
                sqlite3_open_v2(barePath, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
                sqlite3_exec(db, SQLiteStore.connectionPragmas(readOnly: false), nil, nil, nil)
                rc = rows.rows.withUnsafeBufferPointer { sl_bulk_insert_events(db, $0.baseAddress, Int64($0.count), 1, 65_536, withKeys ? 1 : 0) }
                sqlite3_close(db)
            })
            bulkCPU.append(cpuSeconds() - cpu)
            if rc != SQLITE_OK { throw ValidationError("the C bulk insert failed: \(String(cString: sqlite3_errstr(rc)))") }
        }
        let ingestRate = lines / ingestSeconds
        let eventsRate = Double(events.count) / bulk[0]
        let bulkRate = Double(events.count) / bulk[1]
        let ratio = ingestRate / bulkRate
        let met = ratio >= 0.7 && ingestRate >= 250_000
        print("file: \(path) (\(Int(lines)) lines, \(String(format: "%.0f", size / lines)) bytes per line)")
        print(String(format: "ingest (open, read, decode, validate, insert, close): %8.0f events/s  %6.2f s  %6.2f CPU s  peak RSS %.0f MiB", ingestRate, ingestSeconds, ingestCPUSeconds, ingestPeak))
        print(String(format: "decode + validate only, one core:                    %8.0f events/s  %6.2f s", Double(events.count) / decodeSeconds, decodeSeconds))
        print(String(format: "C bulk insert, events only:                          %8.0f events/s  %6.2f s  %6.2f CPU s", eventsRate, bulk[0], bulkCPU[0]))
        print(String(format: "C bulk insert, events and event_keys:                %8.0f events/s  %6.2f s  %6.2f CPU s", bulkRate, bulk[1], bulkCPU[1]))
        print(String(format: "ingest / C bulk insert (events and keys):            %8.2f   (ingest / events only: %.2f)", ratio, ingestRate / eventsRate))
        print("budget: ingest >= 0.70 of the C bulk insert and >= 250,000 events/s: \(met ? "met" : "missed")")
    }

    /// The COPY ingest into a scratch schema of the database at `url`: a fresh ingest, then the
    /// same file again (every line a duplicate).
    func postgres(url: String, path: String) throws {
        let schema = "bench_ingest"
        try PostgresStore.dropSchema(url: url, schema: schema)
        defer { try? PostgresStore.dropSchema(url: url, schema: schema) }
        for pass in ["fresh schema", "again (all duplicates)"] {
            var summary = IngestSummary()
            let t = try seconds { summary = try Ingestor(store: try PostgresStore(url: url, schema: schema), kind: .events).ingest(paths: [path]) }
            print(String(format: "PostgreSQL COPY ingest, %@: %8.0f events/s  %6.2f s  (%d stored, %d duplicates, %d quarantined)",
                         pass, Double(summary.lines) / t, t, summary.stored, summary.duplicates, summary.quarantined))
        }
        print(String(format: "peak RSS %.0f MiB; budget: >= 100,000 events/s on loopback", peakMemoryMiB()))
    }
}

/// Decoded events as the C bulk insert takes them: each text column's bytes copied once into one
/// buffer that lives as long as the rows.
final class CEventRows {
    let buffer: UnsafeMutablePointer<CChar>
    var rows: [sl_event_row] = []

    static func texts(_ e: UsageEvent) -> [String?] {
        [e.id, e.account, e.organization, e.conversation, e.channel?.rawValue, e.model, e.prompt, e.response, e.ip, e.country,
         e.anonymizer?.rawValue, e.userAgent, e.device, e.timezone, e.locale, e.raw]
    }

    init(_ events: [UsageEvent]) {
        let total = events.reduce(0) { $0 + Self.texts($1).reduce(0) { $0 + ($1?.utf8.count ?? 0) } }
        buffer = .allocate(capacity: max(total, 1))
        var at = 0
        rows.reserveCapacity(events.count)
        for e in events {
            var r = sl_event_row()
            r.time = e.time
            r.asn = e.asn ?? 0
            r.has_asn = e.asn == nil ? 0 : 1
            r.refused = e.refused.map { $0 ? 1 : 0 } ?? -1
            r.key = EventKey.hash(e.id)
            withUnsafeMutableBytes(of: &r.text) { raw in
                let columns = raw.bindMemory(to: sl_text.self)
                for (c, text) in Self.texts(e).enumerated() {
                    guard let text else {
                        columns[c] = sl_text(bytes: nil, length: 0)
                        continue
                    }
                    let start = buffer + at
                    for b in text.utf8 {
                        buffer[at] = CChar(bitPattern: b)
                        at += 1
                    }
                    columns[c] = sl_text(bytes: start, length: Int32(at - (start - buffer)))
                }
            }
            rows.append(r)
        }
    }

    deinit { buffer.deallocate() }
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
