import SightlineCore

/// The UTC offset whose local working week best explains an hour-of-week activity profile.
///
/// Timing is modelled as a family of working weeks: a shift starting between 06:00 and 12:00 and
/// lasting 8 to 12 hours, with soft edges, a lunch dip at 12:00 or 13:00 or none, and one of the
/// usual sets of days off. Each offset's fit sums the likelihood over the family, weighted by how
/// common each week is (a 09:00 start more than an 11:00 one). Without a lunch dip a late shift
/// and an eastern time zone fit the same hours, so the fit alone cannot tell UTC+1 working 09–18
/// from UTC+3 working 11–20; `hints` (the prompts' language, a client time zone that leaked) then
/// decide between offsets the timing leaves tied, and never outweigh a clear timing signal.
public enum WorkingHoursEstimator {
    public struct Estimate: Equatable, Sendable {
        public var offset: Int
        /// How much better the timing fits `offset` than the best offset more than an hour away:
        /// the natural log of the odds (3 is 20 to 1). Near 0 when timing alone cannot tell them
        /// apart.
        public var margin: Double
        /// The offset the timing alone favours; differs from `offset` when a hint decided.
        public var timingOffset: Int
        /// How much better a working week explains the activity than activity at any hour, in
        /// log-likelihood per active hour: about 1.3 for a strict office week, 0 for none.
        public var regularity: Double
    }

    struct Week {
        let logProbability: [Double]  // 168 local hours of the week, log of normalised weights
        let logPrior: Double
    }

    static let offsets = Array(-11...14)

    /// Active hours are not independent draws: one sitting often spans two or three of them, and
    /// a sparse sample easily shows a dip that is not a lunch. Each active hour counts as this
    /// much evidence, so that noise does not pass for a clear signal.
    static let evidencePerHour = 0.5

    static let weeks: [Week] = {
        // Office shifts start between 06:00 and 12:00; operations also run late shifts (to 18:00)
        // and split shifts, less often. Night shifts are left out: a night shift eight hours west
        // turns Iran's Friday off into a Saturday and Sunday, and wins. With late shifts in the family, an office week in
        // one zone and a late shift in a zone five hours east fit the same hours: the prior then
        // favours the office week, and hints (the prompts' language, a leaked client zone) can
        // overturn it.
        let starts: [(Int, Double)] = [
            (6, 0.03), (7, 0.07), (8, 0.2), (9, 0.33), (10, 0.2), (11, 0.11), (12, 0.06),
            (14, 0.05), (16, 0.04), (18, 0.03),
        ]
        let lengths: [(Int, Double)] = [(8, 0.2), (9, 0.35), (10, 0.2), (11, 0.15), (12, 0.1)]
        let lunches: [(Int?, Double)] = [(12, 0.5), (13, 0.2), (nil, 0.3)]
        // 0 = Monday. Saturday and Sunday; Friday (Iran); Friday and Saturday (much of the Middle
        // East); no day off (scam compounds, shift work).
        let daysOff: [([Int], Double)] = [([5, 6], 0.72), ([4], 0.05), ([4, 5], 0.08), ([], 0.15)]
        var shifts: [(blocks: [(start: Int, length: Int)], lunch: Int?, prior: Double)] = []
        for (start, ps) in starts {
            for (length, pl) in lengths {
                for (lunch, pm) in lunches {
                    // A lunch dip only inside the shift; late shifts keep one (at 12 or 13) out of it.
                    shifts.append(([(start, length)], lunch.flatMap { $0 > start && $0 < start + length ? $0 : nil }, ps * pl * pm))
                }
            }
        }
        // Split shifts: a morning and an evening block of four hours each.
        for (start, ps) in [(7, 0.01), (8, 0.015), (9, 0.015), (10, 0.01)] { shifts.append(([(start, 4), (start + 9, 4)], nil, ps)) }
        var out: [Week] = []
        for shift in shifts {
            for (off, pd) in daysOff {
                // A quiet background, then each day's shift with soft edges; a shift running past
                // midnight carries on into the next day.
                var w = [Double](repeating: 0.015, count: 168)
                for day in 0..<7 {
                    let scale = off.contains(day) ? 0.08 : 1
                    for block in shift.blocks {
                        let end = block.start + block.length
                        for hour in (block.start - 2)...(end + 2) {
                            let h: Double
                            if hour >= block.start && hour < end {
                                h = hour == shift.lunch ? 0.5 : 1
                            } else if hour == block.start - 1 || hour == end {
                                h = 0.3
                            } else {
                                h = 0.08
                            }
                            let i = (day * 24 + hour + 168) % 168
                            w[i] = max(w[i], h * scale)
                        }
                    }
                }
                let total = w.reduce(0, +)
                out.append(Week(logProbability: w.map { Math.log($0 / total) }, logPrior: Math.log(shift.prior * pd)))
            }
        }
        return out
    }()

    /// Below this regularity no working week explains the activity better than activity at any
    /// hour (an operation working around the clock, in shifts): no offset is given.
    public static let minimumRegularity = 0.3

    /// `hints` maps offsets to how strongly outside evidence favours them (a factor ≥ 1 on the
    /// prior; offsets not named keep 1). `hourOfWeek` counts active hours (see `assess`); nil
    /// under `minimum` of them.
    public static func estimate(_ hourOfWeek: [Int], hints: [Int: Double] = [:], minimum: Int = 10) -> Estimate? {
        let total = hourOfWeek.reduce(0, +)
        guard total >= minimum else { return nil }
        let active = hourOfWeek.indices.filter { hourOfWeek[$0] > 0 }
        // Timing fit per offset: log Σ over weeks of prior × likelihood.
        var fit: [Double] = []
        for offset in offsets {
            var terms: [Double] = []
            terms.reserveCapacity(weeks.count)
            for week in weeks {
                var ll = week.logPrior
                for utc in active {
                    let local = ((utc + offset) % 168 + 168) % 168
                    ll += evidencePerHour * Double(hourOfWeek[utc]) * week.logProbability[local]
                }
                terms.append(ll)
            }
            let top = terms.max()!
            fit.append(top + Math.log(terms.reduce(0) { $0 + Math.exp($1 - top) }))
        }
        func best(_ score: (Int) -> Double) -> Int {
            var b = 0
            for i in fit.indices where score(i) > score(b) || (score(i) == score(b) && abs(offsets[i]) < abs(offsets[b])) { b = i }
            return b
        }
        let timing = best { fit[$0] }
        let chosen = best { fit[$0] + Math.log(max(1, hints[offsets[$0]] ?? 1)) }
        let rival = fit.indices.filter { abs(offsets[$0] - offsets[chosen]) > 1 }.map { fit[$0] }.max() ?? fit[chosen]
        let margin = max(0, fit[chosen] - rival)
        let weight = evidencePerHour * Double(total)
        let regularity = max(0, (fit[chosen] - weight * Math.log(1.0 / 168)) / weight)
        return Estimate(
            offset: offsets[chosen], margin: (margin * 100).rounded() / 100, timingOffset: offsets[timing],
            regularity: (regularity * 100).rounded() / 100)
    }

    /// Offsets where a language is mostly written (standard time; summer time is within an
    /// hour). Languages spoken across many time zones (English, Spanish, Arabic, Portuguese,
    /// French) say nothing and are left out.
    public static let languageOffsets: [String: [Int]] = [
        "zh": [8], "ko": [9], "ja": [9], "ru": [3], "uk": [2, 3], "be": [3], "fa": [3, 4], "tr": [3], "he": [2, 3],
        "vi": [7], "th": [7], "km": [7], "my": [6, 7], "id": [7, 8], "ms": [8], "tl": [8], "hi": [5, 6], "bn": [6],
        "ur": [5], "de": [1, 2], "it": [1, 2], "pl": [1, 2], "nl": [1, 2], "sv": [1, 2], "cs": [1, 2], "hu": [1, 2],
        "ro": [2, 3], "el": [2, 3], "fi": [2, 3], "ka": [4], "hy": [4], "az": [4], "kk": [5, 6], "uz": [5],
    ]

    /// The whole-hour offsets of an IANA time-zone name at a moment (both neighbours of a
    /// half-hour zone), or nil for a name `TimeZoneTable` does not know. The table, not the
    /// host's time-zone database, so the answer does not depend on the machine.
    public static func offsets(ofZone name: String, at millis: Int64) -> [Int]? {
        guard let minutes = TimeZoneTable.offsetMinutes(zone: name, atMillis: millis) else { return nil }
        if minutes % 60 == 0 { return [minutes / 60] }
        let low = Int((Double(minutes) / 60).rounded(.down))
        return [low, low + 1]
    }
}

/// The hours accounts were active in, by hour of the week (UTC). Events come in bursts (a session
/// is many prompts in a few minutes), so timing is judged on these rather than on event counts:
/// one account in one clock hour counts once.
struct ActiveHours {
    private var seen = Set<String>()
    private(set) var week = [Int](repeating: 0, count: 168)

    mutating func add(_ e: UsageEvent) {
        if seen.insert(e.account + "\u{1}" + String(e.time / 3_600_000)).inserted { week[AccountProfile.hourOfWeek(e.time)] += 1 }
    }

    /// The same hours by hour of the day (UTC).
    var day: [Int] { (0..<24).map { h in stride(from: h, to: 168, by: 24).reduce(0) { $0 + week[$1] } } }
}
