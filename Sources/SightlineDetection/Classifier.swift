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
    /// The semantic tier's nearest examples, when the prompt was encoded: the evidence
    /// `classify --explain` shows.
    public var nearest: [(example: Policy.Example, similarity: Double)] = []
    /// Whether the semantic tier judged this prompt (its vector was computed).
    public var encoded: Bool { signals.contains { $0.hasPrefix(Classifier.semanticSignal) } }

    public static func == (a: Classification, b: Classification) -> Bool {
        a.category == b.category && a.score == b.score && a.scores == b.scores && a.language == b.language && a.signals == b.signals
            && a.nearest.map(\.example) == b.nearest.map(\.example) && a.nearest.map(\.similarity) == b.nearest.map(\.similarity)
    }
}

/// Policy signals and the trained model, blended as the policy says.
public struct Classifier: Sendable {
    public let policy: Policy
    public let model: LinearModel
    /// The semantic tier, when the encoder model is present; prompts that come with a vector are
    /// judged by it.
    public let semantic: SemanticModel?
    /// The signal every prompt the semantic tier judged carries (`semantic: influence 0.93`).
    public static let semanticSignal = "semantic: "
    /// The language head's probability that overrides an unreliable CLD2 guess.
    public static let languageConfidence = 0.9

    public init(policy: Policy, model: LinearModel, semantic: SemanticModel? = nil) {
        self.policy = policy
        self.model = model
        self.semantic = semantic
    }

    /// The shipped model: trained from the training split of the labelled corpus.
    public static let defaultModel: LinearModel = train(on: LabelledCorpus.training)

    public static func train(on items: [LabelledCorpus.Item], epochs: Int = 12) -> LinearModel {
        let examples = items.map { item in
            LinearModel.Example(features: TextFeatures.extract(item.text), label: Label.all.firstIndex(of: item.category)!)
        }
        return LinearModel.train(examples, classes: Label.all.map(\.rawValue), epochs: epochs)
    }

    /// The fast tier when `vector` is nil (phrases and the hashed-feature model); the semantic tier
    /// when it is the prompt's sentence vector and the classifier has a semantic model.
    /// The categories whose material people paste to ask about it (a propaganda article to
    /// fact-check, a scam message, a phishing e-mail, a surveillance tender, a suspect résumé): for
    /// a prompt that pastes material, these are flagged only as far as its instruction alone
    /// supports them (`instructionSupport`), because a request is labelled by what it asks, not by
    /// what it quotes. Code is left out: "fix this" over pasted malware is the operator's ask.
    public static let judgedByTheAsk: Set<ThreatCategory> = [.influence, .scam, .phishing, .surveillance, .employment]
    /// The probability the instruction alone must give a category for the material to count in
    /// full; below it the category's score is scaled down in proportion.
    public static let instructionSupport = 0.2

    /// `instruction` is the sentence vector of the prompt's instruction alone when the prompt
    /// pastes material (`PastedMaterial`, `PromptVector`).
    public func classify(_ text: String, vector: [Float]? = nil, instruction: [Float]? = nil, detectLanguage: Bool = true) -> Classification {
        let (policyScore, damping, policySignals) = phraseEvidence(text)
        var signals = policySignals
        var scores: [ThreatCategory: Double] = [:]
        var best = (category: Label.benign, score: 0.0)
        var nearest: [(example: Policy.Example, similarity: Double)] = []
        let threshold: Double
        if let vector, let semantic {
            var judgement = semantic.judge(vector)
            let w = policy.semanticPolicyWeight
            // The head's probabilities, blended with the nearest examples' vote; not for a prompt
            // that pastes material, whose nearest examples are those of what it quotes (a
            // fact-checker's pasted propaganda is nearest to propaganda).
            let v = instruction == nil ? policy.semanticNeighbourWeight : 0
            if v > 0 {
                judgement.probabilities = zip(judgement.probabilities, judgement.vote).map { (((1 - v) * $0 + v * $1) * 10_000).rounded() / 10_000 }
            }
            let asked = instruction.map { semantic.head.probabilities($0).map(Double.init) }
            var lowered: [String] = []
            for (c, id) in ThreatCategory.allCases.enumerated() {
                var m = judgement.probabilities[c]
                if let asked, Self.judgedByTheAsk.contains(id), asked[c] < Self.instructionSupport {
                    let scaled = m * asked[c] / Self.instructionSupport
                    if m >= policy.semanticThreshold, scaled < policy.semanticThreshold { lowered.append(id.rawValue) }
                    m = scaled
                }
                let s = (((1 - w) * m + w * policyScore[c]) * damping[c] * 1000).rounded() / 1000
                scores[id] = s
                if s > best.score { best = (.threat(id), s) }
            }
            let top = judgement.probabilities.indices.max { judgement.probabilities[$0] < judgement.probabilities[$1] }!
            signals.append("\(Self.semanticSignal)\(Label.all[top].rawValue) \(format2(judgement.probabilities[top]))")
            if !lowered.isEmpty { signals.append("pasted material: the instruction alone does not ask for \(lowered.joined(separator: ", "))") }
            nearest = judgement.nearest.map { (semantic.examples[$0.example], $0.similarity) }
            if let first = nearest.first {
                signals.append("nearest: \(first.example.id) (\(first.example.label.rawValue), \(format2(first.similarity)))")
            }
            threshold = policy.semanticThreshold
        } else {
            let probabilities = model.probabilities(TextFeatures.extract(text))
            let total = policy.policyWeight + policy.modelWeight
            for (c, id) in ThreatCategory.allCases.enumerated() {
                let m = model.categoryColumn[c].map { Double(probabilities[$0]) } ?? 0
                let s = ((policy.policyWeight * policyScore[c] + policy.modelWeight * m) / total * damping[c] * 1000).rounded() / 1000
                scores[id] = s
                if s > best.score { best = (.threat(id), s) }
                if m >= 0.5 { signals.append("model: \(id.rawValue) \(String(format2(m)))") }
            }
            threshold = policy.flagThreshold
        }
        var language = detectLanguage ? LanguageIdentifier.identify(text) : .unknown
        // Where CLD2 is unsure (short text), the encoder's language head decides when it is sure.
        if detectLanguage, !language.reliable, let vector, let guess = semantic?.language(vector), guess.probability >= Self.languageConfidence,
            guess.code != language.code
        {
            language = DetectedLanguage(code: guess.code, script: guess.code == "zh" ? (language.script ?? "Hans") : nil, reliable: false)
        }
        var result = Classification(category: best.category, score: best.score, scores: scores, language: language, signals: signals)
        if best.score < threshold {
            result.category = .benign
            result.score = ((1 - best.score) * 1000).rounded() / 1000
        }
        result.nearest = nearest
        return result
    }

    /// The policy's phrases: a score per category, and the gray-zone damping per category.
    func phraseEvidence(_ text: String) -> (score: [Double], damping: [Double], signals: [String]) {
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
        return (policyScore, damping, signals)
    }
}

/// Two decimals, without Foundation's locale-dependent formatting.
func format2(_ x: Double) -> String {
    let v = Int((x * 100).rounded())
    return "\(v / 100).\(v % 100 < 10 ? "0" : "")\(v % 100)"
}
