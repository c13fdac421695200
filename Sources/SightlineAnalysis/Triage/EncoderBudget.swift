import SightlineCore

/// Which prompts the semantic tier encodes when it cannot encode them all: the cascade's second
/// step. The fast tier has seen every prompt; the encoder costs milliseconds a prompt, so it gets
/// a budget of distinct texts, spent first on every prompt of the accounts that any signal touches
/// (a flag or a policy phrase from the fast tier, a refusal, a device or payment instrument
/// shared with another account, membership of a network found before), then on the prompts the
/// fast tier ranks highest. Each distinct text is encoded once, for all its events.
public enum EncoderBudget {
    public struct Ranking: Sendable, Equatable {
        /// Indices into the events worth encoding that are not encoded yet, most worth first.
        public var order: [Int]
        /// Accounts touched by a signal.
        public var touchedAccounts: Int
    }

    /// A fingerprint shared by more accounts than this (a default device string, a company's
    /// shared card) says nothing about any one of them.
    static let sharedCap = 50
    /// An event of an untouched account is worth encoding when the fast tier gave some category
    /// at least this score.
    public static let minimumScore = 0.2

    /// The events not in `encoded` that are worth encoding: every event of a touched account
    /// (strongest signals first), then those the fast tier scores at least `minimumScore`, by
    /// that score; ties by seq, so the order is deterministic. `payments` are the accounts'
    /// payment instruments. Encoding only ever adds to what is encoded, and what is worth it
    /// depends on the data, so once every such event is encoded a re-run encodes nothing.
    public static func rank(
        events: [AnalysisEvent], encoded: Set<Int64>, payments: [String: String] = [:], previousNetworkAccounts: Set<String> = []
    ) -> Ranking {
        var touched: [String: Int] = [:]  // account -> strength of its signals
        var byValue: [String: Set<String>] = [:]
        for e in events {
            let c = e.classification
            var strength = 0
            if !c.category.isBenign { strength += 2 }
            // A policy phrase ("influence/batch-of-posts", "gray-zone/..."): the topic is near.
            if c.signals.contains(where: { $0.contains("/") && !$0.hasPrefix("nearest: ") }) { strength += 1 }
            if e.event.refused == true { strength += 1 }
            if strength > 0 { touched[e.event.account, default: 0] += strength }
            if let d = e.event.device, !d.isEmpty { byValue["d:" + d, default: []].insert(e.event.account) }
        }
        for (account, p) in payments where !p.isEmpty { byValue["p:" + p, default: []].insert(account) }
        for accounts in byValue.values where accounts.count >= 2 && accounts.count <= sharedCap {
            for a in accounts { touched[a, default: 0] += 1 }
        }
        for a in previousNetworkAccounts { touched[a, default: 0] += 3 }

        // The fast tier's best threat score: stored per category for flagged events; a benign
        // event keeps only its own score, 1 - best.
        func fastScore(_ c: EventClassification) -> Double { c.category.isBenign ? 1 - c.score : c.score }
        var candidates: [(index: Int, strength: Int, score: Double)] = []
        for (i, e) in events.enumerated() where !encoded.contains(e.seq) {
            let strength = touched[e.event.account] ?? 0
            let score = fastScore(e.classification)
            if strength > 0 || score >= minimumScore { candidates.append((i, strength, score)) }
        }
        candidates.sort { a, b in
            let ta = a.strength > 0, tb = b.strength > 0
            if ta != tb { return ta }
            if ta, a.strength != b.strength { return a.strength > b.strength }
            if a.score != b.score { return a.score > b.score }
            return a.index < b.index
        }
        return Ranking(order: candidates.map(\.index), touchedAccounts: touched.count)
    }
}
