import Foundation
import Hummingbird
import HummingbirdTesting
import SightlineCore
import SightlineStore
import Testing
@testable import SightlineServer

@Suite struct APITests {
    struct Fixture {
        let store = MemoryStore()
        let viewer: String
        let analyst: String
        let admin: String
        init() throws {
            viewer = try Tokens.create(store: store, role: "viewer", name: "v", now: 1)
            analyst = try Tokens.create(store: store, role: "analyst", name: "a", now: 1)
            admin = try Tokens.create(store: store, role: "admin", name: "d", now: 1)
        }
        var app: some ApplicationProtocol { Application(router: SightlineServer.buildRouter(store: store, now: { 1_700_000_000_000 })) }
    }

    static func concrete(_ path: String) -> String {
        path.replacingOccurrences(of: "{id}", with: "net-x").replacingOccurrences(of: "{format}", with: "markdown")
    }

    @Test func everyRouteNeedsTheRightToken() async throws {
        let f = try Fixture()
        try await f.app.test(.router) { client in
            for route in SightlineServer.routes {
                let method: HTTPRequest.Method = route.method == "GET" ? .get : .post
                let uri = Self.concrete(route.path)
                guard let needed = route.role else {
                    try await client.execute(uri: uri, method: method) { #expect($0.status == .ok, "\(uri)") }
                    continue
                }
                try await client.execute(uri: uri, method: method) { #expect($0.status == .unauthorized, "\(uri) without a token") }
                try await client.execute(uri: uri, method: method, headers: [.authorization: "Bearer sl_a_wrong"]) {
                    #expect($0.status == .unauthorized, "\(uri) with an unknown token")
                }
                for (role, token) in [("viewer", f.viewer), ("analyst", f.analyst)] where !Tokens.allows(role, needed) {
                    try await client.execute(uri: uri, method: method, headers: [.authorization: "Bearer \(token)"]) {
                        #expect($0.status == .forbidden, "\(uri) as \(role)")
                    }
                }
            }
        }
    }

    @Test func batchIngestionAnswersLineByLine() async throws {
        let f = try Fixture()
        let body = [
            #"{"id":"e1","time":"2025-09-01T10:00:00Z","account":"a","prompt":"hi"}"#, "", "{broken",
            #"{"id":"e1","time":"2025-09-01T10:00:00Z","account":"a","prompt":"hi"}"#,
        ].joined(separator: "\n")
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: [.authorization: "Bearer \(f.analyst)"], body: ByteBuffer(string: body)) { r in
                #expect(r.status == .ok)
                let o = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
                #expect(o["stored"] as? Int == 1)
                #expect(o["duplicates"] as? Int == 1)
                #expect(o["quarantined"] as? Int == 1)
                let lines = try #require(o["lines"] as? [[String: Any]])
                #expect(lines.map { $0["line"] as? Int } == [1, 3, 4])
                #expect(lines.map { $0["status"] as? String } == ["stored", "quarantined", "duplicate"])
                #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
            let array = #"[{"id":"e2","time":"2025-09-01T10:00:00Z","account":"a","prompt":"x"}, 7]"#
            try await client.execute(uri: "/v1/events", method: .post, headers: [.authorization: "Bearer \(f.admin)"], body: ByteBuffer(string: array)) { r in
                let o = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
                #expect(o["stored"] as? Int == 1)
                #expect(o["quarantined"] as? Int == 1)
            }
        }
        #expect(try f.store.eventCount() == 2)
        #expect(try f.store.quarantinedLines().count == 2)
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/accounts/a", method: .get, headers: [.authorization: "Bearer \(f.viewer)"]) { r in
                #expect(r.status == .ok)
                #expect(!String(buffer: r.body).contains("\"prompt\""), "viewers see no raw prompts")
            }
            try await client.execute(uri: "/v1/accounts/a?prompts=1", method: .get, headers: [.authorization: "Bearer \(f.viewer)"]) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/v1/accounts/a?prompts=1", method: .get, headers: [.authorization: "Bearer \(f.analyst)"]) { r in
                #expect(String(buffer: r.body).contains("\"prompt\": \"hi\""))
            }
            try await client.execute(uri: "/v1/tokens", method: .post, headers: [.authorization: "Bearer \(f.admin)"], body: ByteBuffer(string: #"{"role": "viewer", "name": "ops"}"#)) { r in
                #expect(r.status == .created)
            }
        }
        #expect(try f.store.auditLog().map(\.action).contains("prompt.read"))
        #expect(try f.store.tokenCount() == 4)
    }

    @Test func theOpenAPIDocumentNamesEveryRoute() async throws {
        let f = try Fixture()
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/openapi.yaml", method: .get, headers: [.authorization: "Bearer \(f.viewer)"]) { r in
                let text = String(buffer: r.body)
                for route in SightlineServer.apiRoutes {
                    #expect(text.contains("  \(route.path):\n"), "\(route.path)")
                    #expect(text.contains("\(route.method.lowercased()):"), "\(route.method)")
                }
            }
        }
    }

    @Test func errorsAreGenericAndNeverEchoThePayload() async throws {
        let f = try Fixture()
        try await f.app.test(.router) { client in
            let hostile = "<script>alert(1)</script>"
            try await client.execute(uri: "/v1/cases/net-nope", method: .post, headers: [.authorization: "Bearer \(f.analyst)"], body: ByteBuffer(string: hostile)) { r in
                #expect(r.status == .badRequest)
                #expect(!String(buffer: r.body).contains("<script>"))
            }
            try await client.execute(uri: "/v1/networks/\(hostile)", method: .get, headers: [.authorization: "Bearer \(f.viewer)"]) { r in
                #expect(r.status == .notFound)
                #expect(!String(buffer: r.body).contains("<script>"))
            }
        }
    }

    @Test func theConsoleSignsInWithAStrictCookieAndEscapesHostileText() async throws {
        let f = try Fixture()
        let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
        let network = #"{"id": "net-x", "name": "Quiet Harbor", "category": "influence", "categories": {"influence": 0.9}, "risk": 0.9, "accounts": ["<b>a</b>", "b"], "attribution": {"prompt_languages": {"en": 1}, "output_languages": {}, "utc_offset_hours": 3, "anonymizer_share": 0, "countries": {}, "confidence": "low", "reasons": []}, "breakout": null, "ttps": [], "evidence": [{"kind": "shared-infrastructure", "detail": "device \#(hostile)", "accounts": ["<b>a</b>", "b"]}], "events": 2, "first_seen": "2025-09-01T00:00:00Z", "last_seen": "2025-09-02T00:00:00Z", "hour_of_week": []}"#
        try f.store.saveNetworks([StoredNetwork(id: "net-x", accounts: ["<b>a</b>", "b"], json: network)])
        try f.store.saveCase(Case(networkID: "net-x", updated: 1))
        _ = try f.store.ingest(events: [UsageEvent(id: "e1", time: 1, account: "<b>a</b>", prompt: hostile)], quarantined: [])
        try await f.app.test(.router) { client in
            var cookie = ""
            try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "token=\(f.analyst)")) { r in
                #expect(r.status == .seeOther)
                let setCookie = r.headers[.setCookie] ?? ""
                #expect(setCookie.contains("HttpOnly"))
                #expect(setCookie.contains("SameSite=Strict"))
                cookie = String(setCookie.split(separator: ";")[0])
            }
            try await client.execute(uri: "/login", method: .post, body: ByteBuffer(string: "token=sl_a_nope")) { #expect($0.status == .unauthorized) }
            for page in ["/", "/networks", "/networks/net-x", "/quarantine", "/networks?sort=name&category=influence"] {
                try await client.execute(uri: page, method: .get, headers: [.cookie: cookie]) { r in
                    #expect(r.status == .ok, "\(page)")
                    let html = String(buffer: r.body)
                    #expect(!html.contains("<script"), "\(page)")
                    #expect(!html.contains("<img src=x"), "\(page)")
                    #expect(!html.contains("<b>a</b>"), "\(page)")
                    #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                }
            }
            try await client.execute(uri: "/networks", method: .get, headers: [.accept: "text/html"]) { r in
                #expect(r.status == .seeOther, "a browser without a session is sent to sign in")
            }
            // Revealing prompts is for analysts and is audited.
            try await client.execute(uri: "/networks/net-x?reveal=1", method: .get, headers: [.cookie: cookie]) { r in
                #expect(String(buffer: r.body).contains("&lt;script&gt;alert(1)"))
            }
            #expect(try f.store.auditLog().contains { $0.action == "prompt.read" && $0.subject == "net-x" })
            // Forms need the session's CSRF token.
            try await client.execute(uri: "/networks/net-x/case", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "status=investigating")) { r in
                #expect(r.status == .forbidden)
            }
            let csrf = Console.csrf(for: f.analyst)
            try await client.execute(uri: "/networks/net-x/case", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "csrf=\(csrf)&status=investigating&note=looked+at+it")) { r in
                #expect(r.status == .seeOther)
            }
        }
        #expect(try f.store.cases().first?.status == "investigating")
        #expect(try f.store.cases().first?.notes.first?.text == "looked at it")
    }
}
