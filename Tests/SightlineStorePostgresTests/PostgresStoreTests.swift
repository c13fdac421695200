import Foundation
import SightlineCore
import SightlineStore
@testable import SightlineStorePostgres
import SightlineStoreTesting
import Testing

/// A PostgreSQL database for the tests (`.ci/run` starts a server and sets it); without it these
/// tests are skipped and say so.
let testPostgres = ProcessInfo.processInfo.environment["SIGHTLINE_TEST_POSTGRES"]

/// A store in a schema of its own, dropped by `cleanup`.
func temporaryPostgresStore() throws -> (store: PostgresStore, cleanup: () -> Void) {
    let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    let store = try PostgresStore(url: testPostgres!, schema: schema)
    return (store, { _ = try? store.locked { try $0.execute("DROP SCHEMA \(schema) CASCADE") } })
}

func event(_ id: String) -> UsageEvent { StoreConformance.sampleEvent(id) }

@Suite(.enabled(if: testPostgres != nil, "set SIGHTLINE_TEST_POSTGRES to a PostgreSQL URL to run these"))
struct PostgresStoreTests {
    @Test(arguments: StoreConformance.Check.allCases) func conformance(_ check: StoreConformance.Check) throws {
        try StoreConformance { try temporaryPostgresStore() }.run(check)
    }

    @Test func dataSurvivesReconnectingAndTheSchemaIsMigratedOnce() throws {
        let (store, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        _ = try store.ingest(events: [event("e1"), event("e2")], quarantined: [])
        let again = try PostgresStore(url: testPostgres!, schema: store.schema)
        #expect(try again.eventCount() == 2)
        #expect(try again.ingest(events: [event("e2"), event("e3")], quarantined: []) == [false, true])
        #expect(try again.locked { Int(try $0.execute("SELECT count(*) FROM migrations")[0, 0] ?? "") } == PostgresStore.migrations.count)
    }

    /// Prompt search gets its trigram index the first time it is asked for, once; a search that
    /// uses it finds what a scan finds.
    @Test func promptSearchGetsATrigramIndexOnce() throws {
        let (store, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        var e = event("e1")
        e.prompt = "please fix my login page"
        _ = try store.ingest(events: [e, event("e2")], quarantined: [])
        func indexes() throws -> Int {
            try store.locked { Int(try $0.execute("SELECT count(*) FROM pg_indexes WHERE schemaname = $1 AND indexname = 'events_prompt_trgm'", [.text(store.schema)])[0, 0] ?? "") } ?? -1
        }
        #expect(try indexes() == 0, "ingest does not pay for the index")
        #expect(try store.indexPrompts(limit: 100) == 0)
        #expect(try indexes() == 1)
        #expect(try store.indexPrompts(limit: 100) == 0)
        #expect(try indexes() == 1)
        #expect(try store.searchPrompts(containing: "LOGIN pa", limit: 5).map(\.event.id) == ["e1"])
    }

    @Test func theAuditLogRefusesEditsAndEnforcementRefusesDeletion() throws {
        let (store, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        try store.addAudit(actor: "a", action: "x", subject: "s", detail: "d", time: 1)
        _ = try store.addEnforcement(EnforcementAction(id: 0, time: 1, actor: "a", targetKind: .account, target: "u", accounts: ["u"], action: .ban, category: .scam, reason: "r"))
        #expect(throws: StoreError.self) { try store.locked { try $0.execute("UPDATE audit SET detail = 'changed'") } }
        #expect(throws: StoreError.self) { try store.locked { try $0.execute("DELETE FROM audit") } }
        #expect(throws: StoreError.self) { try store.locked { try $0.execute("DELETE FROM enforcement") } }
        #expect(try store.auditLog().map(\.detail) == ["d"])
        #expect(try store.enforcementActions().count == 1)
    }

    /// A schema made before sessions: its tokens get ids, keep their roles, and can be revoked;
    /// tokens are never deleted.
    @Test func tokensOfASchemaBeforeSessionsGetIDsAndStayFound() throws {
        let (store, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        // Back to v6: drop what v7 added, then migrate again with two tokens in place.
        try store.locked { db in
            try db.execute("DROP TABLE sessions; DROP TRIGGER tokens_no_delete ON tokens; ALTER TABLE tokens DROP COLUMN id, DROP COLUMN last_used, DROP COLUMN revoked")
            try db.execute("DELETE FROM migrations WHERE name = 'v7-sessions'")
            try db.execute("INSERT INTO tokens (hash, role, name, created) VALUES ('ha', 'admin', 'first run', 10), ('hb', 'viewer', 'later', 20)")
        }
        let again = try PostgresStore(url: testPostgres!, schema: store.schema)
        let tokens = try again.tokens()
        #expect(tokens.map(\.hash).sorted() == ["ha", "hb"])
        #expect(Set(tokens.map(\.id)).count == 2)
        #expect(try again.token(hash: "ha")?.role == "admin")
        let id = try #require(try again.token(hash: "hb")?.id)
        #expect(try again.revokeToken(id: id, time: 30))
        #expect(try again.addToken(hash: "hc", role: "analyst", name: "new", created: 40) > tokens.map(\.id).max()!)
        #expect(throws: StoreError.self) { try again.locked { try $0.execute("DELETE FROM tokens") } }
        #expect(try again.tokenCount() == 3)
    }

    @Test func aNulInTextIsKeptAsAReplacementCharacter() throws {
        let (store, cleanup) = try temporaryPostgresStore()
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
