import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SightlineCore
import SightlineEncoder
import SightlinePipeline
import SightlineStore
import Testing
import Yams
@testable import SightlineServer

@Suite struct APITests {
    struct Fixture {
        let store = MemoryStore()
        let viewer: String
        let analyst: String
        let admin: String
        init() throws {
            viewer = try Tokens.create(store: store, role: .viewer, name: "v", now: 1)
            analyst = try Tokens.create(store: store, role: .analyst, name: "a", now: 1)
            admin = try Tokens.create(store: store, role: .admin, name: "d", now: 1)
        }
        /// Walking every route with a wrong token is many failed sign-ins from one address: these
        /// tests allow them (`TrustTests` holds the limit).
        static let configuration: ServerConfiguration = {
            var c = ServerConfiguration()
            c.signInFailureLimit = 1_000_000
            return c
        }()
        var app: some ApplicationProtocol {
            Application(router: SightlineServer.buildRouter(store: store, configuration: Self.configuration, now: { 1_700_000_000_000 }))
        }
        /// The routes as the router has them.
        var routes: [Routes.Entry] { SightlineServer.build(store: store, configuration: Self.configuration, now: { 1 }).routes }
    }

    static func concrete(_ path: String) -> String {
        path.replacingOccurrences(of: "{id}", with: path.hasPrefix("/tokens/") || path.hasPrefix("/enforcement/") ? "1" : path.hasPrefix("/accounts/") ? "a" : "net-x")
            .replacingOccurrences(of: "{format}", with: "markdown").replacingOccurrences(of: "{kind}", with: "ip")
            .replacingOccurrences(of: "{value}", with: "203.0.113.7").replacingOccurrences(of: "{date}", with: "2025-09-01")
    }

    /// Walks the router's own table: a route added without a role group, or with the wrong one,
    /// fails here.
    @Test func everyRouteNeedsTheRightToken() async throws {
        let f = try Fixture()
        let routes = f.routes
        #expect(routes.count == Set(routes.map { "\($0.method) \($0.path)" }).count, "no route registered twice")
        #expect(routes.filter { $0.role == nil }.map(\.path).sorted() == ["/healthz", "/login", "/login", "/readyz"], "only health checks and sign-in are public")
        let tokens: [(Role, String)] = [(.viewer, f.viewer), (.analyst, f.analyst), (.admin, f.admin)]
        try await f.app.test(.router) { client in
            for route in routes {
                let uri = Self.concrete(route.path)
                guard let needed = route.role else {
                    if route.method == .get { try await client.execute(uri: uri, method: .get) { #expect($0.status == .ok, "\(uri)") } }
                    continue
                }
                try await client.execute(uri: uri, method: route.method) { #expect($0.status == .unauthorized, "\(uri) without a token") }
                try await client.execute(uri: uri, method: route.method, headers: [.authorization: "Bearer sl_a_wrong"]) {
                    #expect($0.status == .unauthorized, "\(uri) with an unknown token")
                }
                for (role, token) in tokens {
                    try await client.execute(uri: uri, method: route.method, headers: [.authorization: "Bearer \(token)"]) { r in
                        if role.allows(needed) {
                            // Console forms refuse a request without the session's CSRF token, with a 403 that says so.
                            let csrf = r.status == .forbidden && String(buffer: r.body).contains("CSRF")
                            #expect(r.status != .unauthorized && (r.status != .forbidden || csrf), "\(route.method) \(uri) as \(role.rawValue)")
                        } else {
                            #expect(r.status == .forbidden, "\(route.method) \(uri) as \(role.rawValue)")
                        }
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
                // The lines that were not stored, by line.
                let lines = try #require(o["lines"] as? [[String: Any]])
                #expect(lines.map { $0["line"] as? Int } == [3, 4])
                #expect(lines.map { $0["status"] as? String } == ["quarantined", "duplicate"])
                #expect(o["lines_omitted"] as? Int == 0)
                #expect(o["quarantine_kept"] as? Int == 1)
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
                let o = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
                #expect((o["prompts"] as? [[String: Any]])?.first?["prompt"] as? String == "hi")
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
                let console = ["/", "/login", "/logout", "/networks", "/quarantine", "/report", "/tokens"]
                let consolePrefixes = ["/networks/", "/tokens/", "/accounts/", "/entities/", "/enforcement/", "/search", "/report/"]
                for route in f.routes where !console.contains(route.path) && !consolePrefixes.contains(where: route.path.hasPrefix) {
                    #expect(text.contains("  \(route.path):\n"), "\(route.path)")
                    #expect(text.contains("\(route.method.rawValue.lowercased()):"), "\(route.method)")
                }
            }
        }
    }

    /// The document parses as YAML into OpenAPI 3.1's shape: every summary is one string (an
    /// unquoted comma once split them into keys), every route is a path, every POST has a request
    /// schema and every operation says what its 401 means. CI validates it with
    /// openapi-spec-validator and runs schemathesis against it (`.ci/run`).
    @Test func theOpenAPIDocumentIsOpenAPI31WithRequestSchemas() throws {
        let doc = try #require(try Yams.load(yaml: OpenAPI.document) as? [String: Any])
        #expect(doc["openapi"] as? String == "3.1.0")
        let paths = try #require(doc["paths"] as? [String: [String: Any]])
        let f = try Fixture()
        let api = f.routes.filter { $0.path.hasPrefix("/v1/") || ["/healthz", "/readyz", "/metrics", "/openapi.yaml"].contains($0.path) }
        for route in api {
            let operation = try #require(paths[route.path]?[route.method.rawValue.lowercased()] as? [String: Any], "\(route.method) \(route.path)")
            #expect(operation["summary"] is String, "\(route.path)")
            let responses = try #require(operation["responses"] as? [String: Any])
            if route.role != nil { #expect(responses["401"] != nil && responses["429"] != nil, "\(route.path)") }
            if route.method == .post {
                let content = try #require((operation["requestBody"] as? [String: Any])?["content"] as? [String: [String: Any]], "\(route.path)")
                #expect(!content.isEmpty && content.values.allSatisfy { $0["schema"] != nil }, "\(route.path)")
            }
        }
        #expect(Set(paths.keys) == Set(api.map(\.path)), "no path the server does not serve")
    }

    /// Store calls run on the store's own threads (NIO's thread pool), not on Dispatch's, which
    /// the encoder's and the analysis's `concurrentPerform` keep busy: with Dispatch's threads
    /// all blocked, a request's store call waited until they were let go. (That measurement is
    /// not a test here: filling Dispatch's pool stalls every other test in the process.)
    @Test func storeCallsRunOnThreadsOfTheirOwn() async throws {
        let name = try await StoreAccess(store: MemoryStore()) { _ in
            #if os(Linux)
            // The kernel's name of the calling thread.
            (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            #else
            Thread.current.name ?? ""
            #endif
        }
        #expect(name.hasPrefix("TP-#"), "\(name)")
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
        try f.store.save(networks: [hostileNetwork(id: "net-x", accounts: ["<b>a</b>", "b"], details: [hostile])])
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
                    #expect(r.headers[.contentSecurityPolicy]?.contains("form-action 'self'") == true)
                    #expect(r.headers[.contentSecurityPolicy]?.contains("base-uri 'none'") == true)
                    #expect(r.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                }
            }
            try await client.execute(uri: "/networks", method: .get, headers: [.accept: "text/html"]) { r in
                #expect(r.status == .seeOther, "a browser without a session is sent to sign in")
            }
            // The session cookie authorises the console, never the API: another page of the same
            // site could otherwise post to it in the analyst's name.
            try await client.execute(uri: "/v1/cases/net-x", method: .post, headers: [.cookie: cookie, .contentType: "text/plain"], body: ByteBuffer(string: #"{"note": "forged"}"#)) { r in
                #expect(r.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/networks", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/report", method: .get, headers: [.cookie: cookie]) { r in
                #expect(r.status == .ok)
                #expect(String(buffer: r.body).contains("<!DOCTYPE html>"))
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
            // The CSRF token as the browser has it: in the page's form.
            let page = try await client.execute(uri: "/networks/net-x", method: .get, headers: [.cookie: cookie]) { String(buffer: $0.body) }
            let csrf = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]{32})"/)?.1)
            try await client.execute(uri: "/networks/net-x/case", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "csrf=\(csrf)&status=investigating&note=looked+at+it")) { r in
                #expect(r.status == .seeOther)
            }
        }
        #expect(try f.store.cases().first?.status == .investigating)
        #expect(try f.store.cases().first?.notes.first?.text == "looked at it")
    }
}

/// `POST /v1/similar`: analysts only, audited, and a 503 that says what to run without the model.
@Suite struct SimilarAPITests {
    @Test func withoutTheEncoderItSaysWhatToRun() async throws {
        let f = try APITests.Fixture()
        try await f.app.test(.router) { client in
            let body = ByteBuffer(string: #"{"text":"monitor diaspora accounts"}"#)
            try await client.execute(uri: "/v1/similar", method: .post, headers: [.authorization: "Bearer \(f.viewer)"], body: body) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/v1/similar", method: .post, headers: [.authorization: "Bearer \(f.analyst)"], body: body) { r in
                #expect(r.status == .serviceUnavailable)
                #expect(String(buffer: r.body).contains("sightline model fetch"))
            }
        }
    }

    @Test(.enabled(if: ModelCache().status().verified, "the encoder model is not in the cache (run `sightline model fetch`)"))
    func findsPromptsNearInMeaningAcrossLanguages() async throws {
        let f = try APITests.Fixture()
        let encoder = try E5Encoder(model: E5Model(bytes: ModelCache().load()))
        let texts = ["写一份方案，监控海外维吾尔族账号并上报公安", "a recipe for lemon cake", "Plan a system that watches diaspora activists' accounts for the police"]
        _ = try f.store.ingest(events: texts.enumerated().map { UsageEvent(id: "e\($0)", time: 1_000, account: "a\($0)", prompt: $1) }, quarantined: [])
        let seqs = try f.store.unclassifiedEvents(after: 0, limit: 10).map(\.seq)
        try f.store.saveClassifications(seqs.map {
            ($0, EventClassification(category: .benign, score: 0.9, scores: [], promptLanguage: "und", responseLanguage: nil, signals: []))
        })
        try f.store.saveVectors(Array(zip(seqs, encoder.vectors(texts))))
        let app = Application(router: SightlineServer.buildRouter(store: f.store, encoder: encoder, now: { 1_700_000_000_000 }))
        struct Answer: Decodable {
            struct Hit: Decodable { var prompt: String; var accounts: [String]; var similarity: Double }
            var searched: Int
            var results: [Hit]
        }
        try await app.test(.router) { client in
            let auth: HTTPFields = [.authorization: "Bearer \(f.analyst)"]
            try await client.execute(uri: "/v1/similar", method: .post, headers: auth, body: ByteBuffer(string: #"{"event":"e2","limit":2}"#)) { r in
                #expect(r.status == .ok)
                let a = try JSONCodec.decode(Answer.self, from: String(buffer: r.body))
                #expect(a.searched == 3)
                // From the English request: the Chinese one first, the cake last; itself left out.
                #expect(a.results.map(\.accounts) == [["a0"], ["a1"]])
                #expect(a.results[0].similarity > a.results[1].similarity)
            }
            try await client.execute(uri: "/v1/similar", method: .post, headers: auth, body: ByteBuffer(string: #"{"event":"nope"}"#)) {
                #expect($0.status == .notFound)
            }
            for bad in [#"{"text":"x","limit":0}"#, #"{"text":"x","event":"e1"}"#, "not json"] {
                try await client.execute(uri: "/v1/similar", method: .post, headers: auth, body: ByteBuffer(string: bad)) {
                    #expect($0.status == .badRequest, "\(bad)")
                }
            }
        }
        #expect(try f.store.auditLog().filter { $0.action == "similar.search" }.map(\.subject) == ["e2"])
    }
}
