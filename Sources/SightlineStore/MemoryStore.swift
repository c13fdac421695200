import Foundation
import SightlineCore

/// An in-memory store: the reference implementation of `Store`, used by tests and pure runs.
public final class MemoryStore: Store, @unchecked Sendable {
    // @unchecked: every access to the mutable state below goes through `lock`.
    private let lock = NSLock()
    private var eventsByID: [String: UsageEvent] = [:]
    private var eventOrder: [String] = []
    private var observationsByID: [String: Observation] = [:]
    private var quarantine: [String: QuarantinedLine] = [:]
    private var infos: [String: (time: Int64, info: AccountInfo)] = [:]
    private var classifications: [Int64: EventClassification] = [:]
    private var networks: [StoredNetwork] = []
    private var caseList: [String: Case] = [:]
    private var actions: [EnforcementAction] = []
    private var audit: [AuditEntry] = []
    private var prints: [Fingerprint] = []
    private var tokens: [String: String] = [:]

    public init() {}

    public func ingest(events: [UsageEvent], quarantined: [QuarantinedLine]) throws -> [Bool] {
        lock.withLock {
            addQuarantined(quarantined)
            return events.map { e in
                if eventsByID[e.id] != nil { return false }
                eventsByID[e.id] = e
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

    public func eventCount() throws -> Int { lock.withLock { eventsByID.count } }
    public func observationCount() throws -> Int { lock.withLock { observationsByID.count } }
    public func event(id: String) throws -> UsageEvent? { lock.withLock { eventsByID[id] } }
    public func observation(id: String) throws -> Observation? { lock.withLock { observationsByID[id] } }

    public func events(account: String) throws -> [UsageEvent] {
        lock.withLock {
            eventOrder.compactMap { eventsByID[$0] }.filter { $0.account == account }
                .sorted { ($0.time, $0.id) < ($1.time, $1.id) }
        }
    }

    public func accountInfo(account: String) throws -> AccountInfo? { lock.withLock { infos[account]?.info } }

    public func accountCount() throws -> Int { lock.withLock { Set(eventsByID.values.map(\.account)).count } }

    public func accounts(organization: String) throws -> [String] {
        lock.withLock { Set(eventsByID.values.filter { $0.organization == organization }.map(\.account)).sorted() }
    }

    // Events are numbered by ingestion order, from 1.
    public func unclassifiedEvents(after seq: Int64, limit: Int) throws -> [(seq: Int64, prompt: String, response: String?)] {
        lock.withLock {
            var out: [(seq: Int64, prompt: String, response: String?)] = []
            var i = Int(seq)
            while i < eventOrder.count && out.count < limit {
                let e = eventsByID[eventOrder[i]]!
                out.append((Int64(i + 1), e.prompt, e.response))
                i += 1
            }
            return out
        }
    }

    public func saveClassifications(_ items: [(seq: Int64, classification: EventClassification)]) throws {
        lock.withLock { for (seq, c) in items { classifications[seq] = c } }
    }

    public func lastClassifiedSeq() throws -> Int64 { lock.withLock { classifications.keys.max() ?? 0 } }

    public func analysisEvents() throws -> [AnalysisEvent] {
        lock.withLock {
            eventOrder.enumerated().compactMap { i, id in
                classifications[Int64(i + 1)].map { Self.analysisEvent(seq: Int64(i + 1), eventsByID[id]!, $0) }
            }
        }
    }

    /// What `analysisEvents()` keeps of an event: what the SQL stores' `analysisEventsSelect` reads.
    static func analysisEvent(seq: Int64, _ e: UsageEvent, _ c: EventClassification) -> AnalysisEvent {
        var e = e
        var c = c
        e.userAgent = nil
        e.raw = nil
        e.accountInfo = nil
        if c.category == ThreatCategory.benign {
            e.id = ""
            e.prompt = ""
            e.response = nil
            c.scores = []
            c.signals = []
        }
        return AnalysisEvent(seq: seq, event: e, classification: c)
    }

    public func allAccountInfo() throws -> [String: AccountInfo] { lock.withLock { infos.mapValues(\.info) } }

    public func allObservations() throws -> [Observation] {
        lock.withLock { observationsByID.values.sorted { ($0.time, $0.id) < ($1.time, $1.id) } }
    }

    public func saveNetworks(_ networks: [StoredNetwork]) throws {
        lock.withLock { self.networks = networks }
    }

    public func savedNetworks() throws -> [StoredNetwork] { lock.withLock { networks } }
    public func network(id: String) throws -> StoredNetwork? { lock.withLock { networks.first { $0.id == id } } }
    public func networkCount() throws -> Int { lock.withLock { networks.count } }
    public func networkIDs(containing account: String) throws -> [String] {
        lock.withLock { networks.filter { $0.accounts.contains(account) }.map(\.id) }
    }

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
    public func enforcementActions(targetKind: String, target: String) throws -> [EnforcementAction] {
        lock.withLock { actions.filter { $0.targetKind == targetKind && $0.target == target } }
    }
    public func addEnforcement(_ a: EnforcementAction) throws -> EnforcementAction {
        lock.withLock {
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
    public func fingerprints() throws -> [Fingerprint] { lock.withLock { prints } }
    public func addFingerprints(_ f: [Fingerprint]) throws {
        lock.withLock { for x in f where !prints.contains(x) { prints.append(x) } }
    }

    public func addToken(hash: String, role: String, name: String, created: Int64) throws { lock.withLock { tokens[hash] = role } }
    public func tokenRole(hash: String) throws -> String? { lock.withLock { tokens[hash] } }
    public func tokenCount() throws -> Int { lock.withLock { tokens.count } }
}
