import Foundation
import SightlineEncoder
import SightlinePipeline
import Testing

/// The cached model, our encoder over it and the wheel's C engine compiled beside it, built once
/// for all tests. Without a fetched model the tests that need it are skipped, unless
/// `SIGHTLINE_FETCH_MODEL=1` asks to fetch it first (CI does).
enum ReferenceFixture {
    static let fetchRequested = ProcessInfo.processInfo.environment["SIGHTLINE_FETCH_MODEL"] == "1"
    static let cache = ModelCache()
    /// Whether the model tests can run: it is cached, or a fetch was asked for.
    static let available: Bool = fetchRequested || cache.status().verified
    static let skipReason: Comment = "the encoder model is not in the cache (run `sightline model fetch`, or set SIGHTLINE_FETCH_MODEL=1)"

    struct Loaded: Sendable {
        var model: E5Model
        var encoder: E5Encoder
        var reference: ReferenceEngine
    }

    static let loaded: Result<Loaded, any Error> = Result {
        if !cache.status().verified {
            try cache.fetch { print($0) }
        }
        let model = try E5Model(bytes: try cache.load())
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sightline-e5-reference-\(getpid())").path
        let reference = try ReferenceEngine.build(cache: cache, in: dir)
        return Loaded(model: model, encoder: E5Encoder(model: model), reference: reference)
    }

    static func load() throws -> Loaded { try loaded.get() }

    static func cosine(_ a: [Float], _ b: [Float]) -> Float {
        var dot: Float = 0, na: Float = 0, nb: Float = 0
        for i in a.indices {
            dot += a[i] * b[i]
            na += a[i] * a[i]
            nb += b[i] * b[i]
        }
        return dot / (na.squareRoot() * nb.squareRoot())
    }
}
