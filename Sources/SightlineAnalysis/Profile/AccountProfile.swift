import SightlineCore
import SightlineDetection

/// Everything analysis knows about one account, aggregated over its events.
public struct AccountProfile: Sendable {
    public let account: String
    public var events = 0
    /// Flagged events per threat category, in `ThreatCategory.allCases` order.
    public var flagged = [Int](repeating: 0, count: ThreatCategory.allCases.count)
    public var scoreSum = [Double](repeating: 0, count: ThreatCategory.allCases.count)
    /// Events per hour of the week in UTC (0 = Monday 00:00); 32-bit, as there is one profile per
    /// account and a hundred thousand accounts are ordinary.
    public var hourOfWeek = [Int32](repeating: 0, count: 168)
    public var promptLanguages: [String: Int] = [:]
    public var outputLanguages: [String: Int] = [:]
    /// Flagged events whose response language differs from the prompt's.
    public var languageMismatches = 0
    public var refusals = 0
    public var ips: Set<String> = []
    /// Addresses seen labelled as VPN, Tor, proxy, hosting or relay exits.
    public var anonymizedIPs: Set<String> = []
    public var devices: Set<String> = []
    public var organizations: Set<String> = []
    public var countries: [String: Int] = [:]
    public var anonymized = 0
    public var conversations: Set<String> = []
    public var firstTime = Int64.max
    public var lastTime = Int64.min
    /// Behaviour score per threat category, 0...1 (see `score(policyThreshold:)`).
    public var behaviour = [Double](repeating: 0, count: ThreatCategory.allCases.count)

    public init(account: String) { self.account = account }

    /// Hour of the week in UTC for a time in milliseconds: 0 is Monday 00:00 (1970-01-05 was a Monday).
    public static func hourOfWeek(_ millis: Int64) -> Int {
        let week: Int64 = 7 * 86_400
        let seconds: Int64 = millis / 1000 - 4 * 86_400
        let inWeek: Int64 = ((seconds % week) + week) % week
        return Int(inWeek / 3600)
    }

    public var risk: Double { behaviour.max() ?? 0 }
    public var topCategory: ThreatCategory {
        let i = behaviour.indices.max { behaviour[$0] < behaviour[$1] } ?? 0
        return ThreatCategory.allCases[i]
    }

    mutating func add(_ a: AnalysisEvent) {
        let e = a.event
        events += 1
        hourOfWeek[AccountProfile.hourOfWeek(e.time)] += 1
        promptLanguages[a.classification.promptLanguage, default: 0] += 1
        if let r = a.classification.responseLanguage, a.event.refused != true { outputLanguages[r, default: 0] += 1 }
        if let i = a.classification.category.threat?.index {
            flagged[i] += 1
            scoreSum[i] += a.classification.score
            if let r = a.classification.responseLanguage, r != "und", r != a.classification.promptLanguage { languageMismatches += 1 }
        }
        if e.refused == true { refusals += 1 }
        if let ip = e.ip {
            ips.insert(ip)
            if e.anonymizer != nil { anonymizedIPs.insert(ip) }
        }
        if let d = e.device { devices.insert(d) }
        if let o = e.organization { organizations.insert(o) }
        if let c = e.country { countries[c, default: 0] += 1 }
        if e.anonymizer != nil { anonymized += 1 }
        if let c = e.conversation { conversations.insert(c) }
        firstTime = min(firstTime, e.time)
        lastTime = max(lastTime, e.time)
    }

    /// The behaviour rule. For each category with k flagged events out of n:
    ///
    ///     volume  = 1 - exp(-k / 2)          one flagged prompt counts little, a pattern a lot
    ///     share   = 0.4 + 0.6 * k / n         a habit, not a slip among many ordinary prompts
    ///     quality = mean score of the k events
    ///     score   = volume * share * (0.5 + 0.5 * quality), plus
    ///               0.1 * (share of flagged events answered in another language) and
    ///               0.05 when the model refused any of them, capped at 1.
    ///
    /// One gray-zone question in an ordinary account stays near 0.2; two flagged events out of two
    /// reach about 0.5; a steady practice scores near 1.
    public mutating func score() {
        let n = Double(max(events, 1))
        let totalFlagged = flagged.reduce(0, +)
        for i in behaviour.indices {
            let k = Double(flagged[i])
            guard k > 0 else {
                behaviour[i] = 0
                continue
            }
            let volume = 1 - Math.exp(-k / 2)
            let share = 0.4 + 0.6 * k / n
            let quality = scoreSum[i] / k
            var s = volume * share * (0.5 + 0.5 * quality)
            if totalFlagged > 0 { s += 0.1 * Double(languageMismatches) / Double(totalFlagged) }
            if refusals > 0 { s += 0.05 }
            behaviour[i] = min(1, (s * 1000).rounded() / 1000)
        }
    }

    /// Builds and scores the profiles of every account in `events`.
    public static func build(_ events: [AnalysisEvent]) -> [String: AccountProfile] {
        var profiles: [String: AccountProfile] = [:]
        for a in events { profiles[a.event.account, default: AccountProfile(account: a.event.account)].add(a) }
        for k in profiles.keys { profiles[k]!.score() }
        return profiles
    }
}

