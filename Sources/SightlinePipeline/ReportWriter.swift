import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineStore

/// Renders the threat report or STIX bundle from a store.
public enum ReportWriter {
    public enum Format: String, CaseIterable, Sendable {
        case markdown, html, stix
        /// The HTTP content type.
        public var contentType: String {
            switch self {
            case .markdown: "text/markdown; charset=utf-8"
            case .html: "text/html; charset=utf-8"
            case .stix: "application/stix+json"
            }
        }
    }

    /// `publisher`: who the report names as its publisher (default: `ThreatReport`'s).
    public static func render(store s: Store, format: Format, since: Int64?, until: Int64?, isInternal: Bool, publisher: String? = nil) throws -> String {
        let networks = try s.networks()
        let actions = try s.enforcementActions()
        // Only actioned networks become case studies: read their members' events, not the store's.
        let cases = try s.cases()
        let actioned = ThreatReport.actioned(cases: cases, actions: actions)
        let members = networks.filter { actioned[$0.id] != nil }.flatMap(\.accounts)
        var byAccount: [String: [AnalysisEvent]] = [:]
        for e in try s.analysisEvents(accounts: Array(Set(members)).sorted()) { byAccount[e.event.account, default: []].append(e) }
        var report = ThreatReport.build(
            networks: networks, cases: cases, actions: actions, observations: try s.allObservations(),
            eventsOf: { n in n.accounts.flatMap { byAccount[$0] ?? [] } }, since: since, until: until, isInternal: isInternal)
        if let publisher { report.publisher = publisher }
        switch format {
        case .markdown: return report.markdown()
        case .html: return report.htmlDocument()
        case .stix:
            var indicators: [String: [Indicator]] = [:]
            if isInternal {
                let infos = try s.allAccountInfo()
                let domainUse = RecidivismWatch.domainUse(infos)
                for study in report.studies {
                    indicators[study.network.id] = Indicator.list(
                        members: study.network.accounts, eventsOf: { byAccount[$0] ?? [] }, infos: infos, domainUse: domainUse)
                }
            }
            return try StixBundle.build(report: report, indicators: indicators)
        }
    }
}
