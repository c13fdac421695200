import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineStore

/// What analysts do with networks: cases, enforcement with reversal, the audit log, and the
/// fingerprints kept to catch actioned operators when they return. Time is injected.
public struct Casework: Sendable {
    public let store: Store
    public let now: @Sendable () -> Int64

    public init(store: Store, now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }) {
        self.store = store
        self.now = now
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    func fail(_ message: String) -> Failure { Failure(description: message) }

    /// Opens a case for every network that has none.
    public func openCases(for networks: [Network]) throws {
        let existing = Set(try store.cases().map(\.networkID))
        for n in networks where !existing.contains(n.id) {
            try store.saveCase(Case(networkID: n.id, updated: now()))
            try store.addAudit(actor: "sightline", action: "case.open", subject: n.id, detail: "\(n.category) network \(n.name), \(n.accounts.count) accounts", time: now())
        }
    }

    public func updateCase(_ id: String, status: String?, verdict: String?, reason: String?, note: String?, lead: String?, actor: String) throws -> Case {
        guard var c = try store.cases().first(where: { $0.networkID == id }) else { throw fail("no case for network \(id); see `sightline cases`") }
        if let status {
            guard Case.statuses.contains(status) else { throw fail("status must be one of \(Case.statuses.joined(separator: ", "))") }
            c.status = status
        }
        if let verdict {
            // The reason may come as --reason, or as the note given with the verdict.
            guard let why = [reason, note].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
                throw fail("a verdict needs a reason (--reason, or a --note saying why)")
            }
            c.verdict = verdict
            c.verdictReason = why
        }
        if let lead {
            guard Case.leadSources.contains(lead) else { throw fail("lead must be one of: \(Case.leadSources.joined(separator: "; "))") }
            c.leadSource = lead
        }
        if let note, !note.isEmpty { c.notes.append(Case.Note(time: now(), author: actor, text: note)) }
        c.updated = now()
        try store.saveCase(c)
        var changes: [String] = []
        if let status { changes.append("status=\(status)") }
        if let verdict { changes.append("verdict=\(verdict) (\(c.verdictReason ?? ""))") }
        if let lead { changes.append("lead=\(lead)") }
        if note != nil { changes.append("note added") }
        try store.addAudit(actor: actor, action: "case.update", subject: id, detail: changes.joined(separator: "; "), time: now())
        return c
    }

    /// Resolves the accounts an action would apply to.
    public func accounts(targetKind: String, target: String) throws -> [String] {
        switch targetKind {
        case "account": return [target]
        case "network":
            guard let n = try store.savedNetworks().first(where: { $0.id == target }) else { throw fail("no network \(target); see `sightline networks`") }
            return n.accounts
        case "organization":
            let accounts = Set(try store.analysisEvents().filter { $0.event.organization == target }.map(\.event.account))
            guard !accounts.isEmpty else { throw fail("no analysed events from organization \(target)") }
            return accounts.sorted()
        default:
            throw fail("target kind must be account, network or organization")
        }
    }

    /// Plans or takes an enforcement action. With `dryRun`, nothing is written.
    public func enforce(targetKind: String, target: String, action: String, category: String, reason: String, actor: String, dryRun: Bool) throws -> (action: EnforcementAction, changes: [String]) {
        guard EnforcementAction.actions.contains(action) else { throw fail("action must be ban, suspend or warn") }
        guard ThreatCategory.ids.contains(category) else { throw fail("category must be one of \(ThreatCategory.ids.joined(separator: ", "))") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail("give a reason (--reason)") }
        let accounts = try self.accounts(targetKind: targetKind, target: target)
        let current = try currentStatus()
        let changes = accounts.compactMap { a -> String? in
            let before = current[a]?.action ?? "none"
            let after = Self.stronger(before, action)
            return before == after ? nil : "\(a): \(before) -> \(after)"
        }
        let planned = EnforcementAction(id: 0, time: now(), actor: actor, targetKind: targetKind, target: target, accounts: accounts, action: action, category: category, reason: reason)
        if dryRun { return (planned, changes) }
        let stored = try store.addEnforcement(planned)
        try store.addAudit(actor: actor, action: "enforce.\(action)", subject: "\(targetKind) \(target)", detail: "action \(stored.id), \(accounts.count) accounts, \(category): \(reason)", time: now())
        if targetKind == "network", action != "warn" {
            if var c = try store.cases().first(where: { $0.networkID == target }) {
                c.status = "actioned"
                c.updated = now()
                try store.saveCase(c)
            }
            try keepFingerprints(network: target)
        }
        return (stored, changes)
    }

    /// Reverses an action (an appeal upheld). The original stays in the record.
    public func reverse(actionID: Int64, reason: String, actor: String) throws -> EnforcementAction {
        let all = try store.enforcementActions()
        guard let original = all.first(where: { $0.id == actionID && $0.reverses == nil }) else { throw fail("no enforcement action \(actionID) to reverse") }
        guard !all.contains(where: { $0.reverses == actionID }) else { throw fail("action \(actionID) is already reversed") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail("give a reason (--reason)") }
        let r = try store.addEnforcement(
            EnforcementAction(id: 0, time: now(), actor: actor, targetKind: original.targetKind, target: original.target, accounts: original.accounts,
                              action: original.action, category: original.category, reason: reason, reverses: actionID))
        try store.addAudit(actor: actor, action: "enforce.reverse", subject: "action \(actionID)", detail: reason, time: now())
        return r
    }

    static let strength = ["none": 0, "warn": 1, "suspend": 2, "ban": 3]
    static func stronger(_ a: String, _ b: String) -> String { (strength[a] ?? 0) >= (strength[b] ?? 0) ? a : b }

    /// The standing action per account: the strongest action not reversed.
    public func currentStatus() throws -> [String: (action: String, category: String, actionID: Int64, since: Int64)] {
        let all = try store.enforcementActions()
        let reversed = Set(all.compactMap(\.reverses))
        var out: [String: (action: String, category: String, actionID: Int64, since: Int64)] = [:]
        for a in all where a.reverses == nil && !reversed.contains(a.id) {
            for account in a.accounts {
                if let cur = out[account], Self.stronger(cur.action, a.action) == cur.action { continue }
                out[account] = (a.action, a.category, a.id, a.time)
            }
        }
        return out
    }

    /// Keeps what identifies an actioned network's operators: devices, payment instruments, rare
    /// e-mail domains, non-anonymizer addresses, and the MinHash signatures of their flagged prompts.
    func keepFingerprints(network: String) throws {
        guard let n = try store.savedNetworks().first(where: { $0.id == network }) else { return }
        let members = Set(n.accounts)
        let events = try store.analysisEvents()
        let infos = try store.allAccountInfo()
        var prints = Set<Fingerprint>()
        let hasher = MinHasher()
        var domainUse: [String: Set<String>] = [:]
        for (a, info) in infos { if let d = info.domain { domainUse[d, default: []].insert(a) } }
        for a in events where members.contains(a.event.account) {
            if let d = a.event.device { prints.insert(Fingerprint(networkID: network, kind: "device", value: d)) }
            if let ip = a.event.ip, a.event.anonymizer == nil { prints.insert(Fingerprint(networkID: network, kind: "ip", value: ip)) }
            if a.classification.category != ThreatCategory.benign, let sig = hasher.signature(a.event.prompt) {
                prints.insert(Fingerprint(networkID: network, kind: "template", value: sig.map { String($0, radix: 16) }.joined(separator: ",")))
            }
        }
        for m in members {
            if let p = infos[m]?.payment { prints.insert(Fingerprint(networkID: network, kind: "payment", value: p)) }
            if let d = infos[m]?.domain, (domainUse[d]?.count ?? 0) <= 30 { prints.insert(Fingerprint(networkID: network, kind: "email-domain", value: d)) }
        }
        try store.addFingerprints(prints.sorted { ($0.kind, $0.value) < ($1.kind, $1.value) })
    }

    /// New accounts matching an actioned network's fingerprints: a device, a payment instrument or
    /// a near-duplicate flagged prompt on its own, or two weaker matches (address, e-mail domain).
    public func watchForRecidivism(events: [AnalysisEvent], infos: [String: AccountInfo]) throws -> [(account: String, network: String, evidence: [String])] {
        let prints = try store.fingerprints()
        guard !prints.isEmpty else { return [] }
        let standing = try currentStatus()
        // The accounts actioned with each network: anyone else matching its fingerprints is new.
        var known: [String: Set<String>] = [:]
        for a in try store.enforcementActions() where a.targetKind == "network" { known[a.target, default: []].formUnion(a.accounts) }
        var index: [String: [Fingerprint]] = [:]
        var templates: [(Fingerprint, [UInt64])] = []
        for f in prints {
            if f.kind == "template" {
                templates.append((f, f.value.split(separator: ",").compactMap { UInt64($0, radix: 16) }))
            } else {
                index[f.kind + "\u{1}" + f.value, default: []].append(f)
            }
        }
        let hasher = MinHasher()
        var evidence: [String: [String: [String]]] = [:]  // account -> network -> reasons
        func note(_ account: String, _ f: Fingerprint, _ why: String) {
            guard !(known[f.networkID]?.contains(account) ?? false), standing[account]?.action != "ban" else { return }
            if !(evidence[account]?[f.networkID]?.contains(why) ?? false) { evidence[account, default: [:]][f.networkID, default: []].append(why) }
        }
        for a in events {
            let e = a.event
            if let d = e.device { for f in index["device\u{1}" + d] ?? [] { note(e.account, f, "device \(d)") } }
            if let ip = e.ip, e.anonymizer == nil { for f in index["ip\u{1}" + ip] ?? [] { note(e.account, f, "address \(ip)") } }
            if a.classification.category != ThreatCategory.benign, let sig = hasher.signature(e.prompt) {
                for (f, t) in templates where t.count == MinHasher.hashes && MinHasher.similarity(sig, t) >= 0.5 {
                    note(e.account, f, "prompt template reused")
                }
            }
        }
        for (account, info) in infos {
            if let p = info.payment { for f in index["payment\u{1}" + p] ?? [] { note(account, f, "payment instrument \(p)") } }
            if let d = info.domain { for f in index["email-domain\u{1}" + d] ?? [] { note(account, f, "e-mail domain \(d)") } }
        }
        var out: [(account: String, network: String, evidence: [String])] = []
        for account in evidence.keys.sorted() {
            for (network, reasons) in evidence[account]!.sorted(by: { $0.key < $1.key }) {
                let strong = reasons.contains { $0.hasPrefix("device") || $0.hasPrefix("payment") || $0.hasPrefix("prompt template") }
                if strong || reasons.count >= 2 { out.append((account, network, reasons)) }
            }
        }
        return out
    }

    /// Attaches recidivism findings to the actioned networks' cases (once per account).
    public func attachRecidivism(_ found: [(account: String, network: String, evidence: [String])]) throws {
        guard !found.isEmpty else { return }
        var cases = Dictionary(uniqueKeysWithValues: try store.cases().map { ($0.networkID, $0) })
        for f in found {
            guard var c = cases[f.network] else { continue }
            let marker = "Recidivism: account \(f.account)"
            if c.notes.contains(where: { $0.text.hasPrefix(marker) }) { continue }
            c.notes.append(Case.Note(time: now(), author: "sightline", text: "\(marker) matches \(f.evidence.joined(separator: ", "))"))
            if c.status == "closed" || c.status == "actioned" { c.status = "investigating" }
            c.updated = now()
            cases[f.network] = c
            try store.saveCase(c)
            try store.addAudit(actor: "sightline", action: "recidivism.flag", subject: f.account, detail: "matches network \(f.network): \(f.evidence.joined(separator: ", "))", time: now())
        }
    }
}

/// A case as JSON, for the CLI and the API.
public func caseJSON(_ c: Case) -> String {
    var s = "{\"network\": \(JSONText.quoted(c.networkID)), \"status\": \"\(c.status)\", \"verdict\": \(c.verdict.map(JSONText.quoted) ?? "null"), "
    s += "\"verdict_reason\": \(c.verdictReason.map(JSONText.quoted) ?? "null"), \"lead_source\": \(JSONText.quoted(c.leadSource)), \"updated\": \"\(Timestamp.format(c.updated))\", "
    s += "\"notes\": [" + c.notes.map { "{\"time\": \"\(Timestamp.format($0.time))\", \"author\": \(JSONText.quoted($0.author)), \"text\": \(JSONText.quoted($0.text))}" }.joined(separator: ", ") + "]}"
    return s
}
