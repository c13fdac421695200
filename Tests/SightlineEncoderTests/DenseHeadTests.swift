import Testing

@testable import SightlineEncoder

/// The classifier head over sentence vectors: it learns, it is deterministic, its file format
/// round-trips and refuses damage.
@Suite struct DenseHeadTests {
    /// Three classes around three directions in 16 dimensions, with a shared offset (as sentence
    /// vectors have), as unit vectors.
    static func data(perClass: Int, seed: UInt64) -> (vectors: [Float], labels: [Int]) {
        var state = seed
        func noise() -> Float {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(state >> 40) / Float(1 << 24) - 0.5
        }
        var vectors: [Float] = []
        var labels: [Int] = []
        for i in 0..<(3 * perClass) {
            let c = i % 3
            var v = (0..<16).map { d -> Float in (d == c ? 1.0 : 0) + 2 + 0.4 * noise() }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            v = v.map { $0 / norm }
            vectors += v
            labels.append(c)
        }
        return (vectors, labels)
    }

    @Test func learnsSeparableClassesAndGeneralises() {
        let train = Self.data(perClass: 60, seed: 1)
        let head = DenseHead.train(vectors: train.vectors, labels: train.labels, classes: 3, dimension: 16)
        let test = Self.data(perClass: 30, seed: 2)
        var right = 0
        for i in 0..<test.labels.count {
            let p = head.probabilities(Array(test.vectors[(i * 16)..<((i + 1) * 16)]))
            #expect(abs(p.reduce(0, +) - 1) < 1e-4)
            if p.indices.max(by: { p[$0] < p[$1] }) == test.labels[i] { right += 1 }
        }
        #expect(right >= 85, "\(right) of 90 right")
    }

    @Test func sameExamplesGiveTheSameWeightsAndTheFileRoundTrips() throws {
        let train = Self.data(perClass: 20, seed: 3)
        let a = DenseHead.train(vectors: train.vectors, labels: train.labels, classes: 3, dimension: 16)
        let b = DenseHead.train(vectors: train.vectors, labels: train.labels, classes: 3, dimension: 16)
        #expect(a == b)
        var other = DenseHead.Settings()
        other.seed = 2
        #expect(DenseHead.train(vectors: train.vectors, labels: train.labels, classes: 3, dimension: 16, settings: other) != a)
        let bytes = a.serialized()
        #expect(DenseHead(serialized: bytes) == a)
        #expect(DenseHead(serialized: Array(bytes.dropLast())) == nil)
        #expect(DenseHead(serialized: Array("SDH2".utf8) + bytes.dropFirst(4)) == nil)
        #expect(DenseHead(serialized: []) == nil)
    }

    @Test func nearestRowsBestFirstWithTiesToTheLowerRow() {
        let rows: [Float] = [1, 0, 0, 1, 0.6, 0.8, 1, 0]
        let top = NearestVectors.top(3, of: [1, 0], in: rows, dimension: 2)
        #expect(top.map(\.row) == [0, 3, 2])
        #expect(NearestVectors.top(0, of: [1, 0], in: rows, dimension: 2).isEmpty)
        #expect(NearestVectors.top(10, of: [1, 0], in: rows, dimension: 2).count == 4)
    }
}

@Suite struct VectorIndexTests {
    @Test func findsWhatExactSearchFindsOnClusteredVectors() {
        var state: UInt64 = 5
        func uniform() -> Float {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(state >> 40) / Float(1 << 24) - 0.5
        }
        let d = 384, n = 3_000
        let topics = (0..<60).map { _ in (0..<d).map { _ in uniform() } }
        var vectors: [Float] = []
        for i in 0..<n {
            let v = (0..<d).map { 1 + topics[i % 60][$0] + 0.6 * uniform() }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            vectors += v.map { $0 / norm }
        }
        let index = VectorIndex(vectors: vectors, dimension: d)
        #expect(index.count == n)
        var hits = 0
        for q in stride(from: 0, to: n, by: 97) {
            let query = Array(vectors[(q * d)..<((q + 1) * d)])
            let approximate = index.top(10, of: query)
            // An indexed vector finds itself first, at about its own similarity, 1.
            #expect(approximate.first?.row == q)
            #expect(abs((approximate.first?.similarity ?? 0) - 1) < 0.01)
            let exact = NearestVectors.top(10, of: query, in: vectors, dimension: d)
            hits += Set(approximate.map(\.row)).intersection(exact.map(\.row)).count
        }
        let queries = (n + 96) / 97
        #expect(Double(hits) / Double(10 * queries) >= 0.9, "recall \(Double(hits) / Double(10 * queries))")
        #expect(VectorIndex(vectors: [], dimension: d).top(5, of: Array(vectors[0..<d])).isEmpty)
    }
}
