import ArgumentParser
import SightlineStore

@main
struct Sightline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sightline",
        abstract: "Find, link and report networks misusing an AI model, from its usage logs.",
        discussion: "Start with `sightline demo`. The contract of every command is in docs/CLI.md.",
        version: "0.2.0",
        subcommands: [
            Demo.self, Ingest.self, Observe.self, Quarantine.self, Generate.self, Analyze.self, Networks.self, Cases.self, CaseCommand.self, Enforce.self, Enforcement.self, Audit.self, Report.self, Serve.self, TokenCommand.self, Classify.self, StreamCommand.self, Similar.self, Train.self, WorkerCommand.self,
            Evaluate.self, Corpus.self, PolicyCommand.self, ModelCommand.self, Embed.self,
        ])
}

/// `--db`, shared by every command that touches data.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "Store: a path or sqlite:PATH (default $SIGHTLINE_DB or ./sightline.sqlite), or postgres://…")
    var db: String?

    /// ` --db X` for a hint printed to the user, with a PostgreSQL password left out.
    var hint: String {
        guard let db else { return "" }
        let location = StoreLocation.parse(db)
        if case .postgres = location { return " --db '\(location)'" }
        return " --db \(db)"
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, table
}
