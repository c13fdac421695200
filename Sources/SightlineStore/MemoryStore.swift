import Foundation
import SightlineCore

/// An in-memory store: the reference implementation of `Store`, used by tests and pure runs. It
/// refuses what the SQL stores' schemas refuse (a repeated network id or token hash, a reversal
/// of no action), so a test on it cannot pass on something the others reject.
public final class MemoryStore: Store, @unchecked Sendable {
    // @unchecked: every access to the mutable state below goes through `lock`.
    private let lock = NSLock()
    private var eventsByID: [String: UsageEvent] = [:]
    /// Event ids in ingestion order: an event's seq is its index here plus one.
    private var eventOrder: [String] = []
    private var observationsByID: [String: Observation] = [:]
    private var quarantine: [String: QuarantinedLine] = [:]
    private var infos: [String: (time: Int64, info: AccountInfo)] = [:]
    private var classifications: [Int64: EventClassification] = [:]
    private var vectors: [Int64: [Float]] = [:]
    private var signatures: [Int64: (values: [UInt16], length: Int)] = [:]
    private var networks: [StoredNetwork] = []
    private var caseList: [String: Case] = [:]
    private var actions: [EnforcementAction] = []
    private var audit: [AuditEntry] = []
    private var prints: Set<Fingerprint> = []
    private var tokenList: [StoredToken] = []
    private var sessions: [String: StoredSession] = [:]
    private var entities: [EntityUse] = []

    public init() {}

    // MARK: ingest

    public func ingest(events: [UsageEvent], quarantined: [QuarantinedLine]) throws -> [Bool] {
        lock.withLock {
            addQuarantined(quarantined)
            return events.map { e in
                if eventsByID[e.id] != nil { return false }
                var stored = e
                stored.accountInfo = nil
                eventsByID[e.id] = stored
                eventOrder.append(e.id)
                if let info = e.accountInfo {
                    if let current = infos[e.account], current.time > e.time {} else {
                        infos[e.account] = (e.time, info)
                    }
                }
                return true
            }
        }
    }

    public func ingest(observations: [Observation], quarantined: [QuarantinedLine]) throws -> [Bool] {
        lock.withLock {
            addQuarantined(quarantined)
            return observations.map { o in
                if observationsByID[o.id] != nil { return false }
                observationsByID[o.id] = o
                return true
            }
        }
    }

    private func addQuarantined(_ lines: [QuarantinedLine]) {
        for q in lines { quarantine["\(q.kind.rawValue)\u{0}\(q.source)\u{0}\(q.line)"] = q }
    }

    public func quarantinedLines() throws -> [QuarantinedLine] {
        lock.withLock {
            quarantine.values.sorted {
                ($0.source, $0.line, $0.kind.rawValue) < ($1.source, $1.line, $1.kind.rawValue)
            }
        }
    }

    public func quarantineCount() throws -> Int { lock.withLock { quarantine.count } }

    // MARK: events, observations, accounts

    public func eventCount() throws -> Int { lock.withLock { eventsByID.count } }
    public func event(id: String) throws -> UsageEvent? { lock.withLock { eventsByID[id] } }

    public func events(account: String) throws -> [UsageEvent] {
        lock.withLock {
            eventsByID.values.filter { $0.account == account }.sorted { ($0.time, $0.id) < ($1.time, $1.id) }
        }
    }

    public func observationCount() throws -> Int { lock.withLock { observationsByID.count } }
    public func observation(id: String) throws -> Observation? { lock.withLock { observationsByID[id] } }

    public func allObservations() throws -> [Observation] {
        lock.withLock { observationsByID.values.sorted { ($0.time, $0.id) < ($1.time, $1.id) } }
    }

    public func accountInfo(account: String) throws -> AccountInfo? { lock.withLock { infos[account]?.info } }
    public func allAccountInfo() throws -> [String: AccountInfo] { lock.withLock { infos.mapValues(\.info) } }
    public func accountCount() throws -> Int { lock.withLock { Set(eventsByID.values.map(\.account)).count } }

    public func accounts(organization: String) throws -> [String] {
        lock.withLock { Set(eventsByID.values.filter { $0.organization == organization }.map(\.account)).sorted() }
    }

    // MARK: analysis

    public func unclassifiedEvents(after seq: Int64, limit: Int) throws -> [(seq: Int64, prompt: String, response: String?)] {
        lock.withLock {
            var out: [(seq: Int64, prompt: String, response: String?)] = []
            var i = Int(max(seq, 0))
            while i < eventOrder.count && out.count < limit {
                if classifications[Int64(i + 1)] == nil {
                    let e = eventsByID[eventOrder[i]]!
                    out.append((Int64(i + 1), e.prompt, e.response))
                }
                i += 1
            }
            return out
        }
    }

    public func saveClassifications(_ items: [(seq: Int64, classification: EventClassification)]) throws {
        try lock.withLock {
            // The SQL stores' foreign key: a classification belongs to a stored event.
            guard items.allSatisfy({ $0.seq >= 1 && $0.seq <= Int64(eventOrder.count) }) else {
                throw StoreError(.writeFailed, "a classification names no stored event")
            }
            for (seq, c) in items { classifications[seq] = c }
        }
    }

    public func lastClassifiedSeq() throws -> Int64 {
        lock.withLock {
            let firstUnclassified = (1...max(eventOrder.count, 1)).first { classifications[Int64($0)] == nil }
            return Int64((firstUnclassified ?? eventOrder.count + 1) - 1)
        }
    }

    public func analysisEvents() throws -> [AnalysisEvent] {
        lock.withLock {
            eventOrder.enumerated().compactMap { i, id in
                classifications[Int64(i + 1)].map { Self.analysisEvent(seq: Int64(i + 1), eventsByID[id]!, $0) }
            }
        }
    }

    public func analysisEvents(accounts: [String]) throws -> [AnalysisEvent] {
        let wanted = Set(accounts)
        return try analysisEvents().filter { wanted.contains($0.event.account) }
    }

    /// What `analysisEvents()` keeps of an event: what the SQL stores' `analysisEventsSelect` reads.
    static func analysisEvent(seq: Int64, _ e: UsageEvent, _ c: EventClassification) -> AnalysisEvent {
        AnalysisEvent.asAnalysisReadsIt(AnalysisEvent(seq: seq, event: e, classification: c))
    }

    public func flaggedPrompts(accounts: [String], limit: Int) throws -> [String] {
        let wanted = Set(accounts)
        return lock.withLock {
            Array(eventOrder.enumerated().lazy.compactMap { i, id -> String? in
                guard let c = self.classifications[Int64(i + 1)], !c.category.isBenign,
                      let e = self.eventsByID[id], wanted.contains(e.account) else { return nil }
                return e.prompt
            }.prefix(max(limit, 0)))
        }
    }

    public func classifiedEvents(seqs: [Int64]) throws -> [AnalysisEvent] {
        lock.withLock {
            Set(seqs).sorted().compactMap { seq -> AnalysisEvent? in
                guard seq >= 1, seq <= Int64(eventOrder.count), let c = classifications[seq] else { return nil }
                var e = eventsByID[eventOrder[Int(seq - 1)]]!
                e.userAgent = nil
                e.raw = nil
                e.accountInfo = nil
                return AnalysisEvent(seq: seq, event: e, classification: c)
            }
        }
    }

    public func saveVectors(_ items: [(seq: Int64, vector: [Float])]) throws {
        try lock.withLock {
            guard items.allSatisfy({ $0.seq >= 1 && $0.seq <= Int64(eventOrder.count) }) else {
                throw StoreError(.writeFailed, "a vector names no stored event")
            }
            for (seq, v) in items { vectors[seq] = v }
        }
    }

    public func vectorSeqs() throws -> [Int64] { lock.withLock { vectors.keys.sorted() } }

    public func allVectors() throws -> [(seq: Int64, vector: [Float])] {
        lock.withLock { vectors.keys.sorted().map { ($0, vectors[$0]!) } }
    }

    public func eventsWithoutSignature(after seq: Int64, limit: Int) throws -> [(seq: Int64, prompt: String)] {
        lock.withLock {
            var out: [(seq: Int64, prompt: String)] = []
            var i = Int(max(seq, 0))
            while i < eventOrder.count && out.count < limit {
                if signatures[Int64(i + 1)] == nil { out.append((Int64(i + 1), eventsByID[eventOrder[i]]!.prompt)) }
                i += 1
            }
            return out
        }
    }

    public func saveSignatures(_ items: [(seq: Int64, signature: [UInt16], length: Int)]) throws {
        try lock.withLock {
            guard items.allSatisfy({ $0.seq >= 1 && $0.seq <= Int64(eventOrder.count) }) else {
                throw StoreError(.writeFailed, "a signature names no stored event")
            }
            guard items.allSatisfy({ $0.signature.isEmpty || $0.signature.count == PromptSignatures.width }) else {
                throw StoreError(.writeFailed, "a signature has the wrong length")
            }
            for (seq, s, n) in items { signatures[seq] = (s, n) }
        }
    }

    public func allSignatures() throws -> PromptSignatures {
        lock.withLock {
            var out = PromptSignatures()
            for seq in signatures.keys.sorted() where !signatures[seq]!.values.isEmpty { out.append(seq: seq, signatures[seq]!.values, length: signatures[seq]!.length) }
            return out
        }
    }

    public func saveNetworks(_ networks: [StoredNetwork]) throws {
        guard Set(networks.map(\.id)).count == networks.count else {
            throw StoreError(.writeFailed, "two networks have the same id")
        }
        lock.withLock { self.networks = networks }
    }

    public func savedNetworks() throws -> [StoredNetwork] { lock.withLock { networks } }
    public func network(id: String) throws -> StoredNetwork? { lock.withLock { networks.first { $0.id == id } } }
    public func networkCount() throws -> Int { lock.withLock { networks.count } }

    public func networkIDs(containing account: String) throws -> [String] {
        lock.withLock { networks.filter { $0.accounts.contains(account) }.map(\.id) }
    }

    // MARK: entities

    public func saveEntityUses(_ uses: [EntityUse]) throws { lock.withLock { entities = uses.sorted(by: EntityUse.precedes) } }

    public func entityUses(kind: EntityKind, value: String) throws -> [EntityUse] {
        lock.withLock { entities.filter { $0.kind == kind && $0.value == value } }
    }

    public func entityUses(account: String) throws -> [EntityUse] { lock.withLock { entities.filter { $0.account == account } } }

    public func entitySharing(account: String) throws -> [EntityMatch] {
        lock.withLock {
            entities.filter { $0.account == account }.map { u in
                EntityMatch(kind: u.kind, value: u.value, accounts: entities.reduce(0) { $0 + ($1.kind == u.kind && $1.value == u.value ? 1 : 0) })
            }
        }
    }

    public func searchPrompts(containing text: String, limit: Int) throws -> [PromptMatch] {
        lock.withLock {
            var out: [PromptMatch] = []
            for (i, id) in eventOrder.enumerated().reversed() where out.count < limit {
                if let e = eventsByID[id], PromptMatch.contains(e.prompt, text) { out.append(PromptMatch(seq: Int64(i + 1), event: e)) }
            }
            return out
        }
    }

    public func indexPrompts(limit: Int) throws -> Int { 0 }

    public func searchEntities(prefix: String, limit: Int) throws -> [EntityMatch] {
        var counts: [EntityMatch] = []
        lock.withLock {
            for u in entities where u.value.utf8.starts(with: prefix.utf8) {
                if let last = counts.last, last.kind == u.kind, last.value == u.value {
                    counts[counts.count - 1].accounts += 1
                } else {
                    counts.append(EntityMatch(kind: u.kind, value: u.value, accounts: 1))
                }
            }
        }
        return Array(counts.sorted(by: EntityMatch.precedes).prefix(limit))
    }

    // MARK: casework

    public func cases() throws -> [Case] { lock.withLock { caseList.values.sorted { $0.networkID < $1.networkID } } }
    public func caseFor(network id: String) throws -> Case? { lock.withLock { caseList[id] } }

    public func saveCase(_ c: Case) throws {
        lock.withLock {
            var c = c
            let stored = caseList[c.networkID]?.notes ?? []
            c.notes = stored + CaseNotes.unsaved(c.notes, stored: stored)
            caseList[c.networkID] = c
        }
    }

    public func enforcementActions() throws -> [EnforcementAction] { lock.withLock { actions } }

    public func enforcementActions(targetKind: TargetKind, target: String) throws -> [EnforcementAction] {
        lock.withLock { actions.filter { $0.targetKind == targetKind && $0.target == target } }
    }

    public func addEnforcement(_ a: EnforcementAction) throws -> EnforcementAction {
        try lock.withLock {
            if let reversed = a.reverses, !actions.contains(where: { $0.id == reversed }) {
                throw StoreError(.writeFailed, "action \(reversed) does not exist")
            }
            var a = a
            a.id = Int64(actions.count + 1)
            actions.append(a)
            return a
        }
    }

    public func auditLog() throws -> [AuditEntry] { lock.withLock { audit } }

    public func addAudit(actor: String, action: String, subject: String, detail: String, time: Int64) throws {
        lock.withLock { audit.append(AuditEntry(id: Int64(audit.count + 1), time: time, actor: actor, action: action, subject: subject, detail: detail)) }
    }

    public func fingerprints() throws -> [Fingerprint] {
        lock.withLock { prints.sorted { ($0.networkID, $0.kind, $0.value) < ($1.networkID, $1.kind, $1.value) } }
    }

    public func addFingerprints(_ f: [Fingerprint]) throws { lock.withLock { prints.formUnion(f) } }

    // MARK: tokens and sessions

    @discardableResult
    public func addToken(hash: String, role: String, name: String, created: Int64) throws -> Int64 {
        try lock.withLock {
            guard !tokenList.contains(where: { $0.hash == hash }) else { throw StoreError(.writeFailed, "a token with this hash exists") }
            let id = Int64(tokenList.count + 1)
            tokenList.append(StoredToken(id: id, hash: hash, role: role, name: name, created: created))
            return id
        }
    }

    public func token(hash: String) throws -> StoredToken? { lock.withLock { tokenList.first { $0.hash == hash } } }
    public func token(id: Int64) throws -> StoredToken? { lock.withLock { tokenList.first { $0.id == id } } }
    public func tokens() throws -> [StoredToken] { lock.withLock { tokenList } }
    public func tokenCount() throws -> Int { lock.withLock { tokenList.count } }

    public func markTokenUsed(id: Int64, time: Int64) throws {
        lock.withLock {
            guard let i = tokenList.firstIndex(where: { $0.id == id }), (tokenList[i].lastUsed ?? .min) < time else { return }
            tokenList[i].lastUsed = time
        }
    }

    public func revokeToken(id: Int64, time: Int64) throws -> Bool {
        lock.withLock {
            guard let i = tokenList.firstIndex(where: { $0.id == id }), tokenList[i].revoked == nil else { return false }
            tokenList[i].revoked = time
            for (hash, s) in sessions where s.tokenID == id && s.revoked == nil { sessions[hash]!.revoked = time }
            return true
        }
    }

    public func addSession(hash: String, tokenID: Int64, created: Int64, expires: Int64) throws {
        try lock.withLock {
            guard tokenList.contains(where: { $0.id == tokenID }) else { throw StoreError(.writeFailed, "token \(tokenID) does not exist") }
            guard sessions[hash] == nil else { throw StoreError(.writeFailed, "a session with this hash exists") }
            sessions[hash] = StoredSession(hash: hash, tokenID: tokenID, created: created, lastSeen: created, expires: expires)
        }
    }

    public func session(hash: String) throws -> StoredSession? { lock.withLock { sessions[hash] } }

    public func touchSession(hash: String, time: Int64) throws {
        lock.withLock {
            guard let s = sessions[hash], s.lastSeen < time else { return }
            sessions[hash]!.lastSeen = time
        }
    }

    public func revokeSession(hash: String, time: Int64) throws -> Bool {
        lock.withLock {
            guard let s = sessions[hash], s.revoked == nil else { return false }
            sessions[hash]!.revoked = time
            return true
        }
    }
}
