import ArgumentParser
import Foundation
import SightlineAnalysis
import SightlineCore
import SightlinePipeline
import SightlineStore

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the threat report (Markdown, self-contained HTML, or PDF printed from the HTML by headless Chromium) or a STIX 2.1 bundle of the actioned networks.",
        discussion: "Public by default: no account ids, e-mail addresses, IPs, device or payment fingerprints, exact account counts or raw prompts beyond short masked excerpts. --internal includes them.")

    @OptionGroup var store: StoreOptions
    @Option(help: "markdown, html, pdf or stix.") var format: Format
    @Option(help: "Where to write.") var output: String
    @Option(help: "Networks actioned at or after this date (YYYY-MM-DD or RFC 3339).") var since: String?
    @Option(help: "Networks actioned before this date.") var until: String?
    @Flag(help: "An internal report: with account ids, evidence details and indicators.") var `internal` = false
    @Option(help: "Who publishes the report, as its byline names them (default $SIGHTLINE_PUBLISHER, else \"Our trust and safety team\").")
    var publisher: String?

    func parseDate(_ s: String?) throws -> Int64? {
        guard let s else { return nil }
        if let t = Timestamp.parse(s) { return t }
        if let t = Timestamp.parse(s + "T00:00:00Z") { return t }
        throw ValidationError("dates look like 2025-09-01 or 2025-09-01T00:00:00Z; got \(LineError.quote(s))")
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, pdf, stix
    }

    func run() throws {
        let s = try openStore(store)
        let rendered: ReportWriter.Format = switch format {
        case .markdown: .markdown
        case .html, .pdf: .html
        case .stix: .stix
        }
        let text = try ReportWriter.render(store: s, format: rendered, since: try parseDate(since), until: try parseDate(until), isInternal: `internal`,
            publisher: publisher ?? ProcessInfo.processInfo.environment["SIGHTLINE_PUBLISHER"])
        do {
            if format == .pdf { try printPDF(html: text) } else { try text.write(toFile: output, atomically: true, encoding: .utf8) }
        } catch let failure as ValidationError {
            Terminal.error(failure.message)
            throw ExitCode(1)
        } catch {
            Terminal.error("cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("Wrote the \(`internal` ? "internal" : "public") \(format.rawValue) report to \(output).")
    }

    /// The HTML report printed to PDF by headless Chromium (Debian's `chromium`): what a reader
    /// prints is what they get. The report has no script, escapes every stored string, and its
    /// Content-Security-Policy (`default-src 'none'`) would refuse a script anyway.
    func printPDF(html: String) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sightline-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("report.html")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let out = URL(fileURLWithPath: output).standardizedFileURL
        let browser = ["chromium", "chromium-browser", "google-chrome"].compactMap { name in
            (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }.first
        guard let browser else { throw ValidationError("PDF needs headless Chromium (Debian: apt-get install chromium); --format html writes the same report") }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: browser)
        p.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=" + dir.appendingPathComponent("profile").path, "--print-to-pdf=" + out.path, page.absoluteString,
        ]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let head = (try? FileHandle(forReadingFrom: out).readData(ofLength: 4)) ?? Data()
        guard p.terminationStatus == 0, head == Data("%PDF".utf8) else { throw ValidationError("Chromium did not print the report to \(output)") }
    }
}


extension ReportWriter.Format: ExpressibleByArgument {}
