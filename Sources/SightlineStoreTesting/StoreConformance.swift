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
/// store and the line. Every requirement of `Store` is asserted on by at least one check
/// (`Check.methods`; SightlineStoreTests holds that list against the protocol's source).
public struct StoreConformance {
    /// Makes a new, empty store and the closure that disposes of it.
    public typealias Factory = () throws -> (store: any Store, cleanup: () -> Void)

    let make: Factory

    public init(_ make: @escaping Factory) { self.make = make }

    /// One behaviour of the protocol.
    public enum Check: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case storesOnceAndReportsDuplicates
        case roundTripsEveryField
        case hostileTextIsStoredVerbatim
        case latestAccountInfoWinsByEventTime
        case allAccountInfoHoldsTheLatestFactsOfEachAccount
        case eventsOfAnAccountInTimeOrder
        case observationsInTimeOrder
        case accountsOfAnOrganizationSorted
        case quarantineKeepsOneEntryPerLine
        case bulkLoadKeepsTheGuaranteesOfIngest
        case classificationResumesAfterTheFirstGap
        case analysisEventsInIngestionOrderWithBenignTextLeftOut
        case flaggedPromptsOfSomeAccountsInIngestionOrder
        case networksAreReplacedAndLookedUp
        case aRepeatedNetworkIDKeepsThePreviousNetworks
        case casesAreFoundByNetwork
        case caseNotesAreOnlyEverAppended
        case enforcementActionsOfATarget
        case aReversalMustNameAnAction
        case theAuditLogKeepsEntriesInTheOrderAdded
        case fingerprintsAreKeptOnceAndSorted
        case tokensAreFoundByHashAndNeverReplaced
        case tokensAreRevokedWithTheirSessions
        case classifiedEventsAreReadWholeBySeq
        case vectorsAreKeptPerEventAndReplaced
        case signaturesAreKeptPerEventAndReadOnce
        case entityUsesAreReplacedLookedUpAndSearched
        case promptsAreSearchedIgnoringCaseNewestFirst

        public var testDescription: String { rawValue }

        /// The `Store` requirements whose results this check asserts on.
        public var methods: [String] {
            switch self {
            case .storesOnceAndReportsDuplicates: ["ingest(events:quarantined:)", "eventCount()", "event(id:)"]
            case .roundTripsEveryField:
                ["event(id:)", "events(account:)", "ingest(observations:quarantined:)", "observation(id:)", "observationCount()"]
            case .hostileTextIsStoredVerbatim: ["ingest(events:quarantined:)", "event(id:)", "accountInfo(account:)"]
            case .latestAccountInfoWinsByEventTime: ["accountInfo(account:)"]
            case .allAccountInfoHoldsTheLatestFactsOfEachAccount: ["allAccountInfo()", "accountInfo(account:)"]
            case .eventsOfAnAccountInTimeOrder: ["events(account:)", "accountCount()"]
            case .observationsInTimeOrder: ["allObservations()", "observationCount()"]
            case .accountsOfAnOrganizationSorted: ["accounts(organization:)"]
            case .quarantineKeepsOneEntryPerLine: ["quarantinedLines()", "quarantineCount()"]
            case .bulkLoadKeepsTheGuaranteesOfIngest: ["bulkLoad(_:)", "ingest(events:quarantined:)", "eventCount()"]
            case .classificationResumesAfterTheFirstGap:
                ["unclassifiedEvents(after:limit:)", "saveClassifications(_:)", "lastClassifiedSeq()"]
            case .analysisEventsInIngestionOrderWithBenignTextLeftOut: ["analysisEvents()", "analysisEvents(accounts:)", "saveClassifications(_:)"]
            case .flaggedPromptsOfSomeAccountsInIngestionOrder: ["flaggedPrompts(accounts:limit:)"]
            case .networksAreReplacedAndLookedUp:
                ["saveNetworks(_:)", "savedNetworks()", "network(id:)", "networkCount()", "networkIDs(containing:)"]
            case .aRepeatedNetworkIDKeepsThePreviousNetworks: ["saveNetworks(_:)", "savedNetworks()"]
            case .casesAreFoundByNetwork: ["saveCase(_:)", "cases()", "caseFor(network:)"]
            case .caseNotesAreOnlyEverAppended: ["saveCase(_:)", "caseFor(network:)", "cases()"]
            case .enforcementActionsOfATarget:
                ["addEnforcement(_:)", "enforcementActions()", "enforcementActions(targetKind:target:)"]
            case .aReversalMustNameAnAction: ["addEnforcement(_:)", "enforcementActions()"]
            case .theAuditLogKeepsEntriesInTheOrderAdded: ["addAudit(actor:action:subject:detail:time:)", "auditLog()"]
            case .fingerprintsAreKeptOnceAndSorted: ["addFingerprints(_:)", "fingerprints()"]
            case .tokensAreFoundByHashAndNeverReplaced: ["addToken(hash:role:name:created:)", "token(hash:)", "token(id:)", "tokens()", "tokenCount()"]
            case .tokensAreRevokedWithTheirSessions:
                [
                    "markTokenUsed(id:time:)", "revokeToken(id:time:)", "addSession(hash:tokenID:created:expires:)", "session(hash:)",
                    "touchSession(hash:time:)", "revokeSession(hash:time:)", "tokens()",
                ]
            case .classifiedEventsAreReadWholeBySeq: ["classifiedEvents(seqs:)"]
            case .vectorsAreKeptPerEventAndReplaced: ["saveVectors(_:)", "vectorSeqs()", "allVectors()"]
            case .signaturesAreKeptPerEventAndReadOnce: ["eventsWithoutSignature(after:limit:)", "saveSignatures(_:)", "allSignatures()"]
            case .entityUsesAreReplacedLookedUpAndSearched:
                ["saveEntityUses(_:)", "entityUses(kind:value:)", "entityUses(account:)", "entitySharing(account:)", "searchEntities(prefix:limit:)"]
            case .promptsAreSearchedIgnoringCaseNewestFirst: ["searchPrompts(containing:limit:)", "indexPrompts(limit:)"]
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
        case .hostileTextIsStoredVerbatim: try hostileTextIsStoredVerbatim(store)
        case .latestAccountInfoWinsByEventTime: try latestAccountInfoWinsByEventTime(store)
        case .allAccountInfoHoldsTheLatestFactsOfEachAccount: try allAccountInfoHoldsTheLatestFactsOfEachAccount(store)
        case .eventsOfAnAccountInTimeOrder: try eventsOfAnAccountInTimeOrder(store)
        case .observationsInTimeOrder: try observationsInTimeOrder(store)
        case .accountsOfAnOrganizationSorted: try accountsOfAnOrganizationSorted(store)
        case .quarantineKeepsOneEntryPerLine: try quarantineKeepsOneEntryPerLine(store)
        case .bulkLoadKeepsTheGuaranteesOfIngest: try bulkLoadKeepsTheGuaranteesOfIngest(store)
        case .classificationResumesAfterTheFirstGap: try classificationResumesAfterTheFirstGap(store)
        case .analysisEventsInIngestionOrderWithBenignTextLeftOut: try analysisEventsInIngestionOrderWithBenignTextLeftOut(store)
        case .flaggedPromptsOfSomeAccountsInIngestionOrder: try flaggedPromptsOfSomeAccountsInIngestionOrder(store)
        case .networksAreReplacedAndLookedUp: try networksAreReplacedAndLookedUp(store)
        case .aRepeatedNetworkIDKeepsThePreviousNetworks: try aRepeatedNetworkIDKeepsThePreviousNetworks(store)
        case .casesAreFoundByNetwork: try casesAreFoundByNetwork(store)
        case .caseNotesAreOnlyEverAppended: try caseNotesAreOnlyEverAppended(store)
        case .enforcementActionsOfATarget: try enforcementActionsOfATarget(store)
        case .aReversalMustNameAnAction: try aReversalMustNameAnAction(store)
        case .theAuditLogKeepsEntriesInTheOrderAdded: try theAuditLogKeepsEntriesInTheOrderAdded(store)
        case .fingerprintsAreKeptOnceAndSorted: try fingerprintsAreKeptOnceAndSorted(store)
        case .tokensAreFoundByHashAndNeverReplaced: try tokensAreFoundByHashAndNeverReplaced(store)
        case .tokensAreRevokedWithTheirSessions: try tokensAreRevokedWithTheirSessions(store)
        case .classifiedEventsAreReadWholeBySeq: try classifiedEventsAreReadWholeBySeq(store)
        case .vectorsAreKeptPerEventAndReplaced: try vectorsAreKeptPerEventAndReplaced(store)
        case .signaturesAreKeptPerEventAndReadOnce: try signaturesAreKeptPerEventAndReadOnce(store)
        case .entityUsesAreReplacedLookedUpAndSearched: try entityUsesAreReplacedLookedUpAndSearched(store)
        case .promptsAreSearchedIgnoringCaseNewestFirst: try promptsAreSearchedIgnoringCaseNewestFirst(store)
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

private func classification(_ category: String, score: Double = 0.9) -> EventClassification {
    EventClassification(category: Label(rawValue: category)!, score: score, scores: [], promptLanguage: "en", responseLanguage: nil, signals: [])
}

private struct BodyFailed: Error {}

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
            accountInfo: AccountInfo(email: "x@example.org"), raw: #"{"x":1}"#)
        _ = try store.ingest(events: [e], quarantined: [])
        // Account facts are kept per account, not per event.
        var stored = e
        stored.accountInfo = nil
        #expect(try store.event(id: "full") == stored)
        #expect(try store.events(account: "acct") == [stored])
        let sparse = UsageEvent(id: "sparse", time: -5, account: "acct", prompt: "")
        _ = try store.ingest(events: [sparse], quarantined: [])
        #expect(try store.event(id: "sparse") == sparse)
        let o = Observation(
            id: "o1", time: 5, platform: "x", text: "t", url: "u", author: "@a", community: "c", language: "es", views: 1,
            likes: 2, shares: 3, replies: 4, followers: 5, authenticEngagement: false, repostedBy: ["@b", "@c\"d"],
            amplifiedByPublicFigure: true, policyResponse: false, callsForViolence: nil, raw: nil)
        #expect(try store.ingest(observations: [o, o], quarantined: []) == [true, false])
        #expect(try store.observation(id: "o1") == o)
        #expect(try store.observationCount() == 1)
    }

    /// Text that bulk-load formats treat specially (PostgreSQL's COPY: backslash, tab, newline,
    /// carriage return, `\N` for NULL, `\.` for the end of data) comes back byte for byte, in
    /// every text column, and numbers at their limits too.
    func hostileTextIsStoredVerbatim(_ store: any Store) throws {
        let nasty = "a\\b\tc\nd\re\\N\\.\n\\.\\\t\u{7F}\u{1}'\"; DROP TABLE events;--\u{2028}写\\x41\\"
        let e = UsageEvent(
            id: "id\t" + nasty, time: Int64.min, account: "acct\\" + nasty, prompt: nasty, organization: nasty,
            conversation: "\\N", channel: .chat, model: "\\.", response: "\r\n" + nasty, refused: false, ip: "10.0.0.1",
            asn: Int64.max, country: "US", anonymizer: .vpn, userAgent: nasty, device: "\\", timezone: "\t", locale: "\n",
            accountInfo: AccountInfo(email: nasty, emailDomain: "\\N", phoneCountry: "\t", payment: nasty, created: -1, plan: "\\."),
            raw: nasty)
        let other = UsageEvent(id: "\\N", time: -1, account: "\\.", prompt: "\\")
        #expect(try store.ingest(events: [e, other, e], quarantined: []) == [true, true, false])
        var stored = e
        stored.accountInfo = nil
        #expect(try store.event(id: e.id) == stored)
        #expect(try store.event(id: "\\N") == other)
        #expect(try store.accountInfo(account: e.account) == e.accountInfo)
        #expect(try store.ingest(events: [e], quarantined: []) == [false])
    }

    func latestAccountInfoWinsByEventTime(_ store: any Store) throws {
        _ = try store.ingest(events: [event("e1", time: 2_000, info: AccountInfo(email: "new@x.org"))], quarantined: [])
        _ = try store.ingest(events: [event("e0", time: 1_000, info: AccountInfo(email: "old@x.org"))], quarantined: [])
        #expect(try store.accountInfo(account: "a1")?.email == "new@x.org")
        #expect(try store.accountInfo(account: "a1")?.domain == "x.org")
        _ = try store.ingest(events: [event("e2", time: 3_000, info: AccountInfo(email: "newest@y.org"))], quarantined: [])
        #expect(try store.accountInfo(account: "a1")?.email == "newest@y.org")
        #expect(try store.accountInfo(account: "other") == nil)
        // A rejected duplicate's facts change nothing, however late its time.
        #expect(try store.ingest(events: [event("e1", time: 9_000, info: AccountInfo(email: "dup@z.org"))], quarantined: []) == [false])
        #expect(try store.accountInfo(account: "a1")?.email == "newest@y.org")
        // Within one batch the latest event wins too, and of equal times the later ingested.
        let full = AccountInfo(email: "b@w.org", emailDomain: "W.org", phoneCountry: "+31", payment: "card-7", created: -1, plan: "team")
        _ = try store.ingest(
            events: [
                event("b2", account: "b", time: 20, info: AccountInfo(email: "tie-1@w.org")),
                event("b3", account: "b", time: 20, info: full),
                event("b1", account: "b", time: 10, info: AccountInfo(email: "older@w.org")),
            ], quarantined: [])
        #expect(try store.accountInfo(account: "b") == full)
        #expect(try store.accountInfo(account: "b")?.domain == "w.org")
    }

    func allAccountInfoHoldsTheLatestFactsOfEachAccount(_ store: any Store) throws {
        #expect(try store.allAccountInfo().isEmpty)
        let a = AccountInfo(email: "a@x.org", payment: "card-1")
        let b = AccountInfo(phoneCountry: "+44", created: 1_700_000_000_000, plan: "free")
        _ = try store.ingest(
            events: [
                event("e1", account: "a", time: 5, info: AccountInfo(email: "old@x.org")), event("e2", account: "a", time: 6, info: a),
                event("e3", account: "b", info: b), event("e4", account: "c"),
            ], quarantined: [])
        _ = try store.ingest(events: [event("e5", account: "a", time: 1, info: AccountInfo(email: "older@x.org"))], quarantined: [])
        #expect(try store.allAccountInfo() == ["a": a, "b": b])
        #expect(try store.accountInfo(account: "c") == nil)
    }

    func eventsOfAnAccountInTimeOrder(_ store: any Store) throws {
        _ = try store.ingest(
            events: [event("b", time: 30), event("a", time: 10), event("x", account: "a2", time: 20), event("c", time: 20)],
            quarantined: [])
        #expect(try store.events(account: "a1").map(\.id) == ["a", "c", "b"])
        #expect(try store.events(account: "nobody").isEmpty)
        #expect(try store.accountCount() == 2)
    }

    func observationsInTimeOrder(_ store: any Store) throws {
        #expect(try store.allObservations().isEmpty)
        func o(_ id: String, _ time: Int64) -> Observation { Observation(id: id, time: time, platform: "p", text: "text of \(id)") }
        #expect(try store.ingest(observations: [o("b", 5), o("a", 5), o("c", 1)], quarantined: []) == [true, true, true])
        #expect(try store.ingest(observations: [o("a", 99), o("d", 7)], quarantined: []) == [false, true])
        #expect(try store.allObservations() == [o("c", 1), o("a", 5), o("b", 5), o("d", 7)])
        #expect(try store.observationCount() == 4)
        #expect(try store.observation(id: "zzz") == nil)
    }

    func quarantineKeepsOneEntryPerLine(_ store: any Store) throws {
        let q1 = QuarantinedLine(kind: .event, source: "f.jsonl", line: 7, reason: "line 7: bad", raw: [0xFF, 0x00])
        let q2 = QuarantinedLine(kind: .event, source: "f.jsonl", line: 3, reason: "line 3: bad", raw: Array("x".utf8))
        #expect(try store.quarantineCount() == 0)
        _ = try store.ingest(events: [event("e1")], quarantined: [q1, q2])
        _ = try store.ingest(events: [], quarantined: [q1])
        #expect(try store.quarantinedLines() == [q2, q1])
        #expect(try store.quarantineCount() == 2)
        // The same line again replaces its entry; an observation line of the same file and number
        // is an entry of its own.
        let q1Again = QuarantinedLine(kind: .event, source: "f.jsonl", line: 7, reason: "line 7: still bad", raw: [0x7B])
        let o7 = QuarantinedLine(kind: .observation, source: "f.jsonl", line: 7, reason: "line 7: not an observation", raw: [])
        let other = QuarantinedLine(kind: .event, source: "a.jsonl", line: 9, reason: "line 9: bad", raw: [0x00])
        _ = try store.ingest(observations: [], quarantined: [o7])
        _ = try store.ingest(events: [], quarantined: [q1Again, other])
        #expect(try store.quarantinedLines() == [other, q2, q1Again, o7])
        #expect(try store.quarantineCount() == 4)
    }

    func bulkLoadKeepsTheGuaranteesOfIngest(_ store: any Store) throws {
        let flags = try store.bulkLoad {
            try store.ingest(events: [event("e1"), event("e2"), event("e1")], quarantined: [])
                + store.ingest(events: [event("e2"), event("e3")], quarantined: [])
        }
        #expect(flags == [true, true, false, false, true])
        #expect(try store.eventCount() == 3)
        // A body that fails: its error comes out, the batches it committed stay, and the store
        // takes writes afterwards.
        #expect(throws: BodyFailed.self) {
            try store.bulkLoad {
                _ = try store.ingest(events: [event("e4")], quarantined: [])
                throw BodyFailed()
            }
        }
        #expect(try store.event(id: "e4") != nil)
        #expect(try store.ingest(events: [event("e5"), event("e4")], quarantined: []) == [true, false])
        #expect(try store.eventCount() == 5)
    }

    func classificationResumesAfterTheFirstGap(_ store: any Store) throws {
        #expect(try store.lastClassifiedSeq() == 0)
        #expect(try store.unclassifiedEvents(after: 0, limit: 10).isEmpty)
        // A duplicate in the batch may leave a gap in the seqs (the SQL stores number input rows).
        _ = try store.ingest(events: [event("e1"), event("e2"), event("e2"), event("e3"), event("e4"), event("e5")], quarantined: [])
        let all = try store.unclassifiedEvents(after: 0, limit: 10)
        #expect(all.map(\.prompt) == (1...5).map { "prompt of e\($0)" })
        try #require(all.count == 5)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0.seq < $1.seq })
        #expect(all.first!.seq > 0)
        #expect(try store.unclassifiedEvents(after: 0, limit: 2).map(\.seq) == [all[0].seq, all[1].seq])
        #expect(try store.unclassifiedEvents(after: all[1].seq, limit: 10).map(\.seq) == all[2...].map(\.seq))
        #expect(try store.unclassifiedEvents(after: all[4].seq, limit: 10).isEmpty)
        #expect(try store.lastClassifiedSeq() == 0)

        // Classified out of order, with e2 left out: classifying resumes just before e2.
        try store.saveClassifications([(all[0].seq, classification("scam")), (all[2].seq, classification("benign"))])
        #expect(try store.lastClassifiedSeq() == all[1].seq - 1)
        #expect(try store.unclassifiedEvents(after: 0, limit: 10).map(\.seq) == [all[1].seq, all[3].seq, all[4].seq])
        try store.saveClassifications([(all[1].seq, classification("influence"))])
        #expect(try store.lastClassifiedSeq() == all[3].seq - 1)
        #expect(try store.unclassifiedEvents(after: try store.lastClassifiedSeq(), limit: 1).map(\.prompt) == ["prompt of e4"])

        // Saving again replaces an event's classification.
        try store.saveClassifications([(all[0].seq, classification("benign", score: 0.5)), (all[3].seq, classification("scam"))])
        try store.saveClassifications([(all[4].seq, classification("scam"))])
        #expect(try store.lastClassifiedSeq() == all[4].seq)
        #expect(try store.unclassifiedEvents(after: 0, limit: 10).isEmpty)
        #expect(try store.analysisEvents().map(\.classification.category.rawValue) == ["benign", "influence", "benign", "scam", "scam"])
        #expect(try store.analysisEvents().first?.classification.score == 0.5)

        // A classification of no stored event is refused.
        #expect(throws: (any Error).self) { try store.saveClassifications([(all[4].seq + 1_000, classification("scam"))]) }
        #expect(try store.analysisEvents().count == 5)
    }

    func flaggedPromptsOfSomeAccountsInIngestionOrder(_ store: any Store) throws {
        _ = try store.ingest(events: [event("e1"), event("e2", account: "a2"), event("e3"), event("e4"), event("e5")], quarantined: [])
        let pending = try store.unclassifiedEvents(after: 0, limit: 10)
        // e5 stays unclassified: it is no flagged prompt yet.
        let categories = ["scam", "scam", "benign", "influence"]
        try store.saveClassifications(zip(pending, categories).map { item, category in (item.seq, classification(category)) })
        #expect(try store.flaggedPrompts(accounts: ["a1"], limit: 5) == ["prompt of e1", "prompt of e4"])
        #expect(try store.flaggedPrompts(accounts: ["a1"], limit: 1) == ["prompt of e1"])
        #expect(try store.flaggedPrompts(accounts: [], limit: 5).isEmpty)
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
        let a = Case(networkID: "net-a", status: .investigating, verdict: "coordinated", verdictReason: "shared devices",
                     leadSource: .partnerTip, updated: 2)
        try store.saveCase(a)
        #expect(try store.cases().map(\.networkID) == ["net-a", "net-b"])
        #expect(try store.caseFor(network: "net-a") == a)
        #expect(try store.caseFor(network: "net-c") == nil)
        var changed = a
        changed.status = .closed
        changed.verdict = nil
        changed.verdictReason = nil
        changed.updated = 3
        try store.saveCase(changed)
        #expect(try store.caseFor(network: "net-a") == changed)
        #expect(try store.cases().count == 2)
    }

    func enforcementActionsOfATarget(_ store: any Store) throws {
        func action(_ kind: TargetKind, _ target: String, _ accounts: [String], reverses: Int64? = nil) -> EnforcementAction {
            EnforcementAction(id: 0, time: 10, actor: "analyst", targetKind: kind, target: target, accounts: accounts, action: .ban,
                              category: .scam, reason: "why", reverses: reverses)
        }
        #expect(try store.enforcementActions().isEmpty)
        let first = try store.addEnforcement(action(.network, "net-1", ["a1", "a2"]))
        let second = try store.addEnforcement(action(.account, "a3", ["a3"]))
        let reversal = try store.addEnforcement(action(.network, "net-1", ["a1", "a2"], reverses: first.id))
        #expect(first.id < second.id && second.id < reversal.id)
        #expect(first == action(.network, "net-1", ["a1", "a2"]).with(id: first.id))
        #expect(try store.enforcementActions() == [first, second, reversal])
        #expect(try store.enforcementActions(targetKind: .network, target: "net-1") == [first, reversal])
        #expect(try store.enforcementActions(targetKind: .account, target: "a3") == [second])
        #expect(try store.enforcementActions(targetKind: .network, target: "a3").isEmpty)
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
            category: .threat(.scam), score: 0.875, scores: [0, 0.125, 0, 0, 0, 0.25, 0.875], promptLanguage: "nl", responseLanguage: "en",
            signals: ["phrase:wire transfer", "model"])
        let benign = EventClassification(
            category: .benign, score: 0.25, scores: [0.25, 0, 0, 0, 0, 0, 0.125], promptLanguage: "nl", responseLanguage: nil,
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
            category: .benign, score: 0.25, scores: [], promptLanguage: "nl", responseLanguage: nil, signals: []))
        #expect(read[2].event.id == "later" && read[2].event.prompt == "prompt of later")

        // The same for some accounts only.
        _ = try store.ingest(events: [UsageEvent(id: "other", time: 40, account: "someone-else", prompt: "p")], quarantined: [])
        let other = try #require(try store.unclassifiedEvents(after: 0, limit: 10).map(\.seq).last)
        try store.saveClassifications([(other, flagged)])
        #expect(try store.analysisEvents(accounts: ["acct"]) == read)
        #expect(try store.analysisEvents(accounts: ["someone-else"]).map(\.event.id) == ["other"])
        #expect(try store.analysisEvents(accounts: ["nobody"]).isEmpty)
        #expect(try store.analysisEvents(accounts: []).isEmpty)
        #expect(try store.analysisEvents().count == 4)
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
        stale.status = .investigating
        try store.saveCase(stale)
        #expect(try store.caseFor(network: "net-1")?.notes == [n1, n2, n3])
        #expect(try store.caseFor(network: "net-1")?.status == .investigating)

        // Saving with no notes, or the same notes again, removes and repeats nothing.
        try store.saveCase(Case(networkID: "net-1", status: .closed, updated: 4))
        try store.saveCase(try #require(try store.caseFor(network: "net-1")))
        #expect(try store.caseFor(network: "net-1")?.notes == [n1, n2, n3])
        #expect(try store.caseFor(network: "net-1")?.status == .closed)

        // An edited note is a new note; the original stays. Two equal new notes are both kept.
        let edited = Case.Note(time: 1, author: "ana", text: "shared devices and addresses")
        let twice = Case.Note(time: 5, author: "sightline", text: "Recidivism: account a9")
        try store.saveCase(Case(networkID: "net-1", notes: [edited, n2, n3, twice, twice], updated: 5))
        #expect(try store.caseFor(network: "net-1")?.notes == [n1, n2, n3, edited, twice, twice])
        #expect(try store.cases().map(\.notes) == [[n1, n2, n3, edited, twice, twice], [n1]])
    }
}

extension StoreConformance {
    func aRepeatedNetworkIDKeepsThePreviousNetworks(_ store: any Store) throws {
        let previous = [StoredNetwork(id: "net-1", accounts: ["a1"], json: "{}")]
        try store.saveNetworks(previous)
        #expect(throws: (any Error).self) {
            try store.saveNetworks([
                StoredNetwork(id: "net-2", accounts: ["a2"], json: "{}"), StoredNetwork(id: "net-2", accounts: ["a3"], json: "{}"),
            ])
        }
        #expect(try store.savedNetworks() == previous)
    }

    func aReversalMustNameAnAction(_ store: any Store) throws {
        let ban = EnforcementAction(id: 0, time: 1, actor: "analyst", targetKind: .account, target: "a1", accounts: ["a1"], action: .ban,
                                    category: .scam, reason: "why")
        let stored = try store.addEnforcement(ban)
        var reversal = ban
        reversal.reverses = stored.id + 1_000
        #expect(throws: (any Error).self) { try store.addEnforcement(reversal) }
        #expect(try store.enforcementActions() == [stored])
        reversal.reverses = stored.id
        reversal.reason = "appeal upheld"
        let reversed = try store.addEnforcement(reversal)
        #expect(reversed.reverses == stored.id && reversed.id > stored.id)
        #expect(try store.enforcementActions() == [stored, reversed])
    }

    func theAuditLogKeepsEntriesInTheOrderAdded(_ store: any Store) throws {
        #expect(try store.auditLog().isEmpty)
        try store.addAudit(actor: "ana", action: "case.update", subject: "net-1", detail: "status=closed; 写 \"why\"", time: 50)
        try store.addAudit(actor: "sightline", action: "case.open", subject: "net-2", detail: "", time: 10)
        let log = try store.auditLog()
        try #require(log.count == 2)
        #expect(log[0].id < log[1].id)
        #expect(log[0] == AuditEntry(id: log[0].id, time: 50, actor: "ana", action: "case.update", subject: "net-1", detail: "status=closed; 写 \"why\""))
        #expect(log[1] == AuditEntry(id: log[1].id, time: 10, actor: "sightline", action: "case.open", subject: "net-2", detail: ""))
    }

    func fingerprintsAreKeptOnceAndSorted(_ store: any Store) throws {
        #expect(try store.fingerprints().isEmpty)
        func f(_ network: String, _ kind: FingerprintKind, _ value: String) -> Fingerprint { Fingerprint(networkID: network, kind: kind, value: value) }
        try store.addFingerprints([f("net-2", .device, "d1"), f("net-1", .template, "a1,b2"), f("net-1", .device, "d2"), f("net-1", .device, "d2")])
        try store.addFingerprints([f("net-1", .device, "d2"), f("net-1", .ip, "198.51.100.4"), f("net-1", .device, "D3")])
        try store.addFingerprints([])
        #expect(try store.fingerprints() == [
            f("net-1", .device, "D3"), f("net-1", .device, "d2"), f("net-1", .ip, "198.51.100.4"), f("net-1", .template, "a1,b2"),
            f("net-2", .device, "d1"),
        ])
    }

    func tokensAreFoundByHashAndNeverReplaced(_ store: any Store) throws {
        #expect(try store.tokenCount() == 0)
        #expect(try store.token(hash: "h1") == nil)
        #expect(try store.tokens() == [])
        let first = try store.addToken(hash: "h1", role: "viewer", name: "dashboard", created: 1)
        let second = try store.addToken(hash: "h2", role: "admin", name: "ops", created: 2)
        #expect(second > first)
        #expect(try store.token(hash: "h1") == StoredToken(id: first, hash: "h1", role: "viewer", name: "dashboard", created: 1))
        #expect(try store.token(hash: "h2")?.role == "admin")
        #expect(try store.token(hash: "h3") == nil)
        #expect(try store.token(id: second)?.hash == "h2")
        #expect(try store.token(id: second + 1_000) == nil)
        #expect(try store.tokenCount() == 2)
        #expect(throws: (any Error).self) { try store.addToken(hash: "h1", role: "admin", name: "takeover", created: 3) }
        #expect(try store.token(hash: "h1")?.role == "viewer")
        #expect(try store.tokenCount() == 2)
        // Names need not be unique: ids tell tokens apart.
        let third = try store.addToken(hash: "h3", role: "viewer", name: "ops", created: 3)
        #expect(try store.tokens().map(\.id) == [first, second, third])
        #expect(try store.tokens().map(\.name) == ["dashboard", "ops", "ops"])
    }

    func tokensAreRevokedWithTheirSessions(_ store: any Store) throws {
        let alice = try store.addToken(hash: "ha", role: "analyst", name: "alice", created: 1)
        let bob = try store.addToken(hash: "hb", role: "viewer", name: "bob", created: 1)
        // Uses only move forward.
        try store.markTokenUsed(id: alice, time: 50)
        try store.markTokenUsed(id: alice, time: 40)
        #expect(try store.token(hash: "ha")?.lastUsed == 50)
        #expect(try store.token(hash: "hb")?.lastUsed == nil)

        try store.addSession(hash: "s1", tokenID: alice, created: 10, expires: 1_000)
        try store.addSession(hash: "s2", tokenID: alice, created: 20, expires: 1_000)
        try store.addSession(hash: "s3", tokenID: bob, created: 30, expires: 1_000)
        #expect(throws: (any Error).self) { try store.addSession(hash: "s1", tokenID: bob, created: 40, expires: 1_000) }
        #expect(throws: (any Error).self) { try store.addSession(hash: "s9", tokenID: 999_999, created: 40, expires: 1_000) }
        #expect(try store.session(hash: "s1") == StoredSession(hash: "s1", tokenID: alice, created: 10, lastSeen: 10, expires: 1_000))
        #expect(try store.session(hash: "nope") == nil)
        try store.touchSession(hash: "s1", time: 60)
        try store.touchSession(hash: "s1", time: 55)
        #expect(try store.session(hash: "s1")?.lastSeen == 60)

        // Signing out revokes one session, once.
        #expect(try store.revokeSession(hash: "s2", time: 70))
        #expect(try !store.revokeSession(hash: "s2", time: 71))
        #expect(try !store.revokeSession(hash: "nope", time: 71))
        #expect(try store.session(hash: "s2")?.revoked == 70)
        #expect(try store.session(hash: "s1")?.revoked == nil)

        // Revoking a token revokes its sessions, and only its own; the first revocation's time stays.
        #expect(try store.revokeToken(id: alice, time: 80))
        #expect(try !store.revokeToken(id: alice, time: 90))
        #expect(try !store.revokeToken(id: 999_999, time: 90))
        #expect(try store.token(hash: "ha")?.revoked == 80)
        #expect(try store.tokens().first { $0.id == alice }?.revoked == 80)
        #expect(try store.session(hash: "s1")?.revoked == 80)
        #expect(try store.session(hash: "s2")?.revoked == 70)
        #expect(try store.session(hash: "s3")?.revoked == nil)
        #expect(try store.token(hash: "hb")?.revoked == nil)
    }
}

extension StoreConformance {
    func classifiedEventsAreReadWholeBySeq(_ store: any Store) throws {
        let long = String(repeating: "日本語のテキスト ", count: 200)
        var third = event("e3", account: "a2")
        third.prompt = long
        third.response = "a response"
        _ = try store.ingest(events: [event("e1"), event("e2"), third, event("e4")], quarantined: [])
        let seqs = try store.unclassifiedEvents(after: 0, limit: 10).map(\.seq)
        try #require(seqs.count == 4)
        // e4 is not classified: it is left out, like a seq of no event.
        try store.saveClassifications([(seqs[0], classification("benign")), (seqs[1], classification("scam")), (seqs[2], classification("benign"))])
        let found = try store.classifiedEvents(seqs: [seqs[2], seqs[0], seqs[0], seqs[3], seqs[3] + 1_000])
        #expect(found.map(\.seq) == [seqs[0], seqs[2]])
        // Benign events come whole here, unlike analysisEvents().
        #expect(found.map(\.event.id) == ["e1", "e3"])
        #expect(found.map(\.event.prompt) == ["prompt of e1", long])
        #expect(found[1].event.response == "a response" && found[1].event.account == "a2")
        #expect(found.map(\.classification.category) == [.benign, .benign])
        #expect(try store.classifiedEvents(seqs: []).isEmpty)
        // Many seqs at once: adapters that split the query must not lose any.
        #expect(try store.classifiedEvents(seqs: Array(1...25_000) + seqs).count == 3)
    }

    func vectorsAreKeptPerEventAndReplaced(_ store: any Store) throws {
        _ = try store.ingest(events: [event("e1"), event("e2"), event("e3")], quarantined: [])
        let seqs = try store.unclassifiedEvents(after: 0, limit: 10).map(\.seq)
        try #require(seqs.count == 3)
        #expect(try store.vectorSeqs().isEmpty)
        #expect(try store.allVectors().isEmpty)
        let a: [Float] = [0.25, -1.5, .leastNonzeroMagnitude, 3.0e38]
        let b: [Float] = [1, 2, 3, 4]
        try store.saveVectors([(seqs[2], a), (seqs[0], b)])
        #expect(try store.vectorSeqs() == [seqs[0], seqs[2]])
        var all = try store.allVectors()
        #expect(all.map(\.seq) == [seqs[0], seqs[2]])
        #expect(all.map(\.vector) == [b, a])
        // A second vector of the same event replaces the first.
        try store.saveVectors([(seqs[0], a)])
        all = try store.allVectors()
        #expect(all.map(\.vector) == [a, a])
        // A vector of no stored event is refused, and nothing of the batch is kept.
        #expect(throws: (any Error).self) { try store.saveVectors([(seqs[1], b), (seqs[2] + 1_000, b)]) }
        #expect(try store.vectorSeqs() == [seqs[0], seqs[2]])
    }

    func entityUsesAreReplacedLookedUpAndSearched(_ store: any Store) throws {
        func use(_ kind: EntityKind, _ value: String, _ account: String, _ events: Int = 1) -> EntityUse {
            EntityUse(kind: kind, value: value, account: account, events: events, firstSeen: 10, lastSeen: 20)
        }
        try store.saveEntityUses([
            use(.ip, "203.0.113.7", "b", 3), use(.ip, "203.0.113.7", "a"), use(.device, "203-dev", "a"), use(.ip, "198.51.100.1", "a"),
            use(.payment, "card-é", "c"), use(.emailDomain, "mail.example", "b"), use(.ip, "203.0.113.70", "c"),
        ])
        #expect(try store.entityUses(kind: .ip, value: "203.0.113.7") == [use(.ip, "203.0.113.7", "a"), use(.ip, "203.0.113.7", "b", 3)])
        #expect(try store.entityUses(kind: .device, value: "203.0.113.7").isEmpty)
        #expect(try store.entityUses(account: "a").map { "\($0.kind.rawValue) \($0.value)" } == ["device 203-dev", "ip 198.51.100.1", "ip 203.0.113.7"])
        #expect(
            try store.entitySharing(account: "a") == [
                EntityMatch(kind: .device, value: "203-dev", accounts: 1), EntityMatch(kind: .ip, value: "198.51.100.1", accounts: 1),
                EntityMatch(kind: .ip, value: "203.0.113.7", accounts: 2),
            ])
        #expect(try store.entitySharing(account: "nobody").isEmpty)
        // The most-used first, then by kind and value; a prefix, not a substring.
        #expect(
            try store.searchEntities(prefix: "203", limit: 10) == [
                EntityMatch(kind: .ip, value: "203.0.113.7", accounts: 2), EntityMatch(kind: .device, value: "203-dev", accounts: 1),
                EntityMatch(kind: .ip, value: "203.0.113.70", accounts: 1),
            ])
        #expect(try store.searchEntities(prefix: "203", limit: 1).count == 1)
        #expect(try store.searchEntities(prefix: "card-é", limit: 5) == [EntityMatch(kind: .payment, value: "card-é", accounts: 1)])
        #expect(try store.searchEntities(prefix: "113", limit: 5).isEmpty)
        // Saving replaces everything.
        try store.saveEntityUses([use(.organization, "org-1", "z")])
        #expect(try store.entityUses(account: "a").isEmpty)
        #expect(try store.searchEntities(prefix: "", limit: 5) == [EntityMatch(kind: .organization, value: "org-1", accounts: 1)])
    }

    func promptsAreSearchedIgnoringCaseNewestFirst(_ store: any Store) throws {
        func prompt(_ id: String, _ text: String) -> UsageEvent {
            var e = event(id)
            e.prompt = text
            return e
        }
        _ = try store.ingest(
            events: [
                prompt("p1", "Write a Login page for PayPal"), prompt("p2", "请帮我写一个登录页面"), prompt("p3", "100% off: login_here"),
                prompt("p4", "a LOGIN form for my own app"),
            ], quarantined: [])
        func ids(_ text: String, limit: Int = 10) throws -> [String] { try store.searchPrompts(containing: text, limit: limit).map(\.event.id) }
        // Newest stored first; case ignored; Chinese found by a substring without spaces.
        #expect(try ids("login") == ["p4", "p3", "p1"])
        #expect(try ids("登录页") == ["p2"])
        #expect(try ids("login", limit: 2) == ["p4", "p3"])
        // LIKE's and the full-text syntax's special characters are literal.
        #expect(try ids("100%") == ["p3"])
        #expect(try ids("n_h") == ["p3"])
        #expect(try ids("%") == ["p3"])
        #expect(try ids("\"login").isEmpty)
        #expect(try ids("").isEmpty)
        #expect(try ids("absent text").isEmpty)
        // Indexing changes nothing that is found, before or after more events arrive.
        var added = 0
        while true {
            let n = try store.indexPrompts(limit: 3)
            if n == 0 { break }
            added += n
        }
        #expect(added == 0 || added == 4)
        #expect(try ids("login") == ["p4", "p3", "p1"])
        _ = try store.ingest(events: [prompt("p5", "one more login")], quarantined: [])
        #expect(try ids("LOGIN") == ["p5", "p4", "p3", "p1"])
        #expect(try store.searchPrompts(containing: "login", limit: 1).first?.event.prompt == "one more login")
        #expect(try store.indexPrompts(limit: 10) <= 1)
        #expect(try ids("登录") == ["p2"])
        #expect(try ids("more lo") == ["p5"])
    }

    func signaturesAreKeptPerEventAndReadOnce(_ store: any Store) throws {
        _ = try store.ingest(events: [event("e1"), event("e2"), event("e3")], quarantined: [])
        let waiting = try store.eventsWithoutSignature(after: 0, limit: 10)
        try #require(waiting.count == 3)
        let seqs = waiting.map(\.seq)
        #expect(waiting.map(\.prompt) == ["prompt of e1", "prompt of e2", "prompt of e3"])
        #expect(try store.allSignatures().count == 0)
        let a = (0..<PromptSignatures.width).map { UInt16($0 * 1_000) }
        let b = (0..<PromptSignatures.width).map { UInt16.max - UInt16($0) }
        // An empty signature (a prompt too short to sign) is kept, so the event is not read again,
        // but is not returned.
        try store.saveSignatures([(seqs[2], a, 40), (seqs[0], b, 70_000), (seqs[1], [], 2)])
        #expect(try store.eventsWithoutSignature(after: 0, limit: 10).isEmpty)
        var all = try store.allSignatures()
        #expect(all.seqs == [seqs[0], seqs[2]])
        #expect(Array(all.signature(0)) == b && Array(all.signature(1)) == a)
        #expect(all.lengths == [70_000, 40])
        try store.saveSignatures([(seqs[0], a, 41)])
        all = try store.allSignatures()
        #expect(Array(all.signature(0)) == a)
        // A signature of no stored event, or of the wrong length, is refused with its batch.
        #expect(throws: (any Error).self) { try store.saveSignatures([(seqs[1], a, 1), (seqs[2] + 1_000, a, 1)]) }
        #expect(throws: (any Error).self) { try store.saveSignatures([(seqs[1], [1, 2, 3], 3)]) }
        #expect(try store.allSignatures().seqs == [seqs[0], seqs[2]])
        _ = try store.ingest(events: [event("e4")], quarantined: [])
        #expect(try store.eventsWithoutSignature(after: seqs[2], limit: 10).map(\.prompt) == ["prompt of e4"])
    }
}
