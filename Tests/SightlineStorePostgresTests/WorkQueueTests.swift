import Foundation
import SightlineCore
import SightlineStore
import SightlineStoreTesting
@testable import SightlineStorePostgres
import Testing

/// Classifies every claimed event as benign, except prompts containing "bad" (scam, 0.9).
func classifyAll(_ events: [ClaimedEvent]) -> ClassifiedBatch {
    ClassifiedBatch(
        classifications: events.map { e in
            let bad = e.prompt.contains("bad")
            return (e.seq, EventClassification(
                category: bad ? .threat(.scam) : .benign, score: bad ? 0.9 : 0.1, scores: [], promptLanguage: "en", responseLanguage: nil, signals: []))
        },
        signatures: [])
}

func events(_ n: Int, account: (Int) -> String = { "acct-\($0 % 3)" }) -> [UsageEvent] {
    (0..<n).map { i in
        var e = StoreConformance.sampleEvent("w\(i)")
        e.account = account(i)
        e.time = Int64(1_000 + i)
        e.prompt = i % 4 == 0 ? "bad prompt \(i)" : "prompt \(i)"
        return e
    }
}

@Suite(.enabled(if: testPostgres != nil, "set SIGHTLINE_TEST_POSTGRES to a PostgreSQL URL to run these"))
struct WorkQueueTests {
    /// While one worker holds its batch, a second one skips it and claims the next events; both
    /// batches are saved once, with the activity they add.
    @Test func aSecondWorkerSkipsTheBatchTheFirstHolds() throws {
        let (a, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        _ = try a.ingest(events: events(30), quarantined: [])
        let b = try PostgresStore(url: testPostgres!, schema: a.schema)
        var secondClaimed: [Int64] = []
        let firstClaimed = try a.classifyClaimed(after: 0, limit: 10, leaseSeconds: 60) { held in
            #expect(held.count == 10)
            secondClaimed = try b.classifyClaimed(after: 0, limit: 10, leaseSeconds: 60, classifyAll)
            return classifyAll(held)
        }
        #expect(Set(firstClaimed).isDisjoint(with: secondClaimed))
        #expect(firstClaimed.count == 10 && secondClaimed.count == 10)
        #expect(secondClaimed.min()! > firstClaimed.max()!, "the second worker took the next events")
        let status = try a.workQueueStatus()
        #expect(status.events == 30 && status.classified == 20 && status.counted == 20)
        // What is left, then nothing.
        #expect(try b.classifyClaimed(after: 0, limit: 100, leaseSeconds: 60, classifyAll).count == 10)
        #expect(try a.classifyClaimed(after: 0, limit: 100, leaseSeconds: 60, classifyAll).isEmpty)
        #expect(!(try a.hasUnclassifiedEvents()))
        let activity = try a.allAccountActivity()
        #expect(activity.map(\.account) == ["acct-0", "acct-1", "acct-2"])
        #expect(activity.map(\.events) == [10, 10, 10])
        // Prompts 0, 4, 8, ... are flagged: of acct-0's (0, 3, ..., 27): 0, 12, 24.
        #expect(activity[0].flagged == 3 && activity[0].maxScore == 0.9)
        #expect(activity[0].firstTime == 1_000 && activity[0].lastTime == 1_027)
    }

    /// A worker whose work fails saves nothing: the batch goes back and is claimed again.
    @Test func aFailedBatchGoesBack() throws {
        let (store, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        _ = try store.ingest(events: events(5), quarantined: [])
        struct Died: Error {}
        #expect(throws: Died.self) { try store.classifyClaimed(after: 0, limit: 5, leaseSeconds: 60) { _ in throw Died() } }
        #expect(try store.workQueueStatus().classified == 0)
        #expect(try store.classifyClaimed(after: 0, limit: 5, leaseSeconds: 60, classifyAll).count == 5)
        #expect(try store.workQueueStatus() == WorkQueueStatus(events: 5, classified: 5, counted: 5, workers: 0))
    }

    /// A worker that stalls past its lease loses its connection, and its batch, to the next one.
    @Test func aStalledWorkerLosesItsBatchAfterTheLease() throws {
        let (a, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        _ = try a.ingest(events: events(6), quarantined: [])
        #expect(throws: StoreError.self) {
            try a.classifyClaimed(after: 0, limit: 6, leaseSeconds: 1) { held in
                Thread.sleep(forTimeInterval: 2.5)
                return classifyAll(held)
            }
        }
        let b = try PostgresStore(url: testPostgres!, schema: a.schema)
        #expect(try b.classifyClaimed(after: 0, limit: 6, leaseSeconds: 60, classifyAll).count == 6)
        // The pool replaced the connection the server closed.
        #expect(try a.workQueueStatus() == WorkQueueStatus(events: 6, classified: 6, counted: 6, workers: 0))
    }

    /// A classification saved by someone else between the claim and the save is kept, and not
    /// counted twice.
    @Test func anEventClassifiedMeanwhileIsNotCountedAgain() throws {
        let (store, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        _ = try store.ingest(events: events(3), quarantined: [])
        let claimed = try store.classifyClaimed(after: 0, limit: 3, leaseSeconds: 60) { held in
            var batch = classifyAll(held)
            batch.classifications[0].classification.category = .threat(.influence)
            return batch
        }
        #expect(claimed.count == 3)
        #expect(try store.classifyClaimed(after: 0, limit: 3, leaseSeconds: 60, classifyAll).isEmpty)
        #expect(try store.analysisEvents().first?.classification.category == .threat(.influence))
        #expect(try store.workQueueStatus().counted == 3)
    }

    @Test func callsRunSideBySideOnThePool() throws {
        let (single, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        let pooled = try PostgresStore(url: testPostgres!, schema: single.schema, connections: 2)
        for (store, sideBySide) in [(pooled, true), (single, false)] {
            let started = DispatchSemaphore(value: 0)
            let finished = DispatchSemaphore(value: 0)
            let slowDone = LockedFlag()
            Thread.detachNewThread {
                _ = try? store.locked { db in
                    started.signal()
                    try db.execute("SELECT pg_sleep(2)")
                    // Before the connection goes back to the pool.
                    slowDone.set()
                }
                finished.signal()
            }
            started.wait()
            _ = try store.eventCount()
            // With two connections the count did not wait for the slow call; with one it did.
            #expect(slowDone.value == !sideBySide)
            finished.wait()
        }
    }

    @Test func aConnectionTheServerDroppedIsReplaced() throws {
        let (store, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        #expect(throws: StoreError.self) { try store.locked { try $0.execute("SELECT pg_terminate_backend(pg_backend_pid())") } }
        #expect(try store.eventCount() == 0)
    }

    @Test func theSchemaCanBeNamedInTheURL() throws {
        let (store, cleanup) = try temporaryPostgresStore()
        defer { cleanup() }
        _ = try store.ingest(events: events(2), quarantined: [])
        let separator = testPostgres!.contains("?") ? "&" : "?"
        let named = try PostgresStore(url: testPostgres! + separator + "schema=" + store.schema)
        #expect(named.schema == store.schema)
        #expect(try named.eventCount() == 2)
        #expect(PostgresStore.splitSchema("postgres://u@h/db?schema=x&sslmode=disable") == ("postgres://u@h/db?sslmode=disable", "x"))
    }
}

final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    func set() { lock.withLock { flag = true } }
    var value: Bool { lock.withLock { flag } }
}
