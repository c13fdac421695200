import SightlineCore

/// The action standing against one account: the strongest action in force.
public struct Standing: Sendable, Equatable, Codable {
    public var account: String
    public var action: Sanction
    public var category: ThreatCategory
    public var actionID: Int64
    /// When that action was taken.
    public var since: Int64

    enum CodingKeys: String, CodingKey { case account, action, category, actionID = "action_id", since }
    public init(account: String, action: Sanction, category: ThreatCategory, actionID: Int64, since: Int64) {
        self.account = account
        self.action = action
        self.category = category
        self.actionID = actionID
        self.since = since
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        account = try c.decode(String.self, forKey: .account)
        action = try c.decode(Sanction.self, forKey: .action)
        category = try c.decode(ThreatCategory.self, forKey: .category)
        actionID = try c.decode(Int64.self, forKey: .actionID)
        since = try c.decodeTimestamp(forKey: .since)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(account, forKey: .account)
        try c.encode(action, forKey: .action)
        try c.encode(category, forKey: .category)
        try c.encode(actionID, forKey: .actionID)
        try c.encodeTimestamp(since, forKey: .since)
    }
}

/// The rules over the append-only enforcement record: a reversal takes an action out of force,
/// and an account stands under the strongest action in force against it.
public enum EnforcementLedger {
    /// Actions that are neither reversals nor reversed, in record order.
    public static func inForce(_ actions: [EnforcementAction]) -> [EnforcementAction] {
        let reversed = Set(actions.compactMap(\.reverses))
        return actions.filter { $0.reverses == nil && !reversed.contains($0.id) }
    }

    /// The standing action per account. Of equally strong actions the earlier one stands.
    public static func standing(_ actions: [EnforcementAction]) -> [String: Standing] {
        var out: [String: Standing] = [:]
        for a in inForce(actions) {
            for account in a.accounts {
                if let current = out[account], current.action >= a.action { continue }
                out[account] = Standing(account: account, action: a.action, category: a.category, actionID: a.id, since: a.time)
            }
        }
        return out
    }

    /// What an action would change: one line per account whose standing it raises.
    public static func changes(of action: Sanction, on accounts: [String], standing: [String: Standing]) -> [String] {
        accounts.compactMap { a in
            let before = standing[a]?.action
            guard before.map({ $0 < action }) ?? true else { return nil }
            return "\(a): \(before?.rawValue ?? "none") -> \(action.rawValue)"
        }
    }

    /// When each network was first actioned (banned or suspended, not reversed).
    public static func networksActioned(_ actions: [EnforcementAction]) -> [String: Int64] {
        var out: [String: Int64] = [:]
        for a in inForce(actions) where a.targetKind == .network && a.action != .warn {
            out[a.target] = min(out[a.target] ?? .max, a.time)
        }
        return out
    }
}

/// The enforcement list for a provider's account system (`enforcement export`, `GET
/// /v1/enforcement/export`): every account's standing action, and with a `since` time, the actions
/// and reversals taken since then.
public struct EnforcementList: Sendable, Encodable {
    public var accounts: [Standing]
    public var changes: [EnforcementAction]?

    public init(standing: [String: Standing], changes: [EnforcementAction]?) {
        accounts = standing.keys.sorted().map { standing[$0]! }
        self.changes = changes
    }
}
