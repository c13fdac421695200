import ArgumentParser
import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlinePipeline

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring the analysis up to date: classify what is new, link accounts, form and assess networks.",
        discussion: "Safe to re-run; re-running with no new data changes nothing.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var detection: DetectionOptions
    @Option(help: "Edges at least this strong (0...1) join accounts into one network.") var linkThreshold = 0.5
    @Option(help: "components (connected components over strong edges, the default) or louvain (modularity communities over all edges); see docs/DETECTION.md.")
    var clustering: Clustering = .components
    @Option(help: "Distinct prompts the semantic tier may encode in one run (the cascade's budget; see docs/DETECTION.md).")
    var encodeBudget = 6_000

    func run() throws {
        let s = try openStore(store)
        let started = Date()
        let (classifier, tier) = try detection.classifierAndTier()
        var analyzer = Analyzer(store: s, classifier: classifier)
        analyzer.encoder = tier
        analyzer.encodeBudget = encodeBudget
        analyzer.linkThreshold = linkThreshold
        analyzer.clustering = clustering
        let summary = try analyzer.run { message in
            if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\u{1B}[2K  \(message)".utf8)) }
        }
        if Terminal.isInteractive { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        print("Classified \(grouped(summary.classified)) new events; \(grouped(summary.events)) events from \(grouped(summary.accounts)) accounts analysed.")
        if let p = summary.semantic {
            print(
                "Semantic tier: encoded \(grouped(p.encodedTexts)) distinct prompts (\(grouped(p.encodedEvents)) events) in \(String(format: "%.1f", p.seconds)) s (the encoder \(String(format: "%.1f", p.encoderSeconds)) s), budget \(grouped(p.budget)); "
                    + "\(grouped(p.worthEncoding)) events were worth encoding (every event of the \(grouped(p.touchedAccounts)) accounts a signal touches, and those the fast tier scored \(Int(EncoderBudget.minimumScore * 100))% or more), \(grouped(p.left)) left for the next run; \(grouped(p.changed)) events changed category.")
        } else if tier == nil {
            print("Semantic tier: off (fast tier only).")
        }
        print("\(grouped(summary.triaged)) accounts triaged as worth linking, \(grouped(summary.candidates)) with their neighbours; \(summary.networks.count) networks (\(String(format: "%.1f", Date().timeIntervalSince(started))) s).")
        print("Stages: " + summary.stages.map { "\($0.name) \(String(format: "%.1f", $0.seconds)) s" }.joined(separator: ", ") + ".")
        print("See them: sightline networks\(store.hint) --format table")
    }
}

extension Clustering: ExpressibleByArgument {}

struct Networks: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the networks found by the latest analyze.")

    @OptionGroup var store: StoreOptions
    @Option(help: "json (the contract shape) or table.") var format: OutputFormat = .json

    func run() throws {
        let networks = try openStore(store).networks()
        switch format {
        case .json:
            struct Listing: Encodable { var networks: [Network] }
            try printJSON(Listing(networks: networks))
        case .text, .table:
            printNetworksTable(networks)
        }
    }
}

func printNetworksTable(_ networks: [Network]) {
    func top(_ shares: [String: Double]) -> String {
        shares.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(2).map { "\($0.key) \(Int(($0.value * 100).rounded()))%" }.joined(separator: ", ")
    }
    let rows = networks.map { n -> [String] in
        let a = n.attribution
        let offset = a.utcOffsetHours.map { "UTC\($0 >= 0 ? "+" : "")\($0)" } ?? "-"
        return [
            n.id, n.name, n.category.rawValue, String(n.accounts.count), String(format: "%.2f", n.risk), offset, top(a.promptLanguages),
            top(a.outputLanguages), n.breakout.map { String($0.category) } ?? "-",
        ]
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
