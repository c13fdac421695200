import ArgumentParser
import Foundation
import SightlineCore
import SightlineDetection
import SightlinePipeline

/// Which classifier tier a command uses.
enum Tier: String, ExpressibleByArgument, CaseIterable {
    /// The semantic tier when the encoder model has been fetched, the fast tier otherwise.
    case auto
    /// Phrases and the hashed-feature model only: no encoder.
    case fast
    /// The encoder and the head trained on the policy's examples; fails without the model.
    case semantic
}

/// `--policy`, `--model` and `--tier`, shared by the commands that classify.
struct DetectionOptions: ParsableArguments {
    @Option(help: "Policy file (YAML) replacing the built-in one; see `sightline policy`.") var policy: String?
    @Option(help: "Model file written by `sightline train`; default: the model trained from the built-in corpus.") var model: String?
    @Option(help: "auto (the semantic tier when the encoder model is fetched), fast (no encoder) or semantic.") var tier: Tier = .auto

    func loadPolicy() throws -> Policy {
        guard let path = policy else { return Policy.default }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            Terminal.error("cannot read the policy file \(path)")
            throw ExitCode(2)
        }
        do { return try Policy(yaml: text) } catch {
            Terminal.error("\(path): \(error.description)")
            throw ExitCode(2)
        }
    }

    /// The fast tier: phrases and the hashed-feature model.
    func classifier() throws -> Classifier {
        try classifier(policy: try loadPolicy(), semantic: nil)
    }

    func classifier(policy loadedPolicy: Policy, semantic: SemanticModel?) throws -> Classifier {
        var loadedModel = Classifier.defaultModel
        if let path = model {
            guard let data = FileManager.default.contents(atPath: path) else {
                Terminal.error("cannot read the model file \(path)")
                throw ExitCode(2)
            }
            do { loadedModel = try LinearModel(serialized: [UInt8](data)) } catch {
                Terminal.error("\(path): \(error)")
                throw ExitCode(2)
            }
        }
        return Classifier(policy: loadedPolicy, model: loadedModel, semantic: semantic)
    }

    /// The policy's examples: its own and its example files'.
    func examples(of policy: Policy) throws -> [Policy.Example] {
        do {
            return try ExampleFiles.examples(of: policy, directory: self.policy.map { ($0 as NSString).deletingLastPathComponent })
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
    }

    /// The classifier and, unless `--tier fast` or (with `auto`) the model is missing, the
    /// semantic tier trained on the policy's examples; `keep` filters the examples (evaluation
    /// holds some out).
    func classifierAndTier(keep: (Policy.Example) -> Bool = { _ in true }) throws -> (Classifier, SemanticTier?) {
        let policy = try loadPolicy()
        let cache = ModelCache()
        if tier == .fast { return (try classifier(policy: policy, semantic: nil), nil) }
        if tier == .auto, !FileManager.default.fileExists(atPath: cache.modelPath) {
            Terminal.status("the encoder model is not fetched: using the fast tier only (run `sightline model fetch` for the semantic tier)")
            return (try classifier(policy: policy, semantic: nil), nil)
        }
        let examples = try examples(of: policy).filter(keep)
        let semantic: SemanticTier
        do { semantic = try SemanticTier(cache: cache, examples: examples, progress: { Terminal.status($0) }) } catch { throw modelFailure(error) }
        return (try classifier(policy: policy, semantic: semantic.model), semantic)
    }
}

/// Reads JSON Lines from a path or stdin, calling `body` with each non-blank line's number and
/// value (or the reason it is not one).
func forEachJSONLine<T: Decodable>(_ path: String, as type: T.Type, _ body: (Int, Result<T, LineError>) throws -> Void) throws {
    let reader: LineReader
    do { reader = LineReader(try openInput(path)) } catch {
        Terminal.error(error.description)
        throw ExitCode(1)
    }
    while let batch = try reader.next() {
        for (i, r) in batch.ranges.enumerated() {
            if let value = try? JSONCodec.decode(T.self, from: batch.storage[r]) {
                try body(batch.lineNumbers[i], .success(value))
            } else {
                try body(batch.lineNumbers[i], .failure(LineError("not a JSON object of the expected shape")))
            }
        }
        for o in batch.oversize { try body(o.line, .failure(LineError("the line is \(o.size) bytes, over the line limit"))) }
    }
}

struct Classify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Classify prompts: JSON Lines {\"id\", \"text\"} on stdin, one JSON line out per line in.",
        discussion: """
            Output: {"id", "category", "score", "language", "signals"} (plus "script" for Chinese). A line that is not an object with a string `text` gives {"line", "error"}. No store needed.

            With the encoder model fetched (`sightline model fetch`), prompts are judged by the semantic tier: the sentence encoder and a head trained on the policy's examples; `--tier fast` skips it. `--explain` adds "nearest": the policy examples closest in meaning, with their labels and similarity.
            """)

    @Option(help: "Output format (json).") var format: OutputFormat = .json
    @Option(help: "Input file instead of stdin.") var input = "-"
    @Flag(help: "Add the nearest policy examples (id, label, similarity, text) to each line.") var explain = false
    @OptionGroup var detection: DetectionOptions

    struct Neighbour: Encodable {
        var id: String
        var label: String
        var similarity: Double
        var text: String
    }

    struct Output: Encodable {
        var id: EchoedID
        var category: String
        var score: Double
        var language: String
        var script: String?
        var signals: [String]
        var nearest: [Neighbour]?
    }

    struct Failure: Encodable {
        var line: Int
        var id: EchoedID?
        var error: String
    }

    func run() throws {
        let (classifier, tier) = try detection.classifierAndTier()
        var out = FileHandleOutput()
        let writer = JSONLineWriter()
        // Lines wait in a batch so the encoder sees many texts at once; output keeps input order.
        var pending: [(id: EchoedID?, text: String?, failure: String?, line: Int)] = []
        func flush() {
            let texts = pending.compactMap(\.text)
            var vectors = tier?.promptVectors(texts) ?? []
            vectors.reverse()
            for p in pending {
                guard let text = p.text else {
                    out.write(writer.line(Failure(line: p.line, id: p.id, error: p.failure ?? "")))
                    continue
                }
                let v = tier == nil ? nil : vectors.removeLast()
                let c = classifier.classify(text, vector: v?.vector, instruction: v?.instruction)
                out.write(writer.line(Output(
                    id: p.id ?? EchoedID.none, category: c.category.rawValue, score: c.score, language: c.language.code, script: c.language.script,
                    signals: c.signals,
                    nearest: explain
                        ? c.nearest.map { Neighbour(id: $0.example.id, label: $0.example.label.rawValue, similarity: $0.similarity, text: $0.example.text) }
                        : nil)))
            }
            pending.removeAll()
            out.flush()
        }
        try forEachJSONLine(input, as: TextRequest.self) { line, result in
            switch result {
            case .success(let request):
                if let text = request.text {
                    pending.append((request.id ?? EchoedID.none, text, nil, line))
                } else {
                    pending.append((request.id ?? EchoedID.none, nil, "field `text` must be a string", line))
                }
            case .failure(let error):
                pending.append((nil, nil, error.reason, line))
            }
            if pending.count >= 64 { flush() }
        }
        flush()
    }
}

/// Buffered standard output.
struct FileHandleOutput {
    var buffer = ""
    mutating func write(_ line: String) {
        buffer += line
        buffer += "\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }
    mutating func flush() {
        FileHandle.standardOutput.write(Data(buffer.utf8))
        buffer = ""
    }
}

/// One labelled example as JSON: {"text", "category"}.
struct LabelledLine: Codable {
    var text: String
    var category: Label
}

/// Labelled JSON Lines: {"text", "category"}.
func readLabels(_ path: String) throws -> [LabelledCorpus.Item] {
    var items: [LabelledCorpus.Item] = []
    var bad = 0
    try forEachJSONLine(path, as: LabelledLine.self) { line, result in
        guard case .success(let l) = result else {
            bad += 1
            if bad <= 5 { Terminal.error("\(path): line \(line): expected {\"text\": ..., \"category\": one of \(Label.all.map(\.rawValue).joined(separator: ", "))}") }
            return
        }
        items.append(LabelledCorpus.Item(text: l.text, category: l.category))
    }
    if bad > 0 { Terminal.error("\(path): \(bad) lines skipped") }
    return items
}

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Retrain the classifier from labelled JSON Lines {\"text\", \"category\"}; deterministic.",
        discussion: "Start from the built-in corpus (`sightline corpus > labels.jsonl`), add your analysts' verdicts, train, and pass the model to classify or analyze with --model.")

    @Option(help: "Labelled JSON Lines.") var labels: String
    @Option(help: "Where to write the model.") var out = "sightline-model.bin"

    func run() throws {
        let items = try readLabels(labels)
        guard Set(items.map(\.category)).count >= 2 else {
            throw ValidationError("need examples of at least two categories to train")
        }
        let model = Classifier.train(on: items)
        try Data(model.serialized()).write(to: URL(fileURLWithPath: out))
        print("Trained on \(items.count) examples; model written to \(out).")
    }
}

struct Corpus: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the built-in labelled corpus as JSON Lines {\"text\", \"category\"}.")

    enum Split: String, ExpressibleByArgument { case train, heldout, all }
    @Option(help: "train (what the shipped model learns from), heldout (never trained on), or all.") var split: Split = .all

    func run() throws {
        let items: [LabelledCorpus.Item]
        switch split {
        case .train: items = LabelledCorpus.training
        case .heldout: items = LabelledCorpus.heldOut
        case .all: items = LabelledCorpus.all
        }
        var out = FileHandleOutput()
        let writer = JSONLineWriter()
        for i in items { out.write(writer.line(LabelledLine(text: i.text, category: i.category))) }
        out.flush()
    }
}

struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy", abstract: "Print the built-in detection policy (YAML), to edit and pass with --policy.")
    @Option(help: "Check this policy file instead of printing the built-in one.") var check: String?

    func run() throws {
        guard let path = check else {
            print(DefaultPolicy.yaml)
            return
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            Terminal.error("cannot read \(path)")
            throw ExitCode(2)
        }
        do {
            let p = try Policy(yaml: text)
            print("\(path): policy \(p.version) is valid: \(p.signals.count) signals, \(p.grayZone.count) gray-zone signals.")
        } catch {
            Terminal.error("\(path): \(error.description)")
            throw ExitCode(2)
        }
    }
}

struct Similar: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find more like this: the stored prompts nearest in meaning to a prompt or an event, across languages, with their accounts and networks.",
        discussion: """
            Searches the encoded slice (the events `analyze` sent to the semantic tier; their vectors are in the store). Needs the encoder model (`sightline model fetch`). Output: {"query", "searched", "results": [{"similarity", "prompt", "category", "language", "events", "event_ids", "accounts", "networks"}]}, one result per distinct prompt; prompts are cut at 300 characters. This is an internal tool: results carry account ids and prompt text.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "A prompt to start from.") var text: String?
    @Option(help: "An event id to start from (its prompt).") var event: String?
    @Option(help: "How many results.") var limit = 10
    @Option(help: "json or table.") var format: OutputFormat = .json

    func validate() throws {
        guard (text == nil) != (event == nil) else { throw ValidationError("give either --text PROMPT or --event ID") }
        guard limit > 0 && limit <= 1_000 else { throw ValidationError("--limit must be from 1 to 1000") }
    }

    func run() throws {
        let s = try openStore(store)
        var query = text ?? ""
        if let event {
            guard let e = try s.event(id: event) else {
                Terminal.error("no event with id \(event) in the store")
                throw ExitCode(1)
            }
            query = e.prompt
        }
        let encoder = try loadEncoder()
        let search = try SimilarSearch(store: s)
        let vector = encoder.promptVectors([query], threads: 2)[0].vector
        let hits = try search.nearest(vector, limit: limit, excluding: event)
        if search.count == 0 { Terminal.status("no prompt is encoded yet: run `sightline analyze` with the encoder model fetched") }
        switch format {
        case .json:
            struct Output: Encodable {
                var query: String
                var searched: Int
                var results: [SimilarSearch.Hit]
            }
            try printJSON(Output(query: String(query.prefix(300)), searched: search.count, results: hits))
        case .text, .table:
            printTable(
                header: ["similarity", "events", "accounts", "category", "language", "networks", "prompt"],
                rows: hits.map {
                    [String(format: "%.3f", $0.similarity), String($0.events), String($0.accounts.count), $0.category, $0.language,
                     $0.networks.joined(separator: ","), String($0.prompt.prefix(70)).replacingOccurrences(of: "\n", with: " ")]
                })
            print("\(hits.count) distinct prompts; \(search.count) encoded events searched.")
        }
    }
}
