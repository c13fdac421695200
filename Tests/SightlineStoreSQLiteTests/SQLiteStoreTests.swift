import Foundation
import GRDB
import SightlineCore
import SightlineStore
@testable import SightlineStoreSQLite
import SightlineStoreTesting
import Testing

/// A SQLite store in a directory of its own, removed by `cleanup`.
func temporarySQLiteStore(keyHash: (@Sendable (String) -> Int64)? = nil) throws -> (store: SQLiteStore, cleanup: () -> Void) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sl-store-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("s.sqlite").path
    let store = try keyHash.map { try SQLiteStore(path: path, keyHash: $0) } ?? SQLiteStore(path: path)
    return (store, { try? FileManager.default.removeItem(at: dir) })
}

func event(_ id: String) -> UsageEvent { StoreConformance.sampleEvent(id) }

@Suite struct SQLiteStoreTests {
    @Test(arguments: StoreConformance.Check.allCases) func conformance(_ check: StoreConformance.Check) throws {
        try StoreConformance { try temporarySQLiteStore() }.run(check)
    }

    /// Every id hashes to the same key, so every event after the first goes through the overflow table.
    @Test(arguments: StoreConformance.Check.allCases) func conformanceWithEveryIDColliding(_ check: StoreConformance.Check) throws {
        try StoreConformance { try temporarySQLiteStore(keyHash: { _ in 42 }) }.run(check)
    }

    @Test func dataSurvivesReopening() throws {
        let (store, cleanup) = try temporarySQLiteStore()
        defer { cleanup() }
        _ = try store.ingest(events: [event("e1"), event("e2")], quarantined: [])
        let reopened = try SQLiteStore(path: store.path)
        #expect(try reopened.eventCount() == 2)
        #expect(try reopened.ingest(events: [event("e2"), event("e3")], quarantined: []) == [false, true])
    }

    @Test func migrationsAreAppliedOnceInOrder() throws {
        let (store, cleanup) = try temporarySQLiteStore()
        defer { cleanup() }
        _ = try SQLiteStore(path: store.path)
        let applied = try store.pool.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        #expect(applied == ["v1-ingest", "v2-analysis", "v3-casework", "v4-tokens", "v5-vectors", "v6-signatures", "v7-sessions", "v8-entities", "v9-prompt-index"])
    }

    /// A store made before sessions: its tokens get ids in order of creation, keep their roles and
    /// names, and can be revoked; tokens are never deleted.
    @Test func tokensOfAStoreBeforeSessionsGetIDsAndStayFound() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sl-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("old.sqlite").path
        let old = try DatabasePool(path: path)
        try SQLiteStore.migrator.migrate(old, upTo: "v6-signatures")
        try old.write { db in
            try db.execute(sql: "INSERT INTO tokens (hash, role, name, created) VALUES ('hb', 'viewer', 'later', 20), ('ha', 'admin', 'first run', 10)")
        }
        try old.close()
        let store = try SQLiteStore(path: path)
        #expect(try store.tokens().map { [String($0.id), $0.hash, $0.role, $0.name] } == [["1", "ha", "admin", "first run"], ["2", "hb", "viewer", "later"]])
        #expect(try store.token(hash: "hb")?.revoked == nil)
        #expect(try store.revokeToken(id: 2, time: 30))
        #expect(try store.addToken(hash: "hc", role: "analyst", name: "new", created: 40) == 3)
        #expect(throws: DatabaseError.self) { try store.pool.write { try $0.execute(sql: "DELETE FROM tokens") } }
        #expect(try store.tokenCount() == 3)
    }

    @Test func theAuditLogRefusesEditsAndEnforcementRefusesDeletion() throws {
        let (store, cleanup) = try temporarySQLiteStore()
        defer { cleanup() }
        try store.addAudit(actor: "a", action: "x", subject: "s", detail: "d", time: 1)
        _ = try store.addEnforcement(EnforcementAction(id: 0, time: 1, actor: "a", targetKind: .account, target: "u", accounts: ["u"], action: .ban, category: .scam, reason: "r"))
        #expect(throws: DatabaseError.self) { try store.pool.write { try $0.execute(sql: "UPDATE audit SET detail = 'changed'") } }
        #expect(throws: DatabaseError.self) { try store.pool.write { try $0.execute(sql: "DELETE FROM audit") } }
        #expect(throws: DatabaseError.self) { try store.pool.write { try $0.execute(sql: "DELETE FROM enforcement") } }
        #expect(try store.auditLog().map(\.detail) == ["d"])
        #expect(try store.enforcementActions().count == 1)
    }

    @Test func bulkLoadKeepsTheGuarantees() throws {
        let (store, cleanup) = try temporarySQLiteStore()
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
}
