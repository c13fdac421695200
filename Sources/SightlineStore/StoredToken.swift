/// An API token as the store keeps it: never the secret, only its SHA-256 (`hash`).
public struct StoredToken: Sendable, Equatable {
    /// Assigned by the store, greater than every earlier token's: what `token revoke` and the
    /// audit log name a token by (names need not be unique).
    public var id: Int64
    public var hash: String
    public var role: String
    public var name: String
    public var created: Int64
    /// The latest use the server recorded (it records at most one a minute per token), if any.
    public var lastUsed: Int64?
    /// When it was revoked; a revoked token authorises nothing.
    public var revoked: Int64?

    public init(id: Int64, hash: String, role: String, name: String, created: Int64, lastUsed: Int64? = nil, revoked: Int64? = nil) {
        self.id = id
        self.hash = hash
        self.role = role
        self.name = name
        self.created = created
        self.lastUsed = lastUsed
        self.revoked = revoked
    }
}

/// A console session as the store keeps it: the SHA-256 of the random id in the browser's
/// cookie, the token it was signed in with, and its times. The store records; the server judges
/// expiry (absolute and idle) and revocation, of the session and of its token.
public struct StoredSession: Sendable, Equatable {
    public var hash: String
    public var tokenID: Int64
    public var created: Int64
    /// The latest activity the server recorded (at most one a minute).
    public var lastSeen: Int64
    /// The absolute end, whatever the activity.
    public var expires: Int64
    /// When it was signed out, or its token revoked.
    public var revoked: Int64?

    public init(hash: String, tokenID: Int64, created: Int64, lastSeen: Int64, expires: Int64, revoked: Int64? = nil) {
        self.hash = hash
        self.tokenID = tokenID
        self.created = created
        self.lastSeen = lastSeen
        self.expires = expires
        self.revoked = revoked
    }
}
