import Crypto
import Foundation
import SightlineStore

/// API tokens: random secrets shown once; the store keeps only their SHA-256.
public enum Tokens {
    public static let roles = ["viewer", "analyst", "admin"]

    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Creates a token with the given role and returns the secret (the only time it exists).
    public static func create(store: Store, role: String, name: String, now: Int64) throws -> String {
        var bytes = [UInt8](repeating: 0, count: 24)
        var rng = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &rng) }
        let token = "sl_" + role.prefix(1) + "_" + bytes.map { String(format: "%02x", $0) }.joined()
        try store.addToken(hash: hash(token), role: role, name: name, created: now)
        return token
    }

    /// Role ranking: an admin can do what an analyst can, an analyst what a viewer can.
    public static func allows(_ role: String, _ needed: String) -> Bool {
        (roles.firstIndex(of: role) ?? -1) >= (roles.firstIndex(of: needed) ?? 99)
    }
}
