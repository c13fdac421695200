/// One interaction of one account with the model (`contract/event.schema.json`).
public struct UsageEvent: Sendable, Equatable {
    public enum Channel: String, Sendable, CaseIterable { case chat, api }
    public enum Anonymizer: String, Sendable, CaseIterable { case vpn, tor, proxy, hosting, relay }

    public var id: String
    /// Milliseconds since the Unix epoch, UTC.
    public var time: Int64
    public var account: String
    public var organization: String?
    public var conversation: String?
    public var channel: Channel?
    public var model: String?
    public var prompt: String
    public var response: String?
    public var refused: Bool?
    public var ip: String?
    public var asn: Int64?
    public var country: String?
    public var anonymizer: Anonymizer?
    public var userAgent: String?
    public var device: String?
    public var timezone: String?
    public var locale: String?
    public var accountInfo: AccountInfo?
    /// The input line verbatim, kept only when it carried fields the schema does not name, so
    /// richer provider logs lose nothing. Nil when the typed fields hold everything.
    public var raw: String?

    public init(
        id: String, time: Int64, account: String, prompt: String, organization: String? = nil,
        conversation: String? = nil, channel: Channel? = nil, model: String? = nil, response: String? = nil,
        refused: Bool? = nil, ip: String? = nil, asn: Int64? = nil, country: String? = nil,
        anonymizer: Anonymizer? = nil, userAgent: String? = nil, device: String? = nil, timezone: String? = nil,
        locale: String? = nil, accountInfo: AccountInfo? = nil, raw: String? = nil
    ) {
        self.id = id
        self.time = time
        self.account = account
        self.prompt = prompt
        self.organization = organization
        self.conversation = conversation
        self.channel = channel
        self.model = model
        self.response = response
        self.refused = refused
        self.ip = ip
        self.asn = asn
        self.country = country
        self.anonymizer = anonymizer
        self.userAgent = userAgent
        self.device = device
        self.timezone = timezone
        self.locale = locale
        self.accountInfo = accountInfo
        self.raw = raw
    }
}

/// Account-level facts that may ride on any event; the one on the latest event wins.
public struct AccountInfo: Sendable, Equatable {
    public var email: String?
    public var emailDomain: String?
    public var phoneCountry: String?
    public var payment: String?
    /// Milliseconds since the epoch.
    public var created: Int64?
    public var plan: String?

    public init(
        email: String? = nil, emailDomain: String? = nil, phoneCountry: String? = nil, payment: String? = nil,
        created: Int64? = nil, plan: String? = nil
    ) {
        self.email = email
        self.emailDomain = emailDomain
        self.phoneCountry = phoneCountry
        self.payment = payment
        self.created = created
        self.plan = plan
    }

    /// The e-mail domain, from `email_domain` or else from the address itself, lower-cased.
    public var domain: String? {
        if let d = emailDomain, !d.isEmpty { return d.lowercased() }
        if let e = email, let at = e.lastIndex(of: "@") { return String(e[e.index(after: at)...]).lowercased() }
        return nil
    }
}
