import SightlineCore

/// An unclassified event as a worker needs it: the per-event stages read its prompt and response,
/// and the account activity its account and time.
public struct ClaimedEvent: Sendable {
    public var seq: Int64
    public var account: String
    public var time: Int64
    public var prompt: String
    public var response: String?

    public init(seq: Int64, account: String, time: Int64, prompt: String, response: String?) {
        self.seq = seq
        self.account = account
        self.time = time
        self.prompt = prompt
        self.response = response
    }
}

/// What the per-event stages make of a claimed batch.
public struct ClassifiedBatch: Sendable {
    public var classifications: [(seq: Int64, classification: EventClassification)]
    public var signatures: [(seq: Int64, signature: [UInt16], length: Int)]

    public init(classifications: [(seq: Int64, classification: EventClassification)], signatures: [(seq: Int64, signature: [UInt16], length: Int)]) {
        self.classifications = classifications
        self.signatures = signatures
    }
}

/// One account's activity as the per-event stages saw it when they first classified its events
/// (the fast tier: the semantic tier's later judgements do not change these counts).
public struct AccountActivity: Sendable, Equatable {
    public var account: String
    public var events: Int
    /// Events the fast tier classified as a threat category.
    public var flagged: Int
    public var firstTime: Int64
    public var lastTime: Int64
    public var maxScore: Double

    public init(account: String, events: Int, flagged: Int, firstTime: Int64, lastTime: Int64, maxScore: Double) {
        self.account = account
        self.events = events
        self.flagged = flagged
        self.firstTime = firstTime
        self.lastTime = lastTime
        self.maxScore = maxScore
    }
}

/// How much per-event work a shared store has left.
public struct WorkQueueStatus: Sendable, Equatable {
    public var events: Int
    public var classified: Int
    /// Events counted in their accounts' activity: equal to `classified` when each event was
    /// counted exactly once.
    public var counted: Int
    /// Worker processes connected to the store.
    public var workers: Int

    public init(events: Int, classified: Int, counted: Int, workers: Int) {
        self.events = events
        self.classified = classified
        self.counted = counted
        self.workers = workers
    }

    public var waiting: Int { events - classified }
}

/// A store that several processes classify at once (PostgreSQL). A worker claims a batch of
/// unclassified events, locking them so that other workers skip them, and its results (the
/// classifications, the prompt signatures and the account activity they add) commit in the same
/// transaction as the claim, or not at all. A worker that dies gives its batch back when its
/// connection closes; one that stalls longer than its lease loses its connection and its batch.
/// So each event is classified, and counted in its account's activity, exactly once.
public protocol WorkQueue: Store {
    /// Claims up to `limit` unclassified events with seq above `after`, skipping those other
    /// workers hold, runs `work` over them and saves what it returns with the claim. Returns the
    /// events claimed (by seq; none when every unclassified event above `after` is held by
    /// someone else or there is none).
    func classifyClaimed(after: Int64, limit: Int, leaseSeconds: Int, _ work: ([ClaimedEvent]) throws -> ClassifiedBatch) throws -> [Int64]
    /// Whether any event is not classified yet, held by a worker or not.
    func hasUnclassifiedEvents() throws -> Bool
    func accountActivity(account: String) throws -> AccountActivity?
    func allAccountActivity() throws -> [AccountActivity]
    func workQueueStatus() throws -> WorkQueueStatus
}
