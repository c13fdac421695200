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

    /// One STIX object; the fields a type does not use stay nil and are left out.
    struct Object: Encodable {
        var type: String
        var spec_version = "2.1"
        var id: String
        var created: String
        var modified: String?
        var created_by_ref: String?
        var object_marking_refs: [String]?
        var name: String?
        var description: String?
        var definition_type: String?
        var definition: [String: String]?
        var identity_class: String?
        var first_seen: String?
        var last_seen: String?
        var labels: [String]?
        var external_references: [[String: String]]?
        var relationship_type: String?
        var source_ref: String?
        var target_ref: String?
        var indicator_types: [String]?
        var pattern: String?
        var pattern_type: String?
        var valid_from: String?
    }

    struct Bundle: Encodable {
        var type = "bundle"
        var id: String
        var objects: [Object]
    }

    static let sources: [Tactic.Framework: String] = [
        .attack: "mitre-attack", .atlas: "mitre-atlas", .disarm: "DISARM", .killChain: "online-operations-kill-chain", .llmTTP: "llm-themed-ttps",
    ]

    public static func build(report: ThreatReport, indicators: [String: [Indicator]]) throws -> String {
        let created = ts(report.generatedFor)
        let marking = report.internalReport ? tlpAmber : tlpWhite
        let identity = "identity--" + uuid("sightline-producer")
        func common(_ type: String, _ id: String) -> Object {
            Object(type: type, id: id, created: created, modified: created, created_by_ref: identity, object_marking_refs: [marking])
        }
        let tlp = report.internalReport ? "amber" : "white"
        var objects = [
            Object(
                type: "marking-definition", id: marking, created: "2017-01-20T00:00:00.000Z", name: "TLP:" + tlp.uppercased(),
                definition_type: "tlp", definition: ["tlp": tlp]),
        ]
        var identityObject = common("identity", identity)
        identityObject.created_by_ref = nil
        identityObject.name = "Sightline"
        identityObject.identity_class = "system"
        objects.append(identityObject)
        var patterns: [String: String] = [:]
        for study in report.studies {
            let n = study.network
            let set = "intrusion-set--" + uuid("network:" + n.id)
            var description = report.summaryLine(study) + " " + report.actorText(n)
            if let impact = report.impactText(study) { description += " " + impact }
            var intrusion = common("intrusion-set", set)
            intrusion.name = ThreatReport.prefix(n.category) + ": " + n.name
            intrusion.description = description
            intrusion.first_seen = ts(n.firstSeen)
            intrusion.last_seen = ts(n.lastSeen)
            intrusion.labels = [n.category.rawValue]
            objects.append(intrusion)
            for t in n.ttps {
                let key = t.framework.rawValue + ":" + t.id
                let pattern: String
                if let existing = patterns[key] {
                    pattern = existing
                } else {
                    pattern = "attack-pattern--" + uuid("tactic:" + key)
                    patterns[key] = pattern
                    var o = common("attack-pattern", pattern)
                    o.name = t.name
                    o.external_references = [["source_name": sources[t.framework]!, "external_id": t.id]]
                    objects.append(o)
                }
                // What the network did that the tactic names, on the relationship (a pattern is shared).
                var uses = relationship("uses", id: "relationship--" + uuid("uses:" + n.id + key), from: set, to: pattern, common)
                uses.description = t.activity
                objects.append(uses)
            }
            guard report.internalReport else { continue }
            for i in indicators[n.id] ?? [] {
                guard let pattern = Self.pattern(i) else { continue }
                let id = "indicator--" + uuid("indicator:" + n.id + i.kind.rawValue + i.value)
                var o = common("indicator", id)
                o.name = i.kind.rawValue + " used by " + n.name
                o.description = "Seen with the accounts of " + ThreatReport.prefix(n.category) + " " + n.name + "; review before blocking."
                o.indicator_types = ["malicious-activity"]
                o.pattern = pattern
                o.pattern_type = "stix"
                o.valid_from = ts(n.firstSeen)
                objects.append(o)
                objects.append(relationship("indicates", id: "relationship--" + uuid("indicates:" + id), from: id, to: set, common))
            }
        }
        let bundleID = "bundle--" + uuid("bundle:" + report.studies.map(\.network.id).joined(separator: ",") + (report.internalReport ? ":internal" : ""))
        return try JSONCodec.encode(Bundle(id: bundleID, objects: objects)) + "\n"
    }

    /// The STIX pattern of an indicator, or nil for a value that is not a well-formed address or
    /// domain (the values come from usage logs: attacker-controlled). Equality, never `LIKE`: a
    /// domain of `%` must not become a pattern matching every address. String literals are
    /// escaped as the patterning grammar asks (`\\` and `\'`), though the checks leave nothing
    /// to escape.
    static func pattern(_ i: Indicator) -> String? {
        switch i.kind {
        case .ip:
            guard IPAddress.isValid(i.value) else { return nil }
            return i.value.contains(":") ? "[ipv6-addr:value = \(literal(i.value))]" : "[ipv4-addr:value = \(literal(i.value))]"
        case .emailDomain:
            guard isDomain(i.value) else { return nil }
            return "[domain-name:value = \(literal(i.value))]"
        }
    }

    static func literal(_ s: String) -> String {
        "'" + s.replacingAll("\\", with: "\\\\").replacingAll("'", with: "\\'") + "'"
    }

    /// Letters, digits and hyphens in dot-separated labels of at most 63 characters, 253 in all,
    /// with a letter in the last label.
    static func isDomain(_ s: String) -> Bool {
        let labels = s.split(separator: ".", omittingEmptySubsequences: false)
        guard s.utf8.count <= 253, labels.count >= 2, let last = labels.last, last.contains(where: \.isLetter) else { return false }
        return labels.allSatisfy { l in
            !l.isEmpty && l.utf8.count <= 63 && l.first != "-" && l.last != "-" && l.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    static func relationship(_ type: String, id: String, from: String, to: String, _ common: (String, String) -> Object) -> Object {
        var o = common("relationship", id)
        o.relationship_type = type
        o.source_ref = from
        o.target_ref = to
        return o
    }
}
