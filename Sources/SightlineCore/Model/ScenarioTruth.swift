/// The ground truth of a scenario (`truth.json`, written by `sightline generate`): the hidden
/// networks, the hard-negative groups that must not be reported, and the number of ordinary
/// accounts.
public struct ScenarioTruth: Sendable, Equatable, Codable {
    public struct Network: Sendable, Equatable, Codable {
        public var id: String
        public var name: String
        public var category: ThreatCategory
        public var accounts: [String]
        /// Whole hours as `generate` writes them; other writers may give a half-hour zone (3.5).
        public var utcOffsetHours: Double?
        public var promptLanguage: String?
        public var outputLanguages: [String]
        public var breakout: Int?

        public init(
            id: String, name: String, category: ThreatCategory, accounts: [String], utcOffsetHours: Double?, promptLanguage: String?,
            outputLanguages: [String], breakout: Int?
        ) {
            self.id = id
            self.name = name
            self.category = category
            self.accounts = accounts
            self.utcOffsetHours = utcOffsetHours
            self.promptLanguage = promptLanguage
            self.outputLanguages = outputLanguages
            self.breakout = breakout
        }

        enum CodingKeys: String, CodingKey {
            case id, name, category, accounts, utcOffsetHours = "utc_offset_hours", promptLanguage = "prompt_language"
            case outputLanguages = "output_languages", breakout
        }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
            category = try c.decode(ThreatCategory.self, forKey: .category)
            accounts = try c.decode([String].self, forKey: .accounts)
            utcOffsetHours = try c.decodeIfPresent(Double.self, forKey: .utcOffsetHours)
            promptLanguage = try c.decodeIfPresent(String.self, forKey: .promptLanguage)
            outputLanguages = try c.decodeIfPresent([String].self, forKey: .outputLanguages) ?? []
            breakout = try c.decodeIfPresent(Int.self, forKey: .breakout)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(category, forKey: .category)
            try c.encode(accounts, forKey: .accounts)
            if let o = utcOffsetHours, o == o.rounded() { try c.encode(Int(o), forKey: .utcOffsetHours) } else { try c.encode(utcOffsetHours, forKey: .utcOffsetHours) }
            try c.encode(promptLanguage, forKey: .promptLanguage)
            try c.encode(outputLanguages, forKey: .outputLanguages)
            try c.encode(breakout, forKey: .breakout)
        }
    }

    public struct Group: Sendable, Equatable, Codable {
        public var id: String
        public var description: String
        public var accounts: [String]
        public init(id: String, description: String, accounts: [String]) {
            self.id = id
            self.description = description
            self.accounts = accounts
        }
    }

    /// How the scenario was generated.
    public struct Scenario: Sendable, Equatable, Codable {
        public var seed: UInt64
        public var scale: Double
        public var wave: Int
        public var start: Int64
        public var days: Int
        /// The robustness settings, when not the standard ones: "benign_multiplier",
        /// "flagged_share", "activity".
        public var settings: [String: Double]?
        public init(seed: UInt64, scale: Double, wave: Int, start: Int64, days: Int, settings: [String: Double]? = nil) {
            self.seed = seed
            self.scale = scale
            self.wave = wave
            self.start = start
            self.days = days
            self.settings = settings
        }
        enum CodingKeys: String, CodingKey { case seed, scale, wave, start, days, settings }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            seed = try c.decode(UInt64.self, forKey: .seed)
            scale = try c.decode(Double.self, forKey: .scale)
            wave = try c.decode(Int.self, forKey: .wave)
            start = try c.decodeTimestamp(forKey: .start)
            days = try c.decode(Int.self, forKey: .days)
            settings = try c.decodeIfPresent([String: Double].self, forKey: .settings)
        }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(seed, forKey: .seed)
            try c.encode(scale, forKey: .scale)
            try c.encode(wave, forKey: .wave)
            try c.encodeTimestamp(start, forKey: .start)
            try c.encode(days, forKey: .days)
            try c.encodeIfPresent(settings, forKey: .settings)
        }
    }

    public var scenario: Scenario?
    public var networks: [Network]
    public var hardNegativeGroups: [Group]
    public var benignAccounts: Int

    public init(scenario: Scenario? = nil, networks: [Network], hardNegativeGroups: [Group], benignAccounts: Int) {
        self.scenario = scenario
        self.networks = networks
        self.hardNegativeGroups = hardNegativeGroups
        self.benignAccounts = benignAccounts
    }

    enum CodingKeys: String, CodingKey { case scenario, networks, hardNegativeGroups = "hard_negative_groups", benignAccounts = "benign_accounts" }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        scenario = try c.decodeIfPresent(Scenario.self, forKey: .scenario)
        networks = try c.decode([Network].self, forKey: .networks)
        hardNegativeGroups = try c.decodeIfPresent([Group].self, forKey: .hardNegativeGroups) ?? []
        benignAccounts = try c.decodeIfPresent(Int.self, forKey: .benignAccounts) ?? 0
    }
}
