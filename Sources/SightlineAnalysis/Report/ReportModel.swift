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
    }

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
            let events = eventsOf(n)
            let flagged = events.filter { !$0.classification.category.isBenign }
            var prompts: [String] = []
            var outputs: [String] = []
            for e in flagged.sorted(by: { $0.classification.score > $1.classification.score || ($0.classification.score == $1.classification.score && $0.seq < $1.seq) }) {
                let p = Excerpt.make(e.event.prompt)
                if prompts.count < 2, !prompts.contains(p) { prompts.append(p) }
                if let r = e.event.response, e.event.refused != true {
                    let o = Excerpt.make(r)
                    if outputs.count < 2, !outputs.contains(o) { outputs.append(o) }
                }
            }
            let matched = Set(n.breakout?.observations ?? [])
            // Platform names come from partner feeds: keep them to plain lower-case words.
            let platforms = Set(observations.filter { matched.contains($0.id) }.map { String($0.platform.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }.prefix(32)) }).filter { !$0.isEmpty }.sorted()
            return CaseStudy(
                network: n, leadSource: caseOf[n.id]?.leadSource ?? .internalDetection, verdict: caseOf[n.id]?.verdict,
                actionedAt: actionedAt[n.id], promptExcerpts: prompts, outputExcerpts: outputs, platforms: platforms)
        }
        let studies = all.filter { inPeriod($0.actionedAt!) }
        let latest = networks.map(\.lastSeen).max() ?? 0
        return ThreatReport(
            title: isInternal ? "Threat report (internal)" : "Threat report", since: since, until: until, generatedFor: until ?? latest,
            internalReport: isInternal, studies: studies, allActioned: all, disruptedInPeriod: studies.count,
            disruptedSinceStart: actioned.count, networksFound: networks.count)
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
        let signals = n.categories.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(3).map { "\($0.key.rawValue) (\(Network.number($0.value)))" }
        t += ". Behaviour scores: \(signals.joined(separator: ", "))."
        if !s.platforms.isEmpty { t += " Content traced to: \(s.platforms.joined(separator: ", "))." }
        return t
    }

    public func impactText(_ s: CaseStudy) -> String? {
        guard let b = s.network.breakout else { return nil }
        var rationale = b.rationale
        if !internalReport {
            // Observation ids are internal references; the public text keeps the reasoning only.
            rationale = rationale.replacingAll(" (" + b.observations.prefix(3).joined(separator: ", ") + ")", with: "")
            for id in b.observations { rationale = rationale.replacingAll(id, with: "an observed post") }
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
