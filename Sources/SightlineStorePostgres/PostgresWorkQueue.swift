import SightlineCore
import SightlineStore

/// Workers on the shared store: claims are row locks taken with `FOR NO KEY UPDATE SKIP LOCKED`
/// in the transaction that saves the batch's results, so a claim lasts exactly as long as the
/// work it covers. (`NO KEY`: the classification rows' foreign keys, which lock their event
/// `FOR KEY SHARE`, do not wait for it.)
extension PostgresStore: WorkQueue {
    /// The application name worker processes connect with (`workQueueStatus` counts them).
    public static let workerApplicationName = "sightline-worker"

    public func classifyClaimed(
        after: Int64, limit: Int, leaseSeconds: Int, _ work: ([ClaimedEvent]) throws -> ClassifiedBatch
    ) throws -> [Int64] {
        try locked { db in
            try db.transaction {
                // The lease: a worker that holds its claim this long without a word to the server
                // (stopped, swapped out, stuck) loses its session, and the batch goes back.
                try db.execute("SET LOCAL idle_in_transaction_session_timeout = \(max(1, leaseSeconds) * 1000)")
                let claimed = try db.execute(
                    """
                    SELECT e.seq FROM events e
                    WHERE e.seq > $1 AND NOT EXISTS (SELECT 1 FROM classifications c WHERE c.seq = e.seq)
                    ORDER BY e.seq LIMIT $2 FOR NO KEY UPDATE OF e SKIP LOCKED
                    """, [.int(after), .int(Int64(limit))]
                ).rows.compactMap { $0[0].flatMap { Int64($0) } }
                guard !claimed.isEmpty else { return [] }
                // Read again under the claim, in a statement of its own and so with a fresh
                // snapshot: an event whose worker committed after the claiming statement's
                // snapshot was taken (and so released its lock) is classified, and is left out.
                let events = try db.execute(
                    """
                    SELECT e.seq, e.account, e.time, e.prompt, e.response FROM events e
                    WHERE e.seq = ANY($1::bigint[]) AND NOT EXISTS (SELECT 1 FROM classifications c WHERE c.seq = e.seq)
                    ORDER BY e.seq
                    """, [.text("{" + claimed.map(String.init).joined(separator: ",") + "}")]
                ).rows.map { r in
                    ClaimedEvent(seq: Int64(r[0] ?? "") ?? 0, account: r[1] ?? "", time: Int64(r[2] ?? "") ?? 0, prompt: r[3] ?? "", response: r[4])
                }
                guard !events.isEmpty else { return claimed }
                let batch = try work(events)
                let byEvent = Dictionary(uniqueKeysWithValues: events.map { ($0.seq, $0) })
                guard batch.classifications.allSatisfy({ byEvent[$0.seq] != nil }) else {
                    throw StoreError(.writeFailed, "a worker returned a classification for an event it did not claim")
                }
                // Only what this transaction inserted counts in the activity.
                let written = Set(try Self.insertClassifications(batch.classifications, replacing: false, db))
                try Self.insertSignatures(batch.signatures.filter { byEvent[$0.seq] != nil }, db)
                var activity: [String: AccountActivity] = [:]
                for (seq, c) in batch.classifications where written.contains(seq) {
                    let e = byEvent[seq]!
                    var a = activity[e.account] ?? AccountActivity(account: e.account, events: 0, flagged: 0, firstTime: e.time, lastTime: e.time, maxScore: 0)
                    a.events += 1
                    if c.category != .benign { a.flagged += 1 }
                    a.firstTime = min(a.firstTime, e.time)
                    a.lastTime = max(a.lastTime, e.time)
                    a.maxScore = max(a.maxScore, c.score)
                    activity[e.account] = a
                }
                // In byte order, the same for every worker, so two workers updating the same
                // accounts wait for each other instead of deadlocking.
                let rows = activity.values.sorted { $0.account.utf8.lexicographicallyPrecedes($1.account.utf8) }
                for start in stride(from: 0, to: rows.count, by: Self.rowsPerInsert) {
                    let chunk = rows[start..<min(rows.count, start + Self.rowsPerInsert)]
                    var params: [PGValue] = []
                    for a in chunk { params += [.text(a.account), .int(Int64(a.events)), .int(Int64(a.flagged)), .int(a.firstTime), .int(a.lastTime), .double(a.maxScore)] }
                    try db.execute(
                        "INSERT INTO account_activity (account, events, flagged, first_time, last_time, max_score) VALUES "
                            + Self.placeholders(rows: chunk.count, columns: 6)
                            + """
                             ON CONFLICT (account) DO UPDATE SET events = account_activity.events + excluded.events,
                                flagged = account_activity.flagged + excluded.flagged,
                                first_time = least(account_activity.first_time, excluded.first_time),
                                last_time = greatest(account_activity.last_time, excluded.last_time),
                                max_score = greatest(account_activity.max_score, excluded.max_score)
                            """, params)
                }
                return claimed
            }
        }
    }

    /// Forgets every classification, prompt signature and account activity (and the vectors,
    /// which were made for classified events), so that the per-event stages run again over the
    /// whole store: after a policy or model change, and for the workers' benchmark.
    public func forgetPerEventWork() throws {
        try locked { db in try db.execute("TRUNCATE vectors, classifications, prompt_signatures, account_activity") }
    }

    public func hasUnclassifiedEvents() throws -> Bool {
        try locked { db in
            try db.execute("SELECT EXISTS (SELECT 1 FROM events e WHERE NOT EXISTS (SELECT 1 FROM classifications c WHERE c.seq = e.seq))")[0, 0] == "t"
        }
    }

    static func activity(_ r: [String?]) -> AccountActivity {
        AccountActivity(
            account: r[0] ?? "", events: Int(r[1] ?? "") ?? 0, flagged: Int(r[2] ?? "") ?? 0, firstTime: Int64(r[3] ?? "") ?? 0,
            lastTime: Int64(r[4] ?? "") ?? 0, maxScore: Double(r[5] ?? "") ?? 0)
    }

    public func accountActivity(account: String) throws -> AccountActivity? {
        try locked { db in
            try db.execute(
                "SELECT account, events, flagged, first_time, last_time, max_score FROM account_activity WHERE account = $1", [.text(account)]
            ).rows.first.map(Self.activity)
        }
    }

    public func allAccountActivity() throws -> [AccountActivity] {
        try locked { db in
            try db.execute("SELECT account, events, flagged, first_time, last_time, max_score FROM account_activity").rows.map(Self.activity)
        }.sorted { $0.account.utf8.lexicographicallyPrecedes($1.account.utf8) }
    }

    public func workQueueStatus() throws -> WorkQueueStatus {
        try locked { db in
            let r = try db.execute(
                """
                SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM classifications),
                    (SELECT coalesce(sum(events), 0) FROM account_activity), (SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1)
                """, [.text(Self.workerApplicationName)])
            return WorkQueueStatus(
                events: Int(r[0, 0] ?? "") ?? 0, classified: Int(r[0, 1] ?? "") ?? 0, counted: Int(r[0, 2] ?? "") ?? 0, workers: Int(r[0, 3] ?? "") ?? 0)
        }
    }
}
