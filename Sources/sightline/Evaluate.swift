import ArgumentParser
import Foundation
import SightlineDetection

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the classifier on labelled text (--labels FILE).",
        discussion: "Prints per-category precision, recall and F1, macro-F1, the benign false-positive rate and the confusion matrix. `--labels heldout` uses the built-in corpus's held-out split.")

    @Option(help: "Labelled JSON Lines {\"text\", \"category\"}, or `heldout`.") var labels: String
    @OptionGroup var detection: DetectionOptions

    func run() throws {
        let classifier = try detection.classifier()
        let items = labels == "heldout" ? LabelledCorpus.heldOut : try readLabels(labels)
        var e = Evaluation()
        for item in items { e.add(truth: item.category, predicted: classifier.classify(item.text, detectLanguage: false).category) }
        print("\(items.count) labelled items from \(labels)\n")
        print(e.report(), terminator: "")
    }
}
