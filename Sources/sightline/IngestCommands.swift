import ArgumentParser
import Foundation
import SightlineCore
import SightlinePipeline
import SightlineStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest usage events (JSON Lines; `-` reads stdin; .gz files too).",
        discussion: """
            Idempotent on `id`. Every non-blank line is stored, counted as a duplicate, or set aside in \
            the quarantine with its line number and reason (see `sightline quarantine`). Exits 0 when \
            every line is accounted for, 1 when a file cannot be read or is cut short.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Summary format: text or json.") var format: OutputFormat = .text
    @Option(help: "Longest line accepted, in bytes; longer lines are quarantined.") var maxLineBytes = LineReader.defaultMaxLineBytes
    @Argument(help: "JSON Lines files of usage events (`-` for standard input).") var files: [String]

    func run() throws {
        try runIngest(kind: .events, files: files, store: store, format: format, maxLineBytes: maxLineBytes, noun: "events")
    }
}

struct Observe: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest external observations (JSON Lines), with the same guarantees as ingest.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Summary format: text or json.") var format: OutputFormat = .text
    @Option(help: "Longest line accepted, in bytes.") var maxLineBytes = LineReader.defaultMaxLineBytes
    @Argument(help: "JSON Lines files of observations (`-` for standard input).") var files: [String]

    func run() throws {
        try runIngest(kind: .observations, files: files, store: store, format: format, maxLineBytes: maxLineBytes, noun: "observations")
    }
}

func openStore(_ options: StoreOptions, connections: Int = 1) throws -> Store {
    do {
        return try StoreLocation.parse(options.db).open(connections: connections)
    } catch let error as StoreError {
        Terminal.error(error.message)
        throw ExitCode(2)
    }
}

func runIngest(kind: Ingestor.Kind, files: [String], store options: StoreOptions, format: OutputFormat, maxLineBytes: Int, noun: String) throws {
    guard !files.isEmpty else { throw ValidationError("name at least one file, or `-` for standard input") }
    let store = try openStore(options)
    var ingestor = Ingestor(store: store, kind: kind)
    ingestor.maxLineBytes = maxLineBytes
    let started = Date()
    let progress = Terminal.Progress(label: "ingesting", totalBytes: files.reduce(0) { $0 + fileSize($1) })
    let summary: IngestSummary
    do {
        summary = try ingestor.ingest(paths: files) { progress.update($0) }
    } catch let error as StoreError {
        progress.finish()
        Terminal.error(error.message)
        throw ExitCode(2)
    }
    progress.finish()
    let seconds = Date().timeIntervalSince(started)
    for failure in summary.failures { Terminal.error(failure) }
    switch format {
    case .json:
        try printJSON(summary, .line)
    case .text, .table:
        let rate = seconds > 0 ? Int(Double(summary.lines) / seconds) : 0
        print("\(grouped(summary.lines)) lines read: \(grouped(summary.stored)) \(noun) stored, \(grouped(summary.duplicates)) duplicates, \(grouped(summary.quarantined)) quarantined (\(String(format: "%.1f", seconds)) s, \(grouped(rate)) lines/s)")
        if summary.quarantined > 0 {
            print("See why lines were set aside: sightline quarantine\(options.hint)")
        }
    }
    if !summary.failures.isEmpty { throw ExitCode(1) }
}

struct Quarantine: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the input lines set aside, with line numbers and reasons.")

    @OptionGroup var store: StoreOptions
    @Option(help: "text or json.") var format: OutputFormat = .text
    @Flag(help: "Include each line's bytes (`raw` as text where it is valid UTF-8, and `raw_base64`).") var raw = false

    func run() throws {
        let lines = try openStore(store).quarantinedLines()
        switch format {
        case .json:
            struct Entry: Encodable {
                var kind: String
                var source: String
                var line: Int
                var reason: String
                var raw: String?
                var raw_base64: String?
            }
            struct Listing: Encodable { var quarantined: [Entry] }
            try printJSON(Listing(quarantined: lines.map { q in
                Entry(
                    kind: q.kind.rawValue, source: q.source, line: q.line, reason: q.reason,
                    raw: raw ? String(validating: q.raw, as: UTF8.self) : nil, raw_base64: raw ? Data(q.raw).base64EncodedString() : nil)
            }))
        case .text, .table:
            if lines.isEmpty {
                print("No lines are in the quarantine.")
                return
            }
            for q in lines {
                print("\(q.source):\(q.line) [\(q.kind.rawValue)] \(q.reason)")
                if raw { print("    " + LineError.quote(String(decoding: q.raw, as: UTF8.self), limit: 200)) }
            }
            print("\(grouped(lines.count)) lines set aside.")
        }
    }
}
