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
        // An account's strength is the kinds of signal that touch it, not their count: a chatty
        // account with one phrase in every tenth prompt must not crowd out a throwaway account
        // with a flag, a refusal and a shared machine.
        var kinds: [String: UInt8] = [:]  // account -> bit set of signal kinds
        var eventCount: [String: Int] = [:]
        var byValue: [String: Set<String>] = [:]
        for e in events {
            let c = e.classification
            var k: UInt8 = 0
            if !c.category.isBenign { k |= 1 }
            // A policy phrase ("influence/batch-of-posts", "gray-zone/..."): the topic is near.
            if c.signals.contains(where: { $0.contains("/") && !$0.hasPrefix("nearest: ") }) { k |= 2 }
            if e.event.refused == true { k |= 4 }
            if k != 0 { kinds[e.event.account, default: 0] |= k }
            eventCount[e.event.account, default: 0] += 1
            if let d = e.event.device, !d.isEmpty { byValue["d:" + d, default: []].insert(e.event.account) }
        }
        for (account, p) in payments where !p.isEmpty { byValue["p:" + p, default: []].insert(account) }
        for accounts in byValue.values where accounts.count >= 2 && accounts.count <= sharedCap {
            for a in accounts { kinds[a, default: 0] |= 8 }
        }
        for a in previousNetworkAccounts { kinds[a, default: 0] |= 16 }
        func strength(_ k: UInt8) -> Int {
            (k & 16 != 0 ? 4 : 0) + (k & 1 != 0 ? 2 : 0) + (k & 2 != 0 ? 1 : 0) + (k & 4 != 0 ? 1 : 0) + (k & 8 != 0 ? 1 : 0)
        }

        // The fast tier's best threat score: stored per category for flagged events; a benign
        // event keeps only its own score, 1 - best.
        func fastScore(_ c: EventClassification) -> Double { c.category.isBenign ? 1 - c.score : c.score }
        var candidates: [(index: Int, strength: Int, size: Int, score: Double)] = []
        for (i, e) in events.enumerated() where !encoded.contains(e.seq) {
            let strength = kinds[e.event.account].map(strength) ?? 0
            let score = fastScore(e.classification)
            if strength > 0 || score >= minimumScore { candidates.append((i, strength, eventCount[e.event.account] ?? 0, score)) }
        }
        // Strongest first; of equal strength, smaller accounts first (a budget covers more
        // accounts whole that way), then the fast tier's score.
        candidates.sort { a, b in
            let ta = a.strength > 0, tb = b.strength > 0
            if ta != tb { return ta }
            if ta, a.strength != b.strength { return a.strength > b.strength }
            if ta, a.size != b.size { return a.size < b.size }
            if a.score != b.score { return a.score > b.score }
            return a.index < b.index
        }
        return Ranking(order: candidates.map(\.index), touchedAccounts: kinds.count)
    }
}
