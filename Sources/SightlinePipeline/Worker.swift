import Foundation
import SightlineDetection
import SightlineStore

/// Runs the per-event stages on a shared store beside other workers (`sightline worker`): claims
/// batches of unclassified events, classifies and signs them, and saves them with the account
/// activity they add (see `WorkQueue`). `analyze` then finds them classified, and links.
public struct Worker: Sendable {
    public let queue: any WorkQueue
    public let classifier: Classifier
    public var batchSize = 2_000
    /// How long a claim may go without the worker talking to the server before the server takes
    /// it back. A batch takes well under a second to classify; the lease covers a stalled worker.
    public var leaseSeconds = 60

    public init(queue: any WorkQueue, classifier: Classifier) {
        self.queue = queue
        self.classifier = classifier
    }

    /// Classifies batches until none is left to claim: claims move forward by seq, then one
    /// sweep from the start picks up batches that dead workers gave back. Events other workers
    /// hold are theirs. Returns the events this worker classified.
    public func drain(progress: ((Int) -> Void)? = nil) throws -> Int {
        var after = try queue.lastClassifiedSeq()
        var swept = after == 0
        var total = 0
        while true {
            var done = 0
            let claimed = try queue.classifyClaimed(after: after, limit: batchSize, leaseSeconds: leaseSeconds) { events in
                done = events.count
                return Analyzer.perEventStages(events.map { ($0.seq, $0.prompt, $0.response) }, classifier: classifier)
            }
            if let last = claimed.last {
                after = last
                total += done
                progress?(total)
            } else if !swept {
                after = 0
                swept = true
            } else {
                return total
            }
        }
    }

    /// Drains the queue, then waits for what other workers hold: returns when every event is
    /// classified (`untilEmpty`), or keeps polling for new events every `pollSeconds`.
    public func run(untilEmpty: Bool, pollSeconds: Double, progress: ((Int) -> Void)? = nil) throws -> Int {
        var total = 0
        while true {
            total += try drain { progress?(total + $0) }
            if untilEmpty, !(try queue.hasUnclassifiedEvents()) { return total }
            Thread.sleep(forTimeInterval: pollSeconds)
        }
    }
}
