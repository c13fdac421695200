import ArgumentParser
import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlinePipeline

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the classifier on labelled text (--labels FILE).",
        discussion: "Prints per-category precision, recall and F1, macro-F1, the benign false-positive rate and the confusion matrix. `--labels heldout` uses the built-in corpus's held-out split.")

    @Option(help: "Labelled JSON Lines {\"text\", \"category\"}, or `heldout`.") var labels: String?
    @Option(help: "A ground truth (truth.json): score the networks of the store against it.") var truth: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var detection: DetectionOptions

    func validate() throws {
        guard (labels == nil) != (truth == nil) else { throw ValidationError("give either --labels FILE or --truth truth.json") }
    }

    func run() throws {
        if let truth { return try evaluateNetworks(truth) }
        guard let labels else { return }
        let classifier = try detection.classifier()
        let items = labels == "heldout" ? LabelledCorpus.heldOut : try readLabels(labels)
        var e = Evaluation()
        for item in items { e.add(truth: item.category, predicted: classifier.classify(item.text, detectLanguage: false).category) }
        print("\(items.count) labelled items from \(labels)\n")
        print(e.report(), terminator: "")
    }
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
