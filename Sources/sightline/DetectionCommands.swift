import ArgumentParser
import Foundation
import SightlineCore
import SightlineDetection
import SightlinePipeline

/// `--policy` and `--model`, shared by the commands that classify.
struct DetectionOptions: ParsableArguments {
    @Option(help: "Policy file (YAML) replacing the built-in one; see `sightline policy`.") var policy: String?
    @Option(help: "Model file written by `sightline train`; default: the model trained from the built-in corpus.") var model: String?

    func classifier() throws -> Classifier {
        var loadedPolicy = Policy.default
        if let path = policy {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                Terminal.error("cannot read the policy file \(path)")
                throw ExitCode(2)
            }
            do { loadedPolicy = try Policy(yaml: text) } catch {
                Terminal.error("\(path): \(error.description)")
                throw ExitCode(2)
            }
        }
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
        return Classifier(policy: loadedPolicy, model: loadedModel)
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
        discussion: "Output: {\"id\", \"category\", \"score\", \"language\", \"signals\"} (plus \"script\" for Chinese). A line that is not an object with a string `text` gives {\"line\", \"error\"}. No store needed.")

    @Option(help: "Output format (json).") var format: OutputFormat = .json
    @Option(help: "Input file instead of stdin.") var input = "-"
    @OptionGroup var detection: DetectionOptions

    func run() throws {
        struct Result: Encodable {
            var id: EchoedID
            var category: String
            var score: Double
            var language: String
            var script: String?
            var signals: [String]
        }
        struct Failure: Encodable {
            var line: Int
            var id: EchoedID?
            var error: String
        }
        let classifier = try detection.classifier()
        var out = FileHandleOutput()
        let writer = JSONLineWriter()
        try forEachJSONLine(input, as: TextRequest.self) { line, result in
            switch result {
            case .success(let request):
                guard let text = request.text else {
                    out.write(writer.line(Failure(line: line, id: request.id ?? EchoedID.none, error: "field `text` must be a string")))
                    return
                }
                let c = classifier.classify(text)
                out.write(writer.line(Result(
                    id: request.id ?? EchoedID.none, category: c.category.rawValue, score: c.score, language: c.language.code, script: c.language.script,
                    signals: c.signals)))
            case .failure(let error):
                out.write(writer.line(Failure(line: line, error: error.reason)))
            }
        }
        out.flush()
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
