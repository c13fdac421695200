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
}
