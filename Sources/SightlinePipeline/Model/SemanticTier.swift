import Crypto
import Foundation
import SightlineCore
import SightlineDetection
import SightlineEncoder

/// A policy's example files that cannot be used: which file, which line, what is wrong.
public struct ExampleFileError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// Reads the examples a policy names: `builtin:corpus` (Sightline's labelled corpus, shipped with
/// the program) or labelled JSON Lines files `{"text", "category"}` with optional `id`,
/// `language`, `writer` and `near_miss_of`, as in `corpus/requests.jsonl`.
public enum ExampleFiles {
    public static let builtinCorpus = "builtin:corpus"

    /// The shipped corpus's path.
    public static var corpusPath: String? { Bundle.module.path(forResource: "requests", ofType: "jsonl") }

    /// The policy's own examples, then each file's, in the order the policy lists them.
    /// `directory` is the policy file's folder, for relative paths.
    public static func examples(of policy: Policy, directory: String?) throws(ExampleFileError) -> [Policy.Example] {
        var out = policy.examples
        for name in policy.exampleFiles {
            let path: String
            if name == builtinCorpus {
                guard let p = corpusPath else { throw ExampleFileError(description: "the built-in corpus is missing from this installation") }
                path = p
            } else if name.hasPrefix("/") || directory == nil {
                path = name
            } else {
                path = directory! + "/" + name
            }
            out += try read(path)
        }
        return out
    }

    struct Line: Decodable {
        var text: String
        var category: Label
        var id: String?
        var language: String?
        var writer: String?
        var near_miss_of: ThreatCategory?
    }

    public static func read(_ path: String) throws(ExampleFileError) -> [Policy.Example] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ExampleFileError(description: "cannot read the example file \(path)") }
        var out: [Policy.Example] = []
        var number = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) { continue }
            guard let l = try? JSONCodec.decode(Line.self, from: Data(line)), !l.text.isEmpty else {
                throw ExampleFileError(
                    description: "\(path): line \(number): expected {\"text\": ..., \"category\": one of \(Label.all.map(\.rawValue).joined(separator: ", "))}")
            }
            out.append(
                Policy.Example(
                    text: l.text, label: l.category, language: l.language, id: l.id ?? "\((path as NSString).lastPathComponent):\(number)",
                    nearMissOf: l.near_miss_of, writer: l.writer))
        }
        return out
    }
}

/// The sentence vectors of texts already encoded once (the policy's examples), kept on disk
/// beside the model so that adding one example encodes only that one. A record is the SHA-256 of
/// the encoder's input and its vector; a torn last record (two writers at once) is ignored.
public final class VectorCache: @unchecked Sendable {
    // @unchecked: used from one thread at a time (loading the semantic tier).
    public let path: String
    let dimension: Int
    private var vectors: [[UInt8]: [Float]] = [:]

    public init(path: String, dimension: Int) {
        self.path = path
        self.dimension = dimension
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let record = 32 + 4 * dimension
        let bytes = [UInt8](data)
        var i = 0
        while i + record <= bytes.count {
            let key = Array(bytes[i..<(i + 32)])
            var v = [Float](repeating: 0, count: dimension)
            bytes.withUnsafeBytes { raw in
                for j in 0..<dimension { v[j] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i + 32 + 4 * j, as: UInt32.self))) }
            }
            vectors[key] = v
            i += record
        }
    }

    static func key(_ input: String) -> [UInt8] { Array(SHA256.hash(data: Data(input.utf8))) }

    public func vector(_ input: String) -> [Float]? { vectors[Self.key(input)] }

    /// Adds vectors and appends them to the file; a cache that cannot be written is only slower.
    public func add(_ items: [(input: String, vector: [Float])]) {
        var out: [UInt8] = []
        for (input, v) in items {
            let key = Self.key(input)
            guard vectors[key] == nil else { continue }
            vectors[key] = v
            out += key
            for x in v { withUnsafeBytes(of: x.bitPattern.littleEndian) { out.append(contentsOf: $0) } }
        }
        guard !out.isEmpty else { return }
        let fm = FileManager.default
        try? fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if !fm.fileExists(atPath: path) { _ = fm.createFile(atPath: path, contents: nil) }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        defer { try? handle.close() }
        // Keep whole records: cut a torn tail before appending.
        let record = UInt64(32 + 4 * dimension)
        if let end = try? handle.seekToEnd(), end % record != 0 {
            try? handle.truncate(atOffset: end - end % record)
            _ = try? handle.seekToEnd()
        }
        try? handle.write(contentsOf: Data(out))
    }
}

/// The semantic tier: the encoder and the semantic model trained on the policy's examples.
public final class SemanticTier: Sendable {
    public let encoder: E5Encoder
    public let model: SemanticModel
    public let threads: Int
    /// The encoder's input kind for prompts and examples alike.
    public static let kind = E5Encoder.Kind.query

    /// Loads the encoder from the cache and trains the head on `examples`, encoding the ones the
    /// vector cache does not hold yet.
    public init(
        cache: ModelCache, examples: [Policy.Example], threads: Int = 2, settings: DenseHead.Settings = DenseHead.Settings(),
        progress: (String) -> Void = { _ in }
    ) throws {
        let encoder = E5Encoder(model: try E5Model(bytes: try cache.load()))
        let d = encoder.dimension
        let vectorCache = VectorCache(path: cache.directory + "/vectors/e5-small-q4-\(Self.kind.rawValue).vec", dimension: d)
        // Each example's text, and its instruction when it pastes material, encoded once.
        func input(_ text: String) -> String { Self.kind.rawValue + ": " + text }
        var texts: [String] = []
        var seen = Set<String>()
        let instructions = examples.map { PastedMaterial.instruction(of: $0.text) }
        for (e, i) in zip(examples, instructions) {
            for t in [e.text, i].compactMap({ $0 }) where vectorCache.vector(input(t)) == nil && seen.insert(t).inserted { texts.append(t) }
        }
        if !texts.isEmpty {
            progress("encoding \(texts.count) policy examples (once; cached in \(cache.directory)/vectors)")
            var done = 0
            for chunk in stride(from: 0, to: texts.count, by: 256) {
                let part = Array(texts[chunk..<min(chunk + 256, texts.count)])
                let flat = encoder.embedFlat(part, kind: Self.kind, threads: threads)
                vectorCache.add(part.enumerated().map { (j, t) in (input(t), Array(flat[j * d..<(j + 1) * d])) })
                done += part.count
                progress("encoded \(done) of \(texts.count) policy examples")
            }
        }
        var vectors: [Float] = []
        vectors.reserveCapacity(examples.count * d)
        for (e, i) in zip(examples, instructions) {
            vectors += Self.promptVector(vectorCache.vector(input(e.text))!, instruction: i.map { vectorCache.vector(input($0))! })
        }
        self.encoder = encoder
        // The head trained on these examples is kept too, keyed by everything it depends on.
        var key = SHA256()
        key.update(data: Data((ModelCache.modelSHA256 + "\n" + settings.summary + "\n" + Self.vectorVersion + "\n").utf8))
        for e in examples { key.update(data: Data((e.label.rawValue + "\t" + e.text + "\n").utf8)) }
        for e in examples { key.update(data: Data(((e.language ?? "") + "\n").utf8)) }
        let headPath = cache.directory + "/heads/" + key.finalize().map { String(format: "%02x", $0) }.joined() + ".head"
        if let data = FileManager.default.contents(atPath: headPath), let heads = Self.heads(from: [UInt8](data)),
            heads.0.dimension == d, heads.0.classes == Label.all.count
        {
            self.model = SemanticModel(examples: examples, vectors: vectors, dimension: d, head: heads.0, languageHead: heads.1)
        } else {
            progress("training the semantic heads on \(examples.count) examples")
            let model = SemanticModel(examples: examples, vectors: vectors, dimension: d, settings: settings)
            try? FileManager.default.createDirectory(atPath: cache.directory + "/heads", withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: headPath, contents: Data(Self.file(model.head, model.languageHead)))
            self.model = model
        }
        self.threads = threads
    }

    /// The heads file: the category head's length (4 bytes), its bytes, then the language head's.
    static func file(_ head: DenseHead, _ language: DenseHead?) -> [UInt8] {
        let first = head.serialized()
        var out: [UInt8] = []
        withUnsafeBytes(of: UInt32(first.count).littleEndian) { out.append(contentsOf: $0) }
        return out + first + (language?.serialized() ?? [])
    }

    static func heads(from bytes: [UInt8]) -> (DenseHead, DenseHead?)? {
        guard bytes.count >= 4 else { return nil }
        let n = Int(UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24)
        guard 4 + n <= bytes.count, let head = DenseHead(serialized: Array(bytes[4..<(4 + n)])) else { return nil }
        if 4 + n == bytes.count { return (head, nil) }
        guard let language = DenseHead(serialized: Array(bytes[(4 + n)...])) else { return nil }
        return (head, language)
    }

    /// Prompt vectors, in order (`E5Encoder.promptVectors`).
    public func promptVectors(_ texts: [String]) -> [PromptVector] { encoder.promptVectors(texts, threads: threads) }

    /// How prompt vectors are made; part of the trained head's cache key.
    static let vectorVersion = "prompt vectors: text + pasted-material instruction (a lead ending in a colon stands alone)"

    /// A prompt's vector as the semantic tier judges it: its sentence vector, or for a prompt that
    /// pastes material the normalised sum of that and its instruction's, so the ask weighs as much
    /// as what it quotes (`PastedMaterial`).
    public static func promptVector(_ full: [Float], instruction: [Float]?) -> [Float] {
        guard let instruction else { return full }
        var sum = zip(full, instruction).map { $0 + $1 }
        let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if norm > 0 { for i in sum.indices { sum[i] /= norm } }
        return sum
    }
}

extension E5Encoder {
    /// Prompt vectors as the semantic tier judges them (`SemanticTier.promptVector`): the prompts
    /// and the instructions of those that paste material, encoded in one batch.
    public func promptVectors(_ texts: [String], threads: Int) -> [PromptVector] {
        let instructions = texts.map(PastedMaterial.instruction)
        let all = embed(texts + instructions.compactMap { $0 }, kind: SemanticTier.kind, threads: threads)
        var next = texts.count
        return texts.indices.map { i in
            guard instructions[i] != nil else { return PromptVector(vector: all[i], instruction: nil) }
            defer { next += 1 }
            return PromptVector(vector: SemanticTier.promptVector(all[i], instruction: all[next]), instruction: all[next])
        }
    }
}
