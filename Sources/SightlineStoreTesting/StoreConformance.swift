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

        public var testDescription: String { rawValue }

        public var methods: [String] {
            switch self {
            case .storesOnceAndReportsDuplicates: ["ingest(events:quarantined:)", "eventCount()", "event(id:)"]
            case .roundTripsEveryField: ["event(id:)", "ingest(observations:quarantined:)", "observation(id:)", "observationCount()"]
            case .latestAccountInfoWinsByEventTime: ["accountInfo(account:)"]
            case .eventsOfAnAccountInTimeOrder: ["events(account:)", "accountCount()"]
            case .quarantineKeepsOneEntryPerLine: ["quarantinedLines()"]
            case .flaggedPromptsOfSomeAccountsInIngestionOrder:
                ["unclassifiedEvents(after:limit:)", "saveClassifications(_:)", "lastClassifiedSeq()", "flaggedPrompts(accounts:limit:)"]
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
