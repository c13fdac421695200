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

    /// What the head and the nearest examples say of one vector.
    public struct Judgement: Sendable {
        /// Probability per class, in `Label.all` order.
        public var probabilities: [Double]
        /// The nearest examples, best first, with their cosine similarity.
        public var nearest: [(example: Int, similarity: Double)]
        public func probability(_ label: Label) -> Double { probabilities[Label.all.firstIndex(of: label)!] }
    }

    public init(examples: [Policy.Example], vectors: [Float], dimension: Int, head: DenseHead) {
        precondition(vectors.count == examples.count * dimension)
        self.examples = examples
        self.vectors = vectors
        self.dimension = dimension
        self.head = head
    }

    /// Trains the head on the examples' vectors.
    public init(examples: [Policy.Example], vectors: [Float], dimension: Int, settings: DenseHead.Settings = DenseHead.Settings()) {
        let labels = examples.map { Label.all.firstIndex(of: $0.label)! }
        let head = DenseHead.train(vectors: vectors, labels: labels, classes: Label.all.count, dimension: dimension, settings: settings)
        self.init(examples: examples, vectors: vectors, dimension: dimension, head: head)
    }

    public func judge(_ vector: [Float], nearest k: Int = 3) -> Judgement {
        let p = head.probabilities(vector).map { (Double($0) * 10_000).rounded() / 10_000 }
        let near = NearestVectors.top(k, of: vector, in: vectors, dimension: dimension).map {
            (example: $0.row, similarity: (Double($0.similarity) * 1000).rounded() / 1000)
        }
        return Judgement(probabilities: p, nearest: near)
    }
}
