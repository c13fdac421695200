import ArgumentParser
import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineStore

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the threat report (Markdown or self-contained HTML) or a STIX 2.1 bundle of the actioned networks.",
        discussion: "Public by default: no account ids, e-mail addresses, IPs, device or payment fingerprints, exact account counts or raw prompts beyond short masked excerpts. --internal includes them.")

    enum Format: String, ExpressibleByArgument { case markdown, html, stix }

    @OptionGroup var store: StoreOptions
    @Option(help: "markdown, html or stix.") var format: Format
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
        let text = try ReportWriter.render(store: s, format: format.rawValue, since: try parseDate(since), until: try parseDate(until), isInternal: `internal`)
        do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
            Terminal.error("cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("Wrote the \(`internal` ? "internal" : "public") \(format.rawValue) report to \(output).")
    }
}

enum ReportWriter {
    static func render(store s: Store, format: String, since: Int64?, until: Int64?, isInternal: Bool) throws -> String {
        let networks = try s.savedNetworks().compactMap { try? NetworkDecoding.decode($0.json) }
        let events = try s.analysisEvents()
        var byAccount: [String: [AnalysisEvent]] = [:]
        for e in events { byAccount[e.event.account, default: []].append(e) }
        let report = ThreatReport.build(
            networks: networks, cases: try s.cases(), actions: try s.enforcementActions(), observations: try s.allObservations(),
            eventsOf: { n in n.accounts.flatMap { byAccount[$0] ?? [] } }, since: since, until: until, isInternal: isInternal)
        switch format {
        case "markdown": return report.markdown()
        case "html": return report.htmlDocument()
        default:
            var indicators: [String: [(kind: String, value: String)]] = [:]
            if isInternal {
                let infos = try s.allAccountInfo()
                var domainUse: [String: Int] = [:]
                for info in infos.values { if let d = info.domain { domainUse[d, default: 0] += 1 } }
                for study in report.studies {
                    let members = study.network.accounts
                    var ipUse: [String: Set<String>] = [:]
                    for m in members { for e in byAccount[m] ?? [] where e.event.anonymizer == nil { if let ip = e.event.ip { ipUse[ip, default: []].insert(m) } } }
                    var list = ipUse.filter { $0.value.count >= 2 }.keys.sorted().map { (kind: "ip", value: $0) }
                    let domains = Set(members.compactMap { infos[$0]?.domain }).filter { (domainUse[$0] ?? 0) <= 30 }
                    list += domains.sorted().map { (kind: "email-domain", value: $0) }
                    indicators[study.network.id] = list
                }
            }
            return StixBundle.build(report: report, indicators: indicators)
        }
    }
}
