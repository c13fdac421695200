import Foundation
import Testing

/// Runs the real `sightline` executable as a user would.
struct CLI {
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["SIGHTLINE_BIN"] { return path }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/sightline").path
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    static func run(_ arguments: [String], stdin: Data? = nil, cwd: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        if let cwd { p.currentDirectoryURL = cwd }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SIGHTLINE_DB")
        // The fast tier unless a test asks for the model (`CLI.withModel`): what the other tests
        // check must not depend on whether this machine has fetched the encoder.
        env["SIGHTLINE_MODEL_DIR"] = FileManager.default.temporaryDirectory.appendingPathComponent("sightline-no-model").path
        p.environment = env.merging(environment) { $1 }
        // Output goes to files, so a chatty child can never block on a full pipe.
        let outURL = FileManager.default.temporaryDirectory.appendingPathComponent("sl-out-\(UUID().uuidString)")
        let errURL = FileManager.default.temporaryDirectory.appendingPathComponent("sl-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        let outData = try Data(contentsOf: outURL)
        let errData = try Data(contentsOf: errURL)
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}

struct Workspace {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sl-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
        return path(name)
    }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

func sqliteCount(_ db: String, _ sql: String) throws -> Int {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    p.arguments = [db, sql]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
}

let good = #"{"id":"e1","time":"2025-02-14T03:12:55Z","account":"a1","prompt":"hello"}"#

@Suite(.serialized) struct CLITests {
    @Test func ingestPrintsTheContractSummaryAndQuarantineListsReasons() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let file = try ws.write("in.jsonl", [good, "{oops", good, #"{"id":"e2","time":"2025-13-45","account":"a","prompt":"p"}"#, ""].joined(separator: "\n"))
        let db = ws.path("s.sqlite")
        let r = try CLI.run(["ingest", "--db", db, "--format", "json", file])
        #expect(r.status == 0, "\(r.stderr)")
        let summary = try json(r.stdout)
        #expect(summary["stored"] as? Int == 1)
        #expect(summary["duplicates"] as? Int == 1)
        #expect(summary["quarantined"] as? Int == 2)

        let q = try CLI.run(["quarantine", "--db", "sqlite:" + db, "--format", "json"])
        #expect(q.status == 0)
        let entries = try #require(try json(q.stdout)["quarantined"] as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries[0]["source"] as? String == file)
        #expect(entries[0]["line"] as? Int == 2)
        #expect((entries[0]["reason"] as? String)?.hasPrefix("line 2: malformed JSON") == true)
        #expect(entries[1]["reason"] as? String == "line 4: field `time` is not an RFC 3339 timestamp: '2025-13-45'")
        #expect(entries[0]["raw"] == nil)
        let raw = try CLI.run(["quarantine", "--db", db, "--format", "json", "--raw"])
        let rawEntries = try #require(try json(raw.stdout)["quarantined"] as? [[String: Any]])
        #expect(rawEntries[0]["raw"] as? String == "{oops")
    }

    @Test func stdinAndTheDefaultStoreFromTheEnvironmentOrCurrentDirectory() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let r = try CLI.run(["ingest", "--format", "json", "-"], stdin: Data((good + "\n").utf8), cwd: ws.url)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try json(r.stdout)["stored"] as? Int == 1)
        #expect(FileManager.default.fileExists(atPath: ws.path("sightline.sqlite")))
        let q = try CLI.run(["quarantine", "--format", "json"], cwd: ws.url)
        #expect((try json(q.stdout)["quarantined"] as? [Any])?.isEmpty == true)
    }

    @Test func unreadableFilesExitNonZeroWithAClearMessage() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let file = try ws.write("ok.jsonl", good)
        let r = try CLI.run(["ingest", "--db", ws.path("s.sqlite"), "--format", "json", ws.path("nope.jsonl"), file])
        #expect(r.status == 1)
        #expect(r.stderr.contains("nope.jsonl: cannot open: No such file or directory"))
        #expect(try json(r.stdout)["stored"] as? Int == 1, "the readable file is still ingested")
        let pg = try CLI.run(["ingest", "--db", "postgres://u:hunter2@localhost/x", file])
        #expect(pg.status != 0)
        #expect(!pg.stderr.contains("hunter2"))
    }

    @Test func generateWritesTheSameBytesForTheSameSeed() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        for dir in ["a", "b"] {
            let r = try CLI.run(["generate", "--out", ws.path(dir), "--seed", "4", "--scale", "0.05"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        for name in ["events.jsonl", "observations.jsonl", "truth.json"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: ws.path("a/" + name)))
            let b = try Data(contentsOf: URL(fileURLWithPath: ws.path("b/" + name)))
            #expect(a == b, "\(name)")
            #expect(a.count > 100)
        }
    }

    @Test func demoBuildsAFreshStoreAndSaysWhatToDoNext() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let r = try CLI.run(["demo", "--dir", ws.path("demo"), "--scale", "0.05", "--tier", "fast"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("0 quarantined"))
        #expect(r.stdout.contains("Next:"))
        let db = ws.path("demo/sightline.sqlite")
        let events = try sqliteCount(db, "SELECT count(*) FROM events")
        #expect(events > 1000)
        // Running it again starts from a fresh store: the same counts, nothing doubled.
        let again = try CLI.run(["demo", "--dir", ws.path("demo"), "--scale", "0.05", "--tier", "fast"])
        #expect(again.status == 0)
        #expect(try sqliteCount(db, "SELECT count(*) FROM events") == events)
    }

    @Test func versionAndServeHelpSayWhatIsThere() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).wholeMatch(of: /\d+\.\d+\.\d+/) != nil, "\(version.stdout)")
        let help = try CLI.run(["serve", "--help"])
        #expect(help.status == 0)
        let text = help.stdout.lowercased()
        #expect(!text.contains("to come") && !text.contains("not yet"))
        for word in ["console", "--secure-cookie", "--session-hours", "--session-idle-minutes", "token revoke"] { #expect(text.contains(word), "\(word)") }
    }

    /// Tokens are listed without their secrets and revoked by id or name; a name two live tokens
    /// share is refused, and every revocation is audited.
    @Test func tokensAreListedAndRevokedByIDOrName() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let db = ws.path("s.sqlite")
        var secrets: [String] = []
        for (role, name) in [("admin", "first"), ("analyst", "alice"), ("viewer", "alice")] {
            let r = try CLI.run(["token", "create", "--db", db, "--role", role, "--name", name])
            #expect(r.status == 0, "\(r.stderr)")
            secrets.append(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let list = try CLI.run(["token", "list", "--db", db])
        #expect(list.status == 0)
        let rows = list.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        #expect(rows.first == ["id", "name", "role", "created", "last", "used", "revoked"])
        #expect(rows.dropFirst().map { Array($0.prefix(3)) } == [["1", "'first'", "admin"], ["2", "'alice'", "analyst"], ["3", "'alice'", "viewer"]])
        #expect(rows.dropFirst().allSatisfy { $0.suffix(2) == ["-", "-"] })
        for secret in secrets { #expect(!list.stdout.contains(secret)) }

        let ambiguous = try CLI.run(["token", "revoke", "--db", db, "alice"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("ids 2, 3"), "\(ambiguous.stderr)")
        let byID = try CLI.run(["token", "revoke", "--db", db, "3"])
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(byID.stdout.contains("revoked token 3"))
        let byName = try CLI.run(["token", "revoke", "--db", db, "alice"])
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(byName.stdout.contains("revoked token 2"))
        #expect(try CLI.run(["token", "revoke", "--db", db, "nobody"]).status == 2)

        let listed = try json(try CLI.run(["token", "list", "--db", db, "--format", "json"]).stdout)
        let tokens = try #require(listed["tokens"] as? [[String: Any]])
        #expect(tokens.map { $0["id"] as? Int } == [1, 2, 3])
        #expect(tokens.map { $0["revoked"] != nil } == [false, true, true])
        let audit = try CLI.run(["audit", "--db", db]).stdout
        #expect(audit.components(separatedBy: "token.revoke").count - 1 == 2)
    }

    /// Kill the process with SIGKILL in the middle of a large ingest; the same command run again
    /// stores every event exactly once and accounts for every line.
    @Test func surviveSIGKILLMidIngest() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let db = ws.path("k.sqlite")
        try killMidIngestAndRerun(ws, db: db) { try sqliteCount(db, $0) }
    }

    @Test(.enabled(if: Postgres.url != nil, "set SIGHTLINE_TEST_POSTGRES to a PostgreSQL URL to run this"))
    func surviveSIGKILLMidIngestIntoPostgreSQL() throws {
        let ws = try Workspace()
        defer { ws.remove() }
        let url = try Postgres.scratchDatabase()
        defer { Postgres.drop(url) }
        try killMidIngestAndRerun(ws, db: url) { try Postgres.count(url, $0.replacingOccurrences(of: "FROM ", with: "FROM sightline.")) }
    }

    /// Ingests a generated file with two bad lines into `db`, kills the ingest with SIGKILL once
    /// some events are stored, runs it again and checks the store and the second run's summary.
    /// `count` answers a `SELECT count(...) FROM table` on the store.
    func killMidIngestAndRerun(_ ws: Workspace, db: String, count: (String) throws -> Int) throws {
        let gen = try CLI.run(["generate", "--out", ws.path("big"), "--seed", "2", "--scale", "2"])
        #expect(gen.status == 0, "\(gen.stderr)")
        var lines = try String(contentsOfFile: ws.path("big/events.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
        let total = lines.count
        lines.insert("{not json", at: total / 2)
        lines.append(#"{"id":"bad-time","time":"2025-13-45","account":"a","prompt":"p"}"#)
        let file = try ws.write("events.jsonl", lines.joined(separator: "\n") + "\n")

        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["ingest", "--db", db, file]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Wait until at least one batch is committed, then kill without warning.
        let deadline = Date().addingTimeInterval(60)
        var before = 0
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            before = (try? count("SELECT count(*) FROM events")) ?? 0
            if before > 0 { break }
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal, "the ingest was still running when killed")
        let afterKill = try count("SELECT count(*) FROM events")
        #expect(afterKill > 0 && afterKill < total, "killed part-way: \(afterKill) of \(total)")

        let r = try CLI.run(["ingest", "--db", db, "--format", "json", file])
        #expect(r.status == 0, "\(r.stderr)")
        let s = try json(r.stdout)
        #expect(s["stored"] as? Int == total - afterKill)
        #expect(s["duplicates"] as? Int == afterKill)
        #expect(s["quarantined"] as? Int == 2)
        #expect(s["lines"] as? Int == total + 2)
        #expect(try count("SELECT count(*) FROM events") == total)
        #expect(try count("SELECT count(DISTINCT id) FROM events") == total)
        #expect(try count("SELECT count(*) FROM quarantine") == 2)
    }
}

/// The PostgreSQL server of SIGHTLINE_TEST_POSTGRES, reached with psql (Debian's postgresql-client).
enum Postgres {
    static let url = ProcessInfo.processInfo.environment["SIGHTLINE_TEST_POSTGRES"]

    /// Runs `sql` on the database at `url`; the output without headers or alignment.
    static func run(_ url: String, _ sql: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        p.arguments = [url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func count(_ url: String, _ sql: String) throws -> Int { Int(try run(url, sql)) ?? -1 }

    /// A new, empty database on the test server; its URL.
    static func scratchDatabase() throws -> String {
        let name = "sl_cli_" + UUID().uuidString.prefix(8).lowercased()
        _ = try run(url!, "CREATE DATABASE \(name)")
        return on(name)
    }

    static func drop(_ database: String) {
        _ = try? run(url!, "DROP DATABASE IF EXISTS \(URL(string: database)!.lastPathComponent) WITH (FORCE)")
    }

    /// The test server's URL with another database.
    static func on(_ database: String) -> String {
        var parts = URLComponents(string: url!)!
        parts.path = "/" + database
        return parts.string!
    }
}
