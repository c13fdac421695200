import SightlineCore

/// For store adapters: accounts, devices, conversations, models and the like repeat across events;
/// loading a million events, one copy of each value is shared by all the events that carry it.
public struct SharedValues {
    var known: [String: String] = [:]

    public init() {}

    /// The shared copy of `s` (the first one seen).
    public mutating func callAsFunction(_ s: String?) -> String? {
        guard let s else { return nil }
        if let k = known[s] { return k }
        known[s] = s
        return s
    }

    /// Replaces the repeating fields of an event and its classification with shared copies.
    public mutating func share(_ e: inout UsageEvent, _ c: inout EventClassification) {
        e.account = self(e.account)!
        e.organization = self(e.organization)
        e.conversation = self(e.conversation)
        e.model = self(e.model)
        e.ip = self(e.ip)
        e.country = self(e.country)
        e.device = self(e.device)
        e.timezone = self(e.timezone)
        e.locale = self(e.locale)
        c.promptLanguage = self(c.promptLanguage)!
        c.responseLanguage = self(c.responseLanguage)
    }
}
