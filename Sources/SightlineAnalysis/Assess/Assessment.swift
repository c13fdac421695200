import SightlineCore
import SightlineDetection

/// Finds which external observations reproduce which model outputs (near-duplicates tolerant of
/// light edits), to establish provenance and reach.
struct ObservationMatcher: Sendable {
    let observations: [Observation]
    let signatures: [[UInt64]?]
    let buckets: [UInt64: [Int]]
    let hasher: MinHasher

    init(observations: [Observation], hasher: MinHasher) {
        self.observations = observations
        self.hasher = hasher
        signatures = observations.map { hasher.signature($0.text) }
        var b: [UInt64: [Int]] = [:]
        for (i, s) in signatures.enumerated() {
            guard let s else { continue }
            for k in MinHasher.bandKeys(s) { b[k, default: []].append(i) }
        }
        buckets = b
    }

    /// The texts an output may be published as: the whole, and each line of a batch (ten
    /// comments in one answer are posted one by one), without list markers.
    static func pieces(_ output: String) -> [String] {
        var out = [output]
        let lines = output.split(whereSeparator: \.isNewline)
        guard lines.count > 1 else { return out }
        for line in lines {
            var piece = Substring(line).drop { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "*" || $0 == "•" }
            // "1." or "2)" numbering.
            if let i = piece.firstIndex(where: { !$0.isNumber }), i != piece.startIndex, piece[i] == "." || piece[i] == ")" {
                piece = piece[piece.index(after: i)...].drop { $0 == " " }
            }
            if piece.unicodeScalars.count >= 20 { out.append(String(piece)) }
        }
        return out
    }

    /// Observations matching any of `outputs` (or one line of a batch of them).
    func matches(_ outputs: [String]) -> [Observation] {
        var found = Set<Int>()
        var seenText = Set<String>()
        for text in outputs.flatMap(Self.pieces) where seenText.insert(text).inserted {
            guard let sig = hasher.signature(text) else { continue }
            var candidates = Set<Int>()
            for k in MinHasher.bandKeys(sig) { candidates.formUnion(buckets[k] ?? []) }
            for c in candidates where !found.contains(c) {
                if MinHasher.similarity(sig, signatures[c]!) >= 0.5 { found.insert(c) }
            }
        }
        return found.sorted().map { observations[$0] }
    }
}

/// Assesses one group of linked accounts: category and risk, attribution (languages, the working
/// week's UTC offset, anonymizer share, countries, confidence), Breakout Scale from matched
/// observations, and tactic tags.
struct Assessor {
    let policy: Policy
    let observations: ObservationMatcher

    func shares(_ counts: [String: Int]) -> [String: Double] {
        let total = counts.values.reduce(0, +)
        guard total > 0 else { return [:] }
        // Keep what matters: shares of at least 2%, rounded to two decimals.
        var out: [String: Double] = [:]
        for (k, v) in counts where Double(v) / Double(total) >= 0.02 { out[k] = (Double(v) / Double(total) * 100).rounded() / 100 }
        return out
    }

    /// `otherResponses` are the model's answers to the members' events that analysis reads without
    /// text (those the classifier left benign: an operation's support work publishes too), by seq.
    func assess(
        members: [String], events: [AnalysisEvent], profiles: [String: AccountProfile], infos: [String: AccountInfo],
        evidence: [Network.Evidence], otherResponses: [Int64: String] = [:]
    ) -> Network {
        let ps = members.compactMap { profiles[$0] }
        // Category scores: the members' mean behaviour per category.
        var categories: [ThreatCategory: Double] = [:]
        for c in ThreatCategory.allCases {
            let v = ps.reduce(0) { $0 + $1.behaviour[c.index] } / Double(ps.count)
            if v >= 0.01 { categories[c] = (v * 1000).rounded() / 1000 }
        }
        let category = categories.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? .influence
        let risk = ((ps.map(\.risk).reduce(0, +) / Double(ps.count)) * 1000).rounded() / 1000

        var hourOfWeek = [Int](repeating: 0, count: 168)
        var promptLanguages: [String: Int] = [:]
        var outputLanguages: [String: Int] = [:]
        var countries: [String: Int] = [:]
        // Countries of the addresses not behind an anonymizer: where the members connect from.
        var residential: [String: Int] = [:]
        var anonymized = 0
        var zones: [String: Int] = [:]
        var activeHours = ActiveHours()
        var responses: [String] = []
        for a in events {
            hourOfWeek[AccountProfile.hourOfWeek(a.event.time)] += 1
            if a.classification.promptLanguage != "und" { promptLanguages[a.classification.promptLanguage, default: 0] += 1 }
            if let r = a.classification.responseLanguage, r != "und", a.event.refused != true, !a.classification.category.isBenign {
                outputLanguages[r, default: 0] += 1
            }
            if let c = a.event.country {
                countries[c, default: 0] += 1
                if a.event.anonymizer == nil { residential[c, default: 0] += 1 }
            }
            if a.event.anonymizer != nil { anonymized += 1 }
            if let z = a.event.timezone { zones[z, default: 0] += 1 }
            activeHours.add(a.event)
            if a.event.refused != true, let r = a.event.response ?? otherResponses[a.seq] { responses.append(r) }
        }
        let promptShares = shares(promptLanguages)
        let topLanguage = promptShares.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        // Outside evidence for the offset, used only where timing leaves offsets tied: the
        // language most prompts are written in, and client time zones the members' browsers
        // reported (attacker-controlled, so a hint, never the answer).
        var hints: [Int: Double] = [:]
        var hintReasons: [(reason: String, offsets: [Int])] = []
        // Where the prompts' (or outputs') language says the operators are.
        var languageHint: [Int]?
        if let t = topLanguage, t.value >= 0.5, let offsets = WorkingHoursEstimator.languageOffsets[t.key] {
            for o in offsets { hints[o, default: 1] *= 1 + 5 * t.value }
            hintReasons.append(("prompts in \(t.key)", offsets))
            languageHint = offsets
        }
        // Where the prompts' language locates nobody (English, Spanish, ...), the language the
        // outputs are written in is a weaker hint: operators often write for audiences at home.
        let topOutput = shares(outputLanguages).max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        if hints.isEmpty, let o = topOutput, o.value >= 0.4, o.key != topLanguage?.key, let offsets = WorkingHoursEstimator.languageOffsets[o.key] {
            for x in offsets { hints[x, default: 1] *= 1 + 2 * o.value }
            hintReasons.append(("outputs in \(o.key)", offsets))
            languageHint = offsets
        }
        let reported = zones.values.reduce(0, +)
        let firstSeen = events.map(\.event.time).min() ?? 0
        // Home: at least 40% of the activity from addresses not behind an anonymizer, nine in ten
        // of them in one country that keeps one clock. A hint like the others; and where the
        // timing places a day more than two hours from it, the answer (below).
        let direct = residential.values.reduce(0, +)
        let home: (country: String, offsets: [Int], share: Double)? = residential.max { ($0.value, $1.key) < ($1.value, $0.key) }.flatMap { top in
            guard direct * 5 >= events.count * 2, top.value * 10 >= direct * 9, let zone = CountryClock.zone[top.key],
                let offsets = WorkingHoursEstimator.offsets(ofZone: zone, at: firstSeen)
            else { return nil }
            return (top.key, offsets, Double(top.value) / Double(max(1, events.count)))
        }
        if let home {
            for o in home.offsets { hints[o, default: 1] *= 1 + 4 * home.share }
            hintReasons.append(("addresses in \(home.country) (not anonymized) on \(Int((home.share * 100).rounded()))% of activity", home.offsets))
        }
        for (zone, n) in zones.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(3) {
            guard Double(n) >= 0.2 * Double(reported), let offsets = WorkingHoursEstimator.offsets(ofZone: zone, at: firstSeen) else { continue }
            for o in offsets { hints[o, default: 1] *= 1 + 3 * Double(n) / Double(reported) }
            hintReasons.append(("client time zone \(zone) on \(n) events", offsets))
        }
        let fitted = WorkingHoursEstimator.estimate(activeHours.week, hints: hints)
        // Round-the-clock activity has no working day to place: no offset rather than a guess.
        // (Sparse activity fits no week well either: that is too little to say, not round the clock.)
        let aroundTheClock = activeHours.week.reduce(0, +) >= 40 && (fitted.map { $0.regularity < WorkingHoursEstimator.minimumRegularity } ?? false)
        // Where timing cannot place a day (round the clock, or too sparse), the prompts' language
        // may place the operators on its own (most prompts in a language written in one or two
        // offsets): then that, with low confidence.
        let languageOnly: Int? = aroundTheClock || fitted == nil ? topLanguage.flatMap { t in t.value >= 0.6 ? WorkingHoursEstimator.languageOffsets[t.key]?.first : nil } : nil
        let estimate = aroundTheClock ? nil : fitted
        // A working day far from home is a night shift there (a call centre working another
        // continent's day), unless the language says the operators are elsewhere: the prompts' or
        // outputs' language hint, where there is one, must allow home.
        let nightShift: Int? = estimate.flatMap { e in
            guard let home, home.offsets.allSatisfy({ abs($0 - e.offset) > 2 }),
                languageHint.map({ l in l.contains { o in home.offsets.contains { abs($0 - o) <= 1 } } }) ?? true
            else { return nil }
            return home.offsets[0]
        }
        // The hints that point at the chosen offset.
        let agreeing = hintReasons.filter { h in estimate.map { h.offsets.contains($0.offset) } ?? false }.map(\.reason)
        var reasons: [String] = []
        var confidencePoints = 0
        if let estimate, let night = nightShift, let home {
            reasons.append(
                "activity fits a working week at \(utc(estimate.offset)), but \(Int((home.share * 100).rounded()))% of it comes from addresses in \(home.country) not behind an anonymizer: a night or late shift at \(utc(night))")
        } else if let estimate {
            reasons.append(
                "activity fits a working week at \(utc(estimate.offset))"
                    + (estimate.margin < 0.4 ? " (timing alone cannot rule out offsets more than an hour away)" : " (timing odds \(odds(estimate.margin)) over offsets more than an hour away)"))
            if estimate.margin >= 3 { confidencePoints += 1 }
            if estimate.timingOffset != estimate.offset {
                reasons.append("timing alone fits \(utc(estimate.timingOffset)) as well (a shift can start later or earlier); \(agreeing.joined(separator: " and ")) favour \(utc(estimate.offset))")
            } else if !agreeing.isEmpty {
                reasons.append("\(agreeing.joined(separator: " and ")) agree")
                confidencePoints += 1
            }
        } else if aroundTheClock, let o = languageOnly {
            reasons.append("activity is spread around the clock (shifts, or two time zones): timing places no working day; \(utc(o)) \(Network.Attribution.languageOnlyMarker)")
        } else if aroundTheClock {
            reasons.append("activity is spread around the clock (shifts or automation): no working day to place, so no offset")
        } else if let o = languageOnly {
            reasons.append("too little activity to place a working day; \(utc(o)) \(Network.Attribution.languageOnlyMarker)")
        } else {
            reasons.append("too little activity to place a working day")
        }
        if let t = topLanguage {
            reasons.append("\(Int((t.value * 100).rounded()))% of prompts in \(t.key)")
            if t.value >= 0.8, WorkingHoursEstimator.languageOffsets[t.key] != nil { confidencePoints += 1 }
        }
        let anonymizerShare = events.isEmpty ? 0 : (Double(anonymized) / Double(events.count) * 100).rounded() / 100
        if anonymizerShare >= 0.5 { reasons.append("\(Int(anonymizerShare * 100))% of activity through VPNs or hosting: IP countries say little") }
        if events.count >= 100 { confidencePoints += 1 }
        // An offset from the language alone is a low-confidence guess, whatever else holds.
        let confidence: Confidence = languageOnly != nil || nightShift != nil ? .low : confidencePoints >= 3 ? .high : confidencePoints == 2 ? .moderate : .low

        let matched = observations.matches(responses)
        let breakout = matched.isEmpty ? nil : BreakoutScale.rate(matched)

        // The tactics the network's behaviour shows, each with what showed it; then those of its
        // categories (the main one first), each with the activity it names, unless the behaviour
        // showed it already. One row per tactic.
        var shown: [Tactic] = []
        if let estimate, estimate.regularity >= 0.6 {
            shown.append(Tactic(framework: .killChain, id: "3.1.1", name: "Working to a regular shift pattern", activity: "Working the same hours every working day"))
        }
        if anonymizerShare >= 0.5 {
            shown.append(Tactic(framework: .killChain, id: "5", name: "Evading detection", activity: "Reaching the model through VPNs and hosting (\(Int(anonymizerShare * 100))% of activity)"))
        }
        let created = members.compactMap { infos[$0]?.created }
        let fresh = created.filter { firstSeen - $0 < 30 * 86_400_000 }.count
        if !created.isEmpty, fresh * 2 > created.count {
            shown.append(Tactic(framework: .killChain, id: "0", name: "Acquiring assets", activity: "Opening accounts shortly before use (\(fresh) of \(created.count) accounts)"))
        }
        let single = ps.filter { $0.conversations.count == 1 }.count
        if ps.count >= 3, single * 2 > ps.count {
            shown.append(Tactic(framework: .killChain, id: "9", name: "Enabling longevity", activity: "Using throwaway accounts for a single conversation (\(single) of \(ps.count) accounts)"))
        }
        var ttps: [Tactic] = []
        func same(_ a: Tactic, _ b: Tactic) -> Bool { a.framework == b.framework && a.id == b.id }
        for (id, score) in categories.sorted(by: { ($0.key == category ? 0 : 1, $0.key) < ($1.key == category ? 0 : 1, $1.key) }) where score >= 0.2 || id == category {
            for t in policy.category(id)?.tactics ?? [] where !ttps.contains(where: { same($0, t) }) && !shown.contains(where: { same($0, t) }) { ttps.append(t) }
        }
        ttps += shown

        return Network(
            id: "", name: "", category: category, categories: categories, risk: risk, accounts: members.sorted(),
            attribution: Network.Attribution(
                promptLanguages: promptShares, outputLanguages: shares(outputLanguages), utcOffsetHours: nightShift ?? estimate?.offset ?? languageOnly,
                anonymizerShare: anonymizerShare, countries: shares(countries), confidence: confidence, reasons: reasons),
            breakout: breakout, ttps: ttps, evidence: evidence, events: events.count, firstSeen: firstSeen,
            lastSeen: events.map(\.event.time).max() ?? 0, hourOfWeek: hourOfWeek)
    }

    func utc(_ offset: Int) -> String { "UTC\(offset >= 0 ? "+" : "")\(offset)" }

    /// Odds from a natural-log margin, in words a reader can weigh ("about 20 to 1").
    func odds(_ logOdds: Double) -> String {
        logOdds >= Math.log(1000) ? "over 1000 to 1" : "about \(Int(Math.exp(logOdds).rounded())) to 1"
    }
}

/// Countries that keep one clock, with a zone of theirs (its summer time included). Countries
/// spanning several offsets (the United States, Russia, Brazil, Indonesia, ...) place nobody.
enum CountryClock {
    static let zone: [String: String] = [
        "PH": "Asia/Manila", "CN": "Asia/Shanghai", "HK": "Asia/Hong_Kong", "TW": "Asia/Taipei", "KR": "Asia/Seoul",
        "KP": "Asia/Pyongyang", "JP": "Asia/Tokyo", "VN": "Asia/Ho_Chi_Minh", "TH": "Asia/Bangkok", "KH": "Asia/Phnom_Penh",
        "LA": "Asia/Vientiane", "MM": "Asia/Yangon", "MY": "Asia/Kuala_Lumpur", "SG": "Asia/Singapore", "IN": "Asia/Kolkata",
        "PK": "Asia/Karachi", "BD": "Asia/Dhaka", "NP": "Asia/Kathmandu", "LK": "Asia/Colombo", "IR": "Asia/Tehran",
        "IQ": "Asia/Baghdad", "SA": "Asia/Riyadh", "AE": "Asia/Dubai", "QA": "Asia/Qatar", "IL": "Asia/Jerusalem",
        "JO": "Asia/Amman", "LB": "Asia/Beirut", "SY": "Asia/Damascus", "TR": "Europe/Istanbul", "EG": "Africa/Cairo",
        "NG": "Africa/Lagos", "GH": "Africa/Accra", "KE": "Africa/Nairobi", "ET": "Africa/Addis_Ababa", "ZA": "Africa/Johannesburg",
        "MA": "Africa/Casablanca", "DZ": "Africa/Algiers", "TN": "Africa/Tunis", "GB": "Europe/London", "IE": "Europe/Dublin",
        "FR": "Europe/Paris", "DE": "Europe/Berlin", "NL": "Europe/Amsterdam", "BE": "Europe/Brussels", "IT": "Europe/Rome",
        "PL": "Europe/Warsaw", "CZ": "Europe/Prague", "AT": "Europe/Vienna", "CH": "Europe/Zurich", "SE": "Europe/Stockholm",
        "NO": "Europe/Oslo", "DK": "Europe/Copenhagen", "FI": "Europe/Helsinki", "RO": "Europe/Bucharest", "BG": "Europe/Sofia",
        "GR": "Europe/Athens", "UA": "Europe/Kyiv", "BY": "Europe/Minsk", "RS": "Europe/Belgrade", "HU": "Europe/Budapest",
        "GE": "Asia/Tbilisi", "AM": "Asia/Yerevan", "AZ": "Asia/Baku", "UZ": "Asia/Tashkent", "CO": "America/Bogota",
        "PE": "America/Lima", "VE": "America/Caracas", "AR": "America/Argentina/Buenos_Aires", "CL": "America/Santiago",
    ]
}
