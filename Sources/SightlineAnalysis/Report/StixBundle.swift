import SightlineCore
import SightlineDetection

/// A STIX 2.1 bundle of the report's networks: the producer's identity, an intrusion set per
/// network, attack patterns for its tactic tags, and relationships; the internal bundle adds
/// indicators (devices are not STIX observables, so: addresses and e-mail domains) and is marked
/// TLP:AMBER, the public one TLP:WHITE with only what the public report says. Ids are derived from
/// content, so the same data gives the same bytes.
public enum StixBundle {
    static let tlpWhite = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"
    static let tlpAmber = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"

    static func uuid(_ name: String) -> String {
        let a = StableHash.of(name)
        let b = SplitMix64.mix(a ^ 0x5EED)
        func hex(_ v: UInt64, _ n: Int) -> String { let s = String(v, radix: 16); return String(repeating: "0", count: n - s.count) + s }
        let timeLow = hex(a >> 32, 8)
        let timeMid = hex((a >> 16) & 0xFFFF, 4)
        // Version 4 layout (what STIX asks for), with content-derived bits instead of random ones.
        let version = hex(0x4000 | (a & 0x0FFF), 4)
        let variant = hex(0x8000 | ((b >> 48) & 0x3FFF), 4)
        let node = hex(b & 0xFFFF_FFFF_FFFF, 12)
        return "\(timeLow)-\(timeMid)-\(version)-\(variant)-\(node)"
    }

    static func ts(_ millis: Int64) -> String {
        let s = Timestamp.format(millis - millis % 1000)
        return String(s.dropLast()) + ".000Z"
    }

    public static func build(report: ThreatReport, indicators: [String: [(kind: String, value: String)]]) -> String {
        let q = JSONText.quoted
        let created = ts(report.generatedFor)
        let marking = report.internalReport ? tlpAmber : tlpWhite
        let identity = "identity--" + uuid("sightline-producer")
        var objects: [String] = []
        let markingRef = "\"object_marking_refs\": [\"\(marking)\"]"
        func common(_ type: String, _ id: String) -> String {
            "\"type\": \"\(type)\", \"spec_version\": \"2.1\", \"id\": \"\(id)\", \"created\": \"\(created)\", \"modified\": \"\(created)\", \"created_by_ref\": \"\(identity)\", \(markingRef)"
        }
        if report.internalReport {
            objects.append("{\"type\": \"marking-definition\", \"spec_version\": \"2.1\", \"id\": \"\(tlpAmber)\", \"created\": \"2017-01-20T00:00:00.000Z\", \"definition_type\": \"tlp\", \"name\": \"TLP:AMBER\", \"definition\": {\"tlp\": \"amber\"}}")
        } else {
            objects.append("{\"type\": \"marking-definition\", \"spec_version\": \"2.1\", \"id\": \"\(tlpWhite)\", \"created\": \"2017-01-20T00:00:00.000Z\", \"definition_type\": \"tlp\", \"name\": \"TLP:WHITE\", \"definition\": {\"tlp\": \"white\"}}")
        }
        objects.append("{\"type\": \"identity\", \"spec_version\": \"2.1\", \"id\": \"\(identity)\", \"created\": \"\(created)\", \"modified\": \"\(created)\", \"name\": \"Sightline\", \"identity_class\": \"system\", \(markingRef)}")
        var patterns: [String: String] = [:]
        for study in report.studies {
            let n = study.network
            let set = "intrusion-set--" + uuid("network:" + n.id)
            var description = report.summaryLine(study) + " " + report.actorText(n)
            if let impact = report.impactText(study) { description += " " + impact }
            objects.append(
                "{\(common("intrusion-set", set)), \"name\": \(q(ThreatReport.prefix(n.category) + ": " + n.name)), \"description\": \(q(description)), "
                    + "\"first_seen\": \"\(ts(n.firstSeen))\", \"last_seen\": \"\(ts(n.lastSeen))\", \"labels\": [\(q(n.category))]}")
            for t in n.ttps {
                let key = t.framework + ":" + t.id
                let pattern: String
                if let existing = patterns[key] {
                    pattern = existing
                } else {
                    pattern = "attack-pattern--" + uuid("tactic:" + key)
                    patterns[key] = pattern
                    let source = ["attack": "mitre-attack", "atlas": "mitre-atlas", "disarm": "DISARM", "kill-chain": "online-operations-kill-chain", "llm-ttp": "llm-themed-ttps"][t.framework] ?? t.framework
                    objects.append("{\(common("attack-pattern", pattern)), \"name\": \(q(t.name)), \"external_references\": [{\"source_name\": \(q(source)), \"external_id\": \(q(t.id))}]}")
                }
                objects.append("{\(common("relationship", "relationship--" + uuid("uses:" + n.id + key))), \"relationship_type\": \"uses\", \"source_ref\": \"\(set)\", \"target_ref\": \"\(pattern)\"}")
            }
            guard report.internalReport else { continue }
            for i in indicators[n.id] ?? [] {
                let pattern: String
                switch i.kind {
                case "ip": pattern = i.value.contains(":") ? "[ipv6-addr:value = '\(i.value)']" : "[ipv4-addr:value = '\(i.value)']"
                case "email-domain": pattern = "[email-addr:value LIKE '%@\(i.value)']"
                default: continue
                }
                let id = "indicator--" + uuid("indicator:" + n.id + i.kind + i.value)
                objects.append(
                    "{\(common("indicator", id)), \"name\": \(q(i.kind + " used by " + n.name)), \"description\": \(q("Seen with the accounts of " + ThreatReport.prefix(n.category) + " " + n.name + "; review before blocking.")), \"indicator_types\": [\"malicious-activity\"], \"pattern\": \(q(pattern)), \"pattern_type\": \"stix\", \"valid_from\": \"\(ts(n.firstSeen))\"}")
                objects.append("{\(common("relationship", "relationship--" + uuid("indicates:" + id))), \"relationship_type\": \"indicates\", \"source_ref\": \"\(id)\", \"target_ref\": \"\(set)\"}")
            }
        }
        let bundleID = "bundle--" + uuid("bundle:" + report.studies.map(\.network.id).joined(separator: ",") + (report.internalReport ? ":internal" : ""))
        return "{\n  \"type\": \"bundle\",\n  \"id\": \"\(bundleID)\",\n  \"objects\": [\n    " + objects.joined(separator: ",\n    ") + "\n  ]\n}\n"
    }
}
