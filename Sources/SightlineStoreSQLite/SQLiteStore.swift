import Foundation
import GRDB
import GRDBSQLite
import SightlineCore
import SightlineStore

/// The embedded store: one SQLite file in WAL mode, through GRDB.
///
/// The ingest path binds values with the SQLite C API on GRDB's connection, inside GRDB's
/// transaction: building `StatementArguments` per row costs more than the insert itself at the
/// rates ingestion needs (see BENCHMARKS.md).
public final class SQLiteStore: Store, Sendable {
    public let path: String
    let pool: DatabasePool
    /// The id hash; tests replace it with a colliding one to exercise the overflow path.
    let keyHash: @Sendable (String) -> Int64

    public convenience init(path: String) throws {
        try self.init(path: path, keyHash: EventKey.hash)
    }

    init(path: String, keyHash: @escaping @Sendable (String) -> Int64) throws {
        self.path = path
        self.keyHash = keyHash
        var config = Configuration()
        config.prepareDatabase { db in try db.execute(sql: Self.connectionPragmas(readOnly: db.configuration.readonly)) }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try Self.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw StoreError(
                error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT ? .corrupt : .cannotOpen,
                "cannot open the SQLite store at \(path): \(error.message ?? "SQLite error \(error.resultCode)")")
        }
    }

    /// What every connection sets on opening; the ingest benchmark's C bulk insert sets the same.
    public static func connectionPragmas(readOnly: Bool) -> String {
        // 32 KiB pages: a bulk insert costs 12-20% less CPU than with 4 KiB pages (fewer cells split
        // across pages, fewer pages and WAL frames per row; BENCHMARKS.md). It only takes effect on
        // a new, empty file (before GRDB turns WAL on); an existing store keeps its page size.
        // The writer keeps the id-key index hot during ingestion; readers mostly scan once, so a
        // large cache would only hold pages nobody reads again (and each reader has its own).
        """
        PRAGMA page_size = 32768; PRAGMA synchronous = NORMAL; PRAGMA cache_size = \(readOnly ? -32768 : -262144);
        PRAGMA temp_store = MEMORY
        """
    }

    /// Named, append-only migrations. Never edit one that has shipped; add a new one.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-ingest") { db in
            try db.execute(
                sql: """
                    CREATE TABLE events (
                        seq INTEGER PRIMARY KEY,
                        id TEXT NOT NULL CHECK (length(id) > 0),
                        time INTEGER NOT NULL,
                        account TEXT NOT NULL CHECK (length(account) > 0),
                        organization TEXT,
                        conversation TEXT,
                        channel TEXT CHECK (channel IN ('chat', 'api')),
                        model TEXT,
                        prompt TEXT NOT NULL,
                        response TEXT,
                        refused INTEGER,
                        ip TEXT,
                        asn INTEGER,
                        country TEXT,
                        anonymizer TEXT,
                        user_agent TEXT,
                        device TEXT,
                        timezone TEXT,
                        locale TEXT,
                        raw TEXT
                    );
                    -- The uniqueness of events.id, kept in a compact table: a 64-bit hash of the id
                    -- with the event's seq; ids whose hash is already taken by another id live in
                    -- event_id_overflow. A text index on events.id would cost a third of the ingest
                    -- rate (see BENCHMARKS.md).
                    CREATE TABLE event_keys (
                        key INTEGER PRIMARY KEY,
                        seq INTEGER NOT NULL
                    );
                    CREATE TABLE event_id_overflow (
                        id TEXT NOT NULL PRIMARY KEY,
                        seq INTEGER NOT NULL
                    );
                    CREATE TABLE accounts (
                        account TEXT NOT NULL PRIMARY KEY,
                        info_time INTEGER NOT NULL,
                        email TEXT,
                        email_domain TEXT,
                        phone_country TEXT,
                        payment TEXT,
                        created INTEGER,
                        plan TEXT
                    );
                    CREATE TABLE observations (
                        id TEXT NOT NULL PRIMARY KEY,
                        time INTEGER NOT NULL,
                        platform TEXT NOT NULL,
                        url TEXT,
                        author TEXT,
                        community TEXT,
                        language TEXT,
                        text TEXT NOT NULL,
                        views INTEGER,
                        likes INTEGER,
                        shares INTEGER,
                        replies INTEGER,
                        followers INTEGER,
                        authentic_engagement INTEGER,
                        reposted_by TEXT NOT NULL DEFAULT '[]',
                        amplified_by_public_figure INTEGER,
                        policy_response INTEGER,
                        calls_for_violence INTEGER,
                        raw TEXT
                    );
                    CREATE TABLE quarantine (
                        kind TEXT NOT NULL CHECK (kind IN ('event', 'observation')),
                        source TEXT NOT NULL,
                        line INTEGER NOT NULL,
                        reason TEXT NOT NULL,
                        raw BLOB NOT NULL,
                        PRIMARY KEY (kind, source, line)
                    );
                    """)
        }
        m.registerMigration("v2-analysis") { db in
            try db.execute(
                sql: """
                    CREATE TABLE classifications (
                        seq INTEGER PRIMARY KEY REFERENCES events(seq),
                        category TEXT NOT NULL,
                        score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
                        scores TEXT NOT NULL,
                        prompt_language TEXT NOT NULL,
                        response_language TEXT,
                        signals TEXT NOT NULL
                    );
                    CREATE TABLE networks (
                        id TEXT NOT NULL PRIMARY KEY,
                        accounts TEXT NOT NULL,
                        body TEXT NOT NULL
                    );
                    """)
        }
        m.registerMigration("v3-casework") { db in
            try db.execute(
                sql: """
                    CREATE TABLE cases (
                        network_id TEXT NOT NULL PRIMARY KEY,
                        status TEXT NOT NULL CHECK (status IN ('new', 'investigating', 'actioned', 'closed', 'dismissed')),
                        verdict TEXT,
                        verdict_reason TEXT,
                        lead_source TEXT NOT NULL,
                        updated INTEGER NOT NULL
                    );
                    CREATE TABLE case_notes (
                        id INTEGER PRIMARY KEY,
                        network_id TEXT NOT NULL REFERENCES cases(network_id),
                        time INTEGER NOT NULL,
                        author TEXT NOT NULL,
                        text TEXT NOT NULL
                    );
                    CREATE TABLE enforcement (
                        id INTEGER PRIMARY KEY,
                        time INTEGER NOT NULL,
                        actor TEXT NOT NULL,
                        target_kind TEXT NOT NULL CHECK (target_kind IN ('account', 'network', 'organization')),
                        target TEXT NOT NULL,
                        accounts TEXT NOT NULL,
                        action TEXT NOT NULL CHECK (action IN ('ban', 'suspend', 'warn')),
                        category TEXT NOT NULL,
                        reason TEXT NOT NULL CHECK (length(reason) > 0),
                        reverses INTEGER REFERENCES enforcement(id)
                    );
                    CREATE TABLE audit (
                        id INTEGER PRIMARY KEY,
                        time INTEGER NOT NULL,
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL,
                        subject TEXT NOT NULL,
                        detail TEXT NOT NULL
                    );
                    -- Append-only: the database itself refuses edits and deletions.
                    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                    CREATE TRIGGER enforcement_no_delete BEFORE DELETE ON enforcement BEGIN SELECT RAISE(ABORT, 'enforcement actions are never deleted; reverse them'); END;
                    CREATE TABLE fingerprints (
                        network_id TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        value TEXT NOT NULL,
                        PRIMARY KEY (network_id, kind, value)
                    );
                    """)
        }
        m.registerMigration("v4-tokens") { db in
            try db.execute(
                sql: """
                    CREATE TABLE tokens (
                        hash TEXT NOT NULL PRIMARY KEY,
                        role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
                        name TEXT NOT NULL,
                        created INTEGER NOT NULL
                    );
                    """)
        }
        m.registerMigration("v5-vectors") { db in
            try db.execute(sql: "CREATE TABLE vectors (seq INTEGER PRIMARY KEY REFERENCES events(seq), vector BLOB NOT NULL)")
        }
        m.registerMigration("v6-signatures") { db in
            try db.execute(sql: "CREATE TABLE prompt_signatures (seq INTEGER PRIMARY KEY REFERENCES events(seq), signature BLOB NOT NULL)")
        }
        // Tokens get an id (what `token revoke` and the audit log name them by), a last use and a
        // revocation; console sessions are kept by the hash of their cookie. SQLite cannot add
        // an id column to a table keyed by text, so the table is rebuilt, its tokens numbered in
        // order of creation. Tokens are never deleted (revoked instead): the audit log names them.
        m.registerMigration("v7-sessions") { db in
            try db.execute(
                sql: """
                    CREATE TABLE tokens_v7 (
                        id INTEGER PRIMARY KEY,
                        hash TEXT NOT NULL UNIQUE,
                        role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
                        name TEXT NOT NULL,
                        created INTEGER NOT NULL,
                        last_used INTEGER,
                        revoked INTEGER
                    );
                    INSERT INTO tokens_v7 (hash, role, name, created) SELECT hash, role, name, created FROM tokens ORDER BY created, hash;
                    DROP TABLE tokens;
                    ALTER TABLE tokens_v7 RENAME TO tokens;
                    CREATE TRIGGER tokens_no_delete BEFORE DELETE ON tokens BEGIN SELECT RAISE(ABORT, 'tokens are never deleted; revoke them'); END;
                    CREATE TABLE sessions (
                        hash TEXT NOT NULL PRIMARY KEY,
                        token_id INTEGER NOT NULL REFERENCES tokens(id),
                        created INTEGER NOT NULL,
                        last_seen INTEGER NOT NULL,
                        expires INTEGER NOT NULL,
                        revoked INTEGER
                    );
                    CREATE INDEX sessions_by_token ON sessions (token_id);
                    """)
        }
        // What the console pivots on, rewritten by each analyze.
        m.registerMigration("v8-entities") { db in
            try db.execute(
                sql: """
                    CREATE TABLE entity_uses (
                        kind TEXT NOT NULL, value TEXT NOT NULL, account TEXT NOT NULL, events INTEGER NOT NULL,
                        first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, PRIMARY KEY (kind, value, account)
                    ) WITHOUT ROWID;
                    CREATE INDEX entity_uses_by_account ON entity_uses (account);
                    CREATE INDEX entity_uses_by_value ON entity_uses (value);
                    """)
        }
        // The prompts' full-text index: trigrams, so that any language's substrings are found
        // (Chinese and Japanese have no spaces to cut words at). It is external content over
        // `events` and filled after ingest (`indexPrompts`, which `serve` runs in the background),
        // never during it: ingest speed is a budget, and search works without the index.
        m.registerMigration("v9-prompt-index") { db in
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE prompt_index USING fts5(prompt, content='events', content_rowid='seq', tokenize='trigram');
                    CREATE TABLE prompt_index_state (id INTEGER PRIMARY KEY CHECK (id = 1), indexed INTEGER NOT NULL);
                    INSERT INTO prompt_index_state VALUES (1, 0);
                    """)
        }
        return m
    }

    public static let insertEventSQL = """
        INSERT INTO events (seq, id, time, account, organization, conversation, channel, model, prompt, response,
            refused, ip, asn, country, anonymizer, user_agent, device, timezone, locale, raw)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static let claimKeySQL = "INSERT INTO event_keys (key, seq) VALUES (?, ?) ON CONFLICT DO NOTHING"
    static let keyOwnerSQL = "SELECT e.id FROM event_keys k JOIN events e ON e.seq = k.seq WHERE k.key = ?"
    static let claimOverflowSQL = "INSERT INTO event_id_overflow (id, seq) VALUES (?, ?) ON CONFLICT DO NOTHING"

    static let upsertAccountSQL = """
        INSERT INTO accounts (account, info_time, email, email_domain, phone_country, payment, created, plan)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (account) DO UPDATE SET info_time = excluded.info_time, email = excluded.email,
            email_domain = excluded.email_domain, phone_country = excluded.phone_country,
            payment = excluded.payment, created = excluded.created, plan = excluded.plan
        WHERE excluded.info_time >= accounts.info_time
        """

    static let insertObservationSQL = """
        INSERT INTO observations (id, time, platform, url, author, community, language, text, views, likes,
            shares, replies, followers, authentic_engagement, reposted_by, amplified_by_public_figure,
            policy_response, calls_for_violence, raw)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING
        """

    static let quarantineSQL = """
        INSERT OR REPLACE INTO quarantine (kind, source, line, reason, raw) VALUES (?, ?, ?, ?, ?)
        """

    public func ingest(events: [UsageEvent], quarantined: [QuarantinedLine]) throws -> [Bool] {
        try write { db in
            try Self.insertQuarantined(quarantined, db)
            let insert = try db.cachedStatement(sql: Self.insertEventSQL).sqliteStatement
            let upsert = try db.cachedStatement(sql: Self.upsertAccountSQL).sqliteStatement
            let claimKey = try db.cachedStatement(sql: Self.claimKeySQL).sqliteStatement
            let connection = db.sqliteConnection
            let base = try Int64.fetchOne(db, sql: "SELECT coalesce(max(seq), 0) FROM events")! + 1
            // Claim the ids' keys in key order: consecutive claims then touch neighbouring pages of
            // the key table, instead of a random page each. Event i gets seq base + i, so seq still
            // follows input order (with gaps where duplicates were).
            // (Events are read in place by index throughout: iterating them copied each one,
            // retaining and releasing every string it holds, 5% of the ingest's CPU.)
            var claims = events.indices.map { (key: keyHash(events[$0].id), index: $0) }
            claims.sort { ($0.key, $0.index) < ($1.key, $1.index) }
            var isNew = [Bool](repeating: false, count: events.count)
            // The id that claimed the current key in this batch (its row is not written yet, so a
            // later event with the same key is compared with it here rather than in the table).
            var run: (key: Int64, id: String?) = (0, nil)
            for (key, i) in claims {
                let seq = base + Int64(i)
                if run.key != key { run = (key, nil) }
                sqlite3_bind_int64(claimKey, 1, key)
                sqlite3_bind_int64(claimKey, 2, seq)
                try Self.step(claimKey, db)
                if sqlite3_changes(connection) == 1 {
                    isNew[i] = true
                    run.id = events[i].id
                } else if let owner = run.id {
                    isNew[i] = owner != events[i].id ? try Self.claimOverflow(events[i].id, seq: seq, db) : false
                } else {
                    isNew[i] = try Self.claimCollidingID(events[i].id, key: key, seq: seq, db)
                }
            }
            var results = [Bool]()
            results.reserveCapacity(events.count)
            var buffer = RowBuffer()
            // The cached statement must not keep pointers into the buffer once it is freed.
            defer {
                sqlite3_clear_bindings(insert)
                buffer.deallocate()
            }
            // Through a buffer pointer, whose elements are borrowed where an array's were copied.
            try events.withUnsafeBufferPointer { events in
                for i in events.indices {
                    let stored = isNew[i]
                    if stored {
                        sqlite3_bind_int64(insert, 1, base + Int64(i))
                        Self.bindEvent(insert, events[i], buffer: &buffer)
                        try Self.step(insert, db)
                    }
                    results.append(stored)
                    guard stored, let info = events[i].accountInfo else { continue }
                    bind(upsert, 1, events[i].account)
                    sqlite3_bind_int64(upsert, 2, events[i].time)
                    bind(upsert, 3, info.email)
                    bind(upsert, 4, info.emailDomain)
                    bind(upsert, 5, info.phoneCountry)
                    bind(upsert, 6, info.payment)
                    bind(upsert, 7, info.created)
                    bind(upsert, 8, info.plan)
                    try Self.step(upsert, db)
                }
            }
            return results
        }
    }

    /// The key is taken: a duplicate when its owner has the same id, else a (rare) hash collision
    /// settled by the overflow table. Returns true when the event is new.
    static func claimCollidingID(_ id: String, key: Int64, seq: Int64, _ db: Database) throws -> Bool {
        if try String.fetchOne(db, sql: keyOwnerSQL, arguments: [key]) == id { return false }
        return try claimOverflow(id, seq: seq, db)
    }

    static func claimOverflow(_ id: String, seq: Int64, _ db: Database) throws -> Bool {
        try db.execute(sql: claimOverflowSQL, arguments: [id, seq])
        return db.changesCount == 1
    }

    /// Binds every column of the events insert after `seq`. The row's text is copied once into
    /// `buffer` and bound in place (SQLITE_STATIC): binding with SQLITE_TRANSIENT made SQLite
    /// allocate and copy each value again. The buffer must not change until the statement steps.
    @inline(__always) static func bindEvent(_ stmt: OpaquePointer, _ e: UsageEvent, buffer: inout RowBuffer) {
        buffer.reset(capacity: e.id.utf8.count + e.account.utf8.count + e.prompt.utf8.count + (e.response?.utf8.count ?? 0)
            + (e.organization?.utf8.count ?? 0) + (e.conversation?.utf8.count ?? 0) + (e.model?.utf8.count ?? 0)
            + (e.ip?.utf8.count ?? 0) + (e.country?.utf8.count ?? 0) + (e.userAgent?.utf8.count ?? 0)
            + (e.device?.utf8.count ?? 0) + (e.timezone?.utf8.count ?? 0) + (e.locale?.utf8.count ?? 0) + (e.raw?.utf8.count ?? 0)
            + 16)  // channel and anonymizer: short enumeration values
        buffer.bind(stmt, 2, e.id)
        sqlite3_bind_int64(stmt, 3, e.time)
        buffer.bind(stmt, 4, e.account)
        buffer.bind(stmt, 5, e.organization)
        buffer.bind(stmt, 6, e.conversation)
        buffer.bind(stmt, 7, e.channel?.rawValue)
        buffer.bind(stmt, 8, e.model)
        buffer.bind(stmt, 9, e.prompt)
        buffer.bind(stmt, 10, e.response)
        bind(stmt, 11, e.refused.map { $0 ? 1 : 0 })
        buffer.bind(stmt, 12, e.ip)
        bind(stmt, 13, e.asn)
        buffer.bind(stmt, 14, e.country)
        buffer.bind(stmt, 15, e.anonymizer?.rawValue)
        buffer.bind(stmt, 16, e.userAgent)
        buffer.bind(stmt, 17, e.device)
        buffer.bind(stmt, 18, e.timezone)
        buffer.bind(stmt, 19, e.locale)
        buffer.bind(stmt, 20, e.raw)
    }

    public func ingest(observations: [Observation], quarantined: [QuarantinedLine]) throws -> [Bool] {
        try write { db in
            try Self.insertQuarantined(quarantined, db)
            let insert = try db.cachedStatement(sql: Self.insertObservationSQL).sqliteStatement
            let connection = db.sqliteConnection
            return try observations.map { o in
                bind(insert, 1, o.id)
                sqlite3_bind_int64(insert, 2, o.time)
                bind(insert, 3, o.platform)
                bind(insert, 4, o.url)
                bind(insert, 5, o.author)
                bind(insert, 6, o.community)
                bind(insert, 7, o.language)
                bind(insert, 8, o.text)
                bind(insert, 9, o.views)
                bind(insert, 10, o.likes)
                bind(insert, 11, o.shares)
                bind(insert, 12, o.replies)
                bind(insert, 13, o.followers)
                bind(insert, 14, o.authenticEngagement.map { $0 ? 1 : 0 })
                bind(insert, 15, JSONList.encode(o.repostedBy))
                bind(insert, 16, o.amplifiedByPublicFigure.map { $0 ? 1 : 0 })
                bind(insert, 17, o.policyResponse.map { $0 ? 1 : 0 })
                bind(insert, 18, o.callsForViolence.map { $0 ? 1 : 0 })
                bind(insert, 19, o.raw)
                try Self.step(insert, db)
                return sqlite3_changes(connection) == 1
            }
        }
    }

    static func insertQuarantined(_ lines: [QuarantinedLine], _ db: Database) throws {
        guard !lines.isEmpty else { return }
        let stmt = try db.cachedStatement(sql: quarantineSQL).sqliteStatement
        for q in lines {
            bind(stmt, 1, q.kind.rawValue)
            bind(stmt, 2, q.source)
            sqlite3_bind_int64(stmt, 3, Int64(q.line))
            bind(stmt, 4, q.reason)
            q.raw.withUnsafeBytes { p in
                _ = sqlite3_bind_blob(stmt, 5, p.baseAddress ?? UnsafeRawPointer(emptyBytes), Int32(p.count), sqliteTransient)
            }
            try step(stmt, db)
        }
    }

    @inline(__always) static func step(_ stmt: OpaquePointer, _ db: Database) throws {
        let rc = sqlite3_step(stmt)
        sqlite3_reset(stmt)
        guard rc == SQLITE_DONE else {
            throw StoreError(.writeFailed, "SQLite write failed: \(String(cString: sqlite3_errstr(rc)))")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw StoreError(.writeFailed, "SQLite write failed: \(error.message ?? "\(error.resultCode)")")
        }
    }

    /// During a bulk load the writer stops checkpointing the WAL itself, and a second connection
    /// on another thread checkpoints it passively (without blocking the writer) every 250 ms, so
    /// copying pages into the database file runs on the other core. Measured in BENCHMARKS.md.
    public func bulkLoad<T>(_ body: () throws -> T) throws -> T {
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        let checkpointer = Checkpointer(path: path)
        checkpointer.start()
        defer {
            checkpointer.stop()
            try? pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
                _ = try? db.checkpoint(.passive)
            }
        }
        return try body()
    }

    // MARK: analysis

    public func unclassifiedEvents(after seq: Int64, limit: Int) throws -> [(seq: Int64, prompt: String, response: String?)] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT seq, prompt, response FROM events e
                    WHERE seq > ? AND NOT EXISTS (SELECT 1 FROM classifications c WHERE c.seq = e.seq) ORDER BY seq LIMIT ?
                    """, arguments: [seq, limit]
            ).map { ($0[0], $0[1], $0[2]) }
        }
    }

    public func saveClassifications(_ items: [(seq: Int64, classification: EventClassification)]) throws {
        try write { db in
            let stmt = try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO classifications (seq, category, score, scores, prompt_language, response_language, signals) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for (seq, c) in items {
                try stmt.execute(arguments: [
                    seq, c.category.rawValue, c.score, c.scores.map { String($0) }.joined(separator: ","), c.promptLanguage,
                    c.responseLanguage, JSONList.encode(c.signals),
                ])
            }
        }
    }

    public func lastClassifiedSeq() throws -> Int64 {
        try pool.read { db in
            // Classification runs in seq order, so usually every event up to the highest classified
            // one is classified: then as many events have a seq up to it as there are
            // classifications (counted on the compact key tables rather than the events), and the
            // first event not classified is the next one. Otherwise (classifications saved out of
            // order) it is the first event below the highest without a classification.
            let row = try Row.fetchOne(db, sql: "SELECT coalesce(max(seq), 0), count(*) FROM classifications")!
            let highest: Int64 = row[0]
            let classified: Int = row[1]
            let events = try Int.fetchOne(
                db, sql: "SELECT (SELECT count(*) FROM event_keys WHERE seq <= ?1) + (SELECT count(*) FROM event_id_overflow WHERE seq <= ?1)",
                arguments: [highest]) ?? 0
            if events == classified {
                let next = try Int64.fetchOne(db, sql: "SELECT seq FROM events WHERE seq > ? ORDER BY seq LIMIT 1", arguments: [highest])
                return next.map { $0 - 1 } ?? highest
            }
            return try Int64.fetchOne(
                db,
                sql: """
                    SELECT min(k.seq) - 1 FROM (SELECT seq FROM event_keys UNION ALL SELECT seq FROM event_id_overflow) k
                    WHERE k.seq <= ? AND NOT EXISTS (SELECT 1 FROM classifications c WHERE c.seq = k.seq)
                    """, arguments: [highest]) ?? highest
        }
    }

    public func analysisEvents() throws -> [AnalysisEvent] {
        try analysisEvents(select: analysisEventsSelect, where: "", [])
    }

    public func analysisEvents(accounts: [String]) throws -> [AnalysisEvent] {
        // By `events_by_account` once the store has been analysed (`saveEntityUses`); before
        // that, one scan.
        try analysisEvents(select: analysisEventsSelect, where: " WHERE e.account IN (SELECT value FROM json_each(?))", [JSONList.encode(accounts)])
    }

    func analysisEvents(select: String, where condition: String, _ arguments: StatementArguments) throws -> [AnalysisEvent] {
        try pool.read { db in
            // Each event is a few hundred bytes inline: growing the array by doubling would hold
            // two copies at once.
            let count = condition.isEmpty ? try Int.fetchOne(db, sql: "SELECT count(*) FROM classifications") ?? 0 : 0
            let cursor = try Row.fetchCursor(db, sql: select + condition + " ORDER BY e.seq", arguments: arguments)
            var shared = SharedValues()
            var out: [AnalysisEvent] = []
            out.reserveCapacity(count)
            while let row = try cursor.next() {
                let scoreText: String = row[22]
                var c = EventClassification(
                    category: try Label.stored(row[20], "classification category"), score: row[21], scores: scoreText.isEmpty ? [] : scoreText.split(separator: ",").map { Double($0) ?? 0 },
                    promptLanguage: row[23], responseLanguage: row[24], signals: JSONList.decode(row[25]))
                var e = Self.event(from: row)
                shared.share(&e, &c)
                out.append(AnalysisEvent(seq: row[19], event: e, classification: c))
            }
            return out
        }
    }

    public func flaggedPrompts(accounts: [String], limit: Int) throws -> [String] {
        try pool.read { db in
            // Flagged events are few: scan the classifications, not the events.
            try String.fetchAll(
                db,
                sql: """
                    SELECT e.prompt FROM classifications c JOIN events e ON e.seq = c.seq
                    WHERE c.category <> 'benign' AND e.account IN (SELECT value FROM json_each(?))
                    ORDER BY c.seq LIMIT ?
                    """, arguments: [JSONList.encode(accounts), limit])
        }
    }

    public func classifiedEvents(seqs: [Int64]) throws -> [AnalysisEvent] {
        var out: [AnalysisEvent] = []
        let sorted = Set(seqs).sorted()
        for start in stride(from: 0, to: sorted.count, by: 10_000) {
            let part = sorted[start..<min(start + 10_000, sorted.count)]
            out += try analysisEvents(
                select: wholeEventsSelect, where: " WHERE e.seq IN (SELECT value FROM json_each(?))",
                ["[" + part.map(String.init).joined(separator: ",") + "]"])
        }
        return out
    }

    public func saveVectors(_ items: [(seq: Int64, vector: [Float])]) throws {
        try write { db in
            let statement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO vectors (seq, vector) VALUES (?, ?)")
            for (seq, v) in items { try statement.execute(arguments: [seq, Data(VectorBytes.encode(v))]) }
        }
    }

    public func vectorSeqs() throws -> [Int64] {
        try pool.read { db in try Int64.fetchAll(db, sql: "SELECT seq FROM vectors ORDER BY seq") }
    }

    public func allVectors() throws -> [(seq: Int64, vector: [Float])] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, vector FROM vectors ORDER BY seq").map { row in
                let data: Data = row[1]
                guard let v = VectorBytes.decode([UInt8](data)) else { throw StoreError(.corrupt, "the vector of event \(row[0] as Int64) is damaged") }
                return (row[0], v)
            }
        }
    }

    public func eventsWithoutSignature(after seq: Int64, limit: Int) throws -> [(seq: Int64, prompt: String)] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT seq, prompt FROM events e
                    WHERE seq > ? AND NOT EXISTS (SELECT 1 FROM prompt_signatures s WHERE s.seq = e.seq) ORDER BY seq LIMIT ?
                    """, arguments: [seq, limit]
            ).map { ($0[0], $0[1]) }
        }
    }

    public func saveSignatures(_ items: [(seq: Int64, signature: [UInt16], length: Int)]) throws {
        guard items.allSatisfy({ $0.signature.isEmpty || $0.signature.count == PromptSignatures.width }) else {
            throw StoreError(.writeFailed, "a signature has the wrong length")
        }
        try write { db in
            let statement = try db.cachedStatement(sql: "INSERT OR REPLACE INTO prompt_signatures (seq, signature) VALUES (?, ?)")
            for (seq, v, n) in items { try statement.execute(arguments: [seq, Data(PromptSignatures.encode(v, length: n))]) }
        }
    }

    public func allSignatures() throws -> PromptSignatures {
        try pool.read { db in
            var out = PromptSignatures()
            let rows = try Row.fetchCursor(db, sql: "SELECT seq, signature FROM prompt_signatures WHERE length(signature) > 0 ORDER BY seq")
            while let row = try rows.next() {
                let data: Data = row[1]
                guard let v = PromptSignatures.decode([UInt8](data)), !v.values.isEmpty else {
                    throw StoreError(.corrupt, "the prompt signature of event \(row[0] as Int64) is damaged")
                }
                out.append(seq: row[0], v.values, length: v.length)
            }
            return out
        }
    }

    public func allAccountInfo() throws -> [String: AccountInfo] {
        try pool.read { db in
            var out: [String: AccountInfo] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT account, email, email_domain, phone_country, payment, created, plan FROM accounts") {
                out[row[0]] = AccountInfo(email: row[1], emailDomain: row[2], phoneCountry: row[3], payment: row[4], created: row[5], plan: row[6])
            }
            return out
        }
    }

    public func allObservations() throws -> [Observation] {
        // One statement for all of them (one per observation took most of a report's time).
        try pool.read { db in try Row.fetchAll(db, sql: "SELECT \(Self.observationColumns) FROM observations ORDER BY time, id").map(Self.observation) }
    }

    public func saveNetworks(_ networks: [StoredNetwork]) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM networks")
            for n in networks {
                try db.execute(sql: "INSERT INTO networks (id, accounts, body) VALUES (?, ?, ?)", arguments: [n.id, JSONList.encode(n.accounts), n.json])
            }
        }
    }

    public func savedNetworks() throws -> [StoredNetwork] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, accounts, body FROM networks ORDER BY rowid").map { StoredNetwork(id: $0[0], accounts: JSONList.decode($0[1]), json: $0[2]) }
        }
    }

    public func network(id: String) throws -> StoredNetwork? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT id, accounts, body FROM networks WHERE id = ?", arguments: [id])
                .map { StoredNetwork(id: $0[0], accounts: JSONList.decode($0[1]), json: $0[2]) }
        }
    }

    public func networkCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM networks") ?? 0 }
    }

    public func networkIDs(containing account: String) throws -> [String] {
        // Networks are few (tens to hundreds): a scan of their member lists beats keeping an index.
        try pool.read { db in
            try String.fetchAll(
                db,
                sql: "SELECT id FROM networks WHERE EXISTS (SELECT 1 FROM json_each(accounts) WHERE value = ?) ORDER BY rowid",
                arguments: [account])
        }
    }

    // MARK: entities

    public func saveEntityUses(_ uses: [EntityUse]) throws {
        try write { db in
            // Casework reads a network's or an account's events (the console's network, timeline
            // and account pages). The first analysis indexes them by account (under a second for a
            // million events); a fresh store's ingest stays an append to the table alone, and
            // later batches keep the index up to date.
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS events_by_account ON events (account)")
            try db.execute(sql: "DELETE FROM entity_uses")
            let insert = try db.makeStatement(
                sql: "INSERT INTO entity_uses (kind, value, account, events, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)")
            for u in uses {
                try insert.execute(arguments: [u.kind.rawValue, u.value, u.account, u.events, u.firstSeen, u.lastSeen])
            }
        }
    }

    static func entityUse(_ r: Row) -> EntityUse {
        EntityUse(kind: EntityKind(rawValue: r[0]) ?? .ip, value: r[1], account: r[2], events: r[3], firstSeen: r[4], lastSeen: r[5])
    }

    public func entityUses(kind: EntityKind, value: String) throws -> [EntityUse] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT kind, value, account, events, first_seen, last_seen FROM entity_uses WHERE kind = ? AND value = ? ORDER BY account",
                arguments: [kind.rawValue, value]
            ).map(Self.entityUse)
        }
    }

    public func entityUses(account: String) throws -> [EntityUse] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT kind, value, account, events, first_seen, last_seen FROM entity_uses WHERE account = ? ORDER BY kind, value",
                arguments: [account]
            ).map(Self.entityUse)
        }
    }

    public func entitySharing(account: String) throws -> [EntityMatch] {
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT u.kind, u.value, count(*) FROM entity_uses u JOIN entity_uses o ON o.kind = u.kind AND o.value = u.value
                    WHERE u.account = ? GROUP BY u.kind, u.value ORDER BY u.kind, u.value
                    """,
                arguments: [account]
            ).map { EntityMatch(kind: EntityKind(rawValue: $0[0]) ?? .ip, value: $0[1], accounts: $0[2]) }
        }
    }

    public func searchEntities(prefix: String, limit: Int) throws -> [EntityMatch] {
        // A range over the value index: every text beginning with the prefix sorts byte-wise
        // between it and it followed by U+10FFFF.
        try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT kind, value, count(*) AS n FROM entity_uses WHERE value >= ? AND value < ?
                    GROUP BY kind, value ORDER BY n DESC, kind, value LIMIT ?
                    """,
                arguments: [prefix, prefix + "\u{10FFFF}", limit]
            ).map { EntityMatch(kind: EntityKind(rawValue: $0[0]) ?? .ip, value: $0[1], accounts: $0[2]) }
        }
    }

    public func searchPrompts(containing text: String, limit: Int) throws -> [PromptMatch] {
        guard !text.isEmpty, limit > 0 else { return [] }
        return try pool.read { db in
            var out: [PromptMatch] = []
            func take(_ cursor: RowCursor) throws {
                while out.count < limit, let row = try cursor.next() {
                    let e = Self.event(from: row)
                    if PromptMatch.contains(e.prompt, text) { out.append(PromptMatch(seq: row[19], event: e)) }
                }
            }
            let indexed = try Int64.fetchOne(db, sql: "SELECT indexed FROM prompt_index_state") ?? 0
            // A trigram index answers queries of three characters or more; shorter ones, and
            // prompts not indexed yet, are read in full. Newest first either way.
            guard text.unicodeScalars.count >= 3 else {
                try take(Row.fetchCursor(db, sql: "SELECT \(Self.eventColumns), e.seq FROM events e ORDER BY e.seq DESC"))
                return out
            }
            try take(Row.fetchCursor(db, sql: "SELECT \(Self.eventColumns), e.seq FROM events e WHERE e.seq > ? ORDER BY e.seq DESC", arguments: [indexed]))
            let phrase = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            try take(Row.fetchCursor(
                db,
                sql: """
                    SELECT \(Self.eventColumns), e.seq FROM events e
                    WHERE e.seq IN (SELECT rowid FROM prompt_index WHERE prompt_index MATCH ?) AND e.seq <= ? ORDER BY e.seq DESC
                    """, arguments: [phrase, indexed]))
            return out
        }
    }

    public func indexPrompts(limit: Int) throws -> Int {
        try pool.write { db in
            let indexed = try Int64.fetchOne(db, sql: "SELECT indexed FROM prompt_index_state") ?? 0
            let next = try Int64.fetchAll(db, sql: "SELECT seq FROM events WHERE seq > ? ORDER BY seq LIMIT ?", arguments: [indexed, limit])
            guard let last = next.last else { return 0 }
            try db.execute(sql: "INSERT INTO prompt_index (rowid, prompt) SELECT seq, prompt FROM events WHERE seq > ? AND seq <= ?", arguments: [indexed, last])
            try db.execute(sql: "UPDATE prompt_index_state SET indexed = ?", arguments: [last])
            return next.count
        }
    }

    // MARK: casework

    public func cases() throws -> [Case] { try pool.read { db in try Self.cases(db, where: "", []) } }

    public func caseFor(network id: String) throws -> Case? {
        try pool.read { db in try Self.cases(db, where: "WHERE network_id = ?", [id]).first }
    }

    /// The cases matching `condition` (on `cases` and `case_notes`, which both have `network_id`),
    /// with their notes in the order they were added.
    static func cases(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Case] {
        let notes = try Row.fetchAll(db, sql: "SELECT network_id, time, author, text FROM case_notes \(condition) ORDER BY id", arguments: arguments)
        var byCase: [String: [Case.Note]] = [:]
        for n in notes { byCase[n[0], default: []].append(Case.Note(time: n[1], author: n[2], text: n[3])) }
        return try Row.fetchAll(
            db, sql: "SELECT network_id, status, verdict, verdict_reason, lead_source, updated FROM cases \(condition) ORDER BY network_id",
            arguments: arguments
        ).map { r in
            Case(
                networkID: r[0], status: try .stored(r[1], "case status"), verdict: r[2], verdictReason: r[3],
                leadSource: try .stored(r[4], "lead source"), notes: byCase[r[0]] ?? [], updated: r[5])
        }
    }

    public func saveCase(_ c: Case) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO cases (network_id, status, verdict, verdict_reason, lead_source, updated) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (network_id) DO UPDATE SET status = excluded.status, verdict = excluded.verdict,
                        verdict_reason = excluded.verdict_reason, lead_source = excluded.lead_source, updated = excluded.updated
                    """, arguments: [c.networkID, c.status.rawValue, c.verdict, c.verdictReason, c.leadSource.rawValue, c.updated])
            let stored = try Row.fetchAll(db, sql: "SELECT time, author, text FROM case_notes WHERE network_id = ? ORDER BY id", arguments: [c.networkID])
                .map { Case.Note(time: $0[0], author: $0[1], text: $0[2]) }
            for n in CaseNotes.unsaved(c.notes, stored: stored) {
                try db.execute(sql: "INSERT INTO case_notes (network_id, time, author, text) VALUES (?, ?, ?, ?)", arguments: [c.networkID, n.time, n.author, n.text])
            }
        }
    }

    public func enforcementActions() throws -> [EnforcementAction] {
        try pool.read { db in try Self.enforcementActions(db, where: "", []) }
    }

    public func enforcementActions(targetKind: TargetKind, target: String) throws -> [EnforcementAction] {
        // Actions are taken by people, so the table stays small: no index.
        try pool.read { db in try Self.enforcementActions(db, where: "WHERE target_kind = ? AND target = ?", [targetKind.rawValue, target]) }
    }

    static func enforcementActions(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [EnforcementAction] {
        try Row.fetchAll(
            db, sql: "SELECT id, time, actor, target_kind, target, accounts, action, category, reason, reverses FROM enforcement \(condition) ORDER BY id",
            arguments: arguments
        ).map { r in
            EnforcementAction(
                id: r[0], time: r[1], actor: r[2], targetKind: try .stored(r[3], "target kind"), target: r[4], accounts: JSONList.decode(r[5]),
                action: try .stored(r[6], "enforcement action"), category: try .stored(r[7], "category"), reason: r[8], reverses: r[9])
        }
    }

    public func addEnforcement(_ a: EnforcementAction) throws -> EnforcementAction {
        try write { db in
            try db.execute(
                sql: "INSERT INTO enforcement (time, actor, target_kind, target, accounts, action, category, reason, reverses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [a.time, a.actor, a.targetKind.rawValue, a.target, JSONList.encode(a.accounts), a.action.rawValue, a.category.rawValue, a.reason, a.reverses])
            var stored = a
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    public func auditLog() throws -> [AuditEntry] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, time, actor, action, subject, detail FROM audit ORDER BY id")
                .map { AuditEntry(id: $0[0], time: $0[1], actor: $0[2], action: $0[3], subject: $0[4], detail: $0[5]) }
        }
    }

    public func addAudit(actor: String, action: String, subject: String, detail: String, time: Int64) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO audit (time, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)", arguments: [time, actor, action, subject, detail])
        }
    }

    public func fingerprints() throws -> [Fingerprint] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT network_id, kind, value FROM fingerprints ORDER BY network_id, kind, value")
                .map { Fingerprint(networkID: $0[0], kind: try .stored($0[1], "fingerprint kind"), value: $0[2]) }
        }
    }

    public func addFingerprints(_ f: [Fingerprint]) throws {
        try write { db in
            for x in f {
                try db.execute(sql: "INSERT OR IGNORE INTO fingerprints (network_id, kind, value) VALUES (?, ?, ?)", arguments: [x.networkID, x.kind.rawValue, x.value])
            }
        }
    }

    // MARK: tokens and sessions

    static let tokenColumns = "id, hash, role, name, created, last_used, revoked"

    static func storedToken(_ r: Row) -> StoredToken {
        StoredToken(id: r[0], hash: r[1], role: r[2], name: r[3], created: r[4], lastUsed: r[5], revoked: r[6])
    }

    @discardableResult
    public func addToken(hash: String, role: String, name: String, created: Int64) throws -> Int64 {
        try write { db in
            try db.execute(sql: "INSERT INTO tokens (hash, role, name, created) VALUES (?, ?, ?, ?)", arguments: [hash, role, name, created])
            return db.lastInsertedRowID
        }
    }

    public func token(hash: String) throws -> StoredToken? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.tokenColumns) FROM tokens WHERE hash = ?", arguments: [hash]).map(Self.storedToken)
        }
    }

    public func token(id: Int64) throws -> StoredToken? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.tokenColumns) FROM tokens WHERE id = ?", arguments: [id]).map(Self.storedToken)
        }
    }

    public func tokens() throws -> [StoredToken] {
        try pool.read { db in try Row.fetchAll(db, sql: "SELECT \(Self.tokenColumns) FROM tokens ORDER BY id").map(Self.storedToken) }
    }

    public func tokenCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM tokens") ?? 0 }
    }

    public func markTokenUsed(id: Int64, time: Int64) throws {
        try write { db in
            try db.execute(sql: "UPDATE tokens SET last_used = ? WHERE id = ? AND (last_used IS NULL OR last_used < ?)", arguments: [time, id, time])
        }
    }

    public func revokeToken(id: Int64, time: Int64) throws -> Bool {
        try write { db in
            try db.execute(sql: "UPDATE tokens SET revoked = ? WHERE id = ? AND revoked IS NULL", arguments: [time, id])
            guard db.changesCount > 0 else { return false }
            try db.execute(sql: "UPDATE sessions SET revoked = ? WHERE token_id = ? AND revoked IS NULL", arguments: [time, id])
            return true
        }
    }

    public func addSession(hash: String, tokenID: Int64, created: Int64, expires: Int64) throws {
        try write { db in
            try db.execute(
                sql: "INSERT INTO sessions (hash, token_id, created, last_seen, expires) VALUES (?, ?, ?, ?, ?)",
                arguments: [hash, tokenID, created, created, expires])
        }
    }

    public func session(hash: String) throws -> StoredSession? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT hash, token_id, created, last_seen, expires, revoked FROM sessions WHERE hash = ?", arguments: [hash]).map {
                StoredSession(hash: $0[0], tokenID: $0[1], created: $0[2], lastSeen: $0[3], expires: $0[4], revoked: $0[5])
            }
        }
    }

    public func touchSession(hash: String, time: Int64) throws {
        try write { db in
            try db.execute(sql: "UPDATE sessions SET last_seen = ? WHERE hash = ? AND last_seen < ?", arguments: [time, hash, time])
        }
    }

    public func revokeSession(hash: String, time: Int64) throws -> Bool {
        try write { db in
            try db.execute(sql: "UPDATE sessions SET revoked = ? WHERE hash = ? AND revoked IS NULL", arguments: [time, hash])
            return db.changesCount > 0
        }
    }

    // MARK: reads

    public func quarantinedLines() throws -> [QuarantinedLine] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT kind, source, line, reason, raw FROM quarantine ORDER BY source, line, kind")
                .map { row in
                    QuarantinedLine(
                        kind: QuarantinedLine.Kind(rawValue: row[0]) ?? .event, source: row[1], line: row[2],
                        reason: row[3], raw: [UInt8]((row[4] as Data?) ?? Data()))
                }
        }
    }

    public func quarantineCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM quarantine") ?? 0 }
    }

    public func eventCount() throws -> Int {
        // Every stored event owns one row of the compact key tables: counting those is far
        // cheaper than scanning the events themselves.
        try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM event_keys) + (SELECT count(*) FROM event_id_overflow)") ?? 0
        }
    }

    public func observationCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM observations") ?? 0 }
    }

    public func accountCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT account) FROM events") ?? 0 }
    }

    public func accounts(organization: String) throws -> [String] {
        // A scan of the events: an index on organization would slow every ingest batch for a
        // query that only enforcement on an organization makes.
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT account FROM events WHERE organization = ? ORDER BY account", arguments: [organization])
        }
    }

    static let eventColumns = """
        e.id, time, account, organization, conversation, channel, model, prompt, response, refused, ip, asn,
        country, anonymizer, user_agent, device, timezone, locale, raw
        """

    static func event(from row: Row) -> UsageEvent {
        UsageEvent(
            id: row[0], time: row[1], account: row[2], prompt: row[7], organization: row[3], conversation: row[4],
            channel: (row[5] as String?).flatMap(UsageEvent.Channel.init(rawValue:)), model: row[6], response: row[8],
            refused: (row[9] as Int?).map { $0 != 0 }, ip: row[10], asn: row[11], country: row[12],
            anonymizer: (row[13] as String?).flatMap(UsageEvent.Anonymizer.init(rawValue:)), userAgent: row[14],
            device: row[15], timezone: row[16], locale: row[17], raw: row[18])
    }

    public func event(id: String) throws -> UsageEvent? {
        try pool.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT \(Self.eventColumns) FROM events e WHERE id = ?1 AND seq IN (
                        SELECT seq FROM event_keys WHERE key = ?2 UNION ALL SELECT seq FROM event_id_overflow WHERE id = ?1)
                    """, arguments: [id, keyHash(id)]
            ).map(Self.event(from:))
        }
    }

    public func events(account: String) throws -> [UsageEvent] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT \(Self.eventColumns) FROM events e WHERE account = ? ORDER BY time, e.id",
                arguments: [account]
            ).map(Self.event(from:))
        }
    }

    static let observationColumns = """
        id, time, platform, url, author, community, language, text, views, likes, shares, replies, followers,
        authentic_engagement, reposted_by, amplified_by_public_figure, policy_response, calls_for_violence, raw
        """

    static func observation(_ row: Row) -> Observation {
        Observation(
            id: row[0], time: row[1], platform: row[2], text: row[7], url: row[3], author: row[4],
            community: row[5], language: row[6], views: row[8], likes: row[9], shares: row[10],
            replies: row[11], followers: row[12], authenticEngagement: (row[13] as Int?).map { $0 != 0 },
            repostedBy: JSONList.decode(row[14]), amplifiedByPublicFigure: (row[15] as Int?).map { $0 != 0 },
            policyResponse: (row[16] as Int?).map { $0 != 0 }, callsForViolence: (row[17] as Int?).map { $0 != 0 },
            raw: row[18])
    }

    public func observation(id: String) throws -> Observation? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.observationColumns) FROM observations WHERE id = ?", arguments: [id]).map(Self.observation)
        }
    }

    public func accountInfo(account: String) throws -> AccountInfo? {
        try pool.read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT email, email_domain, phone_country, payment, created, plan FROM accounts WHERE account = ?",
                arguments: [account]
            ).map { row in
                AccountInfo(
                    email: row[0], emailDomain: row[1], phoneCountry: row[2], payment: row[3], created: row[4],
                    plan: row[5])
            }
        }
    }
}

// MARK: binding helpers

let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
nonisolated(unsafe) let emptyBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

@inline(__always) func bind(_ stmt: OpaquePointer, _ index: Int32, _ value: String?) {
    guard var value else {
        sqlite3_bind_null(stmt, index)
        return
    }
    value.withUTF8 { p in
        let base = UnsafeRawPointer(p.baseAddress ?? UnsafePointer(emptyBytes)).assumingMemoryBound(to: CChar.self)
        _ = sqlite3_bind_text(stmt, index, base, Int32(p.count), sqliteTransient)
    }
}

/// One row's text, copied side by side so it can be bound without SQLite copying it again
/// (SQLITE_STATIC). `reset` makes room for the next row before any of it is bound.
struct RowBuffer {
    var base = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
    var capacity = 1 << 16
    var used = 0

    mutating func reset(capacity needed: Int) {
        used = 0
        guard needed > capacity else { return }
        base.deallocate()
        capacity = max(needed, capacity * 2)
        base = .allocate(capacity: capacity)
    }

    @inline(__always) mutating func bind(_ stmt: OpaquePointer, _ index: Int32, _ value: String?) {
        guard let value else {
            sqlite3_bind_null(stmt, index)
            return
        }
        bind(stmt, index, value)
    }

    /// (Not through the optional form: wrapping a borrowed string in an Optional retained it.)
    @inline(__always) mutating func bind(_ stmt: OpaquePointer, _ index: Int32, _ value: String) {
        let start = base + used
        func copy(_ p: UnsafeBufferPointer<UInt8>) -> Int {
            if let source = p.baseAddress { start.update(from: source, count: p.count) }
            return p.count
        }
        // Native strings are contiguous UTF-8; others are made so by a copy.
        let count = value.utf8.withContiguousStorageIfAvailable(copy) ?? {
            var contiguous = value
            return contiguous.withUTF8(copy)
        }()
        used += count
        _ = sqlite3_bind_text(stmt, index, UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self), Int32(count), nil)
    }

    func deallocate() { base.deallocate() }
}

@inline(__always) func bind(_ stmt: OpaquePointer, _ index: Int32, _ value: Int64?) {
    if let value { sqlite3_bind_int64(stmt, index, value) } else { sqlite3_bind_null(stmt, index) }
}

@inline(__always) func bind(_ stmt: OpaquePointer, _ index: Int32, _ value: Int?) {
    bind(stmt, index, value.map(Int64.init))
}

/// A thread that runs passive WAL checkpoints on its own connection until stopped.
final class Checkpointer: @unchecked Sendable {
    // @unchecked: `stopped` is guarded by `condition`; the connection is used by the thread only.
    let path: String
    let condition = NSCondition()
    var stopped = false
    var finished = false

    init(path: String) { self.path = path }

    func start() {
        let thread = Thread { [self] in run() }
        thread.start()
    }

    func run() {
        var db: OpaquePointer?
        defer {
            sqlite3_close(db)
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else { return }
        sqlite3_busy_timeout(db, 50)
        // A connection learns that the database is in WAL mode on its first read; until then a
        // checkpoint call does nothing.
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nil, nil, nil)
        condition.lock()
        while !stopped {
            condition.unlock()
            sqlite3_wal_checkpoint_v2(db, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            condition.lock()
            if !stopped { _ = condition.wait(until: Date(timeIntervalSinceNow: 0.25)) }
        }
        condition.unlock()
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}

/// A stable 64-bit hash of an event id (FNV-1a, then the SplitMix64 finaliser to spread the bits).
/// Stable across processes and versions: it is stored.
public enum EventKey {
    public static func hash(_ id: String) -> Int64 {
        Int64(bitPattern: StableHash.of(id))
    }
}
