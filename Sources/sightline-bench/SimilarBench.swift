import ArgumentParser
import Foundation
import SightlineEncoder

struct SimilarBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "The `similar` index at scale: build time, memory, query time and recall of the exact top 10, next to exact float search, on clustered unit vectors.")

    @Option(help: "Vectors in the index.") var count = 1_000_000
    @Option(help: "Dimension (e5-small: 384).") var dimension = 384
    @Option(help: "Queries (perturbed copies of indexed vectors).") var queries = 50

    func run() throws {
        // Clustered like sentence vectors: a shared direction, 2,000 topics, per-text noise.
        var state: UInt64 = 7
        func uniform() -> Float {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(state >> 40) / Float(1 << 24) - 0.5
        }
        let d = dimension
        let topics = (0..<2_000).map { _ in (0..<d).map { _ in uniform() } }
        func normalised(_ v: [Float]) -> [Float] {
            let n = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            return v.map { $0 / n }
        }
        var vectors = [Float]()
        vectors.reserveCapacity(count * d)
        for i in 0..<count {
            let t = topics[i % topics.count]
            vectors += normalised((0..<d).map { 1.5 + t[$0] + 0.6 * uniform() })
        }
        let queryVectors = (0..<queries).map { q -> [Float] in
            let r = (q * 7_919) % count
            return normalised((0..<d).map { vectors[r * d + $0] + 0.05 * uniform() })
        }
        let rssBefore = residentBytes()
        var started = Date()
        let index = VectorIndex(vectors: vectors, dimension: d)
        let build = Date().timeIntervalSince(started)
        let indexBytes = index.count * ((d + 15) / 16 * 16 + 4)
        started = Date()
        let approximate = queryVectors.map { index.top(10, of: $0) }
        let indexed = Date().timeIntervalSince(started) / Double(queries)
        started = Date()
        let exact = queryVectors.map { NearestVectors.top(10, of: $0, in: vectors, dimension: d) }
        let flat = Date().timeIntervalSince(started) / Double(queries)
        var hits = 0
        for (a, e) in zip(approximate, exact) { hits += Set(a.map(\.row)).intersection(e.map(\.row)).count }
        print("similar: \(count) vectors of \(d) dimensions; index built in \(String(format: "%.2f", build)) s, \(indexBytes / 1_048_576) MB (floats: \(count * d * 4 / 1_048_576) MB); resident before the index \(rssBefore / 1_048_576) MB")
        print("  int8 index: \(String(format: "%.1f", indexed * 1000)) ms a query; exact float search: \(String(format: "%.1f", flat * 1000)) ms a query (one core each)")
        print("  recall of the exact top 10: \(String(format: "%.3f", Double(hits) / Double(10 * queries))) over \(queries) queries")
    }

    func residentBytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kb = Int(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kb * 1024
    }
}
