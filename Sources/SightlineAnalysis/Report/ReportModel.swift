import SightlineCore
import SightlineDetection

/// What a threat report says, built from the store's networks, cases and enforcement; rendered to
/// Markdown or HTML. Public by default: no account ids, e-mail addresses, IPs, device or payment
/// fingerprints, exact account counts or raw prompts beyond short masked excerpts.
public struct ThreatReport: Sendable {
    public struct CaseStudy: Sendable {
        public var network: Network
        public var leadSource: LeadSource
        public var verdict: String?
        public var actionedAt: Int64?
        public var promptExcerpts: [String]
        public var outputExcerpts: [String]
        public var platforms: [String]
        /// The case study's narrative as the analyst wrote it in the case (`Narrative:` notes,
        /// the latest one), published as written.
        public var narrative: String? = nil
        /// Translations of the excerpts, by excerpt, as an analyst wrote or approved them in the case
        /// (`Translation:` notes); an excerpt without one stands as it is.
        public var translations: [String: String] = [:]
    }

    /// Who publishes the report (`report --publisher`, `serve --publisher`).
    public var publisher = "Our trust and safety team"
    /// Accounts of the studied networks under a ban, and under a suspension.
    public var accountsBanned = 0
    public var accountsSuspended = 0

    public var title: String
    public var since: Int64?
    public var until: Int64?
    public var generatedFor: Int64
    public var internalReport: Bool
    public var studies: [CaseStudy]
    /// Every actioned network, in or out of the period (for the trend).
    public var allActioned: [CaseStudy] = []
    public var disruptedInPeriod: Int
    public var disruptedSinceStart: Int
    public var networksFound: Int

    /// Builds the report. `eventsOf` gives a network's member events (for excerpts).
    public static func build(
        networks: [Network], cases: [Case], actions: [EnforcementAction], observations: [Observation],
        eventsOf: (Network) -> [AnalysisEvent], since: Int64?, until: Int64?, isInternal: Bool
    ) -> ThreatReport {
        // A network that merged in an actioned one is actioned from then.
        var actionedAt = actioned(cases: cases, actions: actions)
        for n in networks {
            let times = ([n.id] + n.lineage.filter { $0.kind == .merged }.map(\.network)).compactMap { actionedAt[$0] }
            if let first = times.min() { actionedAt[n.id] = first }
        }
        let caseOf = Dictionary(uniqueKeysWithValues: cases.map { ($0.networkID, $0) })
        func inPeriod(_ t: Int64) -> Bool { (since.map { t >= $0 } ?? true) && (until.map { t < $0 } ?? true) }
        let actioned = networks.filter { actionedAt[$0.id] != nil }
        let all = actioned.sorted { ($0.category, $0.name) < ($1.category, $1.name) }.map { n -> CaseStudy in
            let (prompts, outputs) = excerpts(eventsOf(n))
            let matched = Set(n.breakout?.observations ?? [])
            // Platform names come from partner feeds: keep them to plain lower-case words.
            let platforms = Set(observations.filter { matched.contains($0.id) }.map { String($0.platform.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }.prefix(32)) }).filter { !$0.isEmpty }.sorted()
            let narrative = caseOf[n.id].flatMap(Self.narrative(of:))
            let translated = caseOf[n.id].map(Self.translations(of:)) ?? [:]
            var translations: [String: String] = [:]
            for x in prompts + outputs { if let t = translated[excerptKey(x)] { translations[x] = t } }
            return CaseStudy(
                network: n, leadSource: caseOf[n.id]?.leadSource ?? .internalDetection, verdict: caseOf[n.id]?.verdict,
                actionedAt: actionedAt[n.id], promptExcerpts: prompts, outputExcerpts: outputs, platforms: platforms,
                narrative: narrative.flatMap { $0.trimmingCharacters(in: " ").isEmpty ? nil : $0 }, translations: translations)
        }
        let studies = all.filter { inPeriod($0.actionedAt!) }
        let latest = networks.map(\.lastSeen).max() ?? 0
        var report = ThreatReport(
            title: isInternal ? "Disrupting malicious uses of AI (internal)" : "Disrupting malicious uses of AI", since: since, until: until,
            generatedFor: until ?? latest, internalReport: isInternal, studies: studies, allActioned: all, disruptedInPeriod: studies.count,
            disruptedSinceStart: actioned.count, networksFound: networks.count)
        let standing = EnforcementLedger.standing(actions)
        let studied = Set(studies.flatMap(\.network.accounts))
        report.accountsBanned = studied.filter { standing[$0]?.action == .ban }.count
        report.accountsSuspended = studied.filter { standing[$0]?.action == .suspend }.count
        return report
    }

    /// A case note that starts with this holds the case study's narrative (the console's case
    /// form writes it); the latest one is published.
    public static let narrativeMarker = "Narrative: "

    /// The excerpts a case study quotes: the two most confident flagged prompts and two of their
    /// answers, masked (`Excerpt`), each once.
    public static func excerpts(_ events: [AnalysisEvent]) -> (prompts: [String], outputs: [String]) {
        var prompts: [String] = []
        var outputs: [String] = []
        let flagged = events.filter { !$0.classification.category.isBenign }
        for e in flagged.sorted(by: { $0.classification.score > $1.classification.score || ($0.classification.score == $1.classification.score && $0.seq < $1.seq) }) {
            let p = Excerpt.make(e.event.prompt)
            if prompts.count < 2, !prompts.contains(p) { prompts.append(p) }
            if let r = e.event.response, e.event.refused != true {
                let o = Excerpt.make(r)
                if outputs.count < 2, !outputs.contains(o) { outputs.append(o) }
            }
        }
        return (prompts, outputs)
    }

    /// A case note `Translation: KEY: text` holds an analyst's translation of the excerpt whose
    /// `excerptKey` is KEY (the console's case form writes them); the latest one per excerpt is
    /// published beside it. Nothing is machine-translated.
    public static let translationMarker = "Translation: "

    /// A short stable name of an excerpt: 16 hex digits of its FNV-1a hash.
    public static func excerptKey(_ excerpt: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in excerpt.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The case's latest translation of each excerpt, by `excerptKey`.
    public static func translations(of c: Case) -> [String: String] {
        var out: [String: String] = [:]
        for note in c.notes where note.text.hasPrefix(translationMarker) {
            let rest = note.text.dropFirst(translationMarker.count)
            guard let colon = rest.firstIndex(of: ":"), rest.distance(from: rest.startIndex, to: colon) == 16 else { continue }
            let text = String(rest[rest.index(after: colon)...]).trimmingCharacters(in: " ")
            if text.isEmpty { out[String(rest[..<colon])] = nil } else { out[String(rest[..<colon])] = text }
        }
        return out
    }

    /// The case's latest narrative, without its marker.
    public static func narrative(of c: Case) -> String? {
        c.notes.last { $0.text.hasPrefix(narrativeMarker) }.map { String($0.text.dropFirst(narrativeMarker.count)) }
    }

    /// What each category means, in the words a reader of the report needs.
    static func describe(_ c: ThreatCategory) -> String {
        switch c {
        case .influence: "covert influence: articles, comments and personas for campaigns that hid who was behind them"
        case .surveillance: "surveillance: designing, pitching or running tools to monitor or profile people"
        case .malware: "malware development: writing, debugging and hiding malicious code"
        case .phishing: "phishing: lures and pretexts to compromise their targets"
        case .recon: "reconnaissance of specific organisations, sectors and infrastructure"
        case .employment: "deceptive employment: made-up résumés and identities and help in interviews"
        case .scam: "scams: scripts, personas and translations to defraud people"
        }
    }

    /// The period in words: `1 September 2025 to 30 September 2025`, `all activity up to …`.
    func periodWords() -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        func day(_ t: Int64) -> String {
            let d = Timestamp.format(t).prefix(10).split(separator: "-").map { Int($0) ?? 0 }
            return "\(d[2]) \(months[max(0, min(11, d[1] - 1))]) \(d[0])"
        }
        switch (since, until) {
        case let (s?, u?): return "\(day(s)) to \(day(u - 1))"
        case let (s?, nil): return "from \(day(s)) to \(day(generatedFor))"
        case let (nil, u?): return "up to \(day(u - 1))"
        default: return "all activity up to \(day(generatedFor))"
        }
    }

    /// The report's opening: who publishes it, what it covers and how the networks were found, in
    /// plain words, and what was done.
    public func frontMatter() -> (byline: String, introduction: String, method: String, done: String) {
        let byline = "\(publisher) · covering \(periodWords())"
        let introduction = "This report describes the networks of accounts we found misusing our AI models for covert influence, surveillance, "
            + "cyber operations, deceptive employment schemes and scams, and what we did about them. Each case study says who appears to be "
            + "behind the network (Actor), what they used the model for (Behaviour), examples of their requests and of the model's answers "
            + "(Completions), and how far their content reached (Impact)."
        let method = "We read every request made to our models with a classifier that knows these kinds of misuse in many languages, "
            + "then looked at how accounts are connected: shared devices, payment methods and network addresses, the same prompt templates "
            + "and outputs handed between accounts, and the same narrow working hours. Groups of accounts that act together, and whose "
            + "requests taken together show misuse, were reviewed by an analyst before any action. Time zones and languages point to where "
            + "operators may work; they are evidence, not proof of who they are. Where content was found on other platforms, we assessed "
            + "its reach on the Breakout Scale."
        let accounts = internalReport
            ? "\(accountsBanned) account\(accountsBanned == 1 ? "" : "s") banned" + (accountsSuspended > 0 ? " and \(accountsSuspended) suspended" : "")
            : "their accounts banned" + (accountsSuspended > 0 ? " or suspended" : "")
        let done = disruptedInPeriod == 0
            ? "We took no action against a network in this period."
            : "We disrupted \(disruptedInPeriod) network\(disruptedInPeriod == 1 ? "" : "s") in this period, with \(accounts), and keep their "
                + "fingerprints so that returning operators are flagged when they open new accounts."
        return (byline, introduction, method, done)
    }

    /// When each actioned network was actioned: its first ban or suspension in force, else the
    /// time its case was marked actioned. Only these networks become case studies.
    public static func actioned(cases: [Case], actions: [EnforcementAction]) -> [String: Int64] {
        var out = EnforcementLedger.networksActioned(actions)
        for c in cases where c.status == .actioned && out[c.networkID] == nil { out[c.networkID] = c.updated }
        return out
    }

    public static func prefix(_ category: ThreatCategory) -> String {
        switch category {
        case .influence: "Covert IO"
        case .surveillance: "Surveillance"
        case .employment: "Deceptive employment"
        case .scam: "Scam"
        case .malware, .phishing, .recon: "Cyber operation"
        }
    }

    /// Account counts in public reports are given as a range, not exactly.
    public static func sizeWords(_ n: Int) -> String {
        switch n {
        case ..<10: return "fewer than ten accounts"
        case ..<50: return "a few dozen accounts"
        case ..<200: return "over fifty accounts"
        default: return "hundreds of accounts"
        }
    }

    static let languageNames: [String: String] = [
        "zh": "Chinese", "ru": "Russian", "ko": "Korean", "fa": "Persian", "es": "Spanish", "en": "English", "de": "German",
        "ja": "Japanese", "ar": "Arabic", "fr": "French", "tl": "Tagalog", "sw": "Swahili", "rw": "Kinyarwanda",
        "ht": "Haitian Creole", "pt": "Portuguese", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "hi": "Hindi",
    ]
    public static func language(_ code: String) -> String { languageNames[code] ?? code }

    public func summaryLine(_ s: CaseStudy) -> String {
        let kinds = Set(s.network.evidence.map(\.kind))
        var how: [String] = []
        for kind in [EvidenceKind.templateSimilarity, .sharedInfrastructure, .sameOrganization, .reusedOutputs, .coActivity, .sharedBehaviour] where kinds.contains(kind) {
            switch kind {
            case .templateSimilarity: how.append("reused prompt templates")
            case .sharedInfrastructure: how.append("shared infrastructure")
            case .sameOrganization: how.append("a common API customer")
            case .reusedOutputs: how.append("reused model outputs")
            case .coActivity: how.append("synchronised working hours")
            case .sharedBehaviour: how.append("the same narrow use of the model in the same working hours")
            case .operationalTell: break
            }
        }
        let size = internalReport ? "\(s.network.accounts.count) accounts" : Self.sizeWords(s.network.accounts.count)
        return "Found through \(s.leadSource.rawValue): \(size) linked by \(how.isEmpty ? "their behaviour" : how.joined(separator: ", "))."
    }

    public func actorText(_ n: Network) -> String {
        let a = n.attribution
        let lang = a.promptLanguages.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        var s = "The operators"
        if let lang { s += " prompted mostly in \(Self.language(lang.key)) (\(Int((lang.value * 100).rounded()))% of prompts)" }
        if let o = a.utcOffsetHours {
            let zone = "UTC\(o >= 0 ? "+" : "")\(o)"
            // An offset from the language alone (timing could not place a day) is not a schedule.
            if a.reasons.contains(where: { $0.contains(Network.Attribution.languageOnlyMarker) }) {
                s += "; their timing places no working day, and \(zone) is only where that language is mostly written"
            } else {
                s += " and worked a schedule consistent with a working week at \(zone)"
            }
        }
        s += ". Attribution confidence: \(a.confidence.rawValue)."
        if a.anonymizerShare >= 0.5 { s += " Most activity came through VPNs or hosting providers, so network locations say little." }
        return s
    }

    public func behaviorText(_ s: CaseStudy) -> String {
        let n = s.network
        let outputs = n.attribution.outputLanguages.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(4).map { Self.language($0.key) }
        var t = "Activity ran from \(Timestamp.format(n.firstSeen).prefix(10)) to \(Timestamp.format(n.lastSeen).prefix(10))"
        if !outputs.isEmpty { t += "; the model's output was mostly in \(outputs.joined(separator: ", "))" }
        // In words, not scores: the main use, and any other that the evidence clearly shows.
        t += ". They used the model mostly for \(Self.describe(n.category))"
        let others = n.categories.filter { $0.key != n.category && $0.value >= 0.4 }.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        if let other = others.first { t += ", and also for \(Self.describe(other.key).prefix { $0 != ":" })" }
        t += "."
        if !s.platforms.isEmpty { t += " Content traced to: \(s.platforms.joined(separator: ", "))." }
        return t
    }

    public func impactText(_ s: CaseStudy) -> String? {
        guard let b = s.network.breakout else { return nil }
        var rationale = b.rationale
        if !internalReport {
            // Observation ids are internal references; the public text keeps the reasoning only.
            rationale = rationale.replacingAll(" (" + b.observations.prefix(3).joined(separator: ", ") + ")", with: "")
            for id in b.observations { rationale = rationale.replacingAll(id, with: "\u{1}") }
            // A list of withheld ids reads as a count.
            while let open = rationale.range(of: "(\u{1}") {
                guard let close = rationale[open.upperBound...].firstIndex(of: ")") else { break }
                let inside = rationale[open.lowerBound..<close]
                let count = inside.filter { $0 == "\u{1}" }.count
                rationale.replaceSubrange(open.lowerBound...close, with: count == 1 ? "(one observed post)" : "(\(count) observed posts)")
            }
            rationale = rationale.replacingAll("\u{1}", with: "an observed post")
        }
        return "We assess this operation at Category \(b.category) on the Breakout Scale. \(rationale)"
    }
}

/// Short, masked excerpts of attacker-controlled text: e-mail addresses, handles, links, phone and
/// other long numbers, and IP addresses masked; invisible and direction-changing characters
/// removed; at most 160 characters.
public enum Excerpt {
    public static func make(_ text: String, limit: Int = 160) -> String {
        var words: [String] = []
        // Phone numbers are written in groups ("+49 151 2345 6789", "(415) 555-0132"): a run of
        // words made of digits and phone punctuation with seven or more digits in all is masked whole.
        var run: [String] = []
        func endRun() {
            if run.reduce(0, { $0 + $1.filter(\.isNumber).count }) >= 7 {
                words.append("[number]")
            } else {
                words += run.map { $0.filter(\.isNumber).count >= 6 ? "[number]" : $0 }
            }
            run = []
        }
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
            var w = String(raw)
            let bare = w.trimmingCharacters(in: ".,;:")
            if !bare.isEmpty, bare.contains(where: \.isNumber), bare.allSatisfy({ $0.isNumber || "+-()./".contains($0) }), !IPAddress.isValid(bare) {
                run.append(w)
                continue
            }
            endRun()
            if w.contains("@") { w = w.hasPrefix("@") ? "@[handle]" : "[e-mail]" }
            else if w.hasPrefix("http") || w.hasPrefix("www.") || w.contains("://") || w.hasPrefix("t.me/") || w.hasPrefix("wa.me/") { w = "[link]" }
            else if w.filter(\.isNumber).count >= 6 { w = "[number]" }
            else if IPAddress.isValid(w.trimmingCharacters(in: ".,;:()")) { w = "[address]" }
            words.append(w)
        }
        endRun()
        var out = ""
        for scalar in words.joined(separator: " ").unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: continue
            default: out.unicodeScalars.append(scalar)
            }
            if out.count >= limit {
                out += "…"
                break
            }
        }
        return out
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
