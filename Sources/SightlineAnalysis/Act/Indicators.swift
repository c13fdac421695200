import SightlineCore

/// A hard indicator of a network for peers (internal bundles only): STIX has observables for
/// addresses and e-mail domains; devices and payment instruments stay in the store.
public struct Indicator: Sendable, Equatable {
    public enum Kind: String, Sendable { case ip, emailDomain = "email-domain" }
    public var kind: Kind
    public var value: String
    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// Addresses (not anonymizer exits) used by at least two members, then e-mail domains of
    /// members that few accounts use; each sorted.
    public static func list(members: [String], eventsOf: (String) -> [AnalysisEvent], infos: [String: AccountInfo], domainUse: [String: Int]) -> [Indicator] {
        var ipUse: [String: Set<String>] = [:]
        for m in members {
            for e in eventsOf(m) where e.event.anonymizer == nil { if let ip = e.event.ip { ipUse[ip, default: []].insert(m) } }
        }
        var list = ipUse.filter { $0.value.count >= 2 }.keys.sorted().map { Indicator(kind: .ip, value: $0) }
        let domains = Set(members.compactMap { infos[$0]?.domain }).filter { (domainUse[$0] ?? 0) <= RecidivismWatch.maxDomainAccounts }
        list += domains.sorted().map { Indicator(kind: .emailDomain, value: $0) }
        return list
    }
}
