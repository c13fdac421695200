import SightlineCore
import SightlineEncoder

/// The semantic tier's judgement: a head trained over the sentence vectors of the policy's
/// examples, and the examples themselves, to name the nearest ones as evidence. The examples are
/// the policy: adding one, or a file of them, changes what the next run learns, with no code
/// change.
public struct SemanticModel: Sendable {
    public let examples: [Policy.Example]
    /// `examples.count × dimension` unit vectors, row by row.
    public let vectors: [Float]
    public let dimension: Int
    public let head: DenseHead
    /// A second head over the same vectors: the language of the text, over the languages the
    /// examples are written in (those with at least `minimumPerLanguage` examples). Short text is
    /// where CLD2 is weakest and the encoder is not.
    public let languageHead: DenseHead?
    public let languages: [String]
    public static let minimumPerLanguage = 20

    /// What the head and the nearest examples say of one vector.
    public struct Judgement: Sendable {
        /// Probability per class, in `Label.all` order.
        public var probabilities: [Double]
        /// The nearest examples, best first, with their cosine similarity.
        public var nearest: [(example: Int, similarity: Double)]
        /// The `voters` nearest examples' vote per class, in `Label.all` order: each example's
        /// weight falls by e for every `voteTemperature` of similarity below the nearest one's.
        public var vote: [Double]
    }

    /// How many examples vote, and how fast an example's vote falls with its distance.
    public static let voters = 10
    public static let voteTemperature = 0.01

    public init(examples: [Policy.Example], vectors: [Float], dimension: Int, head: DenseHead, languageHead: DenseHead?) {
        precondition(vectors.count == examples.count * dimension)
        self.examples = examples
        self.vectors = vectors
        self.dimension = dimension
        self.head = head
        self.languages = Self.languages(of: examples)
        self.languageHead = languageHead?.classes == languages.count ? languageHead : nil
    }

    /// Trains both heads on the examples' vectors.
    public init(examples: [Policy.Example], vectors: [Float], dimension: Int, settings: DenseHead.Settings = DenseHead.Settings()) {
        let labels = examples.map { Label.all.firstIndex(of: $0.label)! }
        let head = DenseHead.train(vectors: vectors, labels: labels, classes: Label.all.count, dimension: dimension, settings: settings)
        self.init(examples: examples, vectors: vectors, dimension: dimension, head: head, languageHead: Self.trainLanguageHead(examples, vectors, dimension, settings))
    }

    /// The languages with enough examples, sorted.
    static func languages(of examples: [Policy.Example]) -> [String] {
        var counts: [String: Int] = [:]
        for e in examples { if let l = e.language { counts[l, default: 0] += 1 } }
        return counts.filter { $0.value >= minimumPerLanguage }.keys.sorted()
    }

    public static func trainLanguageHead(_ examples: [Policy.Example], _ vectors: [Float], _ dimension: Int, _ settings: DenseHead.Settings) -> DenseHead? {
        let languages = languages(of: examples)
        guard languages.count >= 2 else { return nil }
        var rows: [Float] = []
        var labels: [Int] = []
        for (i, e) in examples.enumerated() {
            guard let l = e.language, let c = languages.firstIndex(of: l) else { continue }
            rows += vectors[(i * dimension)..<((i + 1) * dimension)]
            labels.append(c)
        }
        return DenseHead.train(vectors: rows, labels: labels, classes: languages.count, dimension: dimension, settings: settings)
    }

    /// The language the encoder's vector says, with its probability.
    public func language(_ vector: [Float]) -> (code: String, probability: Double)? {
        guard let languageHead else { return nil }
        let p = languageHead.probabilities(vector)
        let top = p.indices.max { p[$0] < p[$1] }!
        return (languages[top], Double(p[top]))
    }

    public func judge(_ vector: [Float], nearest k: Int = 3) -> Judgement {
        let p = head.probabilities(vector).map { (Double($0) * 10_000).rounded() / 10_000 }
        let near = NearestVectors.top(max(k, Self.voters), of: vector, in: vectors, dimension: dimension).map {
            (example: $0.row, similarity: (Double($0.similarity) * 1000).rounded() / 1000)
        }
        var vote = [Double](repeating: 0, count: Label.all.count)
        if let top = near.first?.similarity {
            for n in near.prefix(Self.voters) {
                vote[Label.all.firstIndex(of: examples[n.example].label)!] += Math.exp((n.similarity - top) / Self.voteTemperature)
            }
            let total = vote.reduce(0, +)
            vote = vote.map { ($0 / total * 10_000).rounded() / 10_000 }
        }
        return Judgement(probabilities: p, nearest: Array(near.prefix(k)), vote: vote)
    }
}
