import Crypto
import Foundation
import SightlineCore
import SightlineStore

/// API tokens: random secrets shown once; the store keeps only their SHA-256.
public enum Tokens {
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Creates a token with the given role and returns the secret (the only time it exists).
    public static func create(store: Store, role: Role, name: String, now: Int64) throws -> String {
        var bytes = [UInt8](repeating: 0, count: 24)
        var rng = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &rng) }
        let token = "sl_" + role.rawValue.prefix(1) + "_" + bytes.map { String(format: "%02x", $0) }.joined()
        try store.addToken(hash: hash(token), role: role.rawValue, name: name, created: now)
        return token
    }

    /// The role of a token, if the store knows it.
    static func role(of token: String, in store: Store) throws -> Role? {
        guard let text = try store.tokenRole(hash: hash(token)) else { return nil }
        return try Role.stored(text, "token role")
    }
}
