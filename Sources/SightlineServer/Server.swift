import Foundation
import Hummingbird
import SightlineCore
import SightlinePipeline
import SightlineStore

/// The request context: what the bearer token or session cookie says about the caller.
public struct SightlineContext: RequestContext {
    public enum Auth: Sendable, Equatable {
        case none
        case unknownToken
        case role(Role)
    }

    public var coreContext: CoreRequestContextStorage
    public var auth: Auth
    public init(source: Source) {
        coreContext = .init(source: source)
        auth = .none
    }

    /// The caller's role; routes of a role group always have one.
    public var role: Role? {
        if case .role(let r) = auth { return r }
        return nil
    }

    /// For the parts of a route that need more than the route's role (raw prompts, internal
    /// reports): a 403 naming `what` unless the caller's role allows `role`.
    func require(_ role: Role, for what: String) throws {
        guard self.role?.allows(role) == true else { throw APIError(.forbidden, "\(what) needs the \(role.rawValue) role") }
    }

    /// Request bodies over 16 MiB are refused.
    public var maxUploadSize: Int { 16 << 20 }
}

/// The HTTP API and the web console. Every route but the health checks and sign-in needs a
/// token; roles: viewer (networks, cases, public reports), analyst (ingest, case updates,
/// internal reports, raw prompt text), admin (enforcement, tokens). Built by a function so tests
/// drive the real wiring.
public enum SightlineServer {
    public typealias Clock = @Sendable () -> Int64
    public static let wallClock: Clock = { Int64(Date().timeIntervalSince1970 * 1000) }

    /// The router with every route registered, and the table of those routes with their roles.
    static func build(store: Store, encoder: (any PromptEncoder)? = nil, now: @escaping Clock) -> (router: Router<SightlineContext>, routes: [Routes.Entry]) {
        let router = Router(context: SightlineContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        let db = StoreAccess(store: store)
        router.add(middleware: TokenMiddleware(db: db))
        let routes = Routes(router: router)
        HealthRoutes(db: db).register(routes)
        NetworkRoutes(db: db).register(routes)
        IngestRoutes(db: db).register(routes)
        CaseRoutes(db: db, now: now).register(routes)
        EnforcementRoutes(db: db, now: now).register(routes)
        ReportRoutes(db: db).register(routes)
        AccountRoutes(db: db, now: now).register(routes)
        TokenRoutes(db: db, now: now).register(routes)
        SimilarRoutes(db: db, encoder: encoder, now: now).register(routes)
        Console(db: db, now: now).register(routes)
        return (router, routes.table)
    }

    public static func buildRouter(store: Store, encoder: (any PromptEncoder)? = nil, now: @escaping Clock = wallClock) -> Router<SightlineContext> {
        build(store: store, encoder: encoder, now: now).router
    }

    /// `encoder` serves `/v1/similar`; without it that route answers 503.
    public static func buildApplication(store: Store, encoder: (any PromptEncoder)? = nil, host: String, port: Int) -> some ApplicationProtocol {
        Application(router: buildRouter(store: store, encoder: encoder), configuration: .init(address: .hostname(host, port: port), serverName: "sightline"))
    }
}
