import Foundation
import Hummingbird
import SightlineAnalysis
import SightlineCore
import SightlinePipeline
import SightlineStore

/// The request context: which role the bearer token carries.
public struct SightlineContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var role: String?
    public init(source: Source) {
        coreContext = .init(source: source)
        role = nil
    }
    /// Request bodies over 16 MiB are refused.
    public var maxUploadSize: Int { 16 << 20 }
}

/// Resolves the bearer token to a role; 401 without a valid one. Health checks need none.
struct TokenMiddleware: RouterMiddleware {
    let store: Store
    func handle(_ request: Request, context: SightlineContext, next: (Request, SightlineContext) async throws -> Response) async throws -> Response {
        if request.uri.path == "/healthz" || request.uri.path == "/readyz" || request.uri.path == "/login" { return try await next(request, context) }
        // API clients send a bearer token; browsers the console's session cookie.
        let token: String
        if let header = request.headers[.authorization], header.hasPrefix("Bearer ") {
            token = String(header.dropFirst("Bearer ".count))
        } else if let cookie = Console.sessionToken(request) {
            token = cookie
        } else {
            if request.method == .get, request.headers[.accept]?.contains("text/html") == true { return Response.redirect(to: "/login", type: .normal) }
            return API.error(.unauthorized, "send a bearer token: Authorization: Bearer <token>")
        }
        guard let role = try store.tokenRole(hash: Tokens.hash(token)) else {
            return API.error(.unauthorized, "unknown token")
        }
        var context = context
        context.role = role
        return try await next(request, context)
    }
}

/// Adds the security headers every response carries.
struct SecurityHeadersMiddleware: RouterMiddleware {
    func handle(_ request: Request, context: SightlineContext, next: (Request, SightlineContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}

enum API {
    static func json(_ text: String, _ status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ text: String, _ type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Errors carry a generic message, never a stack trace or the request's payload.
    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json("{\"error\": \(JSONText.quoted(message))}", status)
    }

    static func require(_ context: SightlineContext, _ role: String) -> Response? {
        guard let have = context.role else { return error(.unauthorized, "send a bearer token") }
        return Tokens.allows(have, role) ? nil : error(.forbidden, "this needs the \(role) role")
    }
}

/// The HTTP API. Every route but the health checks needs a bearer token; roles: viewer (read
/// networks, cases, public reports), analyst (ingest, update cases, internal reports, raw prompt
/// text), admin (enforcement). Built by a function so tests drive the real wiring.
public enum SightlineServer {
    /// Every API route, with the role it needs; the OpenAPI test checks the document lists them all.
    public static let apiRoutes: [(method: String, path: String, role: String?)] = [
        ("GET", "/healthz", nil), ("GET", "/readyz", nil), ("GET", "/metrics", "viewer"), ("GET", "/openapi.yaml", "viewer"),
        ("GET", "/v1/networks", "viewer"), ("GET", "/v1/networks/{id}", "viewer"), ("POST", "/v1/events", "analyst"),
        ("POST", "/v1/observations", "analyst"), ("GET", "/v1/cases", "viewer"), ("POST", "/v1/cases/{id}", "analyst"),
        ("POST", "/v1/enforcement", "admin"), ("GET", "/v1/enforcement/export", "admin"), ("GET", "/v1/reports/{format}", "viewer"),
        ("GET", "/v1/accounts/{id}", "viewer"), ("POST", "/v1/tokens", "admin"),
    ]

    /// The console's pages and forms.
    public static let consoleRoutes: [(method: String, path: String, role: String?)] = [
        ("GET", "/", "viewer"), ("GET", "/networks", "viewer"), ("GET", "/networks/{id}", "viewer"), ("POST", "/networks/{id}/case", "analyst"),
        ("GET", "/quarantine", "viewer"), ("POST", "/logout", "viewer"),
    ]

    public static var routes: [(method: String, path: String, role: String?)] { apiRoutes + consoleRoutes }

    public static func buildRouter(store: Store, now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }) -> Router<SightlineContext> {
        let router = Router(context: SightlineContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: TokenMiddleware(store: store))

        router.get("/healthz") { _, _ in API.text("ok\n", "text/plain") }
        router.get("/readyz") { _, _ in
            _ = try store.eventCount()
            return API.text("ready\n", "text/plain")
        }
        router.get("/metrics") { _, context in
            if let denied = API.require(context, "viewer") { return denied }
            var s = "# HELP sightline_events Events in the store.\n# TYPE sightline_events gauge\nsightline_events \(try store.eventCount())\n"
            s += "# HELP sightline_networks Networks of the latest analysis.\n# TYPE sightline_networks gauge\nsightline_networks \(try store.savedNetworks().count)\n"
            s += "# HELP sightline_quarantined Input lines set aside.\n# TYPE sightline_quarantined gauge\nsightline_quarantined \(try store.quarantinedLines().count)\n"
            return API.text(s, "text/plain; version=0.0.4")
        }
        router.get("/openapi.yaml") { _, context in
            if let denied = API.require(context, "viewer") { return denied }
            return API.text(OpenAPI.document, "application/yaml")
        }
        router.get("/v1/networks") { _, context in
            if let denied = API.require(context, "viewer") { return denied }
            return API.json("{\n  \"networks\": [\n" + (try store.savedNetworks()).map(\.json).joined(separator: ",\n") + "\n  ]\n}\n")
        }
        router.get("/v1/networks/:id") { _, context in
            if let denied = API.require(context, "viewer") { return denied }
            let id = context.parameters.get("id") ?? ""
            guard let n = try store.savedNetworks().first(where: { $0.id == id }) else { return API.error(.notFound, "no such network") }
            return API.json(n.json + "\n")
        }
        router.post("/v1/events") { request, context in
            if let denied = API.require(context, "analyst") { return denied }
            return try await ingest(request, context: context, store: store, kind: .events)
        }
        router.post("/v1/observations") { request, context in
            if let denied = API.require(context, "analyst") { return denied }
            return try await ingest(request, context: context, store: store, kind: .observations)
        }
        router.get("/v1/cases") { _, context in
            if let denied = API.require(context, "viewer") { return denied }
            return API.json("{\"cases\": [" + (try store.cases()).map(caseJSON).joined(separator: ",\n ") + "]}\n")
        }
        router.post("/v1/cases/:id") { request, context in
            if let denied = API.require(context, "analyst") { return denied }
            var request = request
            let body = try await request.collectBody(upTo: 1 << 20)
            guard let o = (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] else {
                return API.error(.badRequest, "send a JSON object: {\"status\", \"verdict\", \"reason\", \"note\", \"lead\"}")
            }
            do {
                let c = try Casework(store: store, now: now).updateCase(
                    context.parameters.get("id") ?? "", status: o["status"] as? String, verdict: o["verdict"] as? String,
                    reason: o["reason"] as? String, note: o["note"] as? String, lead: o["lead"] as? String, actor: "api:\(context.role ?? "")")
                return API.json(caseJSON(c) + "\n")
            } catch let e as Casework.Failure {
                return API.error(.badRequest, e.description)
            }
        }
        router.post("/v1/enforcement") { request, context in
            if let denied = API.require(context, "admin") { return denied }
            var request = request
            let body = try await request.collectBody(upTo: 1 << 20)
            guard let o = (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any],
                let kind = o["target_kind"] as? String, let target = o["target"] as? String, let reason = o["reason"] as? String
            else {
                return API.error(.badRequest, "send {\"target_kind\", \"target\", \"action\", \"category\", \"reason\", \"dry_run\"} or {\"reverse\": id, \"reason\"}")
            }
            let casework = Casework(store: store, now: now)
            do {
                let (a, changes) = try casework.enforce(
                    targetKind: kind, target: target, action: o["action"] as? String ?? "ban", category: o["category"] as? String ?? "",
                    reason: reason, actor: "api:admin", dryRun: o["dry_run"] as? Bool ?? false)
                return API.json("{\"action_id\": \(a.id), \"accounts\": \(a.accounts.count), \"changes\": \(JSONText.array(changes))}\n", a.id == 0 ? .ok : .created)
            } catch let e as Casework.Failure {
                return API.error(.badRequest, e.description)
            }
        }
        router.get("/v1/enforcement/export") { _, context in
            if let denied = API.require(context, "admin") { return denied }
            let current = try Casework(store: store, now: now).currentStatus()
            return API.json("{\"accounts\": [" + current.keys.sorted().map { k in
                let c = current[k]!
                return "{\"account\": \(JSONText.quoted(k)), \"action\": \"\(c.action)\", \"category\": \"\(c.category)\", \"action_id\": \(c.actionID)}"
            }.joined(separator: ",\n ") + "]}\n")
        }
        router.get("/v1/reports/:format") { request, context in
            if let denied = API.require(context, "viewer") { return denied }
            let isInternal = request.uri.queryParameters.get("internal") == "1"
            if isInternal, let denied = API.require(context, "analyst") { return denied }
            let format = context.parameters.get("format") ?? ""
            let types = ["markdown": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8", "stix": "application/stix+json"]
            guard let type = types[format] else { return API.error(.notFound, "formats: markdown, html, stix") }
            return API.text(try ReportWriter.render(store: store, format: format, since: nil, until: nil, isInternal: isInternal), type)
        }
        router.get("/v1/accounts/:id") { request, context in
            if let denied = API.require(context, "viewer") { return denied }
            let id = context.parameters.get("id") ?? ""
            let events = try store.events(account: id)
            guard !events.isEmpty else { return API.error(.notFound, "no such account") }
            let networks = try store.savedNetworks().filter { $0.accounts.contains(id) }.map(\.id)
            let standing = try Casework(store: store, now: now).currentStatus()[id]
            var s = "{\"account\": \(JSONText.quoted(id)), \"events\": \(events.count), \"first_seen\": \"\(Timestamp.format(events.first!.time))\", "
            s += "\"last_seen\": \"\(Timestamp.format(events.last!.time))\", \"networks\": \(JSONText.array(networks)), "
            s += "\"enforcement\": \(standing.map { "{\"action\": \"\($0.action)\", \"category\": \"\($0.category)\", \"action_id\": \($0.actionID)}" } ?? "null")"
            // Raw prompt text is for analysts, and every reading is audited.
            if request.uri.queryParameters.get("prompts") == "1" {
                if let denied = API.require(context, "analyst") { return denied }
                try store.addAudit(actor: "api:\(context.role ?? "")", action: "prompt.read", subject: id, detail: "last 50 prompts of the account", time: now())
                s += ", \"prompts\": [" + events.suffix(50).map { "{\"id\": \(JSONText.quoted($0.id)), \"time\": \"\(Timestamp.format($0.time))\", \"prompt\": \(JSONText.quoted($0.prompt))}" }.joined(separator: ", ") + "]"
            }
            return API.json(s + "}\n")
        }
        router.post("/v1/tokens") { request, context in
            if let denied = API.require(context, "admin") { return denied }
            var request = request
            let body = try await request.collectBody(upTo: 4096)
            guard let o = (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any], let role = o["role"] as? String,
                Tokens.roles.contains(role)
            else { return API.error(.badRequest, "send {\"role\": \"viewer\" | \"analyst\" | \"admin\", \"name\": ...}") }
            let token = try Tokens.create(store: store, role: role, name: o["name"] as? String ?? "api", now: now())
            try store.addAudit(actor: "api:admin", action: "token.create", subject: role, detail: o["name"] as? String ?? "api", time: now())
            return API.json("{\"token\": \(JSONText.quoted(token)), \"role\": \"\(role)\"}\n", .created)
        }
        Console.register(on: router, store: store, now: now)
        return router
    }

    public static func buildApplication(store: Store, host: String, port: Int) -> some ApplicationProtocol {
        Application(router: buildRouter(store: store), configuration: .init(address: .hostname(host, port: port), serverName: "sightline"))
    }

    static func ingest(_ request: Request, context: SightlineContext, store: Store, kind: Ingestor.Kind) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        var bytes = [UInt8](buffer: body)
        // A JSON array becomes JSON Lines, one element per line.
        if let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), first == UInt8(ascii: "[") {
            guard let array = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [Any] else {
                return API.error(.badRequest, "the body starts like a JSON array but is not one")
            }
            bytes = Array(try array.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.fragmentsAllowed]), as: UTF8.self) }.joined(separator: "\n").utf8)
        }
        let results = try Ingestor(store: store, kind: kind).ingestWithResults(bytes, source: "api")
        let stored = results.filter { $0.status == "stored" }.count
        let duplicates = results.filter { $0.status == "duplicate" }.count
        let quarantined = results.count - stored - duplicates
        var s = "{\"stored\": \(stored), \"duplicates\": \(duplicates), \"quarantined\": \(quarantined), \"lines\": ["
        s += results.map { r in
            "{\"line\": \(r.line), \"status\": \"\(r.status)\"\(r.reason.map { ", \"reason\": \(JSONText.quoted($0))" } ?? "")}"
        }.joined(separator: ", ")
        return API.json(s + "]}\n")
    }
}

