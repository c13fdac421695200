import Foundation
import SightlineCore
import Testing
@testable import SightlineStore

/// A PostgreSQL database for the tests (`.ci/run` starts a server and sets it); without it the
/// PostgreSQL cases are skipped and say so.
let testPostgres = ProcessInfo.processInfo.environment["SIGHTLINE_TEST_POSTGRES"]

/// Every store implementation must pass these. Each test runs against the in-memory store, the
/// SQLite store, the SQLite store with a hash that makes every id collide (the overflow path), and
/// PostgreSQL when `SIGHTLINE_TEST_POSTGRES` names a database.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case memory, sqlite, sqliteColliding, postgres
    var testDescription: String { rawValue }

    static var available: [StoreKind] { testPostgres == nil ? [.memory, .sqlite, .sqliteColliding] : allCases }

    func make() throws -> (Store, cleanup: () -> Void) {
        switch self {
        case .postgres:
            // A schema of its own per test, dropped afterwards.
            let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let store = try PostgresStore(url: testPostgres!, schema: schema)
            return (store, { _ = try? store.locked { try $0.execute("DROP SCHEMA \(schema) CASCADE") } })
        case .memory: return (MemoryStore(), {})
        case .sqlite, .sqliteColliding:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sl-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let path = dir.appendingPathComponent("s.sqlite").path
            let store = self == .sqlite ? try SQLiteStore(path: path) : try SQLiteStore(path: path, keyHash: { _ in 42 })
            return (store, { try? FileManager.default.removeItem(at: dir) })
        }
    }
}

func event(_ id: String, account: String = "a1", time: Int64 = 1_000, info: AccountInfo? = nil) -> UsageEvent {
    UsageEvent(id: id, time: time, account: account, prompt: "prompt of \(id)", accountInfo: info)
}

@Suite struct StoreConformanceTests {
    @Test(arguments: StoreKind.available) func storesOnceAndReportsDuplicates(kind: StoreKind) throws {
        let (store, cleanup) = try kind.make()
        defer { cleanup() }
        #expect(try store.ingest(events: [event("e1"), event("e2"), event("e1")], quarantined: []) == [true, true, false])
        #expect(try store.ingest(events: [event("e2"), event("e3")], quarantined: []) == [false, true])
        #expect(try store.eventCount() == 3)
        #expect(try store.event(id: "e3")?.prompt == "prompt of e3")
        #expect(try store.event(id: "nope") == nil)
    }

    @Test(arguments: StoreKind.available) func roundTripsEveryField(kind: StoreKind) throws {
        let (store, cleanup) = try kind.make()
        defer { cleanup() }
        let e = UsageEvent(
            id: "full", time: 1_739_502_775_250, account: "acct", prompt: "写 <script>", organization: "org",
            conversation: "c", channel: .api, model: "m", response: "r", refused: true, ip: "::1", asn: 7,
            country: "CN", anonymizer: .tor, userAgent: "ua", device: "d", timezone: "Asia/Shanghai", locale: "zh-CN",
            accountInfo: nil, raw: #"{"x":1}"#)
        _ = try store.ingest(events: [e], quarantined: [])
        #expect(try store.event(id: "full") == e)
        let o = Observation(
            id: "o1", time: 5, platform: "x", text: "t", url: "u", author: "@a", community: "c", language: "es", views: 1,
            likes: 2, shares: 3, replies: 4, followers: 5, authenticEngagement: false, repostedBy: ["@b", "@c\"d"],
            amplifiedByPublicFigure: true, policyResponse: false, callsForViolence: nil, raw: nil)
        #expect(try store.ingest(observations: [o, o], quarantined: []) == [true, false])
        #expect(try store.observation(id: "o1") == o)
        #expect(try store.observationCount() == 1)
    }

    @Test(arguments: StoreKind.available) func latestAccountInfoWinsByEventTime(kind: StoreKind) throws {
        let (store, cleanup) = try kind.make()
        defer { cleanup() }
        _ = try store.ingest(events: [event("e1", time: 2_000, info: AccountInfo(email: "new@x.org"))], quarantined: [])
        _ = try store.ingest(events: [event("e0", time: 1_000, info: AccountInfo(email: "old@x.org"))], quarantined: [])
        #expect(try store.accountInfo(account: "a1")?.email == "new@x.org")
        #expect(try store.accountInfo(account: "a1")?.domain == "x.org")
        _ = try store.ingest(events: [event("e2", time: 3_000, info: AccountInfo(email: "newest@y.org"))], quarantined: [])
        #expect(try store.accountInfo(account: "a1")?.email == "newest@y.org")
        #expect(try store.accountInfo(account: "other") == nil)
    }

    @Test(arguments: StoreKind.available) func eventsOfAnAccountInTimeOrder(kind: StoreKind) throws {
        let (store, cleanup) = try kind.make()
        defer { cleanup() }
        _ = try store.ingest(
            events: [event("b", time: 30), event("a", time: 10), event("x", account: "a2", time: 20), event("c", time: 20)],
            quarantined: [])
        #expect(try store.events(account: "a1").map(\.id) == ["a", "c", "b"])
        #expect(try store.accountCount() == 2)
    }

    @Test(arguments: StoreKind.available) func quarantineKeepsOneEntryPerLine(kind: StoreKind) throws {
        let (store, cleanup) = try kind.make()
        defer { cleanup() }
        let q1 = QuarantinedLine(kind: .event, source: "f.jsonl", line: 7, reason: "line 7: bad", raw: [0xFF, 0x00])
        let q2 = QuarantinedLine(kind: .event, source: "f.jsonl", line: 3, reason: "line 3: bad", raw: Array("x".utf8))
        _ = try store.ingest(events: [event("e1")], quarantined: [q1, q2])
        _ = try store.ingest(events: [], quarantined: [q1])
        let lines = try store.quarantinedLines()
        #expect(lines == [q2, q1])
    }
}

extension StoreConformanceTests {
    @Test(arguments: StoreKind.available) func flaggedPromptsOfSomeAccountsInIngestionOrder(kind: StoreKind) throws {
        let (store, cleanup) = try kind.make()
        defer { cleanup() }
        _ = try store.ingest(events: [event("e1"), event("e2", account: "a2"), event("e3"), event("e4")], quarantined: [])
        let pending = try store.unclassifiedEvents(after: 0, limit: 10)
        #expect(pending.map(\.prompt) == ["prompt of e1", "prompt of e2", "prompt of e3", "prompt of e4"])
        let categories = ["scam", "scam", "benign", "influence"]
        try store.saveClassifications(zip(pending, categories).map { item, category in
            (item.seq, EventClassification(category: Label(rawValue: category)!, score: 0.9, scores: [], promptLanguage: "en", responseLanguage: nil, signals: []))
        })
        #expect(try store.lastClassifiedSeq() == pending.last!.seq)
        #expect(try store.unclassifiedEvents(after: try store.lastClassifiedSeq(), limit: 10).isEmpty)
        #expect(try store.flaggedPrompts(accounts: ["a1"], limit: 5) == ["prompt of e1", "prompt of e4"])
        #expect(try store.flaggedPrompts(accounts: ["a1", "a2"], limit: 2) == ["prompt of e1", "prompt of e2"])
        #expect(try store.flaggedPrompts(accounts: ["nobody"], limit: 5).isEmpty)
    }
}

@Suite struct SQLiteStoreTests {
    @Test func dataSurvivesReopening() throws {
        let (store, cleanup) = try StoreKind.sqlite.make()
        defer { cleanup() }
        let path = (store as! SQLiteStore).path
        _ = try store.ingest(events: [event("e1"), event("e2")], quarantined: [])
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.eventCount() == 2)
        #expect(try reopened.ingest(events: [event("e2"), event("e3")], quarantined: []) == [false, true])
    }

    @Test func bulkLoadKeepsTheGuarantees() throws {
        let (store, cleanup) = try StoreKind.sqlite.make()
        defer { cleanup() }
        let flags = try store.bulkLoad {
            try (0..<5).flatMap { batch in
                try store.ingest(events: (0..<1000).map { event("e\(($0 + batch * 500))") }, quarantined: [])
            }
        }
        #expect(flags.filter { $0 }.count == 3000)
        #expect(try store.eventCount() == 3000)
    }

    @Test func aFileThatIsNotADatabaseGetsAClearError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("notadb-\(UUID().uuidString).sqlite").path
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            (error as? StoreError)?.message.contains("cannot open the SQLite store at \(path)") == true
        }
    }

    @Test func locationsParse() {
        #expect(StoreLocation.parse("sqlite:/tmp/x.db") == .sqlite(path: "/tmp/x.db"))
        #expect(StoreLocation.parse("data/x.sqlite") == .sqlite(path: "data/x.sqlite"))
        #expect(StoreLocation.parse(nil, environment: [:]) == .sqlite(path: "sightline.sqlite"))
        #expect(StoreLocation.parse(nil, environment: ["SIGHTLINE_DB": "/d.sqlite"]) == .sqlite(path: "/d.sqlite"))
        let pg = StoreLocation.parse("postgres://u:secret@db:5432/sl")
        #expect(pg == .postgres(url: "postgres://u:secret@db:5432/sl"))
        #expect(!pg.description.contains("secret"))
    }
}

@Suite(.enabled(if: testPostgres != nil, "set SIGHTLINE_TEST_POSTGRES to a PostgreSQL URL to run these"))
struct PostgresStoreTests {
    @Test func dataSurvivesReconnectingAndTheSchemaIsMigratedOnce() throws {
        let (store, cleanup) = try StoreKind.postgres.make()
        defer { cleanup() }
        let schema = (store as! PostgresStore).schema
        _ = try store.ingest(events: [event("e1"), event("e2")], quarantined: [])
        let again = try PostgresStore(url: testPostgres!, schema: schema)
        #expect(try again.eventCount() == 2)
        #expect(try again.ingest(events: [event("e2"), event("e3")], quarantined: []) == [false, true])
        #expect(try again.locked { Int(try $0.execute("SELECT count(*) FROM migrations")[0, 0] ?? "") } == PostgresStore.migrations.count)
    }

    @Test func theAuditLogRefusesEditsAndEnforcementRefusesDeletion() throws {
        let (store, cleanup) = try StoreKind.postgres.make()
        defer { cleanup() }
        try store.addAudit(actor: "a", action: "x", subject: "s", detail: "d", time: 1)
        _ = try store.addEnforcement(EnforcementAction(id: 0, time: 1, actor: "a", targetKind: .account, target: "u", accounts: ["u"], action: .ban, category: .scam, reason: "r"))
        let pg = store as! PostgresStore
        #expect(throws: StoreError.self) { try pg.locked { try $0.execute("UPDATE audit SET detail = 'changed'") } }
        #expect(throws: StoreError.self) { try pg.locked { try $0.execute("DELETE FROM audit") } }
        #expect(throws: StoreError.self) { try pg.locked { try $0.execute("DELETE FROM enforcement") } }
        #expect(try store.auditLog().map(\.detail) == ["d"])
        #expect(try store.enforcementActions().count == 1)
    }

    @Test func aNulInTextIsKeptAsAReplacementCharacter() throws {
        let (store, cleanup) = try StoreKind.postgres.make()
        defer { cleanup() }
        let e = UsageEvent(id: "nul", time: 1, account: "a", prompt: "before\u{0}after", raw: #"{"prompt":"before\u0000after"}"#)
        #expect(try store.ingest(events: [e], quarantined: []) == [true])
        #expect(try store.event(id: "nul")?.prompt == "before\u{FFFD}after")
        #expect(try store.event(id: "nul")?.raw == e.raw)
    }

    @Test func aWrongPasswordGetsAClearErrorWithoutThePassword() {
        guard var c = URLComponents(string: testPostgres!) else { return }
        c.password = "definitely-wrong-secret"
        #expect {
            _ = try PostgresStore(url: c.string!)
        } throws: { error in
            let message = (error as? StoreError)?.message ?? ""
            return message.contains("cannot connect to the PostgreSQL store") && !message.contains("definitely-wrong-secret")
        }
    }
}
