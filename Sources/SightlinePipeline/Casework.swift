import Foundation
import SightlineAnalysis
import SightlineCore
import SightlineStore

/// What analysts do with networks: cases, enforcement with reversal, the audit log, and the
/// fingerprints kept to catch actioned operators when they return. The rules are pure
/// (`EnforcementLedger`, `RecidivismWatch`); this applies them to a store. Time is injected.
public struct Casework: Sendable {
    public let store: Store
    public let now: @Sendable () -> Int64

    public init(store: Store, now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }) {
        self.store = store
        self.now = now
    }

    /// A request the store cannot carry out as asked: what is wrong and what to do.
    public struct Failure: Error, CustomStringConvertible {
        public enum Code: Sendable { case notFound, invalid, conflict }
        public var code: Code
        public var description: String
    }

    func fail(_ code: Failure.Code, _ message: String) -> Failure { Failure(code: code, description: message) }

    /// Opens a case for every network that has none. A network that kept an earlier network's id
    /// keeps its case; one that split from or merged in an earlier network says so in its new
    /// case, and the earlier case gets a note pointing to it (once), so that verdicts, notes and
    /// enforcement stay traceable to the operation.
    public func openCases(for networks: [Network]) throws {
        var cases = Dictionary(try store.cases().map { ($0.networkID, $0) }, uniquingKeysWith: { a, _ in a })
        for n in networks where cases[n.id] == nil {
            var c = Case(networkID: n.id, updated: now())
            for l in n.lineage { c.notes.append(Case.Note(time: now(), author: "sightline", text: Self.lineageNote(l))) }
            try store.saveCase(c)
            cases[n.id] = c
            try store.addAudit(actor: "sightline", action: "case.open", subject: n.id, detail: "\(n.category.rawValue) network \(n.name), \(n.accounts.count) accounts", time: now())
        }
        for n in networks {
            for l in n.lineage {
                guard var old = cases[l.network] else { continue }
                let text = Self.successorNote(l, network: n)
                guard !old.notes.contains(where: { $0.text == text }) else { continue }
                old.notes.append(Case.Note(time: now(), author: "sightline", text: text))
                old.updated = now()
                try store.saveCase(old)
                cases[l.network] = old
                try store.addAudit(actor: "sightline", action: "case.lineage", subject: l.network, detail: text, time: now())
            }
        }
    }

    static func lineageNote(_ l: Network.Lineage) -> String {
        switch l.kind {
        case .splitFrom: "split from \(l.network) (\(l.accounts) of its accounts); its case stays there"
        case .merged: "merged in \(l.network) (\(l.accounts) of its accounts); see its case for earlier verdicts and actions"
        }
    }

    static func successorNote(_ l: Network.Lineage, network n: Network) -> String {
        switch l.kind {
        case .splitFrom: "\(l.accounts) of this network's accounts split off into \(n.id) (\(n.name))"
        case .merged: "this network was merged into \(n.id) (\(n.name)), which carries \(l.accounts) of its accounts"
        }
    }

    /// Where a case's network went when no current network has its id: the networks that merged
    /// it in or split from it.
    public static func successors(of id: String, in networks: [Network]) -> [(kind: Network.Lineage.Kind, network: Network)] {
        networks.flatMap { n in n.lineage.filter { $0.network == id }.map { (kind: $0.kind, network: n) } }
    }

    /// The case of a network, or a failure saying where to look.
    public func existingCase(_ id: String) throws -> Case {
        guard let c = try store.caseFor(network: id) else { throw fail(.notFound, "no case for network \(id); see `sightline cases`") }
        return c
    }

    public func updateCase(_ id: String, status: CaseStatus?, verdict: String?, reason: String?, note: String?, lead: LeadSource?, actor: String) throws -> Case {
        var c = try existingCase(id)
        guard status != nil || verdict != nil || lead != nil || !(note ?? "").isEmpty else {
            throw fail(.invalid, "nothing to change: give a status, a verdict with a reason, a note or a lead")
        }
        if let status { c.status = status }
        if let verdict {
            // The reason may come as --reason, or as the note given with the verdict.
            guard let why = [reason, note].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
                throw fail(.invalid, "a verdict needs a reason (--reason, or a --note saying why)")
            }
            c.verdict = verdict
            c.verdictReason = why
        }
        if let lead { c.leadSource = lead }
        if let note, !note.isEmpty { c.notes.append(Case.Note(time: now(), author: actor, text: note)) }
        c.updated = now()
        try store.saveCase(c)
        var changes: [String] = []
        if let status { changes.append("status=\(status.rawValue)") }
        if let verdict { changes.append("verdict=\(verdict) (\(c.verdictReason ?? ""))") }
        if let lead { changes.append("lead=\(lead.rawValue)") }
        if note != nil { changes.append("note added") }
        try store.addAudit(actor: actor, action: "case.update", subject: id, detail: changes.joined(separator: "; "), time: now())
        return c
    }

    /// Records a membership decision on a network's case (`Membership`): accounts judged innocent
    /// (cleared: left out of linking by every later `analyze`, and out of actions on the network
    /// at once), cleared accounts restored, or accounts split off into a network of their own
    /// (judged on their own by the next `analyze`). Each needs a reason, and is audited.
    public func decideMembership(
        _ id: String, decision: Membership.Decision, accounts: [String], reason: String, actor: String
    ) throws -> Case {
        var c = try existingCase(id)
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { throw fail(.invalid, "a membership decision needs a reason (--reason)") }
        let named = Array(Set(accounts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
        guard !named.isEmpty else { throw fail(.invalid, "name the accounts") }
        let membership = Membership(cases: try store.cases())
        let members = try store.network(id: id)?.accounts ?? []
        switch decision {
        case .cleared, .split:
            let strangers = named.filter { !members.contains($0) }
            guard strangers.isEmpty else { throw fail(.invalid, "not accounts of network \(id): \(strangers.joined(separator: ", "))") }
            if decision == .split {
                let rest = members.filter { !named.contains($0) && membership.cleared[$0] == nil }
                guard named.count >= 2, rest.count >= 2 else {
                    throw fail(.invalid, "a split leaves two networks of at least two accounts each; to leave out one account judged innocent, clear it")
                }
            }
        case .restored:
            let notCleared = named.filter { membership.cleared[$0]?.network != id }
            guard notCleared.isEmpty else { throw fail(.invalid, "not cleared on network \(id): \(notCleared.joined(separator: ", "))") }
        }
        c.notes.append(Case.Note(time: now(), author: actor, text: Membership.note(decision, accounts: named, reason: why)))
        c.updated = now()
        try store.saveCase(c)
        let verb = switch decision {
        case .cleared: "clear"
        case .restored: "restore"
        case .split: "split"
        }
        try store.addAudit(actor: actor, action: "case.\(verb)", subject: id, detail: "\(named.joined(separator: ", ")): \(why)", time: now())
        return c
    }

    /// Resolves the accounts an action would apply to.
    public func accounts(targetKind: TargetKind, target: String) throws -> [String] {
        switch targetKind {
        case .account:
            guard try !store.events(account: target).isEmpty else { throw fail(.notFound, "no events from account \(target)") }
            return [target]
        case .network:
            guard let n = try store.network(id: target) else { throw fail(.notFound, "no network \(target); see `sightline networks`") }
            // Members analysts cleared are out of the network's actions from the moment they are
            // cleared, before the next analyze leaves them out of the network itself.
            let cleared = Membership(cases: try store.cases()).cleared
            return n.accounts.filter { cleared[$0] == nil }
        case .organization:
            let accounts = try store.accounts(organization: target)
            guard !accounts.isEmpty else { throw fail(.notFound, "no events from organization \(target)") }
            return accounts
        }
    }

    /// Plans or takes an enforcement action. With `dryRun`, nothing is written. `excluding`:
    /// accounts of the target the analyst has taken out of the action (a network's member they
    /// judge innocent); each must be one of the target's, and at least one account must remain.
    public func enforce(
        targetKind: TargetKind, target: String, action: Sanction, category: ThreatCategory, reason: String, actor: String, dryRun: Bool,
        excluding: Set<String> = []
    ) throws -> (action: EnforcementAction, changes: [String]) {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(.invalid, "give a reason (--reason)") }
        let all = try self.accounts(targetKind: targetKind, target: target)
        let unknown = excluding.subtracting(all)
        guard unknown.isEmpty else { throw fail(.invalid, "not accounts of \(targetKind.rawValue) \(target): \(unknown.sorted().joined(separator: ", "))") }
        let accounts = all.filter { !excluding.contains($0) }
        guard !accounts.isEmpty else { throw fail(.invalid, "every account is excluded; nothing to act on") }
        let changes = EnforcementLedger.changes(of: action, on: accounts, standing: try standing())
        let planned = EnforcementAction(
            id: 0, time: now(), actor: actor, targetKind: targetKind, target: target, accounts: accounts, action: action, category: category,
            reason: reason)
        if dryRun { return (planned, changes) }
        let stored = try store.addEnforcement(planned)
        try store.addAudit(
            actor: actor, action: "enforce.\(action.rawValue)", subject: "\(targetKind.rawValue) \(target)",
            detail: "action \(stored.id), \(accounts.count) accounts"
                + (excluding.isEmpty ? "" : " (excluded: \(excluding.sorted().joined(separator: ", ")))") + ", \(category.rawValue): \(reason)",
            time: now())
        if targetKind == .network, action != .warn {
            if var c = try store.caseFor(network: target) {
                c.status = .actioned
                c.updated = now()
                try store.saveCase(c)
            }
            try keepFingerprints(network: target, members: accounts)
        }
        return (stored, changes)
    }

    /// Reverses an action (an appeal upheld). The original stays in the record.
    public func reverse(actionID: Int64, reason: String, actor: String) throws -> EnforcementAction {
        let all = try store.enforcementActions()
        guard let original = all.first(where: { $0.id == actionID && $0.reverses == nil }) else { throw fail(.notFound, "no enforcement action \(actionID) to reverse") }
        guard !all.contains(where: { $0.reverses == actionID }) else { throw fail(.conflict, "action \(actionID) is already reversed") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(.invalid, "give a reason (--reason)") }
        let r = try store.addEnforcement(
            EnforcementAction(
                id: 0, time: now(), actor: actor, targetKind: original.targetKind, target: original.target, accounts: original.accounts,
                action: original.action, category: original.category, reason: reason, reverses: actionID))
        try store.addAudit(actor: actor, action: "enforce.reverse", subject: "action \(actionID)", detail: reason, time: now())
        return r
    }

    /// The standing action per account (`EnforcementLedger.standing`).
    public func standing() throws -> [String: Standing] {
        EnforcementLedger.standing(try store.enforcementActions())
    }

    /// Keeps what identifies an actioned network's operators (`RecidivismWatch.fingerprints`).
    func keepFingerprints(network: String, members: [String]) throws {
        try store.addFingerprints(
            RecidivismWatch.fingerprints(
                network: network, members: Set(members), events: try store.analysisEvents(accounts: members), infos: try store.allAccountInfo()))
    }

    /// New accounts matching an actioned network's fingerprints (`RecidivismWatch.matches`).
    public func watchForRecidivism(events: [AnalysisEvent], infos: [String: AccountInfo]) throws -> [RecidivismWatch.Match] {
        RecidivismWatch.matches(events: events, infos: infos, fingerprints: try store.fingerprints(), actions: try store.enforcementActions())
    }

    /// Attaches recidivism findings to the actioned networks' cases (once per account).
    public func attachRecidivism(_ found: [RecidivismWatch.Match]) throws {
        guard !found.isEmpty else { return }
        var cases = Dictionary(uniqueKeysWithValues: try store.cases().map { ($0.networkID, $0) })
        for f in found {
            guard var c = cases[f.network] else { continue }
            let marker = "Recidivism: account \(f.account)"
            if c.notes.contains(where: { $0.text.hasPrefix(marker) }) { continue }
            let evidence = f.evidence.map(\.detail).joined(separator: ", ")
            c.notes.append(Case.Note(time: now(), author: "sightline", text: "\(marker) matches \(evidence)"))
            if c.status == .closed || c.status == .actioned { c.status = .investigating }
            c.updated = now()
            cases[f.network] = c
            try store.saveCase(c)
            try store.addAudit(actor: "sightline", action: "recidivism.flag", subject: f.account, detail: "matches network \(f.network): \(evidence)", time: now())
        }
    }
}
