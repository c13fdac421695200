import SightlineCore

/// An attribute accounts can have in common, as linking evidence. Its weight falls with the
/// number of accounts sharing a value: a device shared by four accounts is strong, an address
/// shared by three hundred students links nothing.
public enum SharedAttribute: String, CaseIterable, Sendable, Comparable {
    case device, payment, ip
    /// An address labelled as a VPN, Tor, proxy, hosting or relay exit: shared by strangers by
    /// design, so weak.
    case exitIP = "exit-ip"
    case organization
    case emailDomain = "email-domain"

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The weight of a value shared by two accounts.
    var baseWeight: Double {
        switch self {
        case .device, .payment: 0.9
        case .ip: 0.55
        case .exitIP: 0.15
        case .organization: 0.6
        case .emailDomain: 0.45
        }
    }

    /// Devices and payment instruments pull accounts the classifier did not flag at all into the
    /// triaged slice; addresses and domains do not.
    var identifiesOperator: Bool { self == .device || self == .payment }

    var evidenceKind: EvidenceKind { self == .organization ? .sameOrganization : .sharedInfrastructure }
}

/// One attribute value: `device d-17`, `ip 203.0.113.9`.
public struct AttributeValue: Hashable, Sendable, Comparable {
    public var attribute: SharedAttribute
    public var value: String
    public static func < (a: Self, b: Self) -> Bool { (a.attribute.rawValue, a.value) < (b.attribute.rawValue, b.value) }
}

/// Which accounts have each attribute value, over the whole population (rarity is population-wide).
struct AttributeIndex {
    private(set) var accounts: [AttributeValue: Set<String>] = [:]

    init(profiles: [String: AccountProfile], infos: [String: AccountInfo]) {
        for p in profiles.values {
            for d in p.devices { note(.device, d, p.account) }
            for ip in p.ips { note(p.anonymizedIPs.contains(ip) ? .exitIP : .ip, ip, p.account) }
            for o in p.organizations { note(.organization, o, p.account) }
        }
        for (account, info) in infos where profiles[account] != nil {
            note(.payment, info.payment, account)
            note(.emailDomain, info.domain, account)
        }
    }

    private mutating func note(_ attribute: SharedAttribute, _ value: String?, _ account: String) {
        guard let value, !value.isEmpty else { return }
        accounts[AttributeValue(attribute: attribute, value: value), default: []].insert(account)
    }
}
