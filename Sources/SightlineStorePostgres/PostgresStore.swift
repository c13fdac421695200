import Foundation
import SightlineCore
import SightlineStore

/// The shared store: PostgreSQL through libpq (Debian's libpq-dev). The `Store` protocol is
/// synchronous, and libpq's blocking calls fit it without bridging to an event loop. A store
/// object keeps a small pool of connections (one by default; the server opens several, so that
/// one slow request does not hold up the others), and several processes (ingesters, workers,
/// analysts, the server) can share one database.
///
/// Tables live in `schema` (created if missing). Text cannot hold NUL in PostgreSQL, so a NUL
/// character in an event's text is stored as U+FFFD; the raw line keeps the original `\u0000`.
public final class PostgresStore: Store, @unchecked Sendable {
    // @unchecked: connections are only touched while borrowed from the pool.
    let pool: PostgresPool
    public let schema: String

    /// `schema`: where the tables live; default, the URL's `schema` parameter (which Sightline
    /// reads and libpq never sees), else `sightline`. `connections`: how many calls can run at
    /// once on this store object.
    public init(url given: String, schema named: String? = nil, connections: Int = 1) throws {
        let (url, inURL) = Self.splitSchema(given)
        let schema = named ?? inURL ?? "sightline"
        try Self.checkSchemaName(schema)
        self.schema = schema
        let safeName = StoreLocation.postgres(url: url).description
        // The schema is created before any pooled connection sets its search path to it.
        // The ingest's staging table (a temporary table) lives in a session's local buffers,
        // allocated only as it grows; the default 8 MB would send most of a batch to disk and back.
        func prepare(_ c: PostgresConnection) throws {
            try c.execute("SET search_path TO \(schema)")
            try c.execute("SET temp_buffers = '256MB'")
        }
        let first = try PostgresConnection(url: url, safeName: safeName)
        try first.execute("CREATE SCHEMA IF NOT EXISTS \(schema)")
        try prepare(first)
        pool = PostgresPool(first: first, limit: max(1, connections)) {
            let c = try PostgresConnection(url: url, safeName: safeName)
            try prepare(c)
            return c
        }
        try migrate()
    }

    /// The URL without its `schema` parameter, and that parameter's value.
    static func splitSchema(_ url: String) -> (url: String, schema: String?) {
        guard var c = URLComponents(string: url), let items = c.queryItems, let item = items.first(where: { $0.name == "schema" }) else {
            return (url, nil)
        }
        let rest = items.filter { $0.name != "schema" }
        c.queryItems = rest.isEmpty ? nil : rest
        return (c.string ?? url, item.value ?? "")
    }

    /// Schema names go into SQL text, so they are limited to what needs no quoting.
    static func checkSchemaName(_ schema: String) throws {
        guard schema.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }), !schema.isEmpty else {
            throw StoreError(.cannotOpen, "a PostgreSQL schema name takes lower-case letters, digits and underscores only")
        }
    }

    /// Drops `schema` and everything in it, if it exists (scratch schemas of tests and benchmarks).
    public static func dropSchema(url: String, schema: String) throws {
        try checkSchemaName(schema)
        try PostgresConnection(url: url, safeName: StoreLocation.postgres(url: url).description).execute("DROP SCHEMA IF EXISTS \(schema) CASCADE")
    }

    /// Runs `body` on a connection of the pool, waiting for one to be free.
    @discardableResult
    func locked<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try pool.with(body)
    }

    /// Named, append-only migrations, applied under an advisory lock so that two processes
    /// opening a new database do not race.
    static let migrations: [(String, String)] = [
        ("v1-ingest", """
            CREATE TABLE events (
                seq BIGSERIAL PRIMARY KEY,
                id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
                time BIGINT NOT NULL,
                account TEXT NOT NULL CHECK (length(account) > 0),
                organization TEXT, conversation TEXT,
                channel TEXT CHECK (channel IN ('chat', 'api')),
                model TEXT, prompt TEXT NOT NULL, response TEXT, refused BOOLEAN, ip TEXT, asn BIGINT, country TEXT,
                anonymizer TEXT, user_agent TEXT, device TEXT, timezone TEXT, locale TEXT, raw TEXT
            );
            CREATE INDEX events_account ON events (account, time);
            CREATE TABLE accounts (
                account TEXT PRIMARY KEY, info_time BIGINT NOT NULL, email TEXT, email_domain TEXT,
                phone_country TEXT, payment TEXT, created BIGINT, plan TEXT
            );
            CREATE TABLE observations (
                id TEXT PRIMARY KEY, time BIGINT NOT NULL, platform TEXT NOT NULL, url TEXT, author TEXT,
                community TEXT, language TEXT, text TEXT NOT NULL, views BIGINT, likes BIGINT, shares BIGINT,
                replies BIGINT, followers BIGINT, authentic_engagement BOOLEAN, reposted_by TEXT NOT NULL DEFAULT '[]',
                amplified_by_public_figure BOOLEAN, policy_response BOOLEAN, calls_for_violence BOOLEAN, raw TEXT
            );
            CREATE TABLE quarantine (
                kind TEXT NOT NULL CHECK (kind IN ('event', 'observation')), source TEXT NOT NULL, line BIGINT NOT NULL,
                reason TEXT NOT NULL, raw BYTEA NOT NULL, PRIMARY KEY (kind, source, line)
            );
            """),
        ("v2-analysis", """
            CREATE TABLE classifications (
                seq BIGINT PRIMARY KEY REFERENCES events(seq), category TEXT NOT NULL,
                score DOUBLE PRECISION NOT NULL CHECK (score BETWEEN 0 AND 1), scores TEXT NOT NULL,
                prompt_language TEXT NOT NULL, response_language TEXT, signals TEXT NOT NULL
            );
            CREATE TABLE networks (position INTEGER NOT NULL, id TEXT PRIMARY KEY, accounts TEXT NOT NULL, body TEXT NOT NULL);
            """),
        ("v3-casework", """
            CREATE TABLE cases (
                network_id TEXT PRIMARY KEY,
                status TEXT NOT NULL CHECK (status IN ('new', 'investigating', 'actioned', 'closed', 'dismissed')),
                verdict TEXT, verdict_reason TEXT, lead_source TEXT NOT NULL, updated BIGINT NOT NULL
            );
            CREATE TABLE case_notes (
                id BIGSERIAL PRIMARY KEY, network_id TEXT NOT NULL REFERENCES cases(network_id), time BIGINT NOT NULL,
                author TEXT NOT NULL, text TEXT NOT NULL
            );
            CREATE TABLE enforcement (
                id BIGSERIAL PRIMARY KEY, time BIGINT NOT NULL, actor TEXT NOT NULL,
                target_kind TEXT NOT NULL CHECK (target_kind IN ('account', 'network', 'organization')),
                target TEXT NOT NULL, accounts TEXT NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('ban', 'suspend', 'warn')), category TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (length(reason) > 0), reverses BIGINT REFERENCES enforcement(id)
            );
            CREATE TABLE audit (
                id BIGSERIAL PRIMARY KEY, time BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
                subject TEXT NOT NULL, detail TEXT NOT NULL
            );
            CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;
            CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
                FOR EACH ROW EXECUTE FUNCTION refuse_change('the audit log is append-only');
            CREATE TRIGGER enforcement_no_delete BEFORE DELETE ON enforcement
                FOR EACH ROW EXECUTE FUNCTION refuse_change('enforcement actions are never deleted; reverse them');
            CREATE TABLE fingerprints (network_id TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (network_id, kind, value));
            """),
        ("v4-tokens", """
            CREATE TABLE tokens (
                hash TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
                name TEXT NOT NULL, created BIGINT NOT NULL
            );
            """),
        ("v5-vectors", "CREATE TABLE vectors (seq BIGINT PRIMARY KEY REFERENCES events(seq), vector BYTEA NOT NULL);"),
        ("v6-signatures", "CREATE TABLE prompt_signatures (seq BIGINT PRIMARY KEY REFERENCES events(seq), signature BYTEA NOT NULL);"),
        // Tokens get an id (what `token revoke` and the audit log name them by), a last use and a
        // revocation; console sessions are kept by the hash of their cookie. Tokens are never
        // deleted (revoked instead): the audit log names them.
        ("v7-sessions", """
            ALTER TABLE tokens ADD COLUMN id BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE;
            ALTER TABLE tokens ADD COLUMN last_used BIGINT, ADD COLUMN revoked BIGINT;
            CREATE TRIGGER tokens_no_delete BEFORE DELETE ON tokens
                FOR EACH ROW EXECUTE FUNCTION refuse_change('tokens are never deleted; revoke them');
            CREATE TABLE sessions (
                hash TEXT PRIMARY KEY, token_id BIGINT NOT NULL REFERENCES tokens(id), created BIGINT NOT NULL,
                last_seen BIGINT NOT NULL, expires BIGINT NOT NULL, revoked BIGINT
            );
            CREATE INDEX sessions_by_token ON sessions (token_id);
            """),
        // Per-account activity, kept by whoever first classifies an event (workers, or analyze),
        // in the same transaction; filled here from what is classified already.
        ("v8-activity", """
            CREATE TABLE account_activity (
                account TEXT PRIMARY KEY, events BIGINT NOT NULL, flagged BIGINT NOT NULL,
                first_time BIGINT NOT NULL, last_time BIGINT NOT NULL, max_score DOUBLE PRECISION NOT NULL
            );
            INSERT INTO account_activity
                SELECT e.account, count(*), count(*) FILTER (WHERE c.category <> 'benign'), min(e.time), max(e.time), max(c.score)
                FROM events e JOIN classifications c ON c.seq = e.seq GROUP BY e.account;
            """),
        // What the console pivots on, rewritten by each analyze. Byte order (`COLLATE "C"`) for
        // values, as on SQLite, so a prefix search is a range over the index.
        ("v9-entities", """
            CREATE TABLE entity_uses (
                kind TEXT NOT NULL, value TEXT COLLATE "C" NOT NULL, account TEXT COLLATE "C" NOT NULL, events BIGINT NOT NULL,
                first_seen BIGINT NOT NULL, last_seen BIGINT NOT NULL, PRIMARY KEY (kind, value, account)
            );
            CREATE INDEX entity_uses_by_account ON entity_uses (account);
            CREATE INDEX entity_uses_by_value ON entity_uses (value);
            """),
    ]

    func migrate() throws {
        try locked { db in
            try db.transaction {
                try db.execute("SELECT pg_advisory_xact_lock(hashtext($1))", [.text("sightline-migrations:" + schema)])
                try db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY)")
                let done = Set(try db.execute("SELECT name FROM migrations").rows.compactMap { $0[0] })
                for (name, sql) in Self.migrations where !done.contains(name) {
                    try db.execute(sql)
                    try db.execute("INSERT INTO migrations (name) VALUES ($1)", [.text(name)])
                }
            }
        }
    }

    // MARK: ingest

    /// Rows per INSERT statement where rows go in as parameters (well under PostgreSQL's 65,535).
    static let rowsPerInsert = 1000

    /// `($1, $2), ($3, $4)` for rows × columns parameters.
    static func placeholders(rows: Int, columns: Int) -> String {
        (0..<rows).map { r in "(" + (1...columns).map { "$\(r * columns + $0)" }.joined(separator: ", ") + ")" }.joined(separator: ", ")
    }

    /// Where a batch of events is copied before it goes into `events`: a temporary table (this
    /// session's own, never written to the WAL) emptied at each commit.
    static let stagingSQL = """
        CREATE TEMP TABLE IF NOT EXISTS ingest_events (
            ord INTEGER NOT NULL, id TEXT NOT NULL, time BIGINT NOT NULL, account TEXT NOT NULL, organization TEXT,
            conversation TEXT, channel TEXT, model TEXT, prompt TEXT NOT NULL, response TEXT, refused BOOLEAN, ip TEXT,
            asn BIGINT, country TEXT, anonymizer TEXT, user_agent TEXT, device TEXT, timezone TEXT, locale TEXT, raw TEXT,
            has_info BOOLEAN NOT NULL, email TEXT, email_domain TEXT, phone_country TEXT, payment TEXT, created BIGINT, plan TEXT
        ) ON COMMIT DELETE ROWS
        """

    static let copyEventsSQL = """
        COPY ingest_events (ord, id, time, account, organization, conversation, channel, model, prompt, response, refused,
            ip, asn, country, anonymizer, user_agent, device, timezone, locale, raw,
            has_info, email, email_domain, phone_country, payment, created, plan) FROM STDIN
        """

    /// In input order, so seq follows the input. A row whose id is already stored (or earlier in
    /// the batch) inserts nothing; RETURNING names the ids that were inserted.
    static let insertStagedEventsSQL = """
        INSERT INTO events (\(eventColumns))
        SELECT \(eventColumns) FROM ingest_events ORDER BY ord
        ON CONFLICT (id) DO NOTHING RETURNING id
        """

    /// The account facts of the stored rows ($1, their `ord`s): the latest event's win, and of
    /// events at the same time the last in input order, as one upsert per event in order would.
    static let upsertStagedAccountsSQL = """
        INSERT INTO accounts (account, info_time, email, email_domain, phone_country, payment, created, plan)
        SELECT DISTINCT ON (account) account, time, email, email_domain, phone_country, payment, created, plan
        FROM ingest_events WHERE has_info AND ord = ANY($1::integer[])
        ORDER BY account, time DESC, ord DESC
        ON CONFLICT (account) DO UPDATE SET info_time = excluded.info_time, email = excluded.email,
            email_domain = excluded.email_domain, phone_country = excluded.phone_country,
            payment = excluded.payment, created = excluded.created, plan = excluded.plan
        WHERE excluded.info_time >= accounts.info_time
        """

    /// Copies the batch into the staging table (COPY, text format), then moves it into `events` in
    /// one statement, all in one transaction.
    public func ingest(events: [UsageEvent], quarantined: [QuarantinedLine]) throws -> [Bool] {
        try locked { db in
            try db.transaction {
                try insertQuarantined(quarantined, db)
                guard !events.isEmpty else { return [] }
                // A batch (tens of megabytes) is sorted by `ord` in memory rather than on disk, and
                // the staging table stays in this session's buffers (temp_buffers, set on opening).
                try db.execute("SET LOCAL work_mem = '256MB'")
                try db.execute(Self.stagingSQL)
                var next = 0
                try db.copyIn(Self.copyEventsSQL) { row in
                    guard next < events.count else { return false }
                    let e = events[next]
                    row.int(Int64(next))
                    row.text(e.id)
                    row.int(e.time)
                    row.text(e.account)
                    row.text(e.organization)
                    row.text(e.conversation)
                    row.text(e.channel?.rawValue)
                    row.text(e.model)
                    row.text(e.prompt)
                    row.text(e.response)
                    row.bool(e.refused)
                    row.text(e.ip)
                    row.int(e.asn)
                    row.text(e.country)
                    row.text(e.anonymizer?.rawValue)
                    row.text(e.userAgent)
                    row.text(e.device)
                    row.text(e.timezone)
                    row.text(e.locale)
                    row.text(e.raw)
                    let info = e.accountInfo
                    row.bool(info != nil)
                    row.text(info?.email)
                    row.text(info?.emailDomain)
                    row.text(info?.phoneCountry)
                    row.text(info?.payment)
                    row.int(info?.created)
                    row.text(info?.plan)
                    row.endRow()
                    next += 1
                    return true
                }
                // The first row of each inserted id is the one stored; later rows with it are duplicates.
                var inserted = Set(try db.execute(Self.insertStagedEventsSQL).rows.compactMap { $0[0] })
                var stored = [Bool](repeating: false, count: events.count)
                for (i, e) in events.enumerated() where inserted.remove(e.id) != nil { stored[i] = true }
                let withInfo = events.indices.filter { stored[$0] && events[$0].accountInfo != nil }
                if !withInfo.isEmpty {
                    try db.execute(Self.upsertStagedAccountsSQL, [.text("{" + withInfo.map(String.init).joined(separator: ",") + "}")])
                }
                return stored
            }
        }
    }

    public func ingest(observations: [Observation], quarantined: [QuarantinedLine]) throws -> [Bool] {
        try locked { db in
            try db.transaction {
                try insertQuarantined(quarantined, db)
                return try observations.map { o in
                    try db.execute(
                        """
                        INSERT INTO observations (id, time, platform, url, author, community, language, text, views, likes,
                            shares, replies, followers, authentic_engagement, reposted_by, amplified_by_public_figure,
                            policy_response, calls_for_violence, raw)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
                        ON CONFLICT (id) DO NOTHING
                        """,
                        [
                            .text(o.id), .int(o.time), .text(o.platform), .text(o.url), .text(o.author), .text(o.community),
                            .text(o.language), .text(o.text), .int(o.views), .int(o.likes),
                            .int(o.shares), .int(o.replies), .int(o.followers),
                            .bool(o.authenticEngagement), .text(JSONList.encode(o.repostedBy)), .bool(o.amplifiedByPublicFigure),
                            .bool(o.policyResponse), .bool(o.callsForViolence), .text(o.raw),
                        ]
                    ).changed == 1
                }
            }
        }
    }

    func insertQuarantined(_ lines: [QuarantinedLine], _ db: PostgresConnection) throws {
        for q in lines {
            try db.execute(
                """
                INSERT INTO quarantine (kind, source, line, reason, raw) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (kind, source, line) DO UPDATE SET reason = excluded.reason, raw = excluded.raw
                """, [.text(q.kind.rawValue), .text(q.source), .int(Int64(q.line)), .text(q.reason), .bytes(q.raw)])
        }
    }

    public func quarantinedLines() throws -> [QuarantinedLine] {
        try locked { db in
            try db.execute("SELECT kind, source, line, reason, raw FROM quarantine ORDER BY source COLLATE \"C\", line, kind").rows.map { r in
                QuarantinedLine(
                    kind: QuarantinedLine.Kind(rawValue: r[0] ?? "") ?? .event, source: r[1] ?? "", line: Int(r[2] ?? "") ?? 0,
                    reason: r[3] ?? "", raw: decodeByteaHex(r[4]))
            }
        }
    }

    // MARK: reads

    func count(_ sql: String, _ params: [PGValue] = []) throws -> Int {
        try locked { db in Int(try db.execute(sql, params)[0, 0] ?? "0") ?? 0 }
    }

    public func quarantineCount() throws -> Int { try count("SELECT count(*) FROM quarantine") }
    public func eventCount() throws -> Int { try count("SELECT count(*) FROM events") }
    public func observationCount() throws -> Int { try count("SELECT count(*) FROM observations") }
    public func accountCount() throws -> Int { try count("SELECT count(DISTINCT account) FROM events") }

    public func accounts(organization: String) throws -> [String] {
        // A scan of the events: an index on organization would slow every ingest for a query that
        // only enforcement on an organization makes. Byte order, as the other stores sort.
        try locked { db in
            try db.execute("SELECT account FROM events WHERE organization = $1 GROUP BY account ORDER BY account COLLATE \"C\"", [.text(organization)])
                .rows.compactMap { $0[0] }
        }
    }

    static let eventColumns = """
        id, time, account, organization, conversation, channel, model, prompt, response, refused, ip, asn,
        country, anonymizer, user_agent, device, timezone, locale, raw
        """

    static func event(_ r: [String?]) -> UsageEvent {
        UsageEvent(
            id: r[0] ?? "", time: Int64(r[1] ?? "") ?? 0, account: r[2] ?? "", prompt: r[7] ?? "", organization: r[3],
            conversation: r[4], channel: r[5].flatMap(UsageEvent.Channel.init(rawValue:)), model: r[6], response: r[8],
            refused: r[9].map { $0 == "t" }, ip: r[10], asn: r[11].flatMap { Int64($0) }, country: r[12],
            anonymizer: r[13].flatMap(UsageEvent.Anonymizer.init(rawValue:)), userAgent: r[14], device: r[15],
            timezone: r[16], locale: r[17], raw: r[18])
    }

    public func event(id: String) throws -> UsageEvent? {
        try locked { db in try db.execute("SELECT \(Self.eventColumns) FROM events WHERE id = $1", [.text(id)]).rows.first.map(Self.event) }
    }

    public func events(account: String) throws -> [UsageEvent] {
        try locked { db in
            try db.execute("SELECT \(Self.eventColumns) FROM events WHERE account = $1 ORDER BY time, id COLLATE \"C\"", [.text(account)]).rows.map(Self.event)
        }
    }

    static let observationColumns = """
        id, time, platform, url, author, community, language, text, views, likes, shares, replies, followers,
        authentic_engagement, reposted_by, amplified_by_public_figure, policy_response, calls_for_violence, raw
        """

    static func observation(_ r: [String?]) -> Observation {
        func int(_ s: String?) -> Int64? { s.flatMap { Int64($0) } }
        func bool(_ s: String?) -> Bool? { s.map { $0 == "t" } }
        return Observation(
            id: r[0] ?? "", time: Int64(r[1] ?? "") ?? 0, platform: r[2] ?? "", text: r[7] ?? "", url: r[3], author: r[4],
            community: r[5], language: r[6], views: int(r[8]), likes: int(r[9]), shares: int(r[10]), replies: int(r[11]),
            followers: int(r[12]), authenticEngagement: bool(r[13]), repostedBy: JSONList.decode(r[14] ?? "[]"),
            amplifiedByPublicFigure: bool(r[15]), policyResponse: bool(r[16]), callsForViolence: bool(r[17]), raw: r[18])
    }

    public func observation(id: String) throws -> Observation? {
        try locked { db in
            try db.execute("SELECT \(Self.observationColumns) FROM observations WHERE id = $1", [.text(id)]).rows.first.map(Self.observation)
        }
    }

    public func allObservations() throws -> [Observation] {
        try locked { db in try db.execute("SELECT \(Self.observationColumns) FROM observations ORDER BY time, id COLLATE \"C\"").rows.map(Self.observation) }
    }

    static func accountInfo(_ r: ArraySlice<String?>) -> AccountInfo {
        let r = Array(r)
        return AccountInfo(
            email: r[0], emailDomain: r[1], phoneCountry: r[2], payment: r[3], created: r[4].flatMap { Int64($0) }, plan: r[5])
    }

    public func accountInfo(account: String) throws -> AccountInfo? {
        try locked { db in
            try db.execute(
                "SELECT email, email_domain, phone_country, payment, created, plan FROM accounts WHERE account = $1", [.text(account)]
            ).rows.first.map { Self.accountInfo($0[...]) }
        }
    }

    public func allAccountInfo() throws -> [String: AccountInfo] {
        try locked { db in
            var out: [String: AccountInfo] = [:]
            for r in try db.execute("SELECT account, email, email_domain, phone_country, payment, created, plan FROM accounts").rows {
                out[r[0] ?? ""] = Self.accountInfo(r[1...])
            }
            return out
        }
    }

    // MARK: analysis

    public func unclassifiedEvents(after seq: Int64, limit: Int) throws -> [(seq: Int64, prompt: String, response: String?)] {
        try locked { db in
            try db.execute(
                """
                SELECT e.seq, e.prompt, e.response FROM events e
                WHERE e.seq > $1 AND NOT EXISTS (SELECT 1 FROM classifications c WHERE c.seq = e.seq)
                ORDER BY e.seq LIMIT $2
                """, [.int(seq), .int(Int64(limit))]
            ).rows.map { (Int64($0[0] ?? "") ?? 0, $0[1] ?? "", $0[2]) }
        }
    }

    public func saveClassifications(_ items: [(seq: Int64, classification: EventClassification)]) throws {
        try locked { db in try db.transaction { _ = try Self.insertClassifications(items, replacing: true, db) } }
    }

    /// Inserts classifications; with `replacing`, one already stored for an event is replaced,
    /// without, it stays. Returns the seqs written.
    static func insertClassifications(
        _ items: [(seq: Int64, classification: EventClassification)], replacing: Bool, _ db: PostgresConnection
    ) throws -> [Int64] {
        var written: [Int64] = []
        for start in stride(from: 0, to: items.count, by: Self.rowsPerInsert) {
            let chunk = items[start..<min(items.count, start + Self.rowsPerInsert)]
            var sql = "INSERT INTO classifications (seq, category, score, scores, prompt_language, response_language, signals) VALUES "
            var params: [PGValue] = []
            params.reserveCapacity(chunk.count * 7)
            sql += Self.placeholders(rows: chunk.count, columns: 7)
            for item in chunk {
                let c = item.classification
                params += [
                    .int(item.seq), .text(c.category.rawValue), .double(c.score), .text(c.scores.map { String($0) }.joined(separator: ",")),
                    .text(c.promptLanguage), .text(c.responseLanguage), .text(JSONList.encode(c.signals)),
                ]
            }
            sql += replacing
                ? """
                 ON CONFLICT (seq) DO UPDATE SET category = excluded.category, score = excluded.score, scores = excluded.scores,
                    prompt_language = excluded.prompt_language, response_language = excluded.response_language, signals = excluded.signals
                """
                : " ON CONFLICT (seq) DO NOTHING"
            written += try db.execute(sql + " RETURNING seq", params).rows.compactMap { $0[0].flatMap { Int64($0) } }
        }
        return written
    }

    /// The highest seq below which every event is classified. Several processes can ingest into
    /// one database, so a later seq may commit before an earlier one; counting from the first
    /// unclassified event means none is skipped.
    public func lastClassifiedSeq() throws -> Int64 {
        try locked { db in
            let r = try db.execute(
                """
                SELECT coalesce(
                    (SELECT min(e.seq) - 1 FROM events e WHERE NOT EXISTS (SELECT 1 FROM classifications c WHERE c.seq = e.seq)),
                    (SELECT max(seq) FROM classifications), 0)
                """)
            return Int64(r[0, 0] ?? "0") ?? 0
        }
    }

    public func analysisEvents() throws -> [AnalysisEvent] {
        try analysisEvents(select: analysisEventsSelect, only: "", value: nil)
    }

    public func analysisEvents(accounts: [String]) throws -> [AnalysisEvent] {
        try analysisEvents(
            select: analysisEventsSelect, only: " AND e.account IN (SELECT json_array_elements_text($3::json))", value: JSONList.encode(accounts))
    }

    /// Classified events in pages by seq; `only` narrows them with the JSON parameter `$3`.
    func analysisEvents(select: String, only: String, value: String?) throws -> [AnalysisEvent] {
        try locked { db in
            // Repeated values share one copy. Read in pages by seq, so that libpq never holds
            // the whole table at once.
            let page = 50_000
            var out: [AnalysisEvent] = []
            if value == nil { out.reserveCapacity(Int(try db.execute("SELECT count(*) FROM classifications")[0, 0] ?? "0") ?? 0) }
            var shared = SharedValues()
            var last: Int64 = 0
            while true {
                var params: [PGValue] = [.int(last), .int(Int64(page))]
                if let value { params.append(.text(value)) }
                let rows = try db.execute(
                    select + " WHERE e.seq > $1" + only + " ORDER BY e.seq LIMIT $2", params
                ).rows
                for r in rows {
                    let scoreText = r[22] ?? ""
                    var c = EventClassification(
                        category: try Label.stored(r[20], "classification category"), score: Double(r[21] ?? "") ?? 0,
                        scores: scoreText.isEmpty ? [] : scoreText.split(separator: ",").map { Double($0) ?? 0 },
                        promptLanguage: r[23] ?? "und", responseLanguage: r[24], signals: JSONList.decode(r[25] ?? "[]"))
                    var e = Self.event(r)
                    shared.share(&e, &c)
                    out.append(AnalysisEvent(seq: Int64(r[19] ?? "") ?? 0, event: e, classification: c))
                }
                guard rows.count == page, let seq = out.last?.seq else { break }
                last = seq
            }
            return out
        }
    }

    public func flaggedPrompts(accounts: [String], limit: Int) throws -> [String] {
        try locked { db in
            try db.execute(
                """
                SELECT e.prompt FROM events e JOIN classifications c ON c.seq = e.seq
                WHERE c.category <> 'benign' AND e.account IN (SELECT json_array_elements_text($1::json))
                ORDER BY e.seq LIMIT $2
                """, [.text(JSONList.encode(accounts)), .int(Int64(limit))]
            ).rows.compactMap { $0[0] }
        }
    }

    public func classifiedEvents(seqs: [Int64]) throws -> [AnalysisEvent] {
        var out: [AnalysisEvent] = []
        let sorted = Set(seqs).sorted()
        for start in stride(from: 0, to: sorted.count, by: 10_000) {
            let part = sorted[start..<min(start + 10_000, sorted.count)]
            out += try analysisEvents(
                select: wholeEventsSelect, only: " AND e.seq IN (SELECT json_array_elements_text($3::json)::bigint)",
                value: "[" + part.map(String.init).joined(separator: ",") + "]")
        }
        return out
    }

    public func saveVectors(_ items: [(seq: Int64, vector: [Float])]) throws {
        try locked { db in
            try db.transaction {
                for start in stride(from: 0, to: items.count, by: Self.rowsPerInsert) {
                    let chunk = items[start..<min(items.count, start + Self.rowsPerInsert)]
                    var params: [PGValue] = []
                    for item in chunk { params += [.int(item.seq), .bytes(VectorBytes.encode(item.vector))] }
                    try db.execute(
                        "INSERT INTO vectors (seq, vector) VALUES " + Self.placeholders(rows: chunk.count, columns: 2)
                            + " ON CONFLICT (seq) DO UPDATE SET vector = excluded.vector", params)
                }
            }
        }
    }

    public func vectorSeqs() throws -> [Int64] {
        try locked { db in try db.execute("SELECT seq FROM vectors ORDER BY seq").rows.compactMap { $0[0].flatMap { Int64($0) } } }
    }

    public func allVectors() throws -> [(seq: Int64, vector: [Float])] {
        try locked { db in
            try db.execute("SELECT seq, vector FROM vectors ORDER BY seq").rows.map { row in
                guard let seq = row[0].flatMap({ Int64($0) }), let v = VectorBytes.decode(decodeByteaHex(row[1])) else {
                    throw StoreError(.corrupt, "a stored vector is damaged")
                }
                return (seq, v)
            }
        }
    }

    public func eventsWithoutSignature(after seq: Int64, limit: Int) throws -> [(seq: Int64, prompt: String)] {
        try locked { db in
            try db.execute(
                """
                SELECT e.seq, e.prompt FROM events e
                WHERE e.seq > $1 AND NOT EXISTS (SELECT 1 FROM prompt_signatures s WHERE s.seq = e.seq)
                ORDER BY e.seq LIMIT $2
                """, [.int(seq), .int(Int64(limit))]
            ).rows.map { (Int64($0[0] ?? "") ?? 0, $0[1] ?? "") }
        }
    }

    public func saveSignatures(_ items: [(seq: Int64, signature: [UInt16], length: Int)]) throws {
        try locked { db in try db.transaction { try Self.insertSignatures(items, db) } }
    }

    static func insertSignatures(_ items: [(seq: Int64, signature: [UInt16], length: Int)], _ db: PostgresConnection) throws {
        guard items.allSatisfy({ $0.signature.isEmpty || $0.signature.count == PromptSignatures.width }) else {
            throw StoreError(.writeFailed, "a signature has the wrong length")
        }
        for start in stride(from: 0, to: items.count, by: Self.rowsPerInsert) {
            let chunk = items[start..<min(items.count, start + Self.rowsPerInsert)]
            var params: [PGValue] = []
            for item in chunk { params += [.int(item.seq), .bytes(PromptSignatures.encode(item.signature, length: item.length))] }
            try db.execute(
                "INSERT INTO prompt_signatures (seq, signature) VALUES " + Self.placeholders(rows: chunk.count, columns: 2)
                    + " ON CONFLICT (seq) DO UPDATE SET signature = excluded.signature", params)
        }
    }

    public func allSignatures() throws -> PromptSignatures {
        try locked { db in
            var out = PromptSignatures()
            for row in try db.execute("SELECT seq, signature FROM prompt_signatures WHERE length(signature) > 0 ORDER BY seq").rows {
                guard let seq = row[0].flatMap({ Int64($0) }), let v = PromptSignatures.decode(decodeByteaHex(row[1])), !v.values.isEmpty else {
                    throw StoreError(.corrupt, "a stored prompt signature is damaged")
                }
                out.append(seq: seq, v.values, length: v.length)
            }
            return out
        }
    }

    public func saveNetworks(_ networks: [StoredNetwork]) throws {
        try locked { db in
            try db.transaction {
                try db.execute("DELETE FROM networks")
                for (i, n) in networks.enumerated() {
                    try db.execute(
                        "INSERT INTO networks (position, id, accounts, body) VALUES ($1, $2, $3, $4)",
                        [.int(Int64(i)), .text(n.id), .text(JSONList.encode(n.accounts)), .text(n.json)])
                }
            }
        }
    }

    public func savedNetworks() throws -> [StoredNetwork] {
        try locked { db in
            try db.execute("SELECT id, accounts, body FROM networks ORDER BY position").rows.map {
                StoredNetwork(id: $0[0] ?? "", accounts: JSONList.decode($0[1] ?? "[]"), json: $0[2] ?? "")
            }
        }
    }

    public func network(id: String) throws -> StoredNetwork? {
        try locked { db in
            try db.execute("SELECT id, accounts, body FROM networks WHERE id = $1", [.text(id)]).rows.first.map {
                StoredNetwork(id: $0[0] ?? "", accounts: JSONList.decode($0[1] ?? "[]"), json: $0[2] ?? "")
            }
        }
    }

    public func networkCount() throws -> Int { try count("SELECT count(*) FROM networks") }

    public func networkIDs(containing account: String) throws -> [String] {
        // Networks are few (tens to hundreds): a scan of their member lists beats keeping an index.
        try locked { db in
            try db.execute(
                "SELECT id FROM networks WHERE accounts::jsonb ? $1 ORDER BY position", [.text(account)]
            ).rows.compactMap { $0[0] }
        }
    }

    // MARK: entities

    public func saveEntityUses(_ uses: [EntityUse]) throws {
        try locked { db in
            try db.transaction {
                try db.execute("DELETE FROM entity_uses")
                for start in stride(from: 0, to: uses.count, by: Self.rowsPerInsert) {
                    let chunk = uses[start..<min(uses.count, start + Self.rowsPerInsert)]
                    var params: [PGValue] = []
                    for u in chunk { params += [.text(u.kind.rawValue), .text(u.value), .text(u.account), .int(Int64(u.events)), .int(u.firstSeen), .int(u.lastSeen)] }
                    try db.execute(
                        "INSERT INTO entity_uses (kind, value, account, events, first_seen, last_seen) VALUES " + Self.placeholders(rows: chunk.count, columns: 6),
                        params)
                }
            }
        }
    }

    static func entityUse(_ r: [String?]) -> EntityUse {
        EntityUse(
            kind: EntityKind(rawValue: r[0] ?? "") ?? .ip, value: r[1] ?? "", account: r[2] ?? "", events: Int(r[3] ?? "") ?? 0,
            firstSeen: Int64(r[4] ?? "") ?? 0, lastSeen: Int64(r[5] ?? "") ?? 0)
    }

    public func entityUses(kind: EntityKind, value: String) throws -> [EntityUse] {
        try locked { db in
            try db.execute(
                "SELECT kind, value, account, events, first_seen, last_seen FROM entity_uses WHERE kind = $1 AND value = $2 ORDER BY account",
                [.text(kind.rawValue), .text(value)]
            ).rows.map(Self.entityUse)
        }
    }

    public func entityUses(account: String) throws -> [EntityUse] {
        try locked { db in
            try db.execute(
                "SELECT kind, value, account, events, first_seen, last_seen FROM entity_uses WHERE account = $1 ORDER BY kind COLLATE \"C\", value",
                [.text(account)]
            ).rows.map(Self.entityUse)
        }
    }

    public func entitySharing(account: String) throws -> [EntityMatch] {
        try locked { db in
            try db.execute(
                """
                SELECT u.kind, u.value, count(*) FROM entity_uses u JOIN entity_uses o ON o.kind = u.kind AND o.value = u.value
                WHERE u.account = $1 GROUP BY u.kind, u.value ORDER BY u.kind COLLATE "C", u.value COLLATE "C"
                """,
                [.text(account)]
            ).rows.map { EntityMatch(kind: EntityKind(rawValue: $0[0] ?? "") ?? .ip, value: $0[1] ?? "", accounts: Int($0[2] ?? "") ?? 0) }
        }
    }

    public func searchEntities(prefix: String, limit: Int) throws -> [EntityMatch] {
        try locked { db in
            try db.execute(
                """
                SELECT kind, value, count(*) AS n FROM entity_uses WHERE value >= $1 AND value < $2
                GROUP BY kind, value ORDER BY n DESC, kind COLLATE "C", value LIMIT $3
                """, [.text(prefix), .text(prefix + "\u{10FFFF}"), .int(Int64(limit))]
            ).rows.map { EntityMatch(kind: EntityKind(rawValue: $0[0] ?? "") ?? .ip, value: $0[1] ?? "", accounts: Int($0[2] ?? "") ?? 0) }
        }
    }

    public func searchPrompts(containing text: String, limit: Int) throws -> [PromptMatch] {
        guard !text.isEmpty, limit > 0 else { return [] }
        // ILIKE narrows (with LIKE's wildcards escaped), through the trigram index once
        // `indexPrompts` has made it; `PromptMatch.contains` decides, as in every store.
        let pattern = "%" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_") + "%"
        return try locked { db in
            try db.execute(
                "SELECT \(Self.eventColumns), seq FROM events WHERE prompt ILIKE $1 ORDER BY seq DESC LIMIT $2",
                [.text(pattern), .int(Int64(limit) * 2)]
            ).rows.compactMap { r -> PromptMatch? in
                let e = Self.event(r)
                return PromptMatch.contains(e.prompt, text) ? PromptMatch(seq: Int64(r[19] ?? "") ?? 0, event: e) : nil
            }.prefix(limit).map { $0 }
        }
    }

    /// The prompt search's index: a trigram GIN index on `events.prompt` (`pg_trgm`, shipped with
    /// PostgreSQL), which `ILIKE '%…%'` uses. It is made once, when `serve` first asks (so ingest
    /// does not pay for it before anyone searches), and PostgreSQL keeps it up to date; so this
    /// always answers 0. Where the extension cannot be created (no privilege), search stays a scan.
    public func indexPrompts(limit: Int) throws -> Int {
        guard limit > 0 else { return 0 }
        try locked { db in
            guard try db.execute("SELECT 1 FROM pg_indexes WHERE schemaname = $1 AND indexname = 'events_prompt_trgm'", [.text(schema)]).rows.isEmpty else {
                return
            }
            do {
                try db.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                // The extension lives in one schema per database, wherever it was first created.
                let home = try db.execute(
                    "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
                ).rows.first?[0] ?? nil
                guard let home, home.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return }
                try db.execute("CREATE INDEX IF NOT EXISTS events_prompt_trgm ON events USING gin (prompt \(home).gin_trgm_ops)")
            } catch {
                // Searching works without it.
            }
        }
        return 0
    }

    // MARK: casework

    public func cases() throws -> [Case] { try locked { db in try Self.cases(db, where: "", []) } }

    public func caseFor(network id: String) throws -> Case? {
        try locked { db in try Self.cases(db, where: "WHERE network_id = $1", [.text(id)]).first }
    }

    /// The cases matching `condition` (on `cases` and `case_notes`, which both have `network_id`),
    /// with their notes in the order they were added.
    static func cases(_ db: PostgresConnection, where condition: String, _ params: [PGValue]) throws -> [Case] {
        var notes: [String: [Case.Note]] = [:]
        for r in try db.execute("SELECT network_id, time, author, text FROM case_notes \(condition) ORDER BY id", params).rows {
            notes[r[0] ?? "", default: []].append(Case.Note(time: Int64(r[1] ?? "") ?? 0, author: r[2] ?? "", text: r[3] ?? ""))
        }
        let sql = "SELECT network_id, status, verdict, verdict_reason, lead_source, updated FROM cases \(condition) ORDER BY network_id COLLATE \"C\""
        return try db.execute(sql, params).rows.map { r in
            Case(
                networkID: r[0] ?? "", status: try .stored(r[1], "case status"), verdict: r[2], verdictReason: r[3],
                leadSource: try .stored(r[4], "lead source"),
                notes: notes[r[0] ?? ""] ?? [], updated: Int64(r[5] ?? "") ?? 0)
        }
    }

    public func saveCase(_ c: Case) throws {
        try locked { db in
            try db.transaction {
                try db.execute(
                    """
                    INSERT INTO cases (network_id, status, verdict, verdict_reason, lead_source, updated) VALUES ($1, $2, $3, $4, $5, $6)
                    ON CONFLICT (network_id) DO UPDATE SET status = excluded.status, verdict = excluded.verdict,
                        verdict_reason = excluded.verdict_reason, lead_source = excluded.lead_source, updated = excluded.updated
                    """, [.text(c.networkID), .text(c.status.rawValue), .text(c.verdict), .text(c.verdictReason), .text(c.leadSource.rawValue), .int(c.updated)])
                let stored = try db.execute("SELECT time, author, text FROM case_notes WHERE network_id = $1 ORDER BY id", [.text(c.networkID)])
                    .rows.map { Case.Note(time: Int64($0[0] ?? "") ?? 0, author: $0[1] ?? "", text: $0[2] ?? "") }
                for n in CaseNotes.unsaved(c.notes, stored: stored) {
                    try db.execute(
                        "INSERT INTO case_notes (network_id, time, author, text) VALUES ($1, $2, $3, $4)",
                        [.text(c.networkID), .int(n.time), .text(n.author), .text(n.text)])
                }
            }
        }
    }

    public func enforcementActions() throws -> [EnforcementAction] {
        try locked { db in try Self.enforcementActions(db, where: "", []) }
    }

    public func enforcementActions(targetKind: TargetKind, target: String) throws -> [EnforcementAction] {
        // Actions are taken by people, so the table stays small: no index.
        try locked { db in
            try Self.enforcementActions(db, where: "WHERE target_kind = $1 AND target = $2", [.text(targetKind.rawValue), .text(target)])
        }
    }

    static func enforcementActions(_ db: PostgresConnection, where condition: String, _ params: [PGValue]) throws -> [EnforcementAction] {
        let sql = "SELECT id, time, actor, target_kind, target, accounts, action, category, reason, reverses FROM enforcement \(condition) ORDER BY id"
        return try db.execute(sql, params).rows.map { r in
            EnforcementAction(
                id: Int64(r[0] ?? "") ?? 0, time: Int64(r[1] ?? "") ?? 0, actor: r[2] ?? "", targetKind: try .stored(r[3], "target kind"), target: r[4] ?? "",
                accounts: JSONList.decode(r[5] ?? "[]"), action: try .stored(r[6], "enforcement action"), category: try .stored(r[7], "category"),
                reason: r[8] ?? "",
                reverses: r[9].flatMap { Int64($0) })
        }
    }

    public func addEnforcement(_ a: EnforcementAction) throws -> EnforcementAction {
        try locked { db in
            let r = try db.execute(
                """
                INSERT INTO enforcement (time, actor, target_kind, target, accounts, action, category, reason, reverses)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
                """,
                [
                    .int(a.time), .text(a.actor), .text(a.targetKind.rawValue), .text(a.target), .text(JSONList.encode(a.accounts)),
                    .text(a.action.rawValue), .text(a.category.rawValue), .text(a.reason), .int(a.reverses),
                ])
            var stored = a
            stored.id = Int64(r[0, 0] ?? "") ?? 0
            return stored
        }
    }

    public func auditLog() throws -> [AuditEntry] {
        try locked { db in
            try db.execute("SELECT id, time, actor, action, subject, detail FROM audit ORDER BY id").rows.map { r in
                AuditEntry(id: Int64(r[0] ?? "") ?? 0, time: Int64(r[1] ?? "") ?? 0, actor: r[2] ?? "", action: r[3] ?? "", subject: r[4] ?? "", detail: r[5] ?? "")
            }
        }
    }

    public func addAudit(actor: String, action: String, subject: String, detail: String, time: Int64) throws {
        try locked { db in
            try db.execute(
                "INSERT INTO audit (time, actor, action, subject, detail) VALUES ($1, $2, $3, $4, $5)",
                [.int(time), .text(actor), .text(action), .text(subject), .text(detail)])
        }
    }

    public func fingerprints() throws -> [Fingerprint] {
        try locked { db in
            try db.execute("SELECT network_id, kind, value FROM fingerprints ORDER BY network_id COLLATE \"C\", kind COLLATE \"C\", value COLLATE \"C\"").rows.map {
                Fingerprint(networkID: $0[0] ?? "", kind: try .stored($0[1], "fingerprint kind"), value: $0[2] ?? "")
            }
        }
    }

    public func addFingerprints(_ f: [Fingerprint]) throws {
        try locked { db in
            try db.transaction {
                for x in f {
                    try db.execute(
                        "INSERT INTO fingerprints (network_id, kind, value) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                        [.text(x.networkID), .text(x.kind.rawValue), .text(x.value)])
                }
            }
        }
    }

    // MARK: tokens and sessions

    static let tokenColumns = "id, hash, role, name, created, last_used, revoked"

    static func storedToken(_ r: [String?]) -> StoredToken {
        StoredToken(
            id: Int64(r[0] ?? "") ?? 0, hash: r[1] ?? "", role: r[2] ?? "", name: r[3] ?? "", created: Int64(r[4] ?? "") ?? 0,
            lastUsed: r[5].flatMap { Int64($0) }, revoked: r[6].flatMap { Int64($0) })
    }

    @discardableResult
    public func addToken(hash: String, role: String, name: String, created: Int64) throws -> Int64 {
        try locked { db in
            let r = try db.execute(
                "INSERT INTO tokens (hash, role, name, created) VALUES ($1, $2, $3, $4) RETURNING id",
                [.text(hash), .text(role), .text(name), .int(created)])
            return Int64(r[0, 0] ?? "") ?? 0
        }
    }

    public func token(hash: String) throws -> StoredToken? {
        try locked { db in try db.execute("SELECT \(Self.tokenColumns) FROM tokens WHERE hash = $1", [.text(hash)]).rows.first.map(Self.storedToken) }
    }

    public func token(id: Int64) throws -> StoredToken? {
        try locked { db in try db.execute("SELECT \(Self.tokenColumns) FROM tokens WHERE id = $1", [.int(id)]).rows.first.map(Self.storedToken) }
    }

    public func tokens() throws -> [StoredToken] {
        try locked { db in try db.execute("SELECT \(Self.tokenColumns) FROM tokens ORDER BY id").rows.map(Self.storedToken) }
    }

    public func tokenCount() throws -> Int { try count("SELECT count(*) FROM tokens") }

    public func markTokenUsed(id: Int64, time: Int64) throws {
        try locked { db in
            try db.execute("UPDATE tokens SET last_used = $1 WHERE id = $2 AND (last_used IS NULL OR last_used < $1)", [.int(time), .int(id)])
        }
    }

    public func revokeToken(id: Int64, time: Int64) throws -> Bool {
        try locked { db in
            try db.transaction {
                guard try db.execute("UPDATE tokens SET revoked = $1 WHERE id = $2 AND revoked IS NULL", [.int(time), .int(id)]).changed > 0 else { return false }
                try db.execute("UPDATE sessions SET revoked = $1 WHERE token_id = $2 AND revoked IS NULL", [.int(time), .int(id)])
                return true
            }
        }
    }

    public func addSession(hash: String, tokenID: Int64, created: Int64, expires: Int64) throws {
        try locked { db in
            try db.execute(
                "INSERT INTO sessions (hash, token_id, created, last_seen, expires) VALUES ($1, $2, $3, $3, $4)",
                [.text(hash), .int(tokenID), .int(created), .int(expires)])
        }
    }

    public func session(hash: String) throws -> StoredSession? {
        try locked { db in
            try db.execute("SELECT hash, token_id, created, last_seen, expires, revoked FROM sessions WHERE hash = $1", [.text(hash)]).rows.first.map { r in
                StoredSession(
                    hash: r[0] ?? "", tokenID: Int64(r[1] ?? "") ?? 0, created: Int64(r[2] ?? "") ?? 0, lastSeen: Int64(r[3] ?? "") ?? 0,
                    expires: Int64(r[4] ?? "") ?? 0, revoked: r[5].flatMap { Int64($0) })
            }
        }
    }

    public func touchSession(hash: String, time: Int64) throws {
        try locked { db in try db.execute("UPDATE sessions SET last_seen = $1 WHERE hash = $2 AND last_seen < $1", [.int(time), .text(hash)]) }
    }

    public func revokeSession(hash: String, time: Int64) throws -> Bool {
        try locked { db in
            try db.execute("UPDATE sessions SET revoked = $1 WHERE hash = $2 AND revoked IS NULL", [.int(time), .text(hash)]).changed > 0
        }
    }
}
