import Crypto
import Foundation
import SightlineCore
import SightlineStore

/// API tokens: random secrets shown once; the store keeps only their SHA-256.
public enum Tokens {
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// `count` random bytes from the system's generator, as hex.
    static func randomHex(bytes count: Int) -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<count).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &rng)) }.joined()
    }

    /// A token failure a user can act on; `description` never holds a secret.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public enum Code: String, Sendable { case invalidName, notFound, ambiguous, alreadyRevoked }
        public var code: Code
        public var message: String
        public var description: String { message }
    }

    /// Names appear in the audit log, the console and `token list`: 1 to 100 characters, no
    /// control or invisible formatting characters.
    public static func checkName(_ name: String) throws {
        let bad = name.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format }
        guard !name.isEmpty, name.count <= 100, !bad else {
            throw Failure(code: .invalidName, message: "a token name takes 1 to 100 characters, with no control characters")
        }
    }

    /// Creates a token with the given role and returns the secret (the only time it exists).
    public static func create(store: Store, role: Role, name: String, now: Int64) throws -> String {
        try checkName(name)
        let token = "sl_" + role.rawValue.prefix(1) + "_" + randomHex(bytes: 24)
        try store.addToken(hash: hash(token), role: role.rawValue, name: name, created: now)
        return token
    }

    /// The tokens `nameOrID` names: the one with that id (`3` or `#3`), else those with that name.
    public static func find(_ nameOrID: String, in store: Store) throws -> [StoredToken] {
        let all = try store.tokens()
        let digits = nameOrID.hasPrefix("#") ? String(nameOrID.dropFirst()) : nameOrID
        if let id = Int64(digits), let t = all.first(where: { $0.id == id }) { return [t] }
        return all.filter { $0.name == nameOrID }
    }

    /// Revokes the one token `nameOrID` names (its console sessions with it) and returns it as it
    /// was. A name several tokens share is refused with their ids, so the wrong one is never revoked.
    public static func revoke(_ nameOrID: String, in store: Store, now: Int64) throws -> StoredToken {
        let found = try find(nameOrID, in: store)
        guard let latest = found.last else { throw Failure(code: .notFound, message: "no token has the id or name \(nameOrID.debugDescription): see `sightline token list`") }
        // A name whose tokens are revoked but one names that one; all revoked, the latest.
        let live = found.filter { $0.revoked == nil }
        guard live.count <= 1 else {
            throw Failure(
                code: .ambiguous,
                message: "\(live.count) live tokens are named \(nameOrID.debugDescription) (ids \(live.map { String($0.id) }.joined(separator: ", "))): revoke one by its id")
        }
        let target = live.first ?? latest
        guard try store.revokeToken(id: target.id, time: now) else {
            throw Failure(code: .alreadyRevoked, message: "token \(target.id) (\(target.name)) is revoked already")
        }
        return target
    }
}

extension Tokens {
    /// A token as `GET /v1/tokens` and `sightline token list --format json` show it: never its
    /// secret or hash.
    public struct Listed: Encodable, Sendable {
        public var id: Int64
        public var name: String
        public var role: String
        public var created: String
        public var last_used: String?
        public var revoked: String?

        public init(_ t: StoredToken) {
            id = t.id
            name = t.name
            role = t.role
            created = Timestamp.format(t.created)
            last_used = t.lastUsed.map(Timestamp.format)
            revoked = t.revoked.map(Timestamp.format)
        }
    }
}

/// Who a request speaks for: the token it carried, or the token its console session was signed in with.
public struct Caller: Sendable, Equatable {
    public var tokenID: Int64
    public var name: String
    public var role: Role

    /// How the audit log, case notes and enforcement name the caller: the token's name and id
    /// (names need not be unique), never its role alone.
    public var actor: String { "token:\(name)#\(tokenID)" }

    init(_ token: StoredToken) throws {
        tokenID = token.id
        name = token.name
        role = try Role.stored(token.role, "token role")
    }
}
