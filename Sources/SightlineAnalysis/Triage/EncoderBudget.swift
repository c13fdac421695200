import SightlineCore

/// Which prompts the semantic tier encodes when it cannot encode them all: the cascade's second
/// step. The fast tier has seen every prompt; the encoder costs milliseconds a prompt, so it gets
/// a budget of distinct texts, spent first on every prompt of the accounts that any signal touches
/// (a flag or a policy phrase from the fast tier, a refusal, a device or payment instrument
/// shared with another account, membership of a network found before), then on the prompts the
/// fast tier ranks highest. Each distinct text is encoded once, for all its events.
public enum EncoderBudget {
    public struct Ranking: Sendable, Equatable {
        /// Indices into the events not encoded yet, most worth encoding first.
        public var order: [Int]
        /// Accounts touched by a signal.
        public var touchedAccounts: Int
        /// Events not encoded yet in those accounts.
        public var touchedEvents: Int
    }

    /// A fingerprint shared by more accounts than this (a default device string, a company's
    /// shared card) says nothing about any one of them.
    static let sharedCap = 50

    /// Ranks the events not in `encoded`: those of touched accounts first (strongest signals
    /// first), then by the fast tier's best category score; ties by seq, so the order is
    /// deterministic. `payments` are the accounts' payment instruments.
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
        let candidates = events.indices.filter { !encoded.contains(events[$0].seq) }
        let strength = candidates.map { touched[events[$0].event.account] ?? 0 }
        let score = candidates.map { fastScore(events[$0].classification) }
        let order = candidates.indices.sorted { a, b in
            let ta = strength[a] > 0, tb = strength[b] > 0
            if ta != tb { return ta }
            if ta, strength[a] != strength[b] { return strength[a] > strength[b] }
            if score[a] != score[b] { return score[a] > score[b] }
            return a < b
        }
        return Ranking(order: order.map { candidates[$0] }, touchedAccounts: touched.count, touchedEvents: strength.filter { $0 > 0 }.count)
    }
}
