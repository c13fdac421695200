/// Where a case stands.
public enum CaseStatus: String, CaseIterable, Sendable, Codable {
    case new, investigating, actioned, closed, dismissed
}

/// How a network first came to the team's attention.
public enum LeadSource: String, CaseIterable, Sendable, Codable {
    case internalDetection = "internal detection"
    case partnerTip = "tip from a partner"
    case publicReporting = "public reporting"
}

/// What an enforcement action does to the accounts it names, weakest first.
public enum Sanction: String, CaseIterable, Sendable, Codable, Comparable {
    case warn, suspend, ban
    public static func < (a: Self, b: Self) -> Bool { a.strength < b.strength }
    var strength: Int { Self.allCases.firstIndex(of: self)! }
}

/// What an enforcement action was taken against.
public enum TargetKind: String, CaseIterable, Sendable, Codable {
    case account, network, organization
}

/// What the API and console let a token do; each role can do what the ones before it can.
public enum Role: String, CaseIterable, Sendable, Codable, Comparable {
    case viewer, analyst, admin
    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    /// Whether this role may do what `needed` may.
    public func allows(_ needed: Role) -> Bool { self >= needed }
}

/// A network as an analyst's case.
public struct Case: Sendable, Equatable, Codable {
    public var networkID: String
    public var status: CaseStatus
    public var verdict: String?
    public var verdictReason: String?
    public var leadSource: LeadSource
    public var notes: [Note]
    public var updated: Int64

    public struct Note: Sendable, Equatable, Codable {
        public var time: Int64
        public var author: String
        public var text: String
        public init(time: Int64, author: String, text: String) {
            self.time = time
            self.author = author
            self.text = text
        }

        enum CodingKeys: String, CodingKey { case time, author, text }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            time = try c.decodeTimestamp(forKey: .time)
            author = try c.decode(String.self, forKey: .author)
            text = try c.decode(String.self, forKey: .text)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeTimestamp(time, forKey: .time)
            try c.encode(author, forKey: .author)
            try c.encode(text, forKey: .text)
        }
    }

    public init(networkID: String, status: CaseStatus = .new, verdict: String? = nil, verdictReason: String? = nil,
                leadSource: LeadSource = .internalDetection, notes: [Note] = [], updated: Int64) {
        self.networkID = networkID
        self.status = status
        self.verdict = verdict
        self.verdictReason = verdictReason
        self.leadSource = leadSource
        self.notes = notes
        self.updated = updated
    }

    enum CodingKeys: String, CodingKey {
        case networkID = "network", status, verdict, verdictReason = "verdict_reason", leadSource = "lead_source", notes, updated
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        networkID = try c.decode(String.self, forKey: .networkID)
        status = try c.decode(CaseStatus.self, forKey: .status)
        verdict = try c.decodeIfPresent(String.self, forKey: .verdict)
        verdictReason = try c.decodeIfPresent(String.self, forKey: .verdictReason)
        leadSource = try c.decode(LeadSource.self, forKey: .leadSource)
        notes = try c.decode([Note].self, forKey: .notes)
        updated = try c.decodeTimestamp(forKey: .updated)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(networkID, forKey: .networkID)
        try c.encode(status, forKey: .status)
        try c.encode(verdict, forKey: .verdict)
        try c.encode(verdictReason, forKey: .verdictReason)
        try c.encode(leadSource, forKey: .leadSource)
        try c.encode(notes, forKey: .notes)
        try c.encodeTimestamp(updated, forKey: .updated)
    }
}

/// One enforcement decision. Nothing is ever deleted: a reversal (an appeal upheld) is a new
/// action that names the one it reverses.
public struct EnforcementAction: Sendable, Equatable, Codable {
    public var id: Int64
    public var time: Int64
    public var actor: String
    public var targetKind: TargetKind
    public var target: String
    /// The accounts the action applies to, resolved when it was taken.
    public var accounts: [String]
    public var action: Sanction
    public var category: ThreatCategory
    public var reason: String
    /// For a reversal, the id of the action it reverses.
    public var reverses: Int64?

    public init(id: Int64, time: Int64, actor: String, targetKind: TargetKind, target: String, accounts: [String], action: Sanction,
                category: ThreatCategory, reason: String, reverses: Int64? = nil) {
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

    /// The enforcement export's `changes` shape. A reversal's `action` is `reverse`, with the
    /// action it takes back in `reversed_action`.
    enum CodingKeys: String, CodingKey {
        case id = "action_id", time, actor, targetKind = "kind", target, accounts, action, category, reason, reverses
        case reversedAction = "reversed_action"
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        time = try c.decodeTimestamp(forKey: .time)
        actor = try c.decodeIfPresent(String.self, forKey: .actor) ?? ""
        targetKind = try c.decode(TargetKind.self, forKey: .targetKind)
        target = try c.decode(String.self, forKey: .target)
        accounts = try c.decode([String].self, forKey: .accounts)
        reverses = try c.decodeIfPresent(Int64.self, forKey: .reverses)
        action = try c.decode(Sanction.self, forKey: reverses == nil ? .action : .reversedAction)
        category = try c.decode(ThreatCategory.self, forKey: .category)
        reason = try c.decodeIfPresent(String.self, forKey: .reason) ?? ""
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeTimestamp(time, forKey: .time)
        try c.encode(actor, forKey: .actor)
        try c.encode(targetKind, forKey: .targetKind)
        try c.encode(target, forKey: .target)
        try c.encode(accounts, forKey: .accounts)
        if reverses == nil {
            try c.encode(action, forKey: .action)
        } else {
            try c.encode("reverse", forKey: .action)
            try c.encode(action, forKey: .reversedAction)
        }
        try c.encode(category, forKey: .category)
        try c.encode(reason, forKey: .reason)
        try c.encode(reverses, forKey: .reverses)
    }
}

/// An append-only record of who did what, when and why.
public struct AuditEntry: Sendable, Equatable, Codable {
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

    enum CodingKeys: String, CodingKey { case id, time, actor, action, subject, detail }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        time = try c.decodeTimestamp(forKey: .time)
        actor = try c.decode(String.self, forKey: .actor)
        action = try c.decode(String.self, forKey: .action)
        subject = try c.decode(String.self, forKey: .subject)
        detail = try c.decode(String.self, forKey: .detail)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeTimestamp(time, forKey: .time)
        try c.encode(actor, forKey: .actor)
        try c.encode(action, forKey: .action)
        try c.encode(subject, forKey: .subject)
        try c.encode(detail, forKey: .detail)
    }
}

/// What a kept fingerprint of an actioned network is.
public enum FingerprintKind: String, CaseIterable, Sendable, Codable, Comparable {
    case device, ip, template, payment
    case emailDomain = "email-domain"
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    /// Devices, payment instruments and reused prompt templates each identify an operator alone;
    /// an address or an e-mail domain needs a second match.
    public var isStrong: Bool { self == .device || self == .payment || self == .template }
}

/// A fingerprint of an actioned network, watched for in new accounts.
public struct Fingerprint: Sendable, Equatable, Hashable {
    public var networkID: String
    public var kind: FingerprintKind
    public var value: String
    public init(networkID: String, kind: FingerprintKind, value: String) {
        self.networkID = networkID
        self.kind = kind
        self.value = value
    }
}

/// The membership decisions analysts take on a case, kept as its notes so that they stay with the
/// case and in the audit log: accounts judged innocent ("cleared"), which every later `analyze`
/// leaves out of linking until they are restored, and accounts split off into a network of their
/// own, which `analyze` then judges on their own. A note reads `Cleared: ["u-1","u-2"]`, then the
/// reason on the next line.
public struct Membership: Sendable {
    public enum Decision: String, Sendable, CaseIterable {
        case cleared = "Cleared: ", restored = "Restored: ", split = "Split off: "
    }

    /// Cleared accounts not restored since, each with the case and note that cleared it.
    public var cleared: [String: (network: String, note: Case.Note)]
    /// Account sets split off, each from the case it was split from.
    public var splits: [(network: String, accounts: Set<String>)]

    public init(cases: [Case]) {
        cleared = [:]
        splits = []
        // Notes in time order across cases (ties by case, then order on the case), so that a
        // restore undoes the clearing before it wherever that was recorded.
        let notes = cases.sorted { $0.networkID < $1.networkID }.flatMap { c in c.notes.enumerated().map { (c.networkID, $0.offset, $0.element) } }
            .sorted { ($0.2.time, $0.0, $0.1) < ($1.2.time, $1.0, $1.1) }
        for (network, _, note) in notes {
            guard let (decision, accounts, _) = Self.parse(note.text) else { continue }
            switch decision {
            case .cleared: for a in accounts { cleared[a] = (network, note) }
            case .restored: for a in accounts { cleared[a] = nil }
            case .split: splits.append((network, Set(accounts)))
            }
        }
    }

    /// The note text for a decision.
    public static func note(_ decision: Decision, accounts: [String], reason: String) -> String {
        decision.rawValue + ((try? JSONCodec.encode(accounts, .line)) ?? "[]") + "\n" + reason
    }

    /// A note as a reader wants it: a decision in words ("cleared u-1, u-2: a researcher we
    /// know"), any other note as written.
    public static func readable(_ text: String) -> String {
        guard let (decision, accounts, reason) = parse(text) else { return text }
        let verb = switch decision {
        case .cleared: "cleared (judged innocent)"
        case .restored: "restored"
        case .split: "split off into a network of their own"
        }
        return "\(verb): \(accounts.joined(separator: ", ")) — \(reason)"
    }

    /// A decision note's decision, accounts and reason; nil for any other note.
    public static func parse(_ text: String) -> (Decision, [String], String)? {
        guard let decision = Decision.allCases.first(where: { text.hasPrefix($0.rawValue) }) else { return nil }
        let rest = text.dropFirst(decision.rawValue.count)
        let line = rest.prefix { $0 != "\n" }
        guard let accounts = try? JSONCodec.decode([String].self, from: String(line)), !accounts.isEmpty else { return nil }
        return (decision, accounts, String(rest.dropFirst(line.count + 1)))
    }
}
