import ArgumentParser
import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlinePipeline

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the classifier on labelled text (--labels FILE).",
        discussion: """
            Prints per-category precision, recall and F1, macro-F1, the benign false-positive rate and the confusion matrix; with language and kind fields in the file (as in corpus/requests.jsonl), the figures per language and for near misses apart from ordinary requests; with the semantic tier, the curve of those figures over the flag threshold. `--labels heldout` uses the fast model's built-in held-out split.

            The semantic head never trains on an evaluated text: examples with the same text are left out, and `--hold-out-writers` also leaves out every example by those writers and evaluates only their requests (split by writer, never by row).
            """)

    @Option(help: "Labelled JSON Lines {\"text\", \"category\"}, or `heldout`.") var labels: String?
    @Option(help: "A ground truth (truth.json): score the networks of the store against it.") var truth: String?
    @Option(help: "Comma-separated writers (the corpus's `writer` field) to evaluate on and leave out of training, e.g. w02,w06,w07,w10.")
    var holdOutWriters: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var detection: DetectionOptions

    func validate() throws {
        guard (labels == nil) != (truth == nil) else { throw ValidationError("give either --labels FILE or --truth truth.json") }
    }

    func run() throws {
        if let truth { return try evaluateNetworks(truth) }
        guard let labels else { return }
        if labels == "heldout" {
            let classifier = try detection.classifier()
            var e = Evaluation()
            for item in LabelledCorpus.heldOut { e.add(truth: item.category, predicted: classifier.classify(item.text, detectLanguage: false).category) }
            print("\(LabelledCorpus.heldOut.count) labelled items from the built-in held-out split (fast tier)\n")
            print(e.report(), terminator: "")
            return
        }
        var items: [Policy.Example]
        do { items = try ExampleFiles.read(labels) } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        let writers = Set((holdOutWriters ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        if !writers.isEmpty {
            items = items.filter { $0.writer.map(writers.contains) ?? false }
            guard !items.isEmpty else {
                Terminal.error("\(labels) has no requests by \(writers.sorted().joined(separator: ", "))")
                throw ExitCode(2)
            }
        }
        let evaluated = Set(items.map(\.text))
        let (classifier, tier) = try detection.classifierAndTier { example in
            !evaluated.contains(example.text) && !(example.writer.map(writers.contains) ?? false)
        }
        var results: [Classification] = []
        for start in stride(from: 0, to: items.count, by: 256) {
            let part = items[start..<min(start + 256, items.count)]
            let vectors = tier?.promptVectors(part.map(\.text))
            for (j, item) in part.enumerated() {
                results.append(classifier.classify(item.text, vector: vectors?[j].vector, instruction: vectors?[j].instruction, detectLanguage: false))
            }
            if tier != nil { Terminal.status("classified \(results.count) of \(items.count)") }
        }
        var e = Evaluation()
        for (item, c) in zip(items, results) { e.add(truth: item.label, predicted: c.category) }
        let what = tier == nil ? "fast tier" : "semantic tier, \(tier!.model.examples.count) training examples"
        print("\(items.count) labelled items from \(labels)\(writers.isEmpty ? "" : " by \(writers.sorted().joined(separator: ", "))") (\(what))\n")
        print(e.report(), terminator: "")
        let breakdown = Breakdown(items: items, results: results)
        print(breakdown.byLanguage(), terminator: "")
        if tier != nil { print(breakdown.curve(), terminator: "") }
    }
}

/// The figures that matter beyond the confusion matrix: per language, near misses apart from
/// ordinary requests, and how they move with the flag threshold.
struct Breakdown {
    var items: [Policy.Example]
    var results: [Classification]

    struct Counts {
        var threats = 0, right = 0, flagged = 0, nearMisses = 0, nearMissFlagged = 0, ordinary = 0, ordinaryFlagged = 0
        mutating func add(_ item: Policy.Example, _ predicted: Label) {
            if item.label.isBenign {
                if item.nearMissOf != nil {
                    nearMisses += 1
                    if !predicted.isBenign { nearMissFlagged += 1 }
                } else {
                    ordinary += 1
                    if !predicted.isBenign { ordinaryFlagged += 1 }
                }
            } else {
                threats += 1
                if predicted == item.label { right += 1 }
                if !predicted.isBenign { flagged += 1 }
            }
        }
        func row(_ name: String) -> String {
            func share(_ a: Int, _ n: Int) -> String { n == 0 ? "    -" : percent(Double(a) / Double(n)) }
            return "\(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(share(right, threats)) \(share(flagged, threats)) \(String(threats).leftPad(5))   \(share(nearMissFlagged, nearMisses)) \(String(nearMisses).leftPad(5))   \(share(ordinaryFlagged, ordinary)) \(String(ordinary).leftPad(5))\n"
        }
        static let header = "           right  any-flag  threats  near-miss flagged    n  ordinary flagged    n\n"
    }

    func byLanguage() -> String {
        var perLanguage: [String: Counts] = [:]
        var all = Counts()
        for (item, c) in zip(items, results) {
            perLanguage[item.language ?? "und", default: Counts()].add(item, c.category)
            all.add(item, c.category)
        }
        guard perLanguage.count > 1 || all.nearMisses > 0 else { return "" }
        var out = "\nper language (threats: right category, any flag; benign: near misses and ordinary requests flagged)\n" + Counts.header
        for l in perLanguage.keys.sorted() { out += perLanguage[l]!.row(l) }
        out += all.row("all")
        return out
    }

    func curve() -> String {
        var out = "\nflag threshold curve (the same figures for all languages)\n" + "threshold " + Counts.header.dropFirst(10)
        for t in stride(from: 0.3, through: 0.91, by: 0.1) {
            var counts = Counts()
            for (item, c) in zip(items, results) {
                let best = ThreatCategory.allCases.max { (c.scores[$0] ?? 0) < (c.scores[$1] ?? 0) }!
                counts.add(item, (c.scores[best] ?? 0) >= t ? .threat(best) : .benign)
            }
            out += counts.row(String(Int((t * 100).rounded())) + "%")
        }
        return out
    }
}

func percent(_ x: Double) -> String {
    let v = Int((x * 1000).rounded())
    return "\(v / 10).\(v % 10)%".leftPad(6)
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}

extension Evaluate {
    func evaluateNetworks(_ path: String) throws {
        let truth: ScenarioTruth
        do {
            guard let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
            truth = try JSONCodec.decode(ScenarioTruth.self, from: data)
        } catch {
            Terminal.error("\(path): not a truth file (expected {\"networks\": [...]} as written by `sightline generate`)")
            throw ExitCode(2)
        }
        let found = try openStore(store).networks()
        let e = TruthEvaluation(truth: truth, found: found)
        print("\(found.count) networks in the store, \(truth.networks.count) in \(path)\n")
        print(e.report(), terminator: "")
    }
}
