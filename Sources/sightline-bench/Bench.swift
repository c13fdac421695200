import ArgumentParser
import Foundation
import GRDBSQLite
import SightlineCore
import SightlinePipeline
import SightlineStore

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sightline-bench",
        abstract: "Benchmarks for the budgets in docs/DESIGN.md. Build with -c release.",
        subcommands: [IngestBench.self])
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
            if ProcessInfo.processInfo.environment["BENCH_SKIP_INGEST"] != nil { summary.lines = 1; return }
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

        // 3. A bare bulk insert of the same rows: one prepared statement, 16,384 rows a transaction.
        let barePath = work + "/bare.sqlite"
        fresh(barePath)
        _ = try SQLiteStore(path: barePath)  // creates the same schema
        var db: OpaquePointer?
        sqlite3_open_v2(barePath, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536", nil, nil, nil)
        if let extra = ProcessInfo.processInfo.environment["BENCH_PRAGMAS"] { sqlite3_exec(db, extra, nil, nil, nil) }
        var stmt: OpaquePointer?
        sqlite3_prepare_v2(db, ProcessInfo.processInfo.environment["BENCH_INSERT"] ?? SQLiteStore.insertEventSQL, -1, &stmt, nil)
        let batch = Int(ProcessInfo.processInfo.environment["BENCH_BATCH"] ?? "") ?? 16_384
        let bareSeconds = seconds {
            var i = 0
            while i < events.count {
                sqlite3_exec(db, "BEGIN", nil, nil, nil)
                var slice = Array(events[i..<min(i + batch, events.count)])
                if ProcessInfo.processInfo.environment["BENCH_SORT"] != nil { slice.sort { $0.id < $1.id } }
                for e in slice {
                    SQLiteStore.bindEvent(stmt!, e)
                    sqlite3_step(stmt)
                    sqlite3_reset(stmt)
                }
                sqlite3_exec(db, "COMMIT", nil, nil, nil)
                i += batch
            }
        }
        sqlite3_finalize(stmt)
        sqlite3_close(db)
        if ProcessInfo.processInfo.environment["BENCH_KEYS"] != nil {
            let p2 = work + "/keys.sqlite"
            fresh(p2)
            var db2: OpaquePointer?
            sqlite3_open_v2(p2, &db2, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
            let cols = "id, time, account, organization, conversation, channel, model, prompt, response, refused, ip, asn, country, anonymizer, user_agent, device, timezone, locale, raw"
            sqlite3_exec(db2, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -524288; PRAGMA wal_autocheckpoint=100000; CREATE TABLE events(\(cols)); CREATE TABLE event_keys(key INTEGER PRIMARY KEY, event INTEGER NOT NULL)", nil, nil, nil)
            var ins: OpaquePointer?
            var key: OpaquePointer?
            sqlite3_prepare_v2(db2, "INSERT INTO events(rowid, \(cols)) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &ins, nil)
            sqlite3_prepare_v2(db2, "INSERT INTO event_keys(key, event) VALUES (?, ?) ON CONFLICT DO NOTHING", -1, &key, nil)
            var next: Int64 = 1
            let t = seconds {
                var i = 0
                while i < events.count {
                    sqlite3_exec(db2, "BEGIN", nil, nil, nil)
                    for e in events[i..<min(i + batch, events.count)] {
                        var h = Hasher()
                        h.combine(e.id)
                        sqlite3_bind_int64(key, 1, Int64(h.finalize()))
                        sqlite3_bind_int64(key, 2, next)
                        sqlite3_step(key)
                        sqlite3_reset(key)
                        if sqlite3_changes(db2) == 1 {
                            SQLiteStore.bindEvent(ins!, e, offset: 1)
                            sqlite3_bind_int64(ins, 1, next)
                            sqlite3_step(ins)
                            sqlite3_reset(ins)
                            next += 1
                        }
                    }
                    sqlite3_exec(db2, "COMMIT", nil, nil, nil)
                    i += batch
                }
            }
            print(String(format: "keys-table insert:  %8.0f events/s", Double(events.count) / t))
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
