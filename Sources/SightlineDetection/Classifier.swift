import SightlineCore

/// The judgement on one prompt: evidence, not a verdict.
public struct Classification: Sendable, Equatable {
    public var category: Label
    /// Confidence in `category`, 0...1.
    public var score: Double
    /// Score per threat category (the seven ids), 0...1.
    public var scores: [ThreatCategory: Double]
    public var language: DetectedLanguage
    /// Why: the policy signals that fired (`influence/batch-of-posts`), gray-zone signals
    /// (`gray-zone/asking-whether-scam lowers scam`) and the model's view (`model: influence 0.91`).
    public var signals: [String]
}

/// Policy signals and the trained model, blended as the policy says.
public struct Classifier: Sendable {
    public let policy: Policy
    public let model: LinearModel

    public init(policy: Policy, model: LinearModel) {
        self.policy = policy
        self.model = model
    }

    /// The shipped model: trained from the training split of the labelled corpus.
    public static let defaultModel: LinearModel = train(on: LabelledCorpus.training)

    public static func train(on items: [LabelledCorpus.Item], epochs: Int = 12) -> LinearModel {
        let examples = items.map { item in
            LinearModel.Example(features: TextFeatures.extract(item.text), label: Label.all.firstIndex(of: item.category)!)
        }
        return LinearModel.train(examples, classes: Label.all.map(\.rawValue), epochs: epochs)
    }

    public func classify(_ text: String, detectLanguage: Bool = true) -> Classification {
        var policyScore = [Double](repeating: 0, count: ThreatCategory.allCases.count)
        var damping = [Double](repeating: 1, count: ThreatCategory.allCases.count)
        var signals: [String] = []
        // Each distinct phrase of a signal adds evidence, up to three: "upfront fee" and "FBI case
        // number" in one prompt say more than either alone.
        var phrases: [Int: Int] = [:]
        for hit in policy.matcher.matches(in: text) { phrases[hit, default: 0] += 1 }
        for hit in phrases.keys.sorted() {
            if hit < policy.signals.count {
                let s = policy.signals[hit]
                let c = policy.signalCategory[hit]
                for _ in 0..<min(phrases[hit]!, 3) { policyScore[c] = 1 - (1 - policyScore[c]) * (1 - s.weight) }
                signals.append("\(s.category.rawValue)/\(s.id)")
            } else {
                let g = policy.grayZone[hit - policy.signals.count]
                for r in policy.grayZoneCategories[hit - policy.signals.count] { damping[r] *= 1 - g.weight }
                signals.append("gray-zone/\(g.id) lowers \(g.reduces.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let probabilities = model.probabilities(TextFeatures.extract(text))
        var scores: [ThreatCategory: Double] = [:]
        var best = (category: Label.benign, score: 0.0)
        let total = policy.policyWeight + policy.modelWeight
        for (c, id) in ThreatCategory.allCases.enumerated() {
            let m = model.categoryColumn[c].map { Double(probabilities[$0]) } ?? 0
            let s = ((policy.policyWeight * policyScore[c] + policy.modelWeight * m) / total * damping[c] * 1000).rounded() / 1000
            scores[id] = s
            if s > best.score { best = (.threat(id), s) }
            if m >= 0.5 { signals.append("model: \(id.rawValue) \(String(format2(m)))") }
        }
        let language = detectLanguage ? LanguageIdentifier.identify(text) : .unknown
        if best.score < policy.flagThreshold {
            return Classification(
                category: .benign, score: ((1 - best.score) * 1000).rounded() / 1000, scores: scores,
                language: language, signals: signals)
        }
        return Classification(category: best.category, score: best.score, scores: scores, language: language, signals: signals)
    }
}

/// Two decimals, without Foundation's locale-dependent formatting.
func format2(_ x: Double) -> String {
    let v = Int((x * 100).rounded())
    return "\(v / 100).\(v % 100 < 10 ? "0" : "")\(v % 100)"
}
