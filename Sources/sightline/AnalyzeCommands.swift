import ArgumentParser
import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlinePipeline
import SightlineStore

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring the analysis up to date: classify what is new, link accounts, form and assess networks.",
        discussion: "Safe to re-run; re-running with no new data changes nothing.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var detection: DetectionOptions
    @Option(help: "Edges at least this strong (0...1) join accounts into one network.") var linkThreshold = 0.5
    @Option(help: "components (connected components over strong edges, the default) or louvain (modularity communities over all edges); see docs/DETECTION.md.")
    var clustering: Clustering = .components

    func run() throws {
        let s = try openStore(store)
        let started = Date()
        var analyzer = Analyzer(store: s, classifier: try detection.classifier())
        analyzer.linkThreshold = linkThreshold
        analyzer.clustering = clustering
        let summary = try analyzer.run { message in
            if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\u{1B}[2K  \(message)".utf8)) }
        }
        if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        print("Classified \(grouped(summary.classified)) new events; \(grouped(summary.events)) events from \(grouped(summary.accounts)) accounts analysed.")
        print("\(grouped(summary.triaged)) accounts triaged as worth linking, \(grouped(summary.candidates)) with their neighbours; \(summary.networks.count) networks (\(String(format: "%.1f", Date().timeIntervalSince(started))) s).")
        print("See them: sightline networks\(store.hint) --format table")
    }
}

extension Clustering: ExpressibleByArgument {}

struct Networks: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the networks found by the latest analyze.")

    @OptionGroup var store: StoreOptions
    @Option(help: "json (the contract shape) or table.") var format: OutputFormat = .json

    func run() throws {
        let saved = try openStore(store).savedNetworks()
        switch format {
        case .json:
            print("{\n  \"networks\": [\n" + saved.map(\.json).joined(separator: ",\n") + "\n  ]\n}")
        case .text, .table:
            printNetworksTable(saved)
        }
    }
}

func printNetworksTable(_ saved: [StoredNetwork]) {
            let rows = saved.compactMap { n -> [String]? in
                guard let o = (try? JSONSerialization.jsonObject(with: Data(n.json.utf8))) as? [String: Any] else { return nil }
                let a = o["attribution"] as? [String: Any] ?? [:]
                func top(_ m: Any?) -> String {
                    ((m as? [String: Any]) ?? [:]).compactMap { k, v in (v as? Double).map { (k, $0) } }
                        .sorted { $0.1 > $1.1 }.prefix(2).map { "\($0.0) \(Int(($0.1 * 100).rounded()))%" }.joined(separator: ", ")
                }
                let offset = (a["utc_offset_hours"] as? Int).map { "UTC\($0 >= 0 ? "+" : "")\($0)" } ?? "-"
                let breakout = ((o["breakout"] as? [String: Any])?["category"] as? Int).map(String.init) ?? "-"
                return [n.id, o["name"] as? String ?? "", o["category"] as? String ?? "", String(n.accounts.count),
                        String(format: "%.2f", o["risk"] as? Double ?? 0), offset, top(a["prompt_languages"]), top(a["output_languages"]), breakout]
            }
            printTable(header: ["id", "name", "category", "accounts", "risk", "works", "prompts", "outputs", "breakout"], rows: rows)
            if rows.isEmpty { print("No networks. Run `sightline analyze` first.") }
}

func printTable(header: [String], rows: [[String]]) {
    let widths = header.indices.map { i in max(header[i].count, rows.map { $0[i].count }.max() ?? 0) }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - c.count) }.joined(separator: "  ")
    }
    print(line(header))
    print(line(widths.map { String(repeating: "-", count: $0) }))
    for r in rows { print(line(r)) }
}
