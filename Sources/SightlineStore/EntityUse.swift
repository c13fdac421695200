import Foundation
import SightlineCore

/// What an analyst pivots on: the values accounts share.
public enum EntityKind: String, CaseIterable, Sendable, Codable, Comparable {
    case ip, device, payment, organization
    case emailDomain = "email-domain"

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}

/// One account's use of one value: on how many of its events, first and last seen. (Payment and
/// e-mail domain are account facts: they count every event of the account.)
public struct EntityUse: Sendable, Equatable {
    public var kind: EntityKind
    public var value: String
    public var account: String
    public var events: Int
    public var firstSeen: Int64
    public var lastSeen: Int64

    public init(kind: EntityKind, value: String, account: String, events: Int, firstSeen: Int64, lastSeen: Int64) {
        self.kind = kind
        self.value = value
        self.account = account
        self.events = events
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }

    /// The uses in the analysis's events and account facts, sorted by kind, value, account (byte-wise).
    public static func uses(events: [AnalysisEvent], infos: [String: AccountInfo]) -> [EntityUse] {
        struct Key: Hashable { var kind: EntityKind, value: String, account: String }
        var uses: [Key: EntityUse] = [:]
        var spans: [String: (events: Int, first: Int64, last: Int64)] = [:]
        func add(_ kind: EntityKind, _ value: String?, _ e: UsageEvent) {
            guard let value, !value.isEmpty else { return }
            let key = Key(kind: kind, value: value, account: e.account)
            if var u = uses[key] {
                u.events += 1
                u.firstSeen = min(u.firstSeen, e.time)
                u.lastSeen = max(u.lastSeen, e.time)
                uses[key] = u
            } else {
                uses[key] = EntityUse(kind: kind, value: value, account: e.account, events: 1, firstSeen: e.time, lastSeen: e.time)
            }
        }
        for a in events {
            let e = a.event
            add(.ip, e.ip, e)
            add(.device, e.device, e)
            add(.organization, e.organization, e)
            let s = spans[e.account]
            spans[e.account] = (
                (s?.events ?? 0) + 1, min(s?.first ?? e.time, e.time), max(s?.last ?? e.time, e.time)
            )
        }
        for (account, span) in spans {
            guard let info = infos[account] else { continue }
            for (kind, value) in [(EntityKind.payment, info.payment), (.emailDomain, info.emailDomain)] {
                guard let value, !value.isEmpty else { continue }
                uses[Key(kind: kind, value: value, account: account)] = EntityUse(
                    kind: kind, value: value, account: account, events: span.events, firstSeen: span.first, lastSeen: span.last)
            }
        }
        return uses.values.sorted(by: EntityUse.precedes)
    }

    /// Byte-wise by kind, value, then account.
    public static func precedes(_ a: EntityUse, _ b: EntityUse) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        if a.value != b.value { return a.value.utf8.lexicographicallyPrecedes(b.value.utf8) }
        return a.account.utf8.lexicographicallyPrecedes(b.account.utf8)
    }
}

/// A value that a search found, with how many accounts use it.
public struct EntityMatch: Sendable, Equatable {
    public var kind: EntityKind
    public var value: String
    public var accounts: Int

    public init(kind: EntityKind, value: String, accounts: Int) {
        self.kind = kind
        self.value = value
        self.accounts = accounts
    }

    /// The most accounts first, then by kind and value (byte-wise).
    public static func precedes(_ a: EntityMatch, _ b: EntityMatch) -> Bool {
        if a.accounts != b.accounts { return a.accounts > b.accounts }
        if a.kind != b.kind { return a.kind < b.kind }
        return a.value.utf8.lexicographicallyPrecedes(b.value.utf8)
    }
}

/// A stored prompt that contains the text an analyst searched for.
public struct PromptMatch: Sendable, Equatable {
    public var seq: Int64
    public var event: UsageEvent

    public init(seq: Int64, event: UsageEvent) {
        self.seq = seq
        self.event = event
    }

    /// The rule every store applies: `text` occurs in the prompt, ignoring case. Stores may
    /// narrow the candidates with an index; this decides.
    public static func contains(_ prompt: String, _ text: String) -> Bool {
        !text.isEmpty && prompt.range(of: text, options: [.caseInsensitive]) != nil
    }
}
