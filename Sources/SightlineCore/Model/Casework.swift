/// A network as an analyst's case.
public struct Case: Sendable, Equatable {
    public static let statuses = ["new", "investigating", "actioned", "closed", "dismissed"]
    public static let leadSources = ["internal detection", "tip from a partner", "public reporting"]

    public var networkID: String
    public var status: String
    public var verdict: String?
    public var verdictReason: String?
    public var leadSource: String
    public var notes: [Note]
    public var updated: Int64

    public struct Note: Sendable, Equatable {
        public var time: Int64
        public var author: String
        public var text: String
        public init(time: Int64, author: String, text: String) {
            self.time = time
            self.author = author
            self.text = text
        }
    }

    public init(networkID: String, status: String = "new", verdict: String? = nil, verdictReason: String? = nil,
                leadSource: String = "internal detection", notes: [Note] = [], updated: Int64) {
        self.networkID = networkID
        self.status = status
        self.verdict = verdict
        self.verdictReason = verdictReason
        self.leadSource = leadSource
        self.notes = notes
        self.updated = updated
    }
}

/// One enforcement decision. Nothing is ever deleted: a reversal (an appeal upheld) is a new
/// action that names the one it reverses.
public struct EnforcementAction: Sendable, Equatable {
    public static let actions = ["ban", "suspend", "warn"]
    public static let targetKinds = ["account", "network", "organization"]

    public var id: Int64
    public var time: Int64
    public var actor: String
    public var targetKind: String
    public var target: String
    /// The accounts the action applies to, resolved when it was taken.
    public var accounts: [String]
    public var action: String
    public var category: String
    public var reason: String
    /// For a reversal, the id of the action it reverses.
    public var reverses: Int64?

    public init(id: Int64, time: Int64, actor: String, targetKind: String, target: String, accounts: [String], action: String,
                category: String, reason: String, reverses: Int64? = nil) {
        self.id = id
        self.time = time
        self.actor = actor
        self.targetKind = targetKind
        self.target = target
        self.accounts = accounts
        self.action = action
        self.category = category
        self.reason = reason
        self.reverses = reverses
    }
}

/// An append-only record of who did what, when and why.
public struct AuditEntry: Sendable, Equatable {
    public var id: Int64
    public var time: Int64
    public var actor: String
    public var action: String
    public var subject: String
    public var detail: String
    public init(id: Int64, time: Int64, actor: String, action: String, subject: String, detail: String) {
        self.id = id
        self.time = time
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail
    }
}

/// A fingerprint of an actioned network, watched for in new accounts.
public struct Fingerprint: Sendable, Equatable, Hashable {
    public var networkID: String
    public var kind: String
    public var value: String
    public init(networkID: String, kind: String, value: String) {
        self.networkID = networkID
        self.kind = kind
        self.value = value
    }
}
