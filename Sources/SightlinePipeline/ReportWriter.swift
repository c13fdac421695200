import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineStore

/// Renders the threat report or STIX bundle from a store.
public enum ReportWriter {
    public static func render(store s: Store, format: String, since: Int64?, until: Int64?, isInternal: Bool) throws -> String {
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
