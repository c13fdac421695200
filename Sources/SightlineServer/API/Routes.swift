import HTTPTypes
import Hummingbird
import SightlineCore

/// Every route is registered here, with the role it needs. Routes of a role share one group whose
/// middleware checks the role, so a handler cannot forget it; and the table this keeps is the
/// router's own list, which the tests walk.
final class Routes {
    struct Entry: Sendable, Equatable {
        var method: HTTPRequest.Method
        /// OpenAPI style: `/v1/networks/{id}`.
        var path: String
        /// Nil for the public routes (health checks, sign-in).
        var role: Role?
    }

    private(set) var table: [Entry] = []
    private let router: Router<SightlineContext>
    private var groups: [Role: RouterGroup<SightlineContext>] = [:]

    init(router: Router<SightlineContext>) {
        self.router = router
        for role in Role.allCases { groups[role] = router.group().add(middleware: RequireRole(role: role)) }
    }

    func add(
        _ method: HTTPRequest.Method, _ path: String, _ role: Role?,
        _ handler: @escaping @Sendable (Request, SightlineContext) async throws -> Response
    ) {
        table.append(Entry(method: method, path: path, role: role))
        // Hummingbird writes parameters as `:name`.
        let routerPath = RouterPath(path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? ":" + part.dropFirst().dropLast() : part
        }.joined(separator: "/"))
        if let role {
            groups[role]!.on(routerPath, method: method, use: handler)
        } else {
            router.on(routerPath, method: method, use: handler)
        }
    }

    func get(_ path: String, _ role: Role?, _ handler: @escaping @Sendable (Request, SightlineContext) async throws -> Response) {
        add(.get, path, role, handler)
    }

    func post(_ path: String, _ role: Role?, _ handler: @escaping @Sendable (Request, SightlineContext) async throws -> Response) {
        add(.post, path, role, handler)
    }
}

/// Refuses requests whose token does not carry `role`: 401 without a known token (browsers are
/// sent to sign in), 403 with a token whose role is too low.
struct RequireRole: RouterMiddleware {
    let role: Role

    func handle(_ request: Request, context: SightlineContext, next: (Request, SightlineContext) async throws -> Response) async throws -> Response {
        switch context.auth {
        case .caller(let caller):
            guard caller.role.allows(role) else { throw APIError(.forbidden, "this needs the \(role.rawValue) role") }
            return try await next(request, context)
        case .refused:
            throw APIError(.unauthorized, "unknown or revoked token")
        case .none:
            if request.method == .get, request.headers[.accept]?.contains("text/html") == true { return Response.redirect(to: "/login", type: .normal) }
            throw APIError(.unauthorized, "send a bearer token: Authorization: Bearer <token>")
        }
    }
}

/// Resolves the bearer token (API clients) or the console's session cookie (browsers) to the
/// caller. It refuses nothing itself but addresses over the limit of failed sign-ins (429):
/// `RequireRole` does, per route group. The API (`/v1/`) takes bearer tokens only: a browser
/// sends the session cookie with any request another page of the same site makes, so a cookie
/// must never authorise an API call (cross-site request forgery); the console's own forms carry
/// a CSRF token instead. The cookie holds a session id, never a token: a session ends after its
/// lifetime, when idle, when signed out and when its token is revoked.
struct TokenMiddleware: RouterMiddleware {
    let auth: Authenticator

    func handle(_ request: Request, context: SightlineContext, next: (Request, SightlineContext) async throws -> Response) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization], header.hasPrefix("Bearer ") {
            let route = "\(request.method.rawValue) \(request.uri.path.prefix(200))"
            let caller = try await auth.bearer(String(header.dropFirst("Bearer ".count)), from: context.clientAddress, on: route)
            context.auth = caller.map { .caller($0) } ?? .refused
        } else if !request.uri.path.hasPrefix("/v1/"), let cookie = Console.sessionCookie(request), let (caller, hash) = try await auth.session(cookie) {
            context.auth = .caller(caller)
            context.sessionHash = hash
        }
        return try await next(request, context)
    }
}

/// Adds the security headers every response carries.
struct SecurityHeadersMiddleware: RouterMiddleware {
    func handle(_ request: Request, context: SightlineContext, next: (Request, SightlineContext) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            // A failure no route answers for (the store's, say): a fixed message to the client,
            // the error (which never holds stored data or secrets) to the log.
            context.logger.error("request failed", metadata: ["sightline.error": "\(error)", "sightline.path": "\(request.uri.path.prefix(200))"])
            response = try APIError(.internalServerError, "internal error: see the server's log").response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
