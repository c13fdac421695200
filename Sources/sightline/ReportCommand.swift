import ArgumentParser
import Foundation
import SightlineAnalysis
import SightlineCore
import SightlinePipeline
import SightlineStore

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the threat report (Markdown or self-contained HTML) or a STIX 2.1 bundle of the actioned networks.",
        discussion: "Public by default: no account ids, e-mail addresses, IPs, device or payment fingerprints, exact account counts or raw prompts beyond short masked excerpts. --internal includes them.")

    @OptionGroup var store: StoreOptions
    @Option(help: "markdown, html or stix.") var format: ReportWriter.Format
    @Option(help: "Where to write.") var output: String
    @Option(help: "Networks actioned at or after this date (YYYY-MM-DD or RFC 3339).") var since: String?
    @Option(help: "Networks actioned before this date.") var until: String?
    @Flag(help: "An internal report: with account ids, evidence details and indicators.") var `internal` = false

    func parseDate(_ s: String?) throws -> Int64? {
        guard let s else { return nil }
        if let t = Timestamp.parse(s) { return t }
        if let t = Timestamp.parse(s + "T00:00:00Z") { return t }
        throw ValidationError("dates look like 2025-09-01 or 2025-09-01T00:00:00Z; got \(LineError.quote(s))")
    }

    func run() throws {
        let s = try openStore(store)
        let text = try ReportWriter.render(store: s, format: format, since: try parseDate(since), until: try parseDate(until), isInternal: `internal`)
        do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
            Terminal.error("cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("Wrote the \(`internal` ? "internal" : "public") \(format.rawValue) report to \(output).")
    }
}


extension ReportWriter.Format: ExpressibleByArgument {}
