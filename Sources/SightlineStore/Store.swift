import SightlineCore

/// Where Sightline keeps its data. Implementations: `MemoryStore` (tests, pure runs),
/// `SQLiteStore` (SightlineStoreSQLite, the embedded default) and `PostgresStore`
/// (SightlineStorePostgres, shared). Every one passes `StoreConformance` (SightlineStoreTesting),
/// which checks each requirement below.
///
/// Writes are batched: one call is one transaction, so a crash loses at most the batch in flight,
/// and re-running the same input completes it (inserts are idempotent on `id`). A write that
/// fails changes nothing. Lists of text come back sorted byte-wise (by Unicode scalar), whatever
/// a database's collation.
public protocol Store: Sendable {
    // MARK: ingest

    /// Stores the events and sets aside the quarantined lines in one transaction. Returns, per
    /// event, true when it was stored and false when an event with its id already existed
    /// (earlier in the store or earlier in the same batch). Each stored event gets a `seq`
    /// greater than every earlier one's (gaps allowed); its account facts update the account's
    /// (`accountInfo(account:)`), a rejected duplicate's do not.
    func ingest(events: [UsageEvent], quarantined: [QuarantinedLine]) throws -> [Bool]
    /// The same for external observations.
    func ingest(observations: [Observation], quarantined: [QuarantinedLine]) throws -> [Bool]
    /// Runs a bulk load (many `ingest` calls) and returns what `body` returns, or rethrows its
    /// error. Stores may tune themselves for it; the guarantees of `ingest` hold inside as outside.
    func bulkLoad<T>(_ body: () throws -> T) throws -> T
    /// Lines set aside, in source, line, then kind order. One entry per (kind, source, line):
    /// setting the same line aside again replaces the entry, so re-running a file does not pile up
    /// copies.
    func quarantinedLines() throws -> [QuarantinedLine]
    /// The number of entries `quarantinedLines()` would return.
    func quarantineCount() throws -> Int

    // MARK: events, observations, accounts

    func eventCount() throws -> Int
    /// The event with this id, as ingested but without account facts (`accountInfo(account:)`
    /// keeps those per account).
    func event(id: String) throws -> UsageEvent?
    /// The events of one account, by time then id, as `event(id:)` returns them.
    func events(account: String) throws -> [UsageEvent]
    func observationCount() throws -> Int
    func observation(id: String) throws -> Observation?
    /// Every observation, by time then id.
    func allObservations() throws -> [Observation]
    /// The account facts from the account's latest event (by event time; of equal times, the
    /// later ingested) that carried any.
    func accountInfo(account: String) throws -> AccountInfo?
    /// `accountInfo(account:)` of every account that has any.
    func allAccountInfo() throws -> [String: AccountInfo]
    /// Number of distinct accounts with at least one event.
    func accountCount() throws -> Int
    /// The distinct accounts with at least one event from this organization, sorted. It may scan
    /// every event (no index slows ingest for it): it serves enforcement on an organization, not a
    /// request path.
    func accounts(organization: String) throws -> [String]

    // MARK: analysis

    /// Up to `limit` events after `seq` that are not classified yet, by seq.
    func unclassifiedEvents(after seq: Int64, limit: Int) throws -> [(seq: Int64, prompt: String, response: String?)]
    /// Stores classifications by event seq, replacing any earlier one of the same event.
    func saveClassifications(_ items: [(seq: Int64, classification: EventClassification)]) throws
    /// The seq just below the first event not classified yet, or the highest classified seq when
    /// every event is (0 when none is). Classifying resumes after it. Not simply the highest
    /// classified seq: on a shared store a later seq can commit before an earlier one, and that
    /// earlier one must not be skipped.
    func lastClassifiedSeq() throws -> Int64
    /// Every classified event, in ingestion order (by seq), as analysis reads it: without user
    /// agent, raw line or account facts, and, for benign events, also without id, prompt
    /// (empty), response, per-category scores and signals. Analysis reads none of these for
    /// benign events, and their text is most of what a million events would otherwise hold.
    func analysisEvents() throws -> [AnalysisEvent]
    /// The same, for the events of these accounts only (reports and casework read a few networks'
    /// members, not the whole store).
    func analysisEvents(accounts: [String]) throws -> [AnalysisEvent]
    /// Up to `limit` prompts of flagged (not benign) events of these accounts, by seq (the
    /// console's sample).
    func flaggedPrompts(accounts: [String], limit: Int) throws -> [String]
    /// The classified events with these seqs, whole (the text of benign events too), by seq;
    /// seqs of no classified event are left out. For a few thousand at a time: the semantic tier's
    /// prompts, `similar`'s results.
    func classifiedEvents(seqs: [Int64]) throws -> [AnalysisEvent]

    // MARK: the semantic tier's vectors

    /// Stores the sentence vectors of encoded events, replacing an earlier one of the same event.
    func saveVectors(_ items: [(seq: Int64, vector: [Float])]) throws
    /// The seqs of the events with a stored vector, ascending.
    func vectorSeqs() throws -> [Int64]
    /// Every stored vector, by seq.
    func allVectors() throws -> [(seq: Int64, vector: [Float])]

    // MARK: prompt signatures (near-duplicates across every prompt)

    /// Up to `limit` events after `seq` with no stored prompt signature yet, by seq, with their
    /// prompts.
    func eventsWithoutSignature(after seq: Int64, limit: Int) throws -> [(seq: Int64, prompt: String)]
    /// Stores prompt signatures by event seq (empty for a prompt too short to sign, so that it is
    /// not read again), replacing an earlier one of the same event. A seq of no stored event
    /// throws and keeps nothing of the batch.
    func saveSignatures(_ items: [(seq: Int64, signature: [UInt16], length: Int)]) throws
    /// Every non-empty stored signature, by seq.
    func allSignatures() throws -> PromptSignatures

    /// Replaces the networks of the previous analysis with these, in this order. Ids must be
    /// unique: a repeated id throws, and the previous networks stay.
    func saveNetworks(_ networks: [StoredNetwork]) throws
    /// The networks of the latest analysis, in the order they were saved.
    func savedNetworks() throws -> [StoredNetwork]
    /// The network of the latest analysis with this id, if any.
    func network(id: String) throws -> StoredNetwork?
    /// The number of networks of the latest analysis.
    func networkCount() throws -> Int
    /// The ids of the latest analysis's networks that have this account as a member, in saved order.
    func networkIDs(containing account: String) throws -> [String]

    // MARK: entities (what the console pivots on; `analyze` rewrites them each run)

    /// Replaces every entity use with these.
    func saveEntityUses(_ uses: [EntityUse]) throws
    /// The accounts using this value, byte-wise by account.
    func entityUses(kind: EntityKind, value: String) throws -> [EntityUse]
    /// The values this account uses, by kind then value (byte-wise).
    func entityUses(account: String) throws -> [EntityUse]
    /// The values this account uses, each with how many accounts use it, by kind then value
    /// (byte-wise): one query, where looking each value up would be one per value.
    func entitySharing(account: String) throws -> [EntityMatch]
    /// Values beginning with `prefix`, of any kind: the most accounts first, then by kind and
    /// value; at most `limit`.
    func searchEntities(prefix: String, limit: Int) throws -> [EntityMatch]
    /// Stored prompts containing `text`, ignoring case (`PromptMatch.contains`): the most
    /// recently stored first, at most `limit`.
    func searchPrompts(containing text: String, limit: Int) throws -> [PromptMatch]
    /// Adds up to `limit` more stored prompts to the store's full-text index, if it keeps one,
    /// and says how many it added (0 when it is up to date or keeps none). Searching works
    /// without it; the index only makes it fast.
    func indexPrompts(limit: Int) throws -> Int

    // MARK: casework

    /// Every case, by network id.
    func cases() throws -> [Case]
    /// The case of this network, if one was opened.
    func caseFor(network id: String) throws -> Case?
    /// Creates or updates the case of `c.networkID`: its status, verdict, lead source and update
    /// time become `c`'s. Notes are append-only, since an analyst's note must never vanish: the
    /// notes of `c` that the stored case lacks are appended, in `c`'s order (`CaseNotes.unsaved`
    /// says which), and a stored note is never removed or rewritten. So a caller that read the
    /// case before another added a note, and saves its copy with a note of its own, keeps both;
    /// an edited note is stored as a new one, the original stays.
    func saveCase(_ c: Case) throws
    /// Every enforcement action, in the order they were taken (by id).
    func enforcementActions() throws -> [EnforcementAction]
    /// The actions taken on one target (reversals included), by id.
    func enforcementActions(targetKind: TargetKind, target: String) throws -> [EnforcementAction]
    /// Appends an action and returns it with its `id`, assigned here and greater than every earlier
    /// action's. A reversal must name an existing action (`reverses`), or it throws.
    func addEnforcement(_ a: EnforcementAction) throws -> EnforcementAction
    /// The audit log, in the order entries were added (by id, not by their time).
    func auditLog() throws -> [AuditEntry]
    /// Appends an entry (its id is assigned here). Entries are never changed or removed.
    func addAudit(actor: String, action: String, subject: String, detail: String, time: Int64) throws
    /// The fingerprints of actioned networks, by network id, kind, then value.
    func fingerprints() throws -> [Fingerprint]
    /// Adds fingerprints; one already kept (same network, kind and value) is not added twice.
    func addFingerprints(_ f: [Fingerprint]) throws

    // MARK: API tokens and console sessions (only SHA-256 hashes of their secrets are stored)

    /// Adds a token and returns its id, greater than every earlier token's. A hash already stored
    /// throws, and the stored token keeps its role.
    @discardableResult
    func addToken(hash: String, role: String, name: String, created: Int64) throws -> Int64
    /// The token with this hash, revoked or not.
    func token(hash: String) throws -> StoredToken?
    /// The token with this id, revoked or not.
    func token(id: Int64) throws -> StoredToken?
    /// Every token, revoked ones too, by id.
    func tokens() throws -> [StoredToken]
    func tokenCount() throws -> Int
    /// Records a use of the token at `time`; an earlier time than the one kept changes nothing.
    func markTokenUsed(id: Int64, time: Int64) throws
    /// Revokes the token and every session signed in with it, in one transaction. Returns false,
    /// changing nothing, when there is no such token or it is revoked already (the first time stays).
    func revokeToken(id: Int64, time: Int64) throws -> Bool
    /// Adds a console session signed in with the token `tokenID` (which must exist, or it throws);
    /// `lastSeen` starts at `created`. A hash already stored throws.
    func addSession(hash: String, tokenID: Int64, created: Int64, expires: Int64) throws
    /// The session with this hash, expired or revoked or not.
    func session(hash: String) throws -> StoredSession?
    /// Records activity on the session at `time`; an earlier time than the one kept changes nothing.
    func touchSession(hash: String, time: Int64) throws
    /// Revokes one session (signing out). Returns false, changing nothing, when there is no such
    /// session or it is revoked already.
    func revokeSession(hash: String, time: Int64) throws -> Bool
}

extension Store {
    public func bulkLoad<T>(_ body: () throws -> T) throws -> T { try body() }
}

/// A network of the latest analysis as the store keeps it: the JSON document that analysis wrote,
/// opaque to the store, with the id and member accounts it is looked up by.
public struct StoredNetwork: Sendable, Equatable {
    public var id: String
    public var accounts: [String]
    public var json: String

    public init(id: String, accounts: [String], json: String) {
        self.id = id
        self.accounts = accounts
        self.json = json
    }
}

/// A store failure a user can act on. `description` never includes stored data.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public enum Code: String, Sendable { case cannotOpen, unsupported, corrupt, writeFailed }
    public var code: Code
    public var message: String
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
    public var description: String { message }
}
