import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlineScenario
import SightlineStore
import SightlineStoreSQLite
import Testing
@testable import SightlinePipeline

@Suite(.serialized) struct CaseworkTests {
    final class Clock: @unchecked Sendable {
        // @unchecked: tests use it from one thread.
        var t: Int64 = 1_760_000_000_000
        func tick() -> Int64 { t += 1000; return t }
    }

    func truthNetworks(_ path: String) throws -> [String: Set<String>] {
        let truth = try JSONCodec.decode(ScenarioTruth.self, from: try Data(contentsOf: URL(fileURLWithPath: path)))
        return Dictionary(uniqueKeysWithValues: truth.networks.map { ($0.id, Set($0.accounts)) })
    }

    @Test func enforcementRoundTripAndAudit() throws {
        let store = MemoryStore()
        _ = try store.ingest(events: [UsageEvent(id: "e1", time: 1, account: "a1", prompt: "p"), UsageEvent(id: "e2", time: 2, account: "a2", prompt: "p")], quarantined: [])
        try store.save(networks: [testNetwork(id: "net-1", accounts: ["a1", "a2"])])
        let clock = Clock()
        let cw = Casework(store: store, now: { clock.tick() })
        try store.saveCase(Case(networkID: "net-1", updated: 0))

        let dry = try cw.enforce(targetKind: .network, target: "net-1", action: .ban, category: .influence, reason: "IO", actor: "ana", dryRun: true)
        #expect(dry.changes == ["a1: none -> ban", "a2: none -> ban"])
        #expect(try store.enforcementActions().isEmpty, "a dry run writes nothing")
        #expect(try store.auditLog().isEmpty)

        let ban = try cw.enforce(targetKind: .network, target: "net-1", action: .ban, category: .influence, reason: "IO", actor: "ana", dryRun: false)
        #expect(try cw.standing().mapValues(\.action) == ["a1": .ban, "a2": .ban])
        #expect(try store.cases().first?.status == .actioned)
        _ = try cw.enforce(targetKind: .account, target: "a1", action: .warn, category: .influence, reason: "extra", actor: "ana", dryRun: false)
        #expect(try cw.standing()["a1"]?.action == .ban, "a warning does not weaken a ban")

        _ = try cw.reverse(actionID: ban.action.id, reason: "appeal upheld", actor: "bo")
        #expect(try cw.standing().mapValues(\.action) == ["a1": .warn])
        #expect(try store.enforcementActions().count == 3, "nothing is deleted")
        #expect(throws: Casework.Failure.self) { try cw.reverse(actionID: ban.action.id, reason: "again", actor: "bo") }
        #expect(throws: Casework.Failure.self) { try cw.enforce(targetKind: .account, target: "a1", action: .ban, category: .influence, reason: " ", actor: "x", dryRun: false) }
        #expect(throws: Casework.Failure.self) { try cw.enforce(targetKind: .network, target: "net-nope", action: .ban, category: .influence, reason: "r", actor: "x", dryRun: false) }

        #expect(throws: Casework.Failure.self) { try cw.updateCase("net-1", status: nil, verdict: "confirmed", reason: nil, note: nil, lead: nil, actor: "ana") }
        let c = try cw.updateCase("net-1", status: .closed, verdict: "confirmed", reason: nil, note: "shared devices", lead: .partnerTip, actor: "ana")
        #expect(c.verdictReason == "shared devices" && c.status == .closed && c.leadSource == .partnerTip && c.notes.count == 1)
        #expect(throws: Casework.Failure.self) { try cw.updateCase("net-nope", status: .closed, verdict: nil, reason: nil, note: nil, lead: nil, actor: "ana") }

        // An update that changes nothing is refused and leaves the case as it was.
        let before = try store.caseFor(network: "net-1")
        #expect(throws: Casework.Failure.self) { try cw.updateCase("net-1", status: nil, verdict: nil, reason: nil, note: "", lead: nil, actor: "ana") }
        #expect(try store.caseFor(network: "net-1") == before)
        // An account with no events cannot be actioned.
        #expect(throws: Casework.Failure.self) { try cw.enforce(targetKind: .account, target: "no-such-account", action: .ban, category: .scam, reason: "r", actor: "x", dryRun: true) }
        // The export says a reversal is one.
        let reversal = try #require(try store.enforcementActions().first { $0.reverses != nil })
        let exported = try #require(try JSONSerialization.jsonObject(with: Data(try JSONCodec.encode(reversal).utf8)) as? [String: Any])
        #expect(exported["action"] as? String == "reverse" && exported["reversed_action"] as? String == "ban")
        #expect(try JSONCodec.decode(EnforcementAction.self, from: try JSONCodec.encode(reversal)) == reversal)

        let audit = try store.auditLog().filter { $0.action.hasPrefix("enforce") }
        #expect(audit.map(\.action) == ["enforce.ban", "enforce.warn", "enforce.reverse"])
        #expect(audit.map(\.actor) == ["ana", "ana", "bo"])
        #expect(audit.map(\.time) == audit.map(\.time).sorted())
    }

    @Test func theSQLiteAuditLogRefusesEdits() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path("c.sqlite"))
        try store.addAudit(actor: "a", action: "x", subject: "s", detail: "d", time: 1)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        p.arguments = [dir.path("c.sqlite"), "DELETE FROM audit"]
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus != 0)
        #expect(try store.auditLog().count == 1)
    }

    /// Ban a network of the generated scenario, ingest the next month (new accounts of the same
    /// operators and new benign users), and see the operators caught and the benign users not.
    @Test func recidivistsAreCaughtAndNewBenignAccountsAreNot() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path("r.sqlite"))
        let classifier = Classifier(policy: .default, model: Classifier.defaultModel)
        let clock = Clock()
        var analyzer = Analyzer(store: store, classifier: classifier)
        analyzer.now = { clock.tick() }

        let first = try ScenarioFiles.write(to: dir.path("w1"), seed: 31, scale: 0.3)
        _ = try Ingestor(store: store, kind: .events).ingest(paths: [first.eventsPath])
        let found = try analyzer.run().networks
        let truth1 = try truthNetworks(first.truthPath)
        let cw = Casework(store: store, now: { clock.tick() })
        var banned: [String] = []
        for key in ["truth-io-zh-es", "truth-cyber-ru-go"] {
            let members = truth1[key]!
            let net = try #require(found.max { Set($0.accounts).intersection(members).count < Set($1.accounts).intersection(members).count })
            _ = try cw.enforce(targetKind: .network, target: net.id, action: .ban, category: net.category, reason: "test", actor: "t", dryRun: false)
            banned.append(key)
        }
        #expect(!(try store.fingerprints().isEmpty))

        let second = try ScenarioFiles.write(to: dir.path("w2"), seed: 31, scale: 0.3, wave: 2)
        _ = try Ingestor(store: store, kind: .events).ingest(paths: [second.eventsPath])
        let summary = try analyzer.run()
        let truth2 = try truthNetworks(second.truthPath)
        let caught = Set(summary.recidivists.map(\.account))
        for key in banned {
            let returning = truth2[key]!
            #expect(Double(returning.intersection(caught).count) >= 0.5 * Double(returning.count), "\(key): \(returning.intersection(caught).count) of \(returning.count)")
        }
        let operators = truth2.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        #expect(caught.subtracting(operators).isEmpty, "no benign account is flagged: \(caught.subtracting(operators))")
        let notes = try store.cases().flatMap(\.notes).filter { $0.text.hasPrefix("Recidivism") }
        #expect(notes.count == caught.count)
        // Analysing again does not attach the same finding twice.
        _ = try analyzer.run()
        #expect(try store.cases().flatMap(\.notes).filter { $0.text.hasPrefix("Recidivism") }.count == notes.count)
    }

    /// Ban a network, add a verdict and a note, then let five new accounts reuse its prompts and
    /// analyse again: the grown network keeps its id, so the case, its verdict, notes and the ban
    /// stay with it (it used to come back under a new id, its case listed as gone).
    @Test func aBannedNetworkThatGrowsKeepsItsCase() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path("g.sqlite"))
        let clock = Clock()
        var analyzer = Analyzer(store: store, classifier: Classifier(policy: .default, model: Classifier.defaultModel))
        analyzer.now = { clock.tick() }
        let files = try ScenarioFiles.write(to: dir.path("w"), seed: 31, scale: 0.3)
        _ = try Ingestor(store: store, kind: .events).ingest(paths: [files.eventsPath])
        let found = try analyzer.run().networks
        let target = try #require(found.min { ($0.accounts.count, $0.id) < ($1.accounts.count, $1.id) })
        let cw = Casework(store: store, now: { clock.tick() })
        _ = try cw.enforce(targetKind: .network, target: target.id, action: .ban, category: target.category, reason: "IO", actor: "ana", dryRun: false)
        _ = try cw.updateCase(target.id, status: nil, verdict: "confirmed", reason: "shared devices", note: "seen in partner tip", lead: nil, actor: "ana")

        // Five new accounts send the members' own prompts.
        let members = Set(target.accounts)
        var copies: [UsageEvent] = []
        for e in try store.classifiedEvents(seqs: Array(1...Int64(try store.eventCount()))).map(\.event) where members.contains(e.account) {
            for k in 0..<5 {
                var c = e
                c.id = e.id + "-new\(k)"
                c.account = "u-newcomer-\(k)"
                c.conversation = e.conversation.map { $0 + "-new\(k)" }
                copies.append(c)
            }
        }
        _ = try store.ingest(events: copies, quarantined: [])
        let again = try analyzer.run().networks
        let grown = try #require(again.first { $0.id == target.id }, "the grown network keeps its id")
        #expect(members.isSubset(of: Set(grown.accounts)) && grown.accounts.count > target.accounts.count)
        #expect(grown.name == target.name)
        let kept = try #require(try store.caseFor(network: target.id))
        #expect(kept.verdict == "confirmed" && kept.notes.contains { $0.text == "seen in partner tip" })
        // The newcomers are returning operators: the actioned case is reopened for them.
        #expect(kept.status == .investigating && kept.notes.contains { $0.text.hasPrefix("Recidivism: account u-newcomer-") })
        #expect(try store.enforcementActions().contains { $0.target == grown.id && $0.reverses == nil })
        #expect(ThreatReport.actioned(cases: try store.cases(), actions: try store.enforcementActions())[grown.id] != nil)
    }

    /// An analyst clears a member judged innocent: it is out of the network's actions at once,
    /// out of every network from the next analyze, and back after a restore. A split makes two
    /// networks of one, each judged on its own, and the part split off says where it came from.
    @Test func clearedMembersStayOutAndSplitsStaySplit() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.path("m.sqlite"))
        let clock = Clock()
        var analyzer = Analyzer(store: store, classifier: Classifier(policy: .default, model: Classifier.defaultModel))
        analyzer.now = { clock.tick() }
        var knobs = ScenarioGenerator.Knobs()
        knobs.sizes = 3
        let files = try ScenarioFiles.write(to: dir.path("w"), seed: 31, scale: 0.3, knobs: knobs)
        _ = try Ingestor(store: store, kind: .events).ingest(paths: [files.eventsPath])
        let found = try analyzer.run().networks
        let target = try #require(found.filter { $0.accounts.count >= 5 }.min { ($0.accounts.count, $0.id) < ($1.accounts.count, $1.id) })
        let cw = Casework(store: store, now: { clock.tick() })
        let innocent = target.accounts[0]

        // Refused: no reason, a stranger, a split that leaves one account on a side, a restore of
        // an account never cleared.
        #expect(throws: Casework.Failure.self) { try cw.decideMembership(target.id, decision: .cleared, accounts: [innocent], reason: " ", actor: "ana") }
        #expect(throws: Casework.Failure.self) { try cw.decideMembership(target.id, decision: .cleared, accounts: ["u-stranger"], reason: "r", actor: "ana") }
        #expect(throws: Casework.Failure.self) { try cw.decideMembership(target.id, decision: .split, accounts: [target.accounts[1]], reason: "r", actor: "ana") }
        #expect(throws: Casework.Failure.self) { try cw.decideMembership(target.id, decision: .restored, accounts: [innocent], reason: "r", actor: "ana") }
        #expect(try store.auditLog().filter { $0.action.hasPrefix("case.clear") || $0.action.hasPrefix("case.split") }.isEmpty)

        _ = try cw.decideMembership(target.id, decision: .cleared, accounts: [innocent], reason: "a researcher we know", actor: "ana")
        let dry = try cw.enforce(targetKind: .network, target: target.id, action: .ban, category: target.category, reason: "IO", actor: "ana", dryRun: true)
        #expect(!dry.action.accounts.contains(innocent) && dry.action.accounts.count == target.accounts.count - 1, "cleared is out of the action at once")

        var again = try analyzer.run().networks
        #expect(!again.contains { $0.accounts.contains(innocent) }, "a cleared account is in no network")
        let kept = try #require(again.first { $0.id == target.id }, "the network keeps its id without the cleared member")
        #expect(Set(kept.accounts) == Set(target.accounts).subtracting([innocent]))

        // Split two members off: two networks, the split part with its lineage.
        let off = Array(kept.accounts.sorted().suffix(2))
        _ = try cw.decideMembership(target.id, decision: .split, accounts: off, reason: "a second team", actor: "ana")
        again = try analyzer.run().networks
        let rest = try #require(again.first { $0.id == target.id })
        #expect(Set(rest.accounts).isDisjoint(with: off))
        // Both members misuse the model on their own (our generator's operators do), so the
        // part split off is a network of its own.
        let part = try #require(again.first { !Set($0.accounts).isDisjoint(with: off) })
        #expect(Set(part.accounts) == Set(off) && part.id != target.id)
        #expect(part.lineage.contains { $0.kind == .splitFrom && $0.network == target.id })
        // The same decisions give the same networks on the next run.
        #expect(try analyzer.run().networks.map(\.accounts) == again.map(\.accounts))

        _ = try cw.decideMembership(target.id, decision: .restored, accounts: [innocent], reason: "new evidence", actor: "bo")
        #expect(try analyzer.run().networks.contains { $0.accounts.contains(innocent) }, "a restored account is linked again")
        let audit = try store.auditLog().filter { $0.action.hasPrefix("case.clear") || $0.action.hasPrefix("case.split") || $0.action.hasPrefix("case.restore") }
        #expect(audit.map(\.action) == ["case.clear", "case.split", "case.restore"] && audit.map(\.actor) == ["ana", "ana", "bo"])
        #expect(audit[0].detail == "\(innocent): a researcher we know")
    }

    @Test func membershipNotesReadBack() {
        let text = Membership.note(.split, accounts: ["u-1", "u/2 \"x\""], reason: "two teams\non two floors")
        let parsed = Membership.parse(text)
        #expect(parsed?.0 == .split && parsed?.1 == ["u-1", "u/2 \"x\""] && parsed?.2 == "two teams\non two floors")
        #expect(Membership.parse("Cleared: not json") == nil && Membership.parse("a note") == nil)
        #expect(Membership.readable(text) == "split off into a network of their own: u-1, u/2 \"x\" — two teams\non two floors")
        #expect(Membership.readable("a note") == "a note")
        let c = Case(networkID: "n", notes: [
            .init(time: 1, author: "a", text: Membership.note(.cleared, accounts: ["u-1", "u-2"], reason: "r")),
            .init(time: 2, author: "a", text: Membership.note(.restored, accounts: ["u-1"], reason: "r")),
        ], updated: 2)
        #expect(Membership(cases: [c]).cleared.keys.sorted() == ["u-2"])
    }

    /// A network that merges in another one carries its case forward: the new network says what it
    /// merged in, the old case gets a note pointing to it (once), and the report counts the merged
    /// network as actioned when the old one was.
    @Test func mergesAndSplitsLeaveATrailInBothCases() throws {
        let store = MemoryStore()
        let clock = Clock()
        let cw = Casework(store: store, now: { clock.tick() })
        _ = try store.ingest(events: (1...6).map { UsageEvent(id: "e\($0)", time: Int64($0), account: "a\($0)", prompt: "p") }, quarantined: [])
        try store.save(networks: [testNetwork(id: "net-a", accounts: ["a1", "a2", "a3"]), testNetwork(id: "net-b", accounts: ["a4", "a5"])])
        try cw.openCases(for: try store.networks())
        let ban = try cw.enforce(targetKind: .network, target: "net-b", action: .ban, category: .influence, reason: "IO", actor: "ana", dryRun: false)

        var merged = testNetwork(id: "net-a", accounts: ["a1", "a2", "a3", "a4", "a5"])
        merged.lineage = [.init(kind: .merged, network: "net-b", accounts: 2)]
        try store.save(networks: [merged])
        try cw.openCases(for: [merged])
        try cw.openCases(for: [merged])
        let old = try #require(try store.caseFor(network: "net-b"))
        #expect(old.notes.filter { $0.text.contains("merged into net-a") }.count == 1, "\(old.notes.map(\.text))")
        #expect(Casework.successors(of: "net-b", in: [merged]).map(\.network.id) == ["net-a"])
        let report = ThreatReport.build(
            networks: [merged], cases: try store.cases(), actions: try store.enforcementActions(), observations: [], eventsOf: { _ in [] },
            since: nil, until: nil, isInternal: false)
        #expect(report.disruptedSinceStart == 1 && report.studies.first?.actionedAt == ban.action.time)

        var piece = testNetwork(id: "net-c", accounts: ["a4", "a5", "a6"])
        piece.lineage = [.init(kind: .splitFrom, network: "net-a", accounts: 2)]
        try cw.openCases(for: [testNetwork(id: "net-a", accounts: ["a1", "a2", "a3"]), piece])
        #expect(try store.caseFor(network: "net-c")?.notes.map(\.text) == ["split from net-a (2 of its accounts); its case stays there"])
        #expect(try store.caseFor(network: "net-a")?.notes.contains { $0.text.contains("split off into net-c") } == true)
    }
}

