import SightlineCore
import SightlineDetection

/// An operation: linked accounts, what they did, how they were linked, where they probably work
/// from and how far their content travelled. `json()` is the `networks --format json` shape.
public struct Network: Sendable, Equatable {
    public struct Attribution: Sendable, Equatable {
        public init(
            promptLanguages: [String: Double], outputLanguages: [String: Double], utcOffsetHours: Int?, anonymizerShare: Double,
            countries: [String: Double], confidence: String, reasons: [String]
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
        public var confidence: String
        public var reasons: [String]
    }

    public struct Breakout: Sendable, Equatable {
        public init(category: Int, rationale: String, observations: [String]) {
            self.category = category
            self.rationale = rationale
            self.observations = observations
        }
        public var category: Int
        public var rationale: String
        public var observations: [String]
    }

    public struct Evidence: Sendable, Equatable {
        public init(kind: String, detail: String, accounts: [String]) {
            self.kind = kind
            self.detail = detail
            self.accounts = accounts
        }
        public var kind: String
        public var detail: String
        public var accounts: [String]
    }

    public var id: String
    public var name: String
    public var category: String
    public var categories: [String: Double]
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

    public init(
        id: String, name: String, category: String, categories: [String: Double], risk: Double, accounts: [String],
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

    public static func number(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 1000
        if v == v.rounded() { return String(Int(v)) }
        return String(v)
    }

    static func map(_ m: [String: Double]) -> String {
        "{" + m.keys.sorted().map { "\(JSONText.quoted($0)): \(number(m[$0]!))" }.joined(separator: ", ") + "}"
    }

    public func json(indent: String = "    ") -> String {
        let i2 = indent + "  "
        var s = "\(indent){\n"
        s += "\(i2)\"id\": \(JSONText.quoted(id)),\n"
        s += "\(i2)\"name\": \(JSONText.quoted(name)),\n"
        s += "\(i2)\"category\": \"\(category)\",\n"
        s += "\(i2)\"categories\": \(Self.map(categories)),\n"
        s += "\(i2)\"risk\": \(Self.number(risk)),\n"
        s += "\(i2)\"accounts\": \(JSONText.array(accounts)),\n"
        let a = attribution
        s += "\(i2)\"attribution\": {\"prompt_languages\": \(Self.map(a.promptLanguages)), \"output_languages\": \(Self.map(a.outputLanguages)), "
        s += "\"utc_offset_hours\": \(a.utcOffsetHours.map(String.init) ?? "null"), \"anonymizer_share\": \(Self.number(a.anonymizerShare)), "
        s += "\"countries\": \(Self.map(a.countries)), \"confidence\": \"\(a.confidence)\", \"reasons\": \(JSONText.array(a.reasons))},\n"
        if let b = breakout {
            s += "\(i2)\"breakout\": {\"category\": \(b.category), \"rationale\": \(JSONText.quoted(b.rationale)), \"observations\": \(JSONText.array(b.observations))},\n"
        } else {
            s += "\(i2)\"breakout\": null,\n"
        }
        s += "\(i2)\"ttps\": [" + ttps.map { "{\"framework\": \"\($0.framework)\", \"id\": \(JSONText.quoted($0.id)), \"name\": \(JSONText.quoted($0.name))}" }.joined(separator: ", ") + "],\n"
        s += "\(i2)\"evidence\": [\n" + evidence.map { "\(i2)  {\"kind\": \"\($0.kind)\", \"detail\": \(JSONText.quoted($0.detail)), \"accounts\": \(JSONText.array($0.accounts))}" }.joined(separator: ",\n") + "\n\(i2)],\n"
        s += "\(i2)\"events\": \(events),\n"
        s += "\(i2)\"first_seen\": \"\(Timestamp.format(firstSeen))\",\n"
        s += "\(i2)\"last_seen\": \"\(Timestamp.format(lastSeen))\",\n"
        s += "\(i2)\"hour_of_week\": [\(hourOfWeek.map(String.init).joined(separator: ","))]\n"
        s += "\(indent)}"
        return s
    }

    /// Deterministic code names in the reports' style: two words, chosen by the network id.
    static let firstWords = [
        "Amber", "Bitter", "Broken", "Copper", "Crimson", "Distant", "Echo", "Faded", "Falling", "Glass", "Hollow",
        "Iron", "Jade", "Last", "Lucky", "Midnight", "Muted", "Northern", "Paper", "Quiet", "Rusty", "Scarlet",
        "Silent", "Silver", "Sour", "Stone", "Sunken", "Tangled", "Velvet", "Wandering", "Winter", "Wrong",
    ]
    static let secondWords = [
        "Anchor", "Ballad", "Beacon", "Chorus", "Compass", "Echo", "Falcon", "Ferry", "Harbor", "Heron", "Lantern",
        "Ledger", "Mirror", "Needle", "Orchard", "Parade", "Pigeon", "Quarry", "Relay", "Review", "Ribbon", "Signal",
        "Sparrow", "Spindle", "Thread", "Tide", "Tower", "Typewriter", "Veil", "Whistle", "Number", "Current",
    ]

    static func codeName(for id: String) -> String {
        let h = StableHash.of(id)
        return firstWords[Int(h % UInt64(firstWords.count))] + " " + secondWords[Int((h >> 20) % UInt64(secondWords.count))]
    }
}
