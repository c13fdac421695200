import SightlineAnalysis
import SightlineCore

/// What a viewer sees of networks and cases: everything but the identifiers of the operators'
/// infrastructure (addresses, devices, payment fingerprints, organizations, e-mail domains),
/// which, as in the internal report, need the analyst role. Withholding is by kind of evidence,
/// not by recognising values, so a detail in a shape this does not know is withheld whole.
enum Identifiers {
    static let note = "the value needs the analyst role"

    static func forViewer(_ n: Network) -> Network {
        var n = n
        n.evidence = n.evidence.map { e in
            guard e.kind == .sharedInfrastructure || e.kind == .sameOrganization else { return e }
            var e = e
            e.detail = withheld(e.detail, kind: e.kind)
            return e
        }
        return n
    }

    /// `device d-1234 shared by 3 accounts` becomes `device shared by 3 accounts (…)`.
    static func withheld(_ detail: String, kind: EvidenceKind) -> String {
        // Longest first: `exit-ip` before `ip`.
        let attribute = SharedAttribute.allCases.map(\.rawValue).sorted { $0.count > $1.count }.first { detail.hasPrefix($0 + " ") }
        if let attribute, let shared = detail.range(of: " shared by ", options: .backwards), detail[shared.upperBound...].allSatisfy({ $0.isNumber || $0 == " " || $0.isLetter }) {
            return "\(attribute)\(detail[shared.lowerBound...]) (\(note))"
        }
        return "\(kind.rawValue) (\(note))"
    }

    /// The recidivism watch's notes quote the fingerprints that matched (a device, an address).
    static func forViewer(_ c: Case) -> Case {
        var c = c
        c.notes = c.notes.map { note in
            guard note.author == "sightline", note.text.hasPrefix("Recidivism: account "), let matches = note.text.range(of: " matches ") else { return note }
            var note = note
            note.text = String(note.text[..<matches.upperBound]) + "an actioned network's fingerprints (\(Self.note))"
            return note
        }
        return c
    }
}
