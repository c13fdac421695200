import Foundation
import SightlineCore
import SightlineStore
import Testing

/// The behaviour every `Store` must have, as checks that any test target runs against its own
/// stores. Each check gets a new, empty store from the factory and disposes of it afterwards:
///
/// ```swift
/// @Test(arguments: StoreConformance.Check.allCases)
/// func conformance(_ check: StoreConformance.Check) throws {
///     try StoreConformance { (MemoryStore(), {}) }.run(check)
/// }
/// ```
///
/// Checks assert with Swift Testing's `#expect` and `#require`, so a failure names the check, the
/// store and the line.
public struct StoreConformance {
    /// Makes a new, empty store and the closure that disposes of it.
    public typealias Factory = () throws -> (store: any Store, cleanup: () -> Void)

    let make: Factory

    public init(_ make: @escaping Factory) { self.make = make }

    /// One behaviour of the protocol. `methods` names the `Store` requirements whose results the
    /// check asserts on (the coverage test holds them against the protocol).
    public enum Check: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case storesOnceAndReportsDuplicates
        case roundTripsEveryField
        case latestAccountInfoWinsByEventTime
        case eventsOfAnAccountInTimeOrder
        case quarantineKeepsOneEntryPerLine
        case flaggedPromptsOfSomeAccountsInIngestionOrder
        case accountsOfAnOrganizationSorted
        case analysisEventsInIngestionOrderWithBenignTextLeftOut
        case networksAreReplacedAndLookedUp
        case casesAreFoundByNetwork
        case caseNotesAreOnlyEverAppended
        case enforcementActionsOfATarget

        public var testDescription: String { rawValue }

        public var methods: [String] {
            switch self {
            case .storesOnceAndReportsDuplicates: ["ingest(events:quarantined:)", "eventCount()", "event(id:)"]
            case .roundTripsEveryField: ["event(id:)", "ingest(observations:quarantined:)", "observation(id:)", "observationCount()"]
            case .latestAccountInfoWinsByEventTime: ["accountInfo(account:)"]
            case .eventsOfAnAccountInTimeOrder: ["events(account:)", "accountCount()"]
            case .quarantineKeepsOneEntryPerLine: ["quarantinedLines()", "quarantineCount()"]
            case .flaggedPromptsOfSomeAccountsInIngestionOrder:
                ["unclassifiedEvents(after:limit:)", "saveClassifications(_:)", "lastClassifiedSeq()", "flaggedPrompts(accounts:limit:)"]
            case .accountsOfAnOrganizationSorted: ["accounts(organization:)"]
            case .analysisEventsInIngestionOrderWithBenignTextLeftOut: ["analysisEvents()"]
            case .networksAreReplacedAndLookedUp:
                ["saveNetworks(_:)", "savedNetworks()", "network(id:)", "networkCount()", "networkIDs(containing:)"]
            case .casesAreFoundByNetwork: ["saveCase(_:)", "cases()", "caseFor(network:)"]
            case .caseNotesAreOnlyEverAppended: ["saveCase(_:)", "caseFor(network:)", "cases()"]
            case .enforcementActionsOfATarget:
                ["addEnforcement(_:)", "enforcementActions()", "enforcementActions(targetKind:target:)"]
            }
        }
    }

    /// Runs one check on a new store.
    public func run(_ check: Check) throws {
        let (store, cleanup) = try make()
        defer { cleanup() }
        switch check {
        case .storesOnceAndReportsDuplicates: try storesOnceAndReportsDuplicates(store)
        case .roundTripsEveryField: try roundTripsEveryField(store)
        case .latestAccountInfoWinsByEventTime: try latestAccountInfoWinsByEventTime(store)
        case .eventsOfAnAccountInTimeOrder: try eventsOfAnAccountInTimeOrder(store)
        case .quarantineKeepsOneEntryPerLine: try quarantineKeepsOneEntryPerLine(store)
        case .flaggedPromptsOfSomeAccountsInIngestionOrder: try flaggedPromptsOfSomeAccountsInIngestionOrder(store)
        case .accountsOfAnOrganizationSorted: try accountsOfAnOrganizationSorted(store)
        case .analysisEventsInIngestionOrderWithBenignTextLeftOut: try analysisEventsInIngestionOrderWithBenignTextLeftOut(store)
        case .networksAreReplacedAndLookedUp: try networksAreReplacedAndLookedUp(store)
        case .casesAreFoundByNetwork: try casesAreFoundByNetwork(store)
        case .caseNotesAreOnlyEverAppended: try caseNotesAreOnlyEverAppended(store)
        case .enforcementActionsOfATarget: try enforcementActionsOfATarget(store)
        }
    }
}

extension StoreConformance {
    /// A minimal event, as the checks use them: the prompt is "prompt of ID".
    public static func sampleEvent(
        _ id: String, account: String = "a1", time: Int64 = 1_000, organization: String? = nil, info: AccountInfo? = nil
    ) -> UsageEvent {
        UsageEvent(id: id, time: time, account: account, prompt: "prompt of \(id)", organization: organization, accountInfo: info)
    }
}

private func event(
    _ id: String, account: String = "a1", time: Int64 = 1_000, organization: String? = nil, info: AccountInfo? = nil
) -> UsageEvent {
    StoreConformance.sampleEvent(id, account: account, time: time, organization: organization, info: info)
}

extension StoreConformance {
    func storesOnceAndReportsDuplicates(_ store: any Store) throws {
        #expect(try store.ingest(events: [event("e1"), event("e2"), event("e1")], quarantined: []) == [true, true, false])
        #expect(try store.ingest(events: [event("e2"), event("e3")], quarantined: []) == [false, true])
        #expect(try store.eventCount() == 3)
        #expect(try store.event(id: "e3")?.prompt == "prompt of e3")
        #expect(try store.event(id: "nope") == nil)
    }

    func roundTripsEveryField(_ store: any Store) throws {
        let e = UsageEvent(
            id: "full", time: 1_739_502_775_250, account: "acct", prompt: "写 <script>", organization: "org",
            conversation: "c", channel: .api, model: "m", response: "r", refused: true, ip: "::1", asn: 7,
            country: "CN", anonymizer: .tor, userAgent: "ua", device: "d", timezone: "Asia/Shanghai", locale: "zh-CN",
            accountInfo: nil, raw: #"{"x":1}"#)
        _ = try store.ingest(events: [e], quarantined: [])
        #expect(try store.event(id: "full") == e)
        let o = Observation(
            id: "o1", time: 5, platform: "x", text: "t", url: "u", author: "@a", community: "c", language: "es", views: 1,
            likes: 2, shares: 3, replies: 4, followers: 5, authenticEngagement: false, repostedBy: ["@b", "@c\"d"],
            amplifiedByPublicFigure: true, policyResponse: false, callsForViolence: nil, raw: nil)
        #expect(try store.ingest(observations: [o, o], quarantined: []) == [true, false])
        #expect(try store.observation(id: "o1") == o)
        #expect(try store.observationCount() == 1)
    }

    func latestAccountInfoWinsByEventTime(_ store: any Store) throws {
        _ = try store.ingest(events: [event("e1", time: 2_000, info: AccountInfo(email: "new@x.org"))], quarantined: [])
        _ = try store.ingest(events: [event("e0", time: 1_000, info: AccountInfo(email: "old@x.org"))], quarantined: [])
        #expect(try store.accountInfo(account: "a1")?.email == "new@x.org")
        #expect(try store.accountInfo(account: "a1")?.domain == "x.org")
        _ = try store.ingest(events: [event("e2", time: 3_000, info: AccountInfo(email: "newest@y.org"))], quarantined: [])
        #expect(try store.accountInfo(account: "a1")?.email == "newest@y.org")
        #expect(try store.accountInfo(account: "other") == nil)
    }

    func eventsOfAnAccountInTimeOrder(_ store: any Store) throws {
        _ = try store.ingest(
            events: [event("b", time: 30), event("a", time: 10), event("x", account: "a2", time: 20), event("c", time: 20)],
            quarantined: [])
        #expect(try store.events(account: "a1").map(\.id) == ["a", "c", "b"])
        #expect(try store.accountCount() == 2)
    }

    func quarantineKeepsOneEntryPerLine(_ store: any Store) throws {
        let q1 = QuarantinedLine(kind: .event, source: "f.jsonl", line: 7, reason: "line 7: bad", raw: [0xFF, 0x00])
        let q2 = QuarantinedLine(kind: .event, source: "f.jsonl", line: 3, reason: "line 3: bad", raw: Array("x".utf8))
        _ = try store.ingest(events: [event("e1")], quarantined: [q1, q2])
        _ = try store.ingest(events: [], quarantined: [q1])
        #expect(try store.quarantinedLines() == [q2, q1])
        #expect(try store.quarantineCount() == 2)
    }

    func flaggedPromptsOfSomeAccountsInIngestionOrder(_ store: any Store) throws {
        _ = try store.ingest(events: [event("e1"), event("e2", account: "a2"), event("e3"), event("e4")], quarantined: [])
        let pending = try store.unclassifiedEvents(after: 0, limit: 10)
        #expect(pending.map(\.prompt) == ["prompt of e1", "prompt of e2", "prompt of e3", "prompt of e4"])
        let categories = ["scam", "scam", "benign", "influence"]
        try store.saveClassifications(zip(pending, categories).map { item, category in
            (item.seq, EventClassification(category: category, score: 0.9, scores: [], promptLanguage: "en", responseLanguage: nil, signals: []))
        })
        #expect(try store.lastClassifiedSeq() == pending.last!.seq)
        #expect(try store.unclassifiedEvents(after: try store.lastClassifiedSeq(), limit: 10).isEmpty)
        #expect(try store.flaggedPrompts(accounts: ["a1"], limit: 5) == ["prompt of e1", "prompt of e4"])
        #expect(try store.flaggedPrompts(accounts: ["a1", "a2"], limit: 2) == ["prompt of e1", "prompt of e2"])
        #expect(try store.flaggedPrompts(accounts: ["nobody"], limit: 5).isEmpty)
    }
}

extension StoreConformance {
    func accountsOfAnOrganizationSorted(_ store: any Store) throws {
        _ = try store.ingest(
            events: [
                event("e1", account: "b", organization: "o1"), event("e2", account: "a", organization: "o1"),
                event("e3", account: "a", organization: "o1"), event("e4", account: "B", organization: "o1"),
                event("e5", account: "c", organization: "o2"), event("e6", account: "d"),
            ], quarantined: [])
        // Byte order, whatever the database's collation: upper case before lower case.
        #expect(try store.accounts(organization: "o1") == ["B", "a", "b"])
        #expect(try store.accounts(organization: "o2") == ["c"])
        #expect(try store.accounts(organization: "nobody").isEmpty)
    }

    func networksAreReplacedAndLookedUp(_ store: any Store) throws {
        #expect(try store.savedNetworks().isEmpty)
        #expect(try store.networkCount() == 0)
        let first = [
            StoredNetwork(id: "net-b", accounts: ["a1", "a2"], json: #"{"id": "net-b", "name": "\"Quoted\" 写"}"#),
            StoredNetwork(id: "net-a", accounts: ["a2", "a3"], json: "{}"),
        ]
        try store.saveNetworks(first)
        #expect(try store.savedNetworks() == first)
        #expect(try store.networkCount() == 2)
        #expect(try store.network(id: "net-a") == first[1])
        #expect(try store.network(id: "net-c") == nil)
        #expect(try store.networkIDs(containing: "a2") == ["net-b", "net-a"])
        #expect(try store.networkIDs(containing: "a3") == ["net-a"])
        #expect(try store.networkIDs(containing: "a") == [])
        // A new analysis replaces the previous networks entirely.
        let second = [StoredNetwork(id: "net-c", accounts: ["a9"], json: "{}")]
        try store.saveNetworks(second)
        #expect(try store.savedNetworks() == second)
        #expect(try store.network(id: "net-b") == nil)
        #expect(try store.networkIDs(containing: "a2") == [])
        #expect(try store.networkCount() == 1)
        try store.saveNetworks([])
        #expect(try store.networkCount() == 0)
    }

    func casesAreFoundByNetwork(_ store: any Store) throws {
        #expect(try store.cases().isEmpty)
        try store.saveCase(Case(networkID: "net-b", updated: 1))
        let a = Case(networkID: "net-a", status: "investigating", verdict: "coordinated", verdictReason: "shared devices",
                     leadSource: "tip from a partner", updated: 2)
        try store.saveCase(a)
        #expect(try store.cases().map(\.networkID) == ["net-a", "net-b"])
        #expect(try store.caseFor(network: "net-a") == a)
        #expect(try store.caseFor(network: "net-c") == nil)
        var changed = a
        changed.status = "closed"
        changed.verdict = nil
        changed.verdictReason = nil
        changed.updated = 3
        try store.saveCase(changed)
        #expect(try store.caseFor(network: "net-a") == changed)
        #expect(try store.cases().count == 2)
    }

    func enforcementActionsOfATarget(_ store: any Store) throws {
        func action(_ kind: String, _ target: String, _ accounts: [String], reverses: Int64? = nil) -> EnforcementAction {
            EnforcementAction(id: 0, time: 10, actor: "analyst", targetKind: kind, target: target, accounts: accounts, action: "ban",
                              category: "scam", reason: "why", reverses: reverses)
        }
        #expect(try store.enforcementActions().isEmpty)
        let first = try store.addEnforcement(action("network", "net-1", ["a1", "a2"]))
        let second = try store.addEnforcement(action("account", "a3", ["a3"]))
        let reversal = try store.addEnforcement(action("network", "net-1", ["a1", "a2"], reverses: first.id))
        #expect(first.id < second.id && second.id < reversal.id)
        #expect(first == action("network", "net-1", ["a1", "a2"]).with(id: first.id))
        #expect(try store.enforcementActions() == [first, second, reversal])
        #expect(try store.enforcementActions(targetKind: "network", target: "net-1") == [first, reversal])
        #expect(try store.enforcementActions(targetKind: "account", target: "a3") == [second])
        #expect(try store.enforcementActions(targetKind: "network", target: "a3").isEmpty)
    }
}

extension EnforcementAction {
    fileprivate func with(id: Int64) -> EnforcementAction {
        var a = self
        a.id = id
        return a
    }
}

extension StoreConformance {
    func analysisEventsInIngestionOrderWithBenignTextLeftOut(_ store: any Store) throws {
        func full(_ id: String, time: Int64) -> UsageEvent {
            UsageEvent(
                id: id, time: time, account: "acct", prompt: "prompt of \(id)", organization: "org", conversation: "conv",
                channel: .chat, model: "m", response: "response of \(id)", refused: false, ip: "203.0.113.7", asn: 64500,
                country: "NL", anonymizer: .vpn, userAgent: "ua", device: "dev", timezone: "Europe/Amsterdam", locale: "nl-NL",
                accountInfo: AccountInfo(email: "x@example.org", payment: "card-1"), raw: #"{"extra": 1}"#)
        }
        let events = [full("flagged", time: 30), full("benign", time: 10), full("pending", time: 20), full("later", time: 5)]
        _ = try store.ingest(events: events, quarantined: [])
        let seqs = try store.unclassifiedEvents(after: 0, limit: 10).map(\.seq)
        try #require(seqs.count == 4)
        let flagged = EventClassification(
            category: "scam", score: 0.875, scores: [0, 0.125, 0, 0, 0, 0.25, 0.875], promptLanguage: "nl", responseLanguage: "en",
            signals: ["phrase:wire transfer", "model"])
        let benign = EventClassification(
            category: "benign", score: 0.25, scores: [0.25, 0, 0, 0, 0, 0, 0.125], promptLanguage: "nl", responseLanguage: nil,
            signals: ["model"])
        // Saved out of order: analysis reads in ingestion order all the same.
        try store.saveClassifications([(seqs[3], flagged)])
        try store.saveClassifications([(seqs[0], flagged), (seqs[1], benign)])
        let read = try store.analysisEvents()
        #expect(read.map(\.seq) == [seqs[0], seqs[1], seqs[3]])
        try #require(read.count == 3)

        var expectedFlagged = events[0]
        expectedFlagged.userAgent = nil
        expectedFlagged.raw = nil
        expectedFlagged.accountInfo = nil
        #expect(read[0].event == expectedFlagged)
        #expect(read[0].classification == flagged)

        var expectedBenign = expectedFlagged
        expectedBenign.id = ""
        expectedBenign.prompt = ""
        expectedBenign.response = nil
        expectedBenign.time = 10
        #expect(read[1].event == expectedBenign)
        #expect(read[1].classification == EventClassification(
            category: "benign", score: 0.25, scores: [], promptLanguage: "nl", responseLanguage: nil, signals: []))
        #expect(read[2].event.id == "later" && read[2].event.prompt == "prompt of later")
    }
}

extension StoreConformance {
    func caseNotesAreOnlyEverAppended(_ store: any Store) throws {
        let n1 = Case.Note(time: 1, author: "ana", text: "shared devices")
        let n2 = Case.Note(time: 2, author: "ben", text: "same payment card")
        let n3 = Case.Note(time: 3, author: "ana", text: "写 \"quoted\"")
        let opened = Case(networkID: "net-1", notes: [n1], updated: 1)
        try store.saveCase(opened)
        try store.saveCase(Case(networkID: "net-2", notes: [n1], updated: 1))
        #expect(try store.caseFor(network: "net-1")?.notes == [n1])

        var fresh = try #require(try store.caseFor(network: "net-1"))
        fresh.notes.append(n2)
        try store.saveCase(fresh)
        #expect(try store.caseFor(network: "net-1")?.notes == [n1, n2])

        // A copy read before n2 was added, saved with a note of its own, loses nothing.
        var stale = opened
        stale.notes.append(n3)
        stale.status = "investigating"
        try store.saveCase(stale)
        #expect(try store.caseFor(network: "net-1")?.notes == [n1, n2, n3])
        #expect(try store.caseFor(network: "net-1")?.status == "investigating")

        // Saving with no notes, or the same notes again, removes and repeats nothing.
        try store.saveCase(Case(networkID: "net-1", status: "closed", updated: 4))
        try store.saveCase(try #require(try store.caseFor(network: "net-1")))
        #expect(try store.caseFor(network: "net-1")?.notes == [n1, n2, n3])
        #expect(try store.caseFor(network: "net-1")?.status == "closed")

        // An edited note is a new note; the original stays. Two equal new notes are both kept.
        let edited = Case.Note(time: 1, author: "ana", text: "shared devices and addresses")
        let twice = Case.Note(time: 5, author: "sightline", text: "Recidivism: account a9")
        try store.saveCase(Case(networkID: "net-1", notes: [edited, n2, n3, twice, twice], updated: 5))
        #expect(try store.caseFor(network: "net-1")?.notes == [n1, n2, n3, edited, twice, twice])
        #expect(try store.cases().map(\.notes) == [[n1, n2, n3, edited, twice, twice], [n1]])
    }
}
