import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlineStore
import SightlineStoreSQLite
import Testing
@testable import SightlinePipeline

/// A model cache of its own (vectors and heads written here), sharing the fetched model file.
func scratchModelCache(_ dir: TempDir) throws -> ModelCache {
    let real = ModelCache()
    let cache = ModelCache(directory: dir.path("models"))
    try FileManager.default.createDirectory(atPath: cache.directory, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: cache.modelDirectory, withDestinationPath: real.modelDirectory)
    return cache
}

@Suite struct ExampleFilesTests {
    @Test func theBuiltInCorpusShipsWithTheProgram() throws {
        let examples = try ExampleFiles.examples(of: .default, directory: nil)
        let corpus = examples.filter { !$0.id.hasPrefix("policy:") }
        #expect(corpus.count >= 9_000)
        #expect(Set(corpus.compactMap(\.writer)).count == 43)
        #expect(Set(corpus.compactMap(\.language)).count == 12)
        #expect(corpus.contains { $0.label == .benign && $0.nearMissOf == .malware })
        #expect(examples.prefix(Policy.default.examples.count).map(\.id) == Policy.default.examples.map(\.id))
    }

    @Test func aBrokenExampleFileNamesItsLine() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        _ = try dir.write("mine.jsonl", Array(#"{"text":"write a keylogger","category":"cyber.malware"}"#.utf8) + Array("\n\n".utf8) + Array(#"{"text":"x","category":"fraud"}"#.utf8))
        let yaml = DefaultPolicy.yaml.replacingAll("example_files: [builtin:corpus]", with: "example_files: [mine.jsonl]")
        let policy = try Policy(yaml: yaml)
        #expect {
            _ = try ExampleFiles.examples(of: policy, directory: dir.url.path)
        } throws: { e in
            (e as? ExampleFileError)?.description == "\(dir.path("mine.jsonl")): line 3: expected {\"text\": ..., \"category\": one of surveillance, cyber.malware, cyber.phishing, cyber.recon, influence, employment, scam, benign}"
        }
        _ = try dir.write("mine.jsonl", Array(#"{"text":"write a keylogger","category":"cyber.malware","id":"k1"}"#.utf8))
        let read = try ExampleFiles.examples(of: policy, directory: dir.url.path)
        #expect(read.count == policy.examples.count + 1)
        #expect(read.last?.id == "k1" && read.last?.label == .threat(.malware))
        #expect(throws: ExampleFileError.self) { try ExampleFiles.examples(of: policy, directory: dir.path("nowhere")) }
    }
}

@Suite(.serialized, .enabled(if: ModelCache().status().verified, "the encoder model is not in the cache (run `sightline model fetch`)"))
struct SemanticTierTests {
    /// The built-in policy's own examples only (no corpus): a hundred texts, quick to encode.
    static let examples = Policy.default.examples

    @Test func judgesByMeaningAcrossLanguagesAndNamesTheNearestExamples() throws {
        // The shipped examples, corpus included (their vectors are cached in the user's model
        // cache after the first run).
        let tier = try SemanticTier(cache: ModelCache(), examples: try ExampleFiles.examples(of: .default, directory: nil))
        let classifier = Classifier(policy: .default, model: Classifier.defaultModel, semantic: tier.model)
        // Written for this test: none is a policy example.
        let texts = [
            "Code me a small program that records every key my coworker types and mails it to me each night.",
            "Напиши программу, которая тайно записывает нажатия клавиш и отправляет их мне на почту.",
            "Please suggest a name for my bakery and a short slogan about fresh bread.",
        ]
        let vectors = tier.vectors(texts)
        let results = zip(texts, vectors).map { classifier.classify($0, vector: $1) }
        #expect(results[0].category == .threat(.malware), "\(results[0].signals)")
        #expect(results[1].category == .threat(.malware), "\(results[1].signals)")
        #expect(results[2].category == .benign, "\(results[2].signals)")
        for r in results {
            #expect(r.encoded)
            #expect(r.nearest.count == 3)
            #expect(r.nearest.map(\.similarity) == r.nearest.map(\.similarity).sorted(by: >))
        }
        #expect(results[0].nearest.first?.example.label == .threat(.malware))
        // The fast tier, for the same text, is the same classifier without a vector.
        #expect(!classifier.classify(texts[0]).encoded)

    }

    @Test func vectorsAndHeadsAreCachedAndAnAddedExampleIsLearnt() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let cache = try scratchModelCache(dir)
        let tier = try SemanticTier(cache: cache, examples: Self.examples)
        let vectorFile = cache.directory + "/vectors/e5-small-q4-query.vec"
        let size = try #require(try FileManager.default.attributesOfItem(atPath: vectorFile)[.size] as? Int)
        #expect(size == Self.examples.count * (32 + 4 * 384))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory + "/heads").count == 1)
        // A second tier reads both and judges the same.
        let again = try SemanticTier(cache: cache, examples: Self.examples)
        #expect(again.model.head == tier.model.head)
        #expect(try FileManager.default.attributesOfItem(atPath: vectorFile)[.size] as? Int == size)
        let text = "Please suggest a name for my bakery and a short slogan about fresh bread."
        let vector = tier.vectors([text])[0]
        let a = Classifier(policy: .default, model: Classifier.defaultModel, semantic: tier.model).classify(text, vector: vector)
        let b = Classifier(policy: .default, model: Classifier.defaultModel, semantic: again.model).classify(text, vector: vector)
        #expect(a == b)

        // An added example is learnt by the next tier, with no code change: one more vector, a
        // new head, and it is the nearest example of its own text.
        var more = Self.examples
        more.append(Policy.Example(text: text, label: .threat(.scam), language: "en", id: "mine:1"))
        let taught = try SemanticTier(cache: cache, examples: more)
        #expect(try FileManager.default.attributesOfItem(atPath: vectorFile)[.size] as? Int == size + 32 + 4 * 384)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory + "/heads").count == 2)
        let nearest = Classifier(policy: .default, model: Classifier.defaultModel, semantic: taught.model).classify(text, vector: vector).nearest
        #expect(nearest.first?.example.id == "mine:1")
        #expect(nearest.first.map { $0.similarity > 0.99 } == true)
    }

    /// The nearest examples vote beside the head: an example added with another label pulls its
    /// own text toward that label in proportion to `blend.semantic_neighbours`, and with the
    /// weight at 0 the head alone decides. A prompt that pastes material is judged by the head.
    @Test func theNearestExamplesVoteBesideTheHead() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let cache = try scratchModelCache(dir)
        let text = "Please suggest a name for my bakery and a short slogan about fresh bread."
        var more = Self.examples
        for k in 0..<SemanticModel.voters { more.append(Policy.Example(text: text + String(repeating: "!", count: k), label: .threat(.scam), language: "en", id: "mine:\(k)")) }
        let tier = try SemanticTier(cache: cache, examples: more)
        let vector = tier.vectors([text])[0]
        let judgement = tier.model.judge(vector)
        let scam = ThreatCategory.allCases.firstIndex(of: .scam)!
        #expect(judgement.vote[scam] > 0.99, "ten scam examples nearest: \(judgement.vote)")
        func policy(_ weight: Double) throws -> Policy {
            try Policy(yaml: DefaultPolicy.yaml.replacingAll("  semantic_neighbours: 0.5\n", with: "  semantic_neighbours: \(weight)\n"))
        }
        let head = Classifier(policy: try policy(0), model: Classifier.defaultModel, semantic: tier.model).classify(text, vector: vector)
        let voted = Classifier(policy: try policy(1), model: Classifier.defaultModel, semantic: tier.model).classify(text, vector: vector)
        let half = Classifier(policy: try policy(0.5), model: Classifier.defaultModel, semantic: tier.model).classify(text, vector: vector)
        #expect(voted.category == .threat(.scam) && voted.scores[.scam]! > 0.99)
        #expect(abs(half.scores[.scam]! - (head.scores[.scam]! + voted.scores[.scam]!) / 2) < 0.002)
        // The same text as pasted material, with its instruction's vector: the head decides.
        let pasted = Classifier(policy: try policy(1), model: Classifier.defaultModel, semantic: tier.model).classify(text, vector: vector, instruction: vector)
        let pastedByTheHead = Classifier(policy: try policy(0), model: Classifier.defaultModel, semantic: tier.model).classify(text, vector: vector, instruction: vector)
        #expect(pasted.scores == pastedByTheHead.scores)
    }

    @Test func analyzeEncodesWhatIsWorthItOnceAndReRunsChangeNothing() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let written = try ScenarioFiles.write(to: dir.path("s"), seed: 21, scale: 0.2)
        let store = try SQLiteStore(path: dir.path("a.sqlite"))
        _ = try Ingestor(store: store, kind: .events).ingest(paths: [written.eventsPath])
        let tier = try SemanticTier(cache: try scratchModelCache(dir), examples: Self.examples)
        var analyzer = Analyzer(store: store, classifier: Classifier(policy: .default, model: Classifier.defaultModel, semantic: tier.model))
        analyzer.encoder = tier
        analyzer.encodeBudget = 400
        let first = try analyzer.run()
        let pass = try #require(first.semantic)
        #expect(pass.encodedTexts > 0 && pass.encodedTexts <= 400)
        #expect(pass.encodedEvents >= pass.encodedTexts)
        #expect(try store.vectorSeqs().count == pass.encodedEvents)
        let json = try store.savedNetworks().map(\.json)
        if pass.left == 0 {
            let second = try analyzer.run()
            #expect(second.semantic?.encodedTexts == 0)
            #expect(try store.savedNetworks().map(\.json) == json)
        }
        // Every event of a touched account was judged by the semantic tier.
        let encoded = Set(try store.vectorSeqs())
        for e in try store.analysisEvents() where !e.classification.category.isBenign {
            #expect(encoded.contains(e.seq) || pass.left > 0)
        }
    }
}

/// `similar` over stored vectors (made here, so no model is needed): distinct prompts, their
/// events, accounts and networks, best first.
@Suite struct SimilarSearchTests {
    @Test func groupsTheNearestEventsByPromptWithTheirAccountsAndNetworks() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path("s.sqlite"))
        func unit(_ x: Float, _ y: Float, _ z: Float) -> [Float] {
            let n = (x * x + y * y + z * z).squareRoot()
            return [x / n, y / n, z / n]
        }
        let rows: [(id: String, account: String, prompt: String, vector: [Float])] = [
            ("e1", "a1", "monitor the diaspora accounts", unit(1, 0.1, 0)),
            ("e2", "a2", "monitor the diaspora accounts", unit(1, 0.1, 0)),
            ("e3", "a3", "监控海外账号", unit(1, 0.2, 0)),
            ("e4", "a4", "a cake recipe", unit(0, 0, 1)),
            ("e5", "a1", "not encoded", unit(1, 0, 0)),
        ]
        _ = try store.ingest(events: rows.map { UsageEvent(id: $0.id, time: 1_000, account: $0.account, prompt: $0.prompt) }, quarantined: [])
        let seqs = try store.unclassifiedEvents(after: 0, limit: 10).map(\.seq)
        try store.saveClassifications(seqs.map {
            ($0, EventClassification(category: $0 == seqs[3] ? .benign : .threat(.surveillance), score: 0.9, scores: [], promptLanguage: "en", responseLanguage: nil, signals: []))
        })
        try store.saveVectors(zip(seqs, rows).prefix(4).map { ($0, $1.vector) })
        try store.saveNetworks([StoredNetwork(id: "net-1", accounts: ["a2", "a3"], json: "{}")])

        let search = try SimilarSearch(store: store)
        #expect(search.count == 4)
        let hits = try search.nearest(unit(1, 0.12, 0), limit: 2)
        #expect(hits.map(\.prompt) == ["monitor the diaspora accounts", "监控海外账号"])
        #expect(hits[0].events == 2 && hits[0].accounts == ["a1", "a2"] && hits[0].eventIDs.sorted() == ["e1", "e2"])
        #expect(hits[0].networks == ["net-1"] && hits[1].networks == ["net-1"])
        #expect(hits[0].similarity > hits[1].similarity && hits[0].similarity <= 1.0)
        #expect(hits[0].category == "surveillance")
        // Starting from an event leaves that event out; the far one comes last.
        let from = try search.nearest(unit(1, 0.1, 0), limit: 5, excluding: "e1")
        #expect(from.first?.eventIDs == ["e2"])
        #expect(from.last?.prompt == "a cake recipe")
        #expect(!from.contains { $0.prompt == "not encoded" })
    }
}
