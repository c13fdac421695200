import SightlineCore
import SightlineDetection
import Testing
@testable import SightlineAnalysis

func analysisEvent(_ seq: Int64, account: String, category: String, score: Double = 0.8, hour: Int64 = 10, response: String? = nil) -> AnalysisEvent {
    let e = UsageEvent(id: "e\(seq)", time: ScenarioGenerator.start + seq * 3_600_000 + hour * 60_000, account: account, prompt: "p\(seq)", response: response)
    var scores = [Double](repeating: 0, count: ThreatCategory.ids.count)
    if let i = ThreatCategory.ids.firstIndex(of: category) { scores[i] = score }
    return AnalysisEvent(
        seq: seq, event: e,
        classification: EventClassification(
            category: category, score: score, scores: scores, promptLanguage: "en", responseLanguage: nil, signals: []))
}

@Suite struct BehaviourScoreTests {
    @Test func oneGrayZoneQuestionIsNotAPattern() {
        var events = (1...30).map { analysisEvent(Int64($0), account: "a", category: "benign") }
        events.append(analysisEvent(31, account: "a", category: "scam", score: 0.5))
        let p = AccountProfile.build(events)["a"]!
        #expect(p.risk < 0.3)
    }

    @Test func aHabitScoresHigh() {
        let events = (1...12).map { analysisEvent(Int64($0), account: "b", category: $0 % 3 == 0 ? "benign" : "influence") }
        let p = AccountProfile.build(events)["b"]!
        #expect(p.risk >= 0.7)
        #expect(p.topCategory == "influence")
        let two = AccountProfile.build([analysisEvent(1, account: "c", category: "cyber.malware"), analysisEvent(2, account: "c", category: "cyber.malware")])["c"]!
        #expect(two.risk >= Policy.default.accountThreshold)
    }
}

@Suite struct WorkingHoursTests {
    /// Active hours of a team working `start..<end` local time on weekdays, with an optional lunch.
    func profile(offset: Int, start: Int = 9, end: Int = 18, lunch: Bool = true, weeks: Int = 3) -> [Int] {
        var h = [Int](repeating: 0, count: 168)
        for day in 0..<5 {
            for local in start..<end where !(lunch && local == 12) {
                let utc = ((day * 24 + local - offset) % 168 + 168) % 168
                h[utc] += weeks
            }
        }
        return h
    }

    @Test(arguments: [-5, 0, 3, 8, 9]) func findsTheOffsetOfAnOfficeWeek(offset: Int) {
        let e = WorkingHoursEstimator.estimate(profile(offset: offset))
        #expect(e?.offset == offset)
        #expect((e?.margin ?? 0) >= 3)
        #expect((e?.regularity ?? 0) >= 0.6)
    }

    @Test func aLateShiftWithoutLunchIsTiedUntilAHintDecides() {
        // UTC+3 working 11-20 fills the same UTC hours as UTC+1 working 09-18.
        let h = profile(offset: 3, start: 11, end: 20, lunch: false)
        let alone = WorkingHoursEstimator.estimate(h)!
        #expect(alone.offset == 1)
        #expect(alone.margin < 3)
        let hinted = WorkingHoursEstimator.estimate(h, hints: [3: 6])!
        #expect(hinted.offset == 3)
        #expect(hinted.timingOffset == 1)
    }

    @Test func aHintNeverOutweighsALunchDip() {
        let e = WorkingHoursEstimator.estimate(profile(offset: 8), hints: [3: 6])!
        #expect(e.offset == 8)
    }

    @Test func activityAtAnyHourIsNotAWorkingWeek() {
        let flat = [Int](repeating: 2, count: 168)
        #expect((WorkingHoursEstimator.estimate(flat)?.regularity ?? 1) < 0.3)
    }

    @Test func saysNothingWhenTooSparse() {
        var h = [Int](repeating: 0, count: 168)
        h[10] = 3
        #expect(WorkingHoursEstimator.estimate(h) == nil)
    }

    @Test func readsClientTimeZones() {
        let october = Int64(1_760_000_000_000)
        #expect(WorkingHoursEstimator.offsets(ofZone: "Europe/Moscow", at: october) == [3])
        #expect(WorkingHoursEstimator.offsets(ofZone: "Asia/Tehran", at: october) == [3, 4])
        #expect(WorkingHoursEstimator.offsets(ofZone: "Not/AZone", at: october) == nil)
    }
}

@Suite struct BreakoutTests {
    func obs(_ id: String, _ platform: String, reposted: [String] = [], authentic: Bool? = nil, figure: Bool? = nil, policy: Bool? = nil) -> Observation {
        Observation(id: id, time: 0, platform: platform, text: "t", authenticEngagement: authentic, repostedBy: reposted, amplifiedByPublicFigure: figure, policyResponse: policy)
    }
    let analysis = NetworkAnalysis(policy: .default)

    @Test func ratesEachCategory() {
        #expect(analysis.rateBreakout([obs("a", "facebook", reposted: ["@own"], authentic: false)]).category == 1)
        #expect(analysis.rateBreakout([obs("a", "x"), obs("b", "instagram")]).category == 2)
        #expect(analysis.rateBreakout([obs("a", "x", reposted: ["@r"]), obs("b", "telegram", reposted: ["@s"])]).category == 3)
        #expect(analysis.rateBreakout([obs("a", "x"), obs("b", "news")]).category == 4)
        #expect(analysis.rateBreakout([obs("a", "x", figure: true)]).category == 5)
        #expect(analysis.rateBreakout([obs("a", "news", policy: true)]).category == 6)
        let r = analysis.rateBreakout([obs("a", "x", reposted: ["@r"], authentic: false), obs("b", "telegram", reposted: ["@s"], authentic: false)])
        #expect(r.category == 2, "bought or own engagement is not breakout")
        #expect(r.rationale.hasPrefix("Category 2"))
    }
}

@Suite struct MinHashTests {
    @Test func findsTemplatesWithSlotsChanged() {
        let h = MinHasher()
        let a = h.signature("Write 12 short comments in Taglish supporting Mayor Reyes's new flood project, under 10 words each with emojis, like ordinary users.")!
        let b = h.signature("Write 20 short comments in Taglish supporting Senator Cruz's new flood project, under 10 words each with emojis, like ordinary users.")!
        let c = h.signature("Give me a recipe for dinner tonight with rice, eggs and spinach that my kids will eat.")!
        #expect(MinHasher.similarity(a, b) >= 0.5)
        #expect(MinHasher.similarity(a, c) < 0.2)
        let pairs = MinHasher.nearDuplicatePairs([a, b, c], threshold: 0.5)
        #expect(pairs.map { [$0.0, $0.1] } == [[0, 1]])
    }
}
