/// The seven threat categories of the contract, in their fixed order (`allCases`).
public enum ThreatCategory: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable, Comparable {
    case surveillance
    case malware = "cyber.malware"
    case phishing = "cyber.phishing"
    case recon = "cyber.recon"
    case influence
    case employment
    case scam

    /// Position in the contract's order; per-category score arrays are indexed by it.
    public var index: Int { Self.allCases.firstIndex(of: self)! }
    /// Sorted by id, so tables and tie-breaks read alphabetically (scores keep `index` order).
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    /// The three cyber-operation categories (`cyber.*`).
    public var isCyber: Bool { self == .malware || self == .phishing || self == .recon }

    /// The ids, in order, for messages ("one of surveillance, cyber.malware, ...").
    public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// What classification says of one text: one of the threat categories, or benign.
public enum Label: Hashable, Sendable, Codable, CustomStringConvertible {
    case threat(ThreatCategory)
    case benign

    /// The model's classes: the seven categories, then benign.
    public static let all: [Label] = ThreatCategory.allCases.map { .threat($0) } + [.benign]

    public init?(rawValue: String) {
        if rawValue == "benign" {
            self = .benign
        } else if let c = ThreatCategory(rawValue: rawValue) {
            self = .threat(c)
        } else {
            return nil
        }
    }

    public var rawValue: String {
        switch self {
        case .benign: "benign"
        case .threat(let c): c.rawValue
        }
    }

    public var threat: ThreatCategory? {
        if case .threat(let c) = self { return c }
        return nil
    }

    public var isBenign: Bool { self == .benign }
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let label = Label(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "unknown category '\(text)'")
        }
        self = label
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// What classification concluded about one event, as stored.
public struct EventClassification: Sendable, Equatable {
    public var category: Label
    public var score: Double
    /// Score per threat category, in `ThreatCategory.allCases` order.
    public var scores: [Double]
    /// ISO 639-1 code of the prompt's language (`und` when unknown).
    public var promptLanguage: String
    /// The response's language, where a response was logged.
    public var responseLanguage: String?
    public var signals: [String]

    public init(category: Label, score: Double, scores: [Double], promptLanguage: String, responseLanguage: String?, signals: [String]) {
        self.category = category
        self.score = score
        self.scores = scores
        self.promptLanguage = promptLanguage
        self.responseLanguage = responseLanguage
        self.signals = signals
    }
}

/// One event with its classification: the input of profiles, linking and assessment.
public struct AnalysisEvent: Sendable, Equatable {
    public var seq: Int64
    public var event: UsageEvent
    public var classification: EventClassification
    public init(seq: Int64, event: UsageEvent, classification: EventClassification) {
        self.seq = seq
        self.event = event
        self.classification = classification
    }
}
