/// A tactic tag: LLM tactics, ATT&CK, ATLAS, DISARM or the Online Operations Kill Chain.
public struct Tactic: Sendable, Equatable, Hashable, Codable {
    public enum Framework: String, CaseIterable, Sendable, Codable {
        case llmTTP = "llm-ttp"
        case attack, atlas, disarm
        case killChain = "kill-chain"
    }

    public var framework: Framework
    public var id: String
    public var name: String
    /// What the operators did that this tactic names, in a reader's words ("Drafting comments in
    /// the voices of invented people"), as threat reports tie each tactic to an activity. Absent
    /// in the JSON when nothing says.
    public var activity: String?
    public init(framework: Framework, id: String, name: String, activity: String? = nil) {
        self.framework = framework
        self.id = id
        self.name = name
        self.activity = activity
    }
}

/// Why accounts were linked into one network.
public enum EvidenceKind: String, CaseIterable, Sendable, Codable {
    /// A device, payment instrument, address or e-mail domain in common.
    case sharedInfrastructure = "shared-infrastructure"
    /// The same API customer or reseller.
    case sameOrganization = "same-organization"
    /// Near-duplicate prompts (templates with slots changed, iterated code).
    case templateSimilarity = "template-similarity"
    /// Near-duplicate model outputs handed around.
    case reusedOutputs = "reused-outputs"
    /// Active in the same narrow hours of the week.
    case coActivity = "co-activity"
    /// Compartmented fragments doing the same narrow thing in the same working hours.
    case sharedBehaviour = "shared-behaviour"
    /// A trait of how the accounts were run that ordinary users rarely show together (throwaway
    /// accounts, fresh sign-ups, disposable e-mail, one machine or card for several accounts).
    case operationalTell = "operational-tell"
}

/// How far an attribution can be trusted, in the reports' words.
public enum Confidence: String, CaseIterable, Sendable, Codable {
    case low, moderate, high
}

/// An operation: linked accounts, what they did, how they were linked, where they probably work
/// from and how far their content travelled. Its JSON form is the `networks --format json` shape
/// (`JSONCodec`); shares and scores are written to three decimals.
public struct Network: Sendable, Equatable, Codable {
    public struct Attribution: Sendable, Equatable, Codable {
        public init(
            promptLanguages: [String: Double], outputLanguages: [String: Double], utcOffsetHours: Int?, anonymizerShare: Double,
            countries: [String: Double], confidence: Confidence, reasons: [String]
        ) {
            self.promptLanguages = promptLanguages
            self.outputLanguages = outputLanguages
            self.utcOffsetHours = utcOffsetHours
            self.anonymizerShare = anonymizerShare
            self.countries = countries
            self.confidence = confidence
            self.reasons = reasons
        }
        public var promptLanguages: [String: Double]
        public var outputLanguages: [String: Double]
        public var utcOffsetHours: Int?
        public var anonymizerShare: Double
        public var countries: [String: Double]
        public var confidence: Confidence
        public var reasons: [String]
        /// Ends the reason of an offset taken from the prompts' language alone.
        public static let languageOnlyMarker = "is where the prompts' language is written, not a timing fit"

        enum CodingKeys: String, CodingKey {
            case promptLanguages = "prompt_languages", outputLanguages = "output_languages", utcOffsetHours = "utc_offset_hours"
            case anonymizerShare = "anonymizer_share", countries, confidence, reasons
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            promptLanguages = try c.decode([String: Double].self, forKey: .promptLanguages)
            outputLanguages = try c.decode([String: Double].self, forKey: .outputLanguages)
            utcOffsetHours = try c.decodeIfPresent(Int.self, forKey: .utcOffsetHours)
            anonymizerShare = try c.decode(Double.self, forKey: .anonymizerShare)
            countries = try c.decode([String: Double].self, forKey: .countries)
            confidence = try c.decode(Confidence.self, forKey: .confidence)
            reasons = try c.decodeIfPresent([String].self, forKey: .reasons) ?? []
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(promptLanguages.mapValues(Network.rounded), forKey: .promptLanguages)
            try c.encode(outputLanguages.mapValues(Network.rounded), forKey: .outputLanguages)
            try c.encode(utcOffsetHours, forKey: .utcOffsetHours)
            try c.encode(Network.rounded(anonymizerShare), forKey: .anonymizerShare)
            try c.encode(countries.mapValues(Network.rounded), forKey: .countries)
            try c.encode(confidence, forKey: .confidence)
            try c.encode(reasons, forKey: .reasons)
        }
    }

    public struct Breakout: Sendable, Equatable, Codable {
        public init(category: Int, rationale: String, observations: [String]) {
            self.category = category
            self.rationale = rationale
            self.observations = observations
        }
        /// 1 to 6.
        public var category: Int
        public var rationale: String
        /// Ids of the external observations it rests on.
        public var observations: [String]
    }

    public struct Evidence: Sendable, Equatable, Codable {
        public init(kind: EvidenceKind, detail: String, accounts: [String]) {
            self.kind = kind
            self.detail = detail
            self.accounts = accounts
        }
        public var kind: EvidenceKind
        public var detail: String
        public var accounts: [String]
    }

    public var id: String
    public var name: String
    public var category: ThreatCategory
    public var categories: [ThreatCategory: Double]
    public var risk: Double
    public var accounts: [String]
    public var attribution: Attribution
    public var breakout: Breakout?
    public var ttps: [Tactic]
    public var evidence: [Evidence]
    public var events: Int
    public var firstSeen: Int64
    public var lastSeen: Int64
    /// Events per UTC hour of the week (0 = Monday 00:00).
    public var hourOfWeek: [Int]
    /// Why the group is reported: its members' own behaviour, or evidence summed over the group
    /// with the operational tells that decided.
    public var reportedBecause: [String] = []
    /// Previous networks this one came from other than the one whose id it kept: a network it
    /// split from, or one it merged in (`NetworkIdentity`). Their cases point here.
    public var lineage: [Lineage] = []

    public struct Lineage: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable {
            /// Part of a previous network whose id another network kept.
            case splitFrom = "split-from"
            /// Most of a previous network whose id no network kept.
            case merged
        }
        public var kind: Kind
        public var network: String
        /// The accounts of that network this one carries.
        public var accounts: Int

        public init(kind: Kind, network: String, accounts: Int) {
            self.kind = kind
            self.network = network
            self.accounts = accounts
        }
    }

    public init(
        id: String, name: String, category: ThreatCategory, categories: [ThreatCategory: Double], risk: Double, accounts: [String],
        attribution: Attribution, breakout: Breakout?, ttps: [Tactic], evidence: [Evidence], events: Int, firstSeen: Int64,
        lastSeen: Int64, hourOfWeek: [Int]
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.categories = categories
        self.risk = risk
        self.accounts = accounts
        self.attribution = attribution
        self.breakout = breakout
        self.ttps = ttps
        self.evidence = evidence
        self.events = events
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.hourOfWeek = hourOfWeek
    }

    enum CodingKeys: String, CodingKey {
        case id, name, category, categories, risk, accounts, attribution, breakout, ttps, evidence, events
        case firstSeen = "first_seen", lastSeen = "last_seen", hourOfWeek = "hour_of_week", reportedBecause = "reported_because", lineage
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        category = try c.decode(ThreatCategory.self, forKey: .category)
        categories = try c.decode([ThreatCategory: Double].self, forKey: .categories)
        risk = try c.decode(Double.self, forKey: .risk)
        accounts = try c.decode([String].self, forKey: .accounts)
        attribution = try c.decode(Attribution.self, forKey: .attribution)
        breakout = try c.decodeIfPresent(Breakout.self, forKey: .breakout)
        ttps = try c.decode([Tactic].self, forKey: .ttps)
        evidence = try c.decode([Evidence].self, forKey: .evidence)
        events = try c.decode(Int.self, forKey: .events)
        firstSeen = try c.decodeTimestamp(forKey: .firstSeen)
        lastSeen = try c.decodeTimestamp(forKey: .lastSeen)
        hourOfWeek = try c.decode([Int].self, forKey: .hourOfWeek)
        reportedBecause = try c.decodeIfPresent([String].self, forKey: .reportedBecause) ?? []
        lineage = try c.decodeIfPresent([Lineage].self, forKey: .lineage) ?? []
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(category, forKey: .category)
        try c.encode(categories.mapValues(Self.rounded), forKey: .categories)
        try c.encode(Self.rounded(risk), forKey: .risk)
        try c.encode(accounts, forKey: .accounts)
        try c.encode(attribution, forKey: .attribution)
        try c.encode(breakout, forKey: .breakout)
        try c.encode(ttps, forKey: .ttps)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(events, forKey: .events)
        try c.encodeTimestamp(firstSeen, forKey: .firstSeen)
        try c.encodeTimestamp(lastSeen, forKey: .lastSeen)
        try c.encode(hourOfWeek, forKey: .hourOfWeek)
        try c.encode(reportedBecause, forKey: .reportedBecause)
        try c.encode(lineage, forKey: .lineage)
    }

    /// Three decimals: what the JSON keeps of a share or score.
    public static func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// A share or score as text: three decimals at most, no trailing zeros.
    public static func number(_ x: Double) -> String {
        let v = rounded(x)
        if v == v.rounded() { return String(Int(v)) }
        return String(v)
    }
}

/// A network as the store keeps it: its accounts for queries, the whole network as a JSON document.
extension Network {
    /// The stored document (`JSONCodec`, pretty).
    public func document() throws -> String { try JSONCodec.encode(self) }

    /// Reads a stored document back. A document that does not decode is an error that names the
    /// network and the field, never a network silently dropped or filled with blanks.
    public static func decode(document: String, id: String) throws -> Network {
        do {
            return try JSONCodec.decode(Network.self, from: document)
        } catch {
            throw UndecodableNetwork(id: id, reason: String(describing: error))
        }
    }
}

/// A stored network document that cannot be read: the store was written by an incompatible
/// version, or edited by hand.
public struct UndecodableNetwork: Error, CustomStringConvertible, Sendable {
    public var id: String
    public var reason: String
    public var description: String {
        "stored network \(id) cannot be read (\(reason.prefix(300))); re-run `sightline analyze` to rewrite the networks"
    }
}
