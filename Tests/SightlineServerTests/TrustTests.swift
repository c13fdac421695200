import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SightlineCore
import SightlinePipeline
import SightlineStore
import Synchronization
import Testing
@testable import SightlineServer

/// A clock the test moves.
final class TestClock: Sendable {
    private let value = Mutex<Int64>(1_700_000_000_000)
    var clock: SightlineServer.Clock { { self.value.withLock { $0 } } }
    func advance(minutes: Int64) { value.withLock { $0 += minutes * 60_000 } }
}

/// Sessions, token revocation, the audit log's names, failed sign-ins, what viewers see and
/// bounded ingestion (issue 13, item 5).
@Suite struct TrustTests {
    struct Fixture {
        let store = MemoryStore()
        let time = TestClock()
        let viewer: String
        let analyst: String
        let admin: String
        var configuration = ServerConfiguration()

        init() throws {
            viewer = try Tokens.create(store: store, role: .viewer, name: "vera", now: 1)
            analyst = try Tokens.create(store: store, role: .analyst, name: "alice", now: 1)
            admin = try Tokens.create(store: store, role: .admin, name: "dora", now: 1)
            try store.save(networks: [hostileNetwork(id: "net-x", accounts: ["a1", "a2"], details: [])])
            try store.saveCase(Case(networkID: "net-x", updated: 1))
        }

        /// The same store and clock, served with another configuration.
        func with(_ change: (inout ServerConfiguration) -> Void) -> Fixture {
            var f = self
            change(&f.configuration)
            return f
        }

        var router: Router<SightlineContext> { SightlineServer.buildRouter(store: store, configuration: configuration, now: time.clock) }
        var app: some ApplicationProtocol { Application(router: router) }
        /// Served on a real port of 127.0.0.1, for what depends on the peer's address.
        var liveApp: some ApplicationProtocol { Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0))) }
    }

    /// Signs in through the form and returns the `Cookie` header to send.
    static func signIn(_ client: some TestClientProtocol, _ token: String) async throws -> String {
        try await client.execute(
            uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "token=\(token)")
        ) { r in
            #expect(r.status == .seeOther)
            return String((r.headers[.setCookie] ?? "").split(separator: ";")[0])
        }
    }

    /// The CSRF token in a page's forms, as the browser has it.
    static func csrf(_ client: some TestClientProtocol, _ cookie: String, page: String = "/") async throws -> String {
        let html = try await client.execute(uri: page, method: .get, headers: [.cookie: cookie]) { String(buffer: $0.body) }
        return try #require(html.firstMatch(of: /name="csrf" value="([0-9a-f]{32})"/).map { String($0.1) })
    }

    static func status(_ client: some TestClientProtocol, _ uri: String, cookie: String) async throws -> HTTPResponse.Status {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie, .accept: "text/html"]) { $0.status }
    }

    @Test func theCookieIsASessionThatSigningOutEndsServerSide() async throws {
        let f = try Fixture()
        try await f.app.test(.router) { client in
            let cookie = try await Self.signIn(client, f.analyst)
            let value = String(cookie.dropFirst("sl_session=".count))
            #expect(cookie.hasPrefix("sl_session=sl_s_"))
            #expect(!cookie.contains(f.analyst), "the cookie is not the token")
            // Only the session's hash is stored, bound to the token it came from.
            let session = try #require(try f.store.session(hash: Tokens.hash(value)))
            #expect(session.tokenID == (try f.store.token(hash: Tokens.hash(f.analyst)))?.id)
            #expect(session.expires == session.created + 12 * 3_600_000)
            // The raw token in a cookie, as the old console set it, authorises nothing.
            #expect(try await Self.status(client, "/networks", cookie: "sl_session=\(f.analyst)") == .seeOther)
            #expect(try await Self.status(client, "/networks", cookie: "sl_token=\(f.analyst)") == .seeOther)
            #expect(try await Self.status(client, "/networks", cookie: cookie) == .ok)

            // Signing out needs the session's CSRF token, and revokes the session itself: the
            // same cookie replayed afterwards is sent to sign in.
            try await client.execute(uri: "/logout", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "csrf=0")) {
                #expect($0.status == .forbidden)
            }
            let csrf = try await Self.csrf(client, cookie)
            try await client.execute(uri: "/logout", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "csrf=\(csrf)")) { r in
                #expect(r.status == .seeOther)
                #expect(r.headers[.setCookie]?.contains("Max-Age=0") == true)
            }
            #expect(try f.store.session(hash: Tokens.hash(value))?.revoked != nil)
            #expect(try await Self.status(client, "/networks", cookie: cookie) == .seeOther)
        }
        #expect(try f.store.auditLog().map(\.action) == ["session.start", "session.end"])
        #expect(try f.store.auditLog().allSatisfy { $0.actor == "token:alice#2" })
    }

    /// A page on another port of the same host is the same site, so SameSite=Strict lets the
    /// browser send the cookie: console forms and sign-in also check that the browser says the
    /// request comes from this origin. A forged sign-in would put the victim in the attacker's session.
    @Test func formsAndSignInFromAnotherOriginAreRefused() async throws {
        let f = try Fixture()
        try await f.app.test(.router) { client in
            let cookie = try await Self.signIn(client, f.analyst)
            let csrf = try await Self.csrf(client, cookie, page: "/networks/net-x")
            let foreign: [HTTPFields] = [
                [.origin: "http://127.0.0.1:9999", HTTPField.Name("Sec-Fetch-Site")!: "same-site"],
                [.origin: "http://127.0.0.1:9999"],
                [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"],
                // A hostile page can make its Origin null (no-referrer); the browser still says where it is.
                [.origin: "null", HTTPField.Name("Sec-Fetch-Site")!: "same-site"],
            ]
            for headers in foreign {
                try await client.execute(uri: "/login", method: .post, headers: headers, body: ByteBuffer(string: "token=\(f.viewer)")) { r in
                    #expect(r.status == .forbidden)
                    #expect(r.headers[.setCookie] == nil)
                }
                try await client.execute(
                    uri: "/networks/net-x/case", method: .post, headers: headers + [.cookie: cookie], body: ByteBuffer(string: "csrf=\(csrf)&note=forged")
                ) { #expect($0.status == .forbidden) }
            }
            // The same form from the console's own pages goes through, as Chromium sends it: Origin
            // null under Referrer-Policy no-referrer.
            try await client.execute(
                uri: "/networks/net-x/case", method: .post,
                headers: [.cookie: cookie, .origin: "null", HTTPField.Name("Sec-Fetch-Site")!: "same-origin"],
                body: ByteBuffer(string: "csrf=\(csrf)&note=mine")
            ) { #expect($0.status == .seeOther) }
        }
        #expect(try f.store.caseFor(network: "net-x")?.notes.map(\.text) == ["mine"])
        #expect(try f.store.auditLog().filter { $0.action == "session.start" }.count == 1)
    }

    @Test func sessionsExpireAbsolutelyAndWhenIdle() async throws {
        let f = try Fixture().with {
            $0.sessionLifetime = 60 * 60_000
            $0.sessionIdle = 20 * 60_000
        }
        try await f.app.test(.router) { client in
            let cookie = try await Self.signIn(client, f.viewer)
            // Active every 15 minutes: the idle limit never bites, the absolute one does.
            for _ in 0..<3 {
                f.time.advance(minutes: 15)
                #expect(try await Self.status(client, "/", cookie: cookie) == .ok)
            }
            f.time.advance(minutes: 16)
            #expect(try await Self.status(client, "/", cookie: cookie) == .seeOther, "past the session's lifetime")

            let idle = try await Self.signIn(client, f.viewer)
            f.time.advance(minutes: 19)
            #expect(try await Self.status(client, "/", cookie: idle) == .ok)
            f.time.advance(minutes: 21)
            #expect(try await Self.status(client, "/", cookie: idle) == .seeOther, "idle for longer than the limit")
        }
    }

    @Test func theCookieIsSecureWhenServedBehindTLSAndEachSessionHasItsOwnCSRFToken() async throws {
        let f = try Fixture()
        try await f.app.test(.router) { client in
            let setCookie = try await client.execute(
                uri: "/login", method: .post, body: ByteBuffer(string: "token=\(f.analyst)")) { $0.headers[.setCookie] ?? "" }
            #expect(!setCookie.contains("Secure"))
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && setCookie.contains("Max-Age=43200"))
        }
        try await f.with { $0.secureCookie = true }.app.test(.router) { client in
            let setCookie = try await client.execute(
                uri: "/login", method: .post, body: ByteBuffer(string: "token=\(f.analyst)")) { $0.headers[.setCookie] ?? "" }
            #expect(setCookie.contains("Secure"))
            // Two sign-ins with one token are two sessions, and one's CSRF token is refused in the other.
            let first = try await Self.signIn(client, f.analyst)
            let second = try await Self.signIn(client, f.analyst)
            let (a, b) = (try await Self.csrf(client, first), try await Self.csrf(client, second))
            #expect(a != b)
            try await client.execute(uri: "/networks/net-x/case", method: .post, headers: [.cookie: second], body: ByteBuffer(string: "csrf=\(a)&note=forged")) {
                #expect($0.status == .forbidden)
            }
        }
        #expect(try f.store.caseFor(network: "net-x")?.notes == [])
    }

    @Test func revokedTokensAreRefusedAtOnceWithTheirSessions() async throws {
        let f = try Fixture()
        try await f.app.test(.router) { client in
            let analystSession = try await Self.signIn(client, f.analyst)
            let adminSession = try await Self.signIn(client, f.admin)
            // The admin page lists the tokens, never their secrets or hashes.
            let page = try await client.execute(uri: "/tokens", method: .get, headers: [.cookie: adminSession]) { r in
                #expect(r.status == .ok)
                return String(buffer: r.body)
            }
            for name in ["vera", "alice", "dora"] { #expect(page.contains("<td>\(name)</td>")) }
            #expect(!page.contains(f.analyst) && !page.contains(Tokens.hash(f.analyst)))
            #expect(try await Self.status(client, "/tokens", cookie: analystSession) == .forbidden, "the page is for admins")

            // Revoking needs the session's CSRF token.
            try await client.execute(uri: "/tokens/2/revoke", method: .post, headers: [.cookie: adminSession], body: ByteBuffer(string: "")) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/v1/networks", method: .get, headers: [.authorization: "Bearer \(f.analyst)"]) { #expect($0.status == .ok) }
            let csrf = try await Self.csrf(client, adminSession, page: "/tokens")
            try await client.execute(uri: "/tokens/2/revoke", method: .post, headers: [.cookie: adminSession], body: ByteBuffer(string: "csrf=\(csrf)")) {
                #expect($0.status == .seeOther)
            }
            // At once: the bearer token, and the console session opened with it.
            try await client.execute(uri: "/v1/networks", method: .get, headers: [.authorization: "Bearer \(f.analyst)"]) { r in
                #expect(r.status == .unauthorized)
            }
            #expect(try await Self.status(client, "/networks", cookie: analystSession) == .seeOther)
            #expect(try await Self.status(client, "/networks", cookie: adminSession) == .ok, "other tokens' sessions go on")
            #expect(try await client.execute(uri: "/login", method: .post, body: ByteBuffer(string: "token=\(f.analyst)")) { $0.status } == .unauthorized)
            // The API lists them for admins, with the revocation.
            try await client.execute(uri: "/v1/tokens", method: .get, headers: [.authorization: "Bearer \(f.admin)"]) { r in
                let o = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
                let tokens = try #require(o["tokens"] as? [[String: Any]])
                #expect(tokens.map { $0["name"] as? String } == ["vera", "alice", "dora"])
                #expect(tokens.map { $0["revoked"] != nil } == [false, true, false])
                #expect(tokens[2]["last_used"] as? String == "2023-11-14T22:13:20Z", "uses are recorded")
                #expect(!String(buffer: r.body).contains(Tokens.hash(f.admin)))
            }
        }
        let audit = try f.store.auditLog()
        #expect(audit.contains { $0.actor == "token:dora#3" && $0.action == "token.revoke" && $0.subject == "token 2" })
        #expect(audit.contains { $0.action == "auth.fail" && $0.detail.contains("revoked token alice#2") })
    }

    /// Every action names the token that took it, through the API and through the console.
    @Test func theAuditLogNamesTheToken() async throws {
        let f = try Fixture()
        _ = try f.store.ingest(events: [UsageEvent(id: "e1", time: 1, account: "a1", prompt: "hello")], quarantined: [])
        try await f.app.test(.router) { client in
            let json: HTTPFields = [.contentType: "application/json"]
            try await client.execute(
                uri: "/v1/cases/net-x", method: .post, headers: json + [.authorization: "Bearer \(f.analyst)"],
                body: ByteBuffer(string: #"{"note": "from the API"}"#)
            ) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/v1/enforcement", method: .post, headers: json + [.authorization: "Bearer \(f.admin)"],
                body: ByteBuffer(string: #"{"target_kind": "account", "target": "a1", "action": "warn", "category": "scam", "reason": "test"}"#)
            ) { #expect($0.status == .created) }
            try await client.execute(uri: "/v1/accounts/a1?prompts=1", method: .get, headers: [.authorization: "Bearer \(f.analyst)"]) { #expect($0.status == .ok) }
            try await client.execute(
                uri: "/v1/tokens", method: .post, headers: json + [.authorization: "Bearer \(f.admin)"], body: ByteBuffer(string: #"{"role": "viewer", "name": "ops"}"#)
            ) { #expect($0.status == .created) }
            let cookie = try await Self.signIn(client, f.analyst)
            let csrf = try await Self.csrf(client, cookie, page: "/networks/net-x")
            try await client.execute(uri: "/networks/net-x/case", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "csrf=\(csrf)&note=from+the+console")) {
                #expect($0.status == .seeOther)
            }
            try await client.execute(uri: "/networks/net-x?reveal=1", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .ok) }
        }
        let byAction = Dictionary(grouping: try f.store.auditLog(), by: \.action).mapValues { Set($0.map(\.actor)) }
        #expect(byAction["case.update"] == ["token:alice#2"])
        #expect(byAction["enforce.warn"] == ["token:dora#3"])
        #expect(byAction["prompt.read"] == ["token:alice#2"])
        #expect(byAction["token.create"] == ["token:dora#3"])
        #expect(try f.store.auditLog().allSatisfy { !$0.actor.hasPrefix("api:") && !$0.actor.hasPrefix("console:") })
        #expect(try f.store.caseFor(network: "net-x")?.notes.map(\.author) == ["token:alice#2", "token:alice#2"])
        #expect(try f.store.enforcementActions().map(\.actor) == ["token:dora#3"])
    }

    /// 200 wrong tokens from one address, over real HTTP: the first ten are answered 401 and
    /// audited without the secret, the rest 429 with Retry-After, and while the address is
    /// refused even a good token is not checked. A minute later it may try again.
    @Test func failedSignInsAreAuditedAndLimitedPerAddress() async throws {
        let f = try Fixture()
        let guess = "sl_a_" + String(repeating: "0", count: 48)
        try await f.liveApp.test(.live) { live in
            // A client of its own, patient: beside the whole suite on two cores, a request can
            // wait long for a thread (the framework's client gives up after 20 s).
            let client = TestClient(host: "127.0.0.1", port: try #require(live.port), configuration: .init(timeout: .seconds(300)))
            client.connect()
            func send(_ uri: String, _ method: HTTPRequest.Method = .get, _ headers: HTTPFields = [:], _ body: String? = nil) async throws -> TestClient.Response {
                try await client.execute(.init(uri, method: method, authority: "127.0.0.1", headers: headers, body: body.map { ByteBuffer(string: $0) }))
            }
            var statuses: [HTTPResponse.Status] = []
            var retryAfter: [String] = []
            for i in 0..<200 {
                let r = try await send("/v1/networks", .get, [.authorization: "Bearer \(guess)\(i)"])
                statuses.append(r.status)
                if r.status == .tooManyRequests { retryAfter.append(r.headers[.retryAfter] ?? "") }
            }
            #expect(statuses.prefix(10).allSatisfy { $0 == .unauthorized })
            #expect(statuses.dropFirst(10).allSatisfy { $0 == .tooManyRequests })
            #expect(retryAfter.count == 190 && retryAfter.allSatisfy { $0 == "60" })
            // Refused without a look at the credential, so the answer tells nothing.
            #expect(try await send("/v1/networks", .get, [.authorization: "Bearer \(f.viewer)"]).status == .tooManyRequests)
            let login = try await send("/login", .post, [:], "token=\(f.viewer)")
            #expect(login.status == .tooManyRequests)
            #expect(login.headers[.retryAfter] == "60")
            // Requests that carry no credential are not refused.
            #expect(try await send("/healthz").status == .ok)
            f.time.advance(minutes: 1)
            #expect(try await send("/v1/networks", .get, [.authorization: "Bearer \(f.viewer)"]).status == .ok)
            // Console sign-ins count the same way.
            for _ in 0..<10 { #expect(try await send("/login", .post, [:], "token=sl_v_nope").status == .unauthorized) }
            #expect(try await send("/login", .post, [:], "token=\(f.viewer)").status == .tooManyRequests)
            try await client.shutdown()
        }
        let audit = try f.store.auditLog()
        let failures = audit.filter { $0.action == "auth.fail" }
        #expect(failures.count == 20)
        #expect(audit.filter { $0.action == "auth.limit" }.count == 2)
        #expect(failures.allSatisfy { $0.actor == "client:127.0.0.1" && $0.subject == "127.0.0.1" })
        #expect(failures.prefix(10).allSatisfy { $0.detail == "unknown token (bearer) on GET /v1/networks" })
        #expect(failures.suffix(10).allSatisfy { $0.detail == "unknown token (console sign-in)" })
        #expect(audit.allSatisfy { !$0.detail.contains(guess) && !$0.detail.contains("nope") && !$0.detail.contains(f.viewer) }, "no secret in the log")
    }

    @Test func viewersSeeNetworksWithoutTheOperatorsIdentifiers() async throws {
        let f = try Fixture()
        var n = hostileNetwork(id: "net-i", accounts: ["a1", "a2"], details: [])
        n.evidence = [
            .init(kind: .sharedInfrastructure, detail: "device dev-7f3a9 shared by 2 accounts", accounts: ["a1", "a2"]),
            .init(kind: .sharedInfrastructure, detail: "ip 203.0.113.77 shared by 2 accounts", accounts: ["a1", "a2"]),
            .init(kind: .sharedInfrastructure, detail: "payment card-fp-91c2 shared by 2 accounts", accounts: ["a1", "a2"]),
            .init(kind: .sameOrganization, detail: "organization org-acme-77 shared by 2 accounts", accounts: ["a1", "a2"]),
            .init(kind: .sharedInfrastructure, detail: "a shape nobody planned: 198.51.100.9", accounts: ["a1", "a2"]),
            .init(kind: .templateSimilarity, detail: "3 near-duplicate prompts (estimated Jaccard up to 0.9)", accounts: ["a1", "a2"]),
        ]
        try f.store.save(networks: [n])
        var c = Case(networkID: "net-i", updated: 1)
        c.notes = [Case.Note(time: 2, author: "sightline", text: "Recidivism: account a9 matches device dev-7f3a9, address 203.0.113.77")]
        try f.store.saveCase(c)
        let identifiers = ["dev-7f3a9", "203.0.113.77", "card-fp-91c2", "org-acme-77", "198.51.100.9"]
        try await f.app.test(.router) { client in
            for uri in ["/v1/networks", "/v1/networks/net-i", "/v1/cases"] {
                let asViewer = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(f.viewer)"]) { String(buffer: $0.body) }
                let asAnalyst = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(f.analyst)"]) { String(buffer: $0.body) }
                for id in identifiers where uri != "/v1/cases" || id == "dev-7f3a9" || id == "203.0.113.77" {
                    #expect(!asViewer.contains(id), "\(uri) shows \(id) to a viewer")
                    #expect(asAnalyst.contains(id), "\(uri) shows \(id) to an analyst")
                }
                if uri != "/v1/cases" {
                    #expect(asViewer.contains("device shared by 2 accounts (the value needs the analyst role)"))
                    #expect(asViewer.contains("3 near-duplicate prompts"), "evidence without identifiers stays whole")
                } else {
                    #expect(asViewer.contains("Recidivism: account a9 matches an actioned network's fingerprints"))
                }
            }
            // The console's network page, the same way.
            let viewer = try await Self.signIn(client, f.viewer)
            let analyst = try await Self.signIn(client, f.analyst)
            let viewerPage = try await client.execute(uri: "/networks/net-i", method: .get, headers: [.cookie: viewer]) { String(buffer: $0.body) }
            let analystPage = try await client.execute(uri: "/networks/net-i", method: .get, headers: [.cookie: analyst]) { String(buffer: $0.body) }
            for id in identifiers {
                #expect(!viewerPage.contains(id), "the console shows \(id) to a viewer")
                #expect(analystPage.contains(id), "the console shows \(id) to an analyst")
            }
        }
    }

    /// 400 kB of junk lines: every line is counted, but at most 1,000 are kept in quarantine and
    /// the answer lists 100 of them (it was 24 MB, with 200k rows kept).
    @Test func aJunkBodyIsBoundedInTheStoreAndInTheAnswer() async throws {
        let f = try Fixture()
        let body = String(repeating: "x\n", count: 200_000)
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/events", method: .post, headers: [.authorization: "Bearer \(f.analyst)"], body: ByteBuffer(string: body)) { r in
                #expect(r.status == .ok)
                #expect(r.body.readableBytes < 20_000, "\(r.body.readableBytes) bytes")
                let o = try #require(try JSONSerialization.jsonObject(with: Data(buffer: r.body)) as? [String: Any])
                #expect(o["stored"] as? Int == 0)
                #expect(o["quarantined"] as? Int == 200_000)
                #expect(o["quarantine_kept"] as? Int == 1_000)
                let lines = try #require(o["lines"] as? [[String: Any]])
                #expect(lines.map { $0["line"] as? Int } == Array(1...100))
                #expect(lines.allSatisfy { ($0["reason"] as? String)?.isEmpty == false })
                #expect(o["lines_omitted"] as? Int == 199_900)
            }
        }
        #expect(try f.store.quarantineCount() == 1_000)
        #expect(try f.store.quarantinedLines().map(\.line) == Array(1...1_000), "the first lines are the ones kept")
    }

    @Test func tokenNamesAreCheckedAndRevocationNamesOneToken() throws {
        let f = try Fixture()
        #expect(throws: Tokens.Failure.self) { try Tokens.create(store: f.store, role: .viewer, name: "bad\u{7}name", now: 1) }
        #expect(throws: Tokens.Failure.self) { try Tokens.create(store: f.store, role: .viewer, name: "", now: 1) }
        _ = try Tokens.create(store: f.store, role: .viewer, name: "alice", now: 2)
        // Two live tokens named alice: by name is refused, by id works.
        #expect((#expect(throws: Tokens.Failure.self) { try Tokens.revoke("alice", in: f.store, now: 3) })?.code == .ambiguous)
        #expect(try Tokens.revoke("4", in: f.store, now: 3).id == 4)
        // Now one alice is live: the name names it.
        #expect(try Tokens.revoke("alice", in: f.store, now: 4).id == 2)
        #expect((#expect(throws: Tokens.Failure.self) { try Tokens.revoke("alice", in: f.store, now: 5) })?.code == .alreadyRevoked)
        #expect((#expect(throws: Tokens.Failure.self) { try Tokens.revoke("nobody", in: f.store, now: 5) })?.code == .notFound)
        #expect(try f.store.tokens().map { $0.revoked != nil } == [false, true, false, true])
    }
}

/// The limiter as a transcript: no I/O, no clock of its own.
@Suite struct SignInLimiterTests {
    @Test func refusesAfterTheLimitUntilTheOldestFailureLeavesTheWindow() {
        var l = SignInLimiter(limit: 3, window: 60_000)
        #expect(l.check("a", now: 0) == .allow)
        #expect(l.fail("a", now: 0) == .record)
        #expect(l.fail("a", now: 10_000) == .record)
        #expect(l.fail("a", now: 20_500) == .recordAndRefuse(retryAfter: 40))
        #expect(l.check("a", now: 20_500) == .refuse(retryAfter: 40))
        #expect(l.check("b", now: 20_500) == .allow, "per address")
        #expect(l.check("a", now: 59_999) == .refuse(retryAfter: 1))
        #expect(l.check("a", now: 60_000) == .allow, "the first failure left the window")
        #expect(l.fail("a", now: 60_000) == .recordAndRefuse(retryAfter: 10))
        #expect(l.failures["a"]?.count == 3, "at most the limit is kept")
    }

    @Test func followsABoundedNumberOfAddresses() {
        var l = SignInLimiter(limit: 2, window: 60_000, capacity: 3)
        for (i, a) in ["a", "b", "c"].enumerated() { _ = l.fail(a, now: Int64(i)) }
        _ = l.fail("d", now: 100)
        #expect(l.failures.count == 3)
        #expect(l.failures["a"] == nil, "the stalest is forgotten")
        _ = l.fail("e", now: 120_000)
        #expect(l.failures.keys.sorted() == ["e"], "addresses whose failures left the window go first")
    }
}
