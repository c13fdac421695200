import ArgumentParser
import Foundation
import SightlineAnalysis
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
        guard let data = FileManager.default.contents(atPath: path),
            let o = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let nets = o["networks"] as? [[String: Any]]
        else {
            Terminal.error("\(path): not a truth file (expected {\"networks\": [...]} as written by `sightline generate`)")
            throw ExitCode(2)
        }
        let truth = nets.map { n in
            TruthEvaluation.TruthNetwork(
                id: n["id"] as? String ?? "?", category: n["category"] as? String ?? "", accounts: Set(n["accounts"] as? [String] ?? []),
                utcOffsetHours: n["utc_offset_hours"] as? Int, promptLanguage: n["prompt_language"] as? String, breakout: n["breakout"] as? Int)
        }
        let hard = ((o["hard_negative_groups"] as? [[String: Any]]) ?? []).map { ($0["id"] as? String ?? "?", Set($0["accounts"] as? [String] ?? [])) }
        let found = try openStore(store).savedNetworks().compactMap { try? NetworkDecoding.decode($0.json) }
        let e = TruthEvaluation(truth: truth, hardNegatives: hard, benignAccounts: o["benign_accounts"] as? Int ?? 0, found: found)
        print("\(found.count) networks in the store, \(truth.count) in \(path)\n")
        print(e.report(), terminator: "")
    }
}
