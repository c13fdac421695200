import Foundation
@testable import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlineScenario
import SightlineStore
import SightlineStoreSQLite
import Testing
@testable import SightlinePipeline

/// A scenario analysed and actioned with a fixed clock: the same bytes every time.
func actionedScenario(_ dir: TempDir, name: String) throws -> (store: SQLiteStore, scenario: ScenarioFiles.Written) {
    let written = try ScenarioFiles.write(to: dir.path("s-\(name)"), seed: 42, scale: 0.1)
    let store = try SQLiteStore(path: dir.path("\(name).sqlite"))
    _ = try Ingestor(store: store, kind: .events).ingest(paths: [written.eventsPath])
    _ = try Ingestor(store: store, kind: .observations).ingest(paths: [written.observationsPath])
    final class Clock: @unchecked Sendable {
        // @unchecked: used from one thread.
        var t: Int64 = ScenarioGenerator.start + 31 * 86_400_000
    }
    let clock = Clock()
    let now: @Sendable () -> Int64 = { clock.t += 1000; return clock.t }
    var analyzer = Analyzer(store: store, classifier: Classifier(policy: .default, model: Classifier.defaultModel))
    analyzer.now = now
    let networks = try analyzer.run().networks
    let casework = Casework(store: store, now: now)
    for n in networks { _ = try casework.enforce(targetKind: .network, target: n.id, action: .ban, category: n.category, reason: "test", actor: "t", dryRun: false) }
    return (store, written)
}

@Suite(.serialized) struct ReportTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test func reportsAreByteIdenticalAcrossRunsAndMatchTheSnapshot() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let a = try actionedScenario(dir, name: "a")
        let b = try actionedScenario(dir, name: "b")
        for format in ReportWriter.Format.allCases {
            for isInternal in [false, true] {
                let x = try ReportWriter.render(store: a.store, format: format, since: nil, until: nil, isInternal: isInternal)
                let y = try ReportWriter.render(store: b.store, format: format, since: nil, until: nil, isInternal: isInternal)
                #expect(x == y, "\(format) internal=\(isInternal)")
            }
        }
        let markdown = try ReportWriter.render(store: a.store, format: .markdown, since: nil, until: nil, isInternal: false)
        let file = Self.snapshots.appendingPathComponent("public-report.md")
        if ProcessInfo.processInfo.environment["SIGHTLINE_RECORD"] == "1" {
            try markdown.write(to: file, atomically: true, encoding: .utf8)
        }
        let recorded = try String(contentsOf: file, encoding: .utf8)
        #expect(markdown == recorded, "re-record with SIGHTLINE_RECORD=1 if the change is intended")
    }

    /// Every case study ties each tactic to the activity it describes, for every category (not
    /// only cyber operations), in the Markdown, the HTML and the STIX bundle's relationships.
    @Test func tacticsAreTiedToTheActivitiesTheyDescribe() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let (store, _) = try actionedScenario(dir, name: "t")
        let networks = try store.networks()
        #expect(Set(networks.map(\.category)).count >= 3, "several categories to look at")
        for n in networks {
            #expect(!n.ttps.isEmpty && n.ttps.allSatisfy { !($0.activity ?? "").isEmpty }, "\(n.id) \(n.category): \(n.ttps)")
            #expect(Set(n.ttps.map { "\($0.framework):\($0.id)" }).count == n.ttps.count, "one row per tactic")
        }
        let html = try ReportWriter.render(store: store, format: .html, since: nil, until: nil, isInternal: false)
        let influence = try #require(networks.first { $0.category == .influence })
        let row = "<tr><td>Writing and translating the operation&#39;s articles and posts</td><td>DISARM</td><td>TA06 Develop Content</td></tr>"
        #expect(html.contains(row), "an influence network's DISARM tactic with its activity (\(influence.name))")
        #expect(html.components(separatedBy: "<h3>Tactics</h3>").count - 1 == networks.count)
        let markdown = try ReportWriter.render(store: store, format: .markdown, since: nil, until: nil, isInternal: false)
        #expect(markdown.contains("| Activity | Framework | Tactic |"))
        let bundle = try ReportWriter.render(store: store, format: .stix, since: nil, until: nil, isInternal: false)
        #expect(bundle.contains("\"description\":\"Writing and translating the operation's articles and posts\"") || bundle.contains("\"description\" : \"Writing and translating the operation's articles and posts\""))
    }

    @Test func publicReportsAndBundlesCarryNoIdentifiersFromTheInput() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let (store, scenario) = try actionedScenario(dir, name: "p")
        var identifiers = Set<String>()
        for line in try String(contentsOfFile: scenario.eventsPath, encoding: .utf8).split(separator: "\n") {
            let e = try EventDecoder.decode(String(line))
            identifiers.insert(e.account)
            if let ip = e.ip { identifiers.insert(ip) }
            if let d = e.device { identifiers.insert(d) }
            if let c = e.conversation { identifiers.insert(c) }
            if let m = e.accountInfo?.email { identifiers.insert(m) }
            if let p = e.accountInfo?.payment { identifiers.insert(p) }
        }
        let publicTexts = try ReportWriter.Format.allCases.map { try ReportWriter.render(store: store, format: $0, since: nil, until: nil, isInternal: false) }
        for text in publicTexts {
            let leaked = identifiers.filter { text.contains($0) }
            #expect(leaked.isEmpty, "leaked: \(leaked.prefix(5))")
        }
        let internalText = try ReportWriter.render(store: store, format: .markdown, since: nil, until: nil, isInternal: true)
        #expect(identifiers.contains { internalText.contains($0) }, "the internal report does name accounts")
        #expect(publicTexts[0].contains("## Covert IO: Operation"))
        #expect(publicTexts[0].contains("Breakout Scale"))
    }

    @Test func hostileTextIsInertInMarkdownAndHTML() {
        let hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) **bold** # heading | cell \u{202E}evil\u{202C} <svg onload=alert(4)> " + String(repeating: "A", count: 5000)
        let network = Network(
            id: "net-1", name: "Quiet Harbor", category: .influence, categories: [.influence: 0.9], risk: 0.9, accounts: ["<b>acct</b>", "a2", "x`<img src=x onerror=alert(5)>`"],
            attribution: .init(promptLanguages: ["en": 1], outputLanguages: [:], utcOffsetHours: 3, anonymizerShare: 0, countries: [:], confidence: .low, reasons: []),
            breakout: .init(category: 2, rationale: "Matched post obs-<script>alert(6)</script> on two platforms.", observations: ["obs-<script>alert(6)</script>"]), ttps: [], evidence: [.init(kind: .sharedInfrastructure, detail: "device " + hostile, accounts: ["<b>acct</b>", "a2"])],
            events: 3, firstSeen: 0, lastSeen: 86_400_000, hourOfWeek: [Int](repeating: 1, count: 168))
        let study = ThreatReport.CaseStudy(
            network: network, leadSource: .internalDetection, verdict: nil, actionedAt: 1, promptExcerpts: [Excerpt.make(hostile)],
            outputExcerpts: [Excerpt.make(hostile)], platforms: [])
        for isInternal in [false, true] {
            let report = ThreatReport(
                title: "t", since: nil, until: nil, generatedFor: 0, internalReport: isInternal, studies: [study], allActioned: [study], disruptedInPeriod: 1,
                disruptedSinceStart: 1, networksFound: 1)
            let html = report.htmlDocument()
            #expect(!html.contains("<script"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("<svg onload"))
            #expect(!html.contains("<b>acct"))
            #expect(!html.contains("\u{202E}"))
            #expect(html.contains("&lt;script&gt;"))
            let md = report.markdown()
            #expect(!md.contains("<script"))
            #expect(!md.contains("](javascript"))
            #expect(!md.contains("**bold**"))
            #expect(!md.contains("\u{202E}"))
            // The generator writes no HTML into Markdown, so no renderer can find any: every "<" is
            // an entity, and a backtick in an id cannot open or close a code span.
            #expect(!md.contains("<"))
            #expect(!md.replacingOccurrences(of: "\\`", with: "").contains("`"), "no unescaped backtick")
        }
        #expect(Excerpt.make(hostile).count <= 161, "excerpts are short")
        #expect(Excerpt.make("mail me at bob@example.org or call 0044712345678, see https://x.example/a").contains("[e-mail]"))
    }
}
