import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineDetection

/// Reads a stored network document back (the `networks --format json` shape).
public enum NetworkDecoding {
    public struct Invalid: Error {}

    public static func decode(_ json: String) throws -> Network {
        guard let o = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] else { throw Invalid() }
        func doubles(_ any: Any?) -> [String: Double] {
            ((any as? [String: Any]) ?? [:]).compactMapValues { ($0 as? NSNumber)?.doubleValue }
        }
        let a = o["attribution"] as? [String: Any] ?? [:]
        let b = o["breakout"] as? [String: Any]
        return Network(
            id: o["id"] as? String ?? "", name: o["name"] as? String ?? "", category: o["category"] as? String ?? "",
            categories: doubles(o["categories"]), risk: (o["risk"] as? NSNumber)?.doubleValue ?? 0,
            accounts: o["accounts"] as? [String] ?? [],
            attribution: Network.Attribution(
                promptLanguages: doubles(a["prompt_languages"]), outputLanguages: doubles(a["output_languages"]),
                utcOffsetHours: a["utc_offset_hours"] as? Int, anonymizerShare: (a["anonymizer_share"] as? NSNumber)?.doubleValue ?? 0,
                countries: doubles(a["countries"]), confidence: a["confidence"] as? String ?? "", reasons: a["reasons"] as? [String] ?? []),
            breakout: b.map { Network.Breakout(category: $0["category"] as? Int ?? 0, rationale: $0["rationale"] as? String ?? "", observations: $0["observations"] as? [String] ?? []) },
            ttps: ((o["ttps"] as? [[String: Any]]) ?? []).map { Tactic(framework: $0["framework"] as? String ?? "", id: $0["id"] as? String ?? "", name: $0["name"] as? String ?? "") },
            evidence: ((o["evidence"] as? [[String: Any]]) ?? []).map { Network.Evidence(kind: $0["kind"] as? String ?? "", detail: $0["detail"] as? String ?? "", accounts: $0["accounts"] as? [String] ?? []) },
            events: o["events"] as? Int ?? 0, firstSeen: (o["first_seen"] as? String).flatMap(Timestamp.parse) ?? 0,
            lastSeen: (o["last_seen"] as? String).flatMap(Timestamp.parse) ?? 0, hourOfWeek: o["hour_of_week"] as? [Int] ?? [])
    }
}
