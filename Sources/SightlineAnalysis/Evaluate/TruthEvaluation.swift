import SightlineCore

/// Scores found networks against a ground truth (`truth.json` from `sightline generate`).
public struct TruthEvaluation: Sendable {
    public struct Row: Sendable {
        public var truth: String
        public var found: String?
        public var jaccard: Double
        public var categoryRight: Bool
        public var offsetWithinOne: Bool
        public var languageRight: Bool
        public var breakout: (truth: Int?, found: Int?)
    }

    public var rows: [Row] = []
    public var recall = 0.0
    public var meanJaccard = 0.0
    public var categoryAccuracy = 0.0
    public var attributionAccuracy = 0.0
    public var breakoutWithinOne = 0.0
    public var precision = 0.0
    public var benignAccountsInNetworks = 0
    public var benignAccounts = 0
    public var hardNegatives: [(group: String, accounts: Int, inNetworks: Int)] = []

    public init(truth file: ScenarioTruth, found: [Network]) {
        let truth = file.networks
        benignAccounts = file.benignAccounts
        let truthAccounts = truth.reduce(into: Set<String>()) { $0.formUnion($1.accounts) }
        var matchedFound = Set<String>()
        for t in truth {
            var best: (Network, Double)? = nil
            for n in found {
                let s = Set(n.accounts)
                let j = Double(s.intersection(t.accounts).count) / Double(s.union(t.accounts).count)
                if j > (best?.1 ?? 0) { best = (n, j) }
            }
            let n = best?.0
            let j = best?.1 ?? 0
            if j >= 0.5, let n { matchedFound.insert(n.id) }
            let offsetOK = t.utcOffsetHours.map { o in n?.attribution.utcOffsetHours.map { abs(Double($0) - o) <= 1 } ?? false } ?? true
            let topLanguage = n?.attribution.promptLanguages.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
            rows.append(
                Row(
                    truth: t.id, found: j >= 0.5 ? n?.id : nil, jaccard: j, categoryRight: j >= 0.5 && n?.category == t.category,
                    offsetWithinOne: j >= 0.5 && offsetOK, languageRight: j >= 0.5 && (t.promptLanguage == nil || topLanguage == t.promptLanguage),
                    breakout: (t.breakout, j >= 0.5 ? n?.breakout?.category : nil)))
        }
        let matched = rows.filter { $0.found != nil }
        recall = truth.isEmpty ? 0 : Double(matched.count) / Double(truth.count)
        meanJaccard = rows.isEmpty ? 0 : rows.map(\.jaccard).reduce(0, +) / Double(rows.count)
        categoryAccuracy = matched.isEmpty ? 0 : Double(matched.filter(\.categoryRight).count) / Double(matched.count)
        attributionAccuracy = matched.isEmpty ? 0 : Double(matched.filter { $0.offsetWithinOne && $0.languageRight }.count) / Double(matched.count)
        let withBreakout = matched.filter { $0.breakout.truth != nil }
        breakoutWithinOne = withBreakout.isEmpty ? 1 : Double(withBreakout.filter { r in r.breakout.found.map { abs($0 - r.breakout.truth!) <= 1 } ?? false }.count) / Double(withBreakout.count)
        precision = found.isEmpty ? 0 : Double(found.filter { matchedFound.contains($0.id) }.count) / Double(found.count)
        let inNetworks = found.reduce(into: Set<String>()) { $0.formUnion($1.accounts) }
        benignAccountsInNetworks = inNetworks.subtracting(truthAccounts).count
        hardNegatives = file.hardNegativeGroups.map { ($0.id, Set($0.accounts).count, Set($0.accounts).intersection(inNetworks).count) }
    }

    public func report() -> String {
        func pct(_ x: Double) -> String { "\(Int((x * 1000).rounded()) / 10).\(Int((x * 1000).rounded()) % 10)%" }
        var s = "network recall (Jaccard >= 0.5): \(pct(recall))   mean Jaccard: \(Network.number(meanJaccard))   precision: \(pct(precision))\n"
        s += "category accuracy: \(pct(categoryAccuracy))   attribution accuracy (prompt language and UTC offset within 1 h): \(pct(attributionAccuracy))\n"
        s += "breakout within +-1: \(pct(breakoutWithinOne))   benign accounts in networks: \(benignAccountsInNetworks) of \(benignAccounts) (\(pct(benignAccounts == 0 ? 0 : Double(benignAccountsInNetworks) / Double(benignAccounts))))\n\n"
        s += "truth network                  found            Jaccard  category  attribution  breakout (truth/found)\n"
        for r in rows {
            let name = r.truth.count > 30 ? String(r.truth.prefix(30)) : r.truth + String(repeating: " ", count: 30 - r.truth.count)
            let found = (r.found ?? "-")
            s += "\(name) \(found + String(repeating: " ", count: max(1, 17 - found.count)))\(Network.number(r.jaccard))\(String(repeating: " ", count: max(1, 9 - Network.number(r.jaccard).count)))"
            s += "\(r.categoryRight ? "yes" : "no ")       \(r.offsetWithinOne && r.languageRight ? "yes" : "no ")          \(r.breakout.truth.map(String.init) ?? "-")/\(r.breakout.found.map(String.init) ?? "-")\n"
        }
        s += "\nhard-negative groups (accounts in networks / accounts):\n"
        for h in hardNegatives { s += "  \(h.group): \(h.inNetworks) / \(h.accounts)\n" }
        return s
    }
}
