import Hummingbird
import SightlineCore
import SightlineStore
import Synchronization

/// Checks credentials: bearer tokens, the console's sign-in and its sessions. Failed sign-ins
/// are audited (never with the secret) and limited per client address (`SignInLimiter`);
/// uses of tokens and sessions are written at most once a minute each, so a busy client does
/// not turn every read into a write.
final class Authenticator: Sendable {
    let db: StoreAccess
    let configuration: ServerConfiguration
    let now: SightlineServer.Clock
    private let limiter: Mutex<SignInLimiter>
    /// When each token's use or session's activity was last written.
    private let written = Mutex<[String: Int64]>([:])

    static let sessionPrefix = "sl_s_"

    init(db: StoreAccess, configuration: ServerConfiguration, now: @escaping SightlineServer.Clock) {
        self.db = db
        self.configuration = configuration
        self.now = now
        limiter = Mutex(SignInLimiter(limit: configuration.signInFailureLimit, window: configuration.signInWindow))
    }

    /// A 429 for an address over the limit of failed sign-ins.
    struct TooManyFailures: Error, HTTPResponseError {
        var retryAfter: Int
        var status: HTTPResponse.Status { .tooManyRequests }
        func response(from request: Request, context: some RequestContext) throws -> Response {
            var r = try Reply.json(APIError.Body(error: "too many failed sign-ins from this address: try again in \(retryAfter) s"), .tooManyRequests)
            r.headers[.retryAfter] = String(retryAfter)
            return r
        }
    }

    /// Throws `TooManyFailures` while `address` is refused.
    func admit(_ address: String) throws {
        let t = now()
        if case .refuse(let wait) = limiter.withLock({ $0.check(address, now: t) }) { throw TooManyFailures(retryAfter: wait) }
    }

    /// Audits a failed sign-in from `address` and counts it; `what` says which credential and
    /// where (never the secret).
    func failed(_ address: String, _ what: String) async throws {
        let t = now()
        let outcome = limiter.withLock { $0.fail(address, now: t) }
        let actor = "client:\(address)"
        let limit = configuration.signInFailureLimit, seconds = configuration.signInWindow / 1000
        try await db { s in
            try s.addAudit(actor: actor, action: "auth.fail", subject: address, detail: what, time: t)
            if case .recordAndRefuse(let wait) = outcome {
                try s.addAudit(
                    actor: actor, action: "auth.limit", subject: address,
                    detail: "\(limit) failed sign-ins within \(seconds) s: sign-ins from this address are refused for \(wait) s", time: t)
            }
        }
    }

    /// The caller a token speaks for, or nil (unknown or revoked), with what to audit.
    func check(token secret: String) async throws -> (caller: Caller?, failure: String) {
        let hash = Tokens.hash(secret)
        guard let token = try await db({ try $0.token(hash: hash) }) else { return (nil, "unknown token") }
        guard token.revoked == nil else { return (nil, "revoked token \(token.name)#\(token.id)") }
        let t = now()
        if due("t\(token.id)", t) { try await db { try $0.markTokenUsed(id: token.id, time: t) } }
        return (try Caller(token), "")
    }

    /// A bearer token's caller; a failure is audited and counted, and nil returned.
    func bearer(_ secret: String, from address: String, on route: String) async throws -> Caller? {
        try admit(address)
        let (caller, failure) = try await check(token: secret)
        if caller == nil { try await failed(address, "\(failure) (bearer) on \(route)") }
        return caller
    }

    /// Opens a console session for `caller` and returns the cookie's value (its secret) and hash.
    func startSession(for caller: Caller) async throws -> (value: String, hash: String) {
        let value = Self.sessionPrefix + Tokens.randomHex(bytes: 32)
        let hash = Tokens.hash(value)
        let t = now()
        let expires = t + configuration.sessionLifetime
        try await db { s in
            try s.addSession(hash: hash, tokenID: caller.tokenID, created: t, expires: expires)
            try s.addAudit(actor: caller.actor, action: "session.start", subject: "console", detail: "signed in", time: t)
        }
        return (value, hash)
    }

    /// The caller of a live session (not signed out, not past its lifetime or idle limit, its
    /// token not revoked), with the session's hash.
    func session(_ value: String) async throws -> (caller: Caller, hash: String)? {
        guard value.hasPrefix(Self.sessionPrefix), value.utf8.count == Self.sessionPrefix.utf8.count + 64 else { return nil }
        let hash = Tokens.hash(value)
        guard let (session, token) = try await db({ s -> (StoredSession, StoredToken)? in
            guard let session = try s.session(hash: hash), let token = try s.token(id: session.tokenID) else { return nil }
            return (session, token)
        }) else { return nil }
        let t = now()
        guard session.revoked == nil, token.revoked == nil, t < session.expires, t - session.lastSeen < configuration.sessionIdle else { return nil }
        if due("s\(hash)", t) {
            try await db { s in
                try s.touchSession(hash: hash, time: t)
                try s.markTokenUsed(id: token.id, time: t)
            }
        }
        return (try Caller(token), hash)
    }

    /// Signs a session out, server-side: its cookie authorises nothing from now on.
    func endSession(_ hash: String, caller: Caller) async throws {
        let t = now()
        try await db { s in
            if try s.revokeSession(hash: hash, time: t) {
                try s.addAudit(actor: caller.actor, action: "session.end", subject: "console", detail: "signed out", time: t)
            }
        }
    }

    /// Whether a use under `key` is due to be written (none in the last minute).
    private func due(_ key: String, _ t: Int64) -> Bool {
        written.withLock { map in
            if let last = map[key], t - last < 60_000, t >= last { return false }
            if map.count >= 10_000 { map.removeAll(keepingCapacity: true) }
            map[key] = t
            return true
        }
    }
}
