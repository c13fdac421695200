import Foundation
import Hummingbird
import SightlineCore
import SightlinePipeline
import SightlineStore

/// The request context: who the bearer token or console session speaks for, and the peer's address.
public struct SightlineContext: RequestContext {
    public enum Auth: Sendable, Equatable {
        case none
        /// A bearer token the store does not know, or a revoked one.
        case refused
        case caller(Caller)
    }

    public var coreContext: CoreRequestContextStorage
    public var auth: Auth
    /// The hash of the console session the request came with (its CSRF token derives from it).
    var sessionHash: String?
    /// The peer's IP address: failed sign-ins are counted and audited by it. Behind a reverse
    /// proxy it is the proxy's.
    public var clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        auth = .none
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    public var caller: Caller? {
        if case .caller(let c) = auth { return c }
        return nil
    }

    /// The caller's role; routes of a role group always have one.
    public var role: Role? { caller?.role }

    /// How the audit log names the caller: `token:NAME#ID`.
    var actor: String { caller?.actor ?? "anonymous" }

    /// For the parts of a route that need more than the route's role (raw prompts, internal
    /// reports): a 403 naming `what` unless the caller's role allows `role`.
    func require(_ role: Role, for what: String) throws {
        guard self.role?.allows(role) == true else { throw APIError(.forbidden, "\(what) needs the \(role.rawValue) role") }
    }

    /// Request bodies over 16 MiB are refused.
    public var maxUploadSize: Int { 16 << 20 }
}

/// What `sightline serve` can tune. The defaults are the ones documented in docs/CLI.md.
public struct ServerConfiguration: Sendable {
    /// Who the threat report names as its publisher (default: the report's own wording).
    public var publisher: String?
    /// A console session ends this long after sign-in, whatever its activity (ms; 12 h).
    public var sessionLifetime: Int64 = 12 * 3_600_000
    /// A console session ends after this long without a request (ms; 2 h).
    public var sessionIdle: Int64 = 2 * 3_600_000
    /// The session cookie carries `Secure`, for a server behind TLS.
    public var secureCookie = false
    /// Failed sign-ins (console or bearer token) from one address within `signInWindow` ms before
    /// the address is answered 429 with Retry-After.
    public var signInFailureLimit = 10
    public var signInWindow: Int64 = 60_000
    /// Quarantined lines an ingest request keeps in the store; the rest are counted.
    public var quarantinePerRequest = 1_000
    /// Lines not stored that an ingest answer lists.
    public var linesPerAnswer = 100

    public init() {}
}

/// The HTTP API and the web console. Every route but the health checks and sign-in needs a
/// token; roles: viewer (networks without identifiers, cases, public reports), analyst (ingest,
/// case updates, internal reports, identifiers, raw prompt text), admin (enforcement, tokens).
/// Built by a function so tests drive the real wiring.
public enum SightlineServer {
    public typealias Clock = @Sendable () -> Int64
    public static let wallClock: Clock = { Int64(Date().timeIntervalSince1970 * 1000) }

    /// The router with every route registered, and the table of those routes with their roles.
    static func build(
        store: Store, encoder: (any PromptEncoder)? = nil, configuration: ServerConfiguration = .init(), now: @escaping Clock
    ) -> (router: Router<SightlineContext>, routes: [Routes.Entry]) {
        let router = Router(context: SightlineContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        let db = StoreAccess(store: store)
        let auth = Authenticator(db: db, configuration: configuration, now: now)
        router.add(middleware: TokenMiddleware(auth: auth))
        let routes = Routes(router: router)
        HealthRoutes(db: db).register(routes)
        NetworkRoutes(db: db).register(routes)
        IngestRoutes(db: db, configuration: configuration).register(routes)
        CaseRoutes(db: db, now: now).register(routes)
        EnforcementRoutes(db: db, now: now).register(routes)
        ReportRoutes(db: db, publisher: configuration.publisher).register(routes)
        AccountRoutes(db: db, now: now).register(routes)
        TokenRoutes(db: db, now: now).register(routes)
        SimilarRoutes(db: db, encoder: encoder, now: now).register(routes)
        Console(db: db, auth: auth, now: now).register(routes)
        return (router, routes.table)
    }

    public static func buildRouter(
        store: Store, encoder: (any PromptEncoder)? = nil, configuration: ServerConfiguration = .init(), now: @escaping Clock = wallClock
    ) -> Router<SightlineContext> {
        build(store: store, encoder: encoder, configuration: configuration, now: now).router
    }

    /// Fills the store's full-text index of prompts (`Store.indexPrompts`) a batch at a time while
    /// the server runs, so that prompt search is fast without ingest paying for the index; it
    /// rests when the index is up to date. A batch holds the SQLite writer for a fraction of a
    /// second, so an ingest request waits at most that long.
    static func indexPromptsInTheBackground(_ db: StoreAccess) {
        Task.detached(priority: .background) {
            while !Task.isCancelled {
                let added = (try? await db { try $0.indexPrompts(limit: 5_000) }) ?? 0
                if added == 0 { try? await Task.sleep(for: .seconds(5)) }
            }
        }
    }

    /// `encoder` serves `/v1/similar`; without it that route answers 503.
    public static func buildApplication(
        store: Store, encoder: (any PromptEncoder)? = nil, configuration: ServerConfiguration = .init(), host: String, port: Int
    ) -> some ApplicationProtocol {
        indexPromptsInTheBackground(StoreAccess(store: store))
        return Application(
            router: buildRouter(store: store, encoder: encoder, configuration: configuration),
            configuration: .init(address: .hostname(host, port: port), serverName: "sightline"))
    }
}
