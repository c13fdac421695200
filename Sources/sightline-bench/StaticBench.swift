import ArgumentParser
import Foundation
import SightlineCore
import SightlineDetection
import SightlineEncoder
import SightlinePipeline

struct StaticBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "static",
        abstract: "A static-vector fast tier (mean of the input embedding rows, no transformer) against the encoder, on the corpus split by writer: speed and what the head finds.")

    @Option(help: "Evaluation writers.") var holdOut = "w02,w06,w07,w10,w14,w18"

    func run() throws {
        let model = try E5Model(bytes: try ModelCache().load())
        let items = try ExampleFiles.read(ExampleFiles.corpusPath!)
        let writers = Set(holdOut.split(separator: ",").map(String.init))
        var started = Date()
        let vectors = items.map { model.meanWordEmbedding("query: " + $0.text) }
        let perText = Date().timeIntervalSince(started) / Double(items.count)
        let train = items.indices.filter { !(items[$0].writer.map(writers.contains) ?? false) }
        let test = items.indices.filter { items[$0].writer.map(writers.contains) ?? false }
        let d = model.config.hidden
        started = Date()
        let head = DenseHead.train(
            vectors: train.flatMap { vectors[$0] }, labels: train.map { Label.all.firstIndex(of: items[$0].label)! }, classes: Label.all.count,
            dimension: d)
        print("static vectors: \(String(format: "%.0f", 1 / perText)) texts/s on one core (tokenizer + table look-ups); head trained in \(String(format: "%.1f", Date().timeIntervalSince(started))) s on \(train.count)")
        for t in [0.5, 0.7, 0.9] {
            var threats = 0, right = 0, ordinary = 0, ordinaryFlagged = 0, near = 0, nearFlagged = 0
            for i in test {
                let p = head.probabilities(vectors[i])
                let best = (0..<ThreatCategory.allCases.count).max { p[$0] < p[$1] }!
                let flagged = Double(p[best]) >= t
                let item = items[i]
                if item.label.isBenign {
                    if item.nearMissOf != nil { near += 1; if flagged { nearFlagged += 1 } } else { ordinary += 1; if flagged { ordinaryFlagged += 1 } }
                } else {
                    threats += 1
                    if flagged && Label.all[best] == item.label { right += 1 }
                }
            }
            print("  threshold \(t): right \(String(format: "%.1f", 100.0 * Double(right) / Double(threats)))%, near misses flagged \(String(format: "%.1f", 100.0 * Double(nearFlagged) / Double(near)))%, ordinary flagged \(String(format: "%.1f", 100.0 * Double(ordinaryFlagged) / Double(ordinary)))% (\(test.count) evaluated)")
        }
    }
}
