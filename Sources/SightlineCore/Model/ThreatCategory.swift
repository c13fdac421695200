/// The seven threat categories of the contract, in their fixed order.
public enum ThreatCategory {
    public static let ids = ["surveillance", "cyber.malware", "cyber.phishing", "cyber.recon", "influence", "employment", "scam"]
    public static let benign = "benign"
    /// Model classes: the seven categories and benign.
    public static let classes = ids + [benign]
}

/// What classification concluded about one event, as stored.
public struct EventClassification: Sendable, Equatable {
    public var category: String
    public var score: Double
    /// Score per threat category, in `ThreatCategory.ids` order.
    public var scores: [Double]
    /// ISO 639-1 code of the prompt's language (`und` when unknown).
    public var promptLanguage: String
    /// The response's language, where a response was logged.
    public var responseLanguage: String?
    public var signals: [String]

    public init(category: String, score: Double, scores: [Double], promptLanguage: String, responseLanguage: String?, signals: [String]) {
        self.category = category
        self.score = score
        self.scores = scores
        self.promptLanguage = promptLanguage
        self.responseLanguage = responseLanguage
        self.signals = signals
    }
}

/// One event with its classification: the input of profiles, linking and assessment.
public struct AnalysisEvent: Sendable {
    public var seq: Int64
    public var event: UsageEvent
    public var classification: EventClassification
    public init(seq: Int64, event: UsageEvent, classification: EventClassification) {
        self.seq = seq
        self.event = event
        self.classification = classification
    }
}
