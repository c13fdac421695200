import CLibPQ
import Foundation
import SightlineStore

/// A value bound to a statement parameter. Text and numbers go as text; bytes as binary.
enum PGValue {
    case text(String?)
    case int(Int64?)
    case bool(Bool?)
    case double(Double)
    case bytes([UInt8])
}

/// One result of a statement: rows of text values (NULL as nil).
struct PGRows {
    let rows: [[String?]]
    /// Rows changed by an INSERT, UPDATE or DELETE.
    let changed: Int

    subscript(_ row: Int, _ column: Int) -> String? { rows[row][column] }
}

/// A libpq connection used from one thread at a time (callers hold the store's lock).
final class PostgresConnection {
    let handle: OpaquePointer
    let safeName: String

    init(url: String, safeName: String) throws {
        self.safeName = safeName
        guard let c = PQconnectdb(url) else { throw StoreError(.cannotOpen, "cannot connect to the PostgreSQL store at \(safeName): out of memory") }
        handle = c
        // On a throw from here on, deinit closes the handle.
        guard PQstatus(c) == CONNECTION_OK else {
            let message = Self.message(c)
            throw StoreError(.cannotOpen, "cannot connect to the PostgreSQL store at \(safeName): \(message)")
        }
        _ = try execute("SET client_min_messages = warning")
        // COPY's text format and the parameters are UTF-8 whatever the server's default.
        _ = try execute("SET client_encoding = 'UTF8'")
    }

    deinit { PQfinish(handle) }

    static func message(_ c: OpaquePointer) -> String {
        String(cString: PQerrorMessage(c)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs one statement with parameters ($1, $2, ...). PostgreSQL text cannot hold NUL, so NUL
    /// characters in text parameters are replaced with U+FFFD (the event's raw line keeps the
    /// original escape).
    @discardableResult
    func execute(_ sql: String, _ params: [PGValue] = []) throws -> PGRows {
        var buffers: [[CChar]?] = []
        var lengths: [Int32] = []
        var formats: [Int32] = []
        for p in params {
            switch p {
            case .text(let s):
                buffers.append(s.map { Array(($0.contains("\u{0}") ? $0.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : $0).utf8CString) })
                lengths.append(0)
                formats.append(0)
            case .int(let i):
                buffers.append(i.map { Array(String($0).utf8CString) })
                lengths.append(0)
                formats.append(0)
            case .bool(let b):
                buffers.append(b.map { Array(($0 ? "t" : "f").utf8CString) })
                lengths.append(0)
                formats.append(0)
            case .double(let d):
                buffers.append(Array(String(d).utf8CString))
                lengths.append(0)
                formats.append(0)
            case .bytes(let b):
                buffers.append(b.map { CChar(bitPattern: $0) } + [0])
                lengths.append(Int32(b.count))
                formats.append(1)
            }
        }
        // Without parameters, PQexec also runs scripts of several statements (the migrations).
        let result: OpaquePointer? = params.isEmpty ? PQexec(handle, sql) : withPointers(buffers) { pointers in
            PQexecParams(handle, sql, Int32(params.count), nil, pointers, lengths, formats, 0)
        }
        guard let result else { throw StoreError(.writeFailed, "PostgreSQL: \(Self.message(handle))") }
        defer { PQclear(result) }
        let status = PQresultStatus(result)
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            throw StoreError(.writeFailed, "PostgreSQL: \(message)")
        }
        let n = Int(PQntuples(result))
        let columns = Int(PQnfields(result))
        var rows: [[String?]] = []
        rows.reserveCapacity(n)
        for r in 0..<n {
            var row: [String?] = []
            row.reserveCapacity(columns)
            for c in 0..<columns {
                if PQgetisnull(result, Int32(r), Int32(c)) == 1 {
                    row.append(nil)
                } else {
                    let p = PQgetvalue(result, Int32(r), Int32(c))!
                    let length = Int(PQgetlength(result, Int32(r), Int32(c)))
                    row.append(p.withMemoryRebound(to: UInt8.self, capacity: length) {
                        String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
                    })
                }
            }
            rows.append(row)
        }
        let changed = Int(String(cString: PQcmdTuples(result))) ?? 0
        return PGRows(rows: rows, changed: changed)
    }

    /// Runs `COPY table (columns) FROM STDIN` (text format) and hands it the rows `write` appends to
    /// a `CopyText` buffer; `write` is called until it returns false. The buffer is sent in pieces
    /// of about a megabyte as it fills. Returns the number of rows copied.
    @discardableResult
    func copyIn(_ sql: String, _ write: (inout CopyText) throws -> Bool) throws -> Int {
        guard let start = PQexec(handle, sql) else { throw StoreError(.writeFailed, "PostgreSQL: \(Self.message(handle))") }
        let status = PQresultStatus(start)
        let startMessage = String(cString: PQresultErrorMessage(start)).trimmingCharacters(in: .whitespacesAndNewlines)
        PQclear(start)
        guard status == PGRES_COPY_IN else { throw StoreError(.writeFailed, "PostgreSQL: \(startMessage)") }
        var text = CopyText()
        var failure: Error?
        func send() -> Bool {
            let ok = text.bytes.withUnsafeBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { PQputCopyData(handle, $0, Int32(p.count)) == 1 }
            }
            text.bytes.removeAll(keepingCapacity: true)
            return ok
        }
        do {
            while try write(&text) {
                if text.bytes.count >= 1 << 20 && !send() { break }
            }
            if !text.bytes.isEmpty { _ = send() }
        } catch {
            failure = error
        }
        // Ending with an error message makes the server abort the COPY (and the transaction).
        _ = failure == nil ? PQputCopyEnd(handle, nil) : PQputCopyEnd(handle, "the client stopped the copy")
        var message: String?
        var copied = 0
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) == PGRES_COMMAND_OK {
                copied = Int(String(cString: PQcmdTuples(result))) ?? 0
            } else if message == nil {
                message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            PQclear(result)
        }
        if let failure { throw failure }
        if let message { throw StoreError(.writeFailed, "PostgreSQL: \(message)") }
        return copied
    }

    /// Runs `body` in a transaction, rolling back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }
}

/// Rows in COPY's text format: fields separated by tabs, rows ended by newlines, NULL as `\N`.
/// Text is attacker-controlled: backslash, tab, newline and carriage return are escaped (`\\`,
/// `\t`, `\n`, `\r`), and NUL, which PostgreSQL text cannot hold, becomes U+FFFD as in `execute`.
struct CopyText {
    var bytes: [UInt8] = []
    var fieldsInRow = 0

    init() { bytes.reserveCapacity(1 << 21) }

    mutating func separate() {
        if fieldsInRow > 0 { bytes.append(0x09) }
        fieldsInRow += 1
    }

    mutating func null() {
        separate()
        bytes.append(0x5C)
        bytes.append(0x4E)
    }

    mutating func text(_ value: String?) {
        guard var value else { return null() }
        separate()
        value.withUTF8 { p in
            var clean = 0
            for (i, b) in p.enumerated() where b < 0x0E || b == 0x5C {
                let escaped: [UInt8]
                switch b {
                case 0x5C: escaped = [0x5C, 0x5C]
                case 0x09: escaped = [0x5C, 0x74]
                case 0x0A: escaped = [0x5C, 0x6E]
                case 0x0D: escaped = [0x5C, 0x72]
                case 0x00: escaped = [0xEF, 0xBF, 0xBD]
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[clean..<i]))
                bytes.append(contentsOf: escaped)
                clean = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[clean...]))
        }
    }

    mutating func int(_ value: Int64?) {
        guard let value else { return null() }
        separate()
        if value < 0 { bytes.append(0x2D) }
        // The magnitude, so Int64.min needs no positive counterpart; digits go in reversed.
        var rest = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    mutating func bool(_ value: Bool?) {
        guard let value else { return null() }
        separate()
        bytes.append(value ? 0x74 : 0x66)
    }

    mutating func endRow() {
        bytes.append(0x0A)
        fieldsInRow = 0
    }
}

/// Calls `body` with C pointers to each buffer (nil for NULL), valid for the call.
private func withPointers<R>(_ buffers: [[CChar]?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafePointer<CChar>?] = []
    var storage: [UnsafeMutablePointer<CChar>] = []
    for b in buffers {
        if let b {
            let p = UnsafeMutablePointer<CChar>.allocate(capacity: b.count)
            p.initialize(from: b, count: b.count)
            storage.append(p)
            pointers.append(UnsafePointer(p))
        } else {
            pointers.append(nil)
        }
    }
    defer { storage.forEach { $0.deallocate() } }
    return body(pointers)
}

/// Decodes PostgreSQL's text form of BYTEA (`\x` followed by hex).
func decodeByteaHex(_ text: String?) -> [UInt8] {
    guard let text, text.hasPrefix("\\x") else { return [] }
    var out: [UInt8] = []
    var high: UInt8? = nil
    for c in text.utf8.dropFirst(2) {
        let v: UInt8
        switch c {
        case 0x30...0x39: v = c - 0x30
        case 0x61...0x66: v = c - 0x61 + 10
        case 0x41...0x46: v = c - 0x41 + 10
        default: continue
        }
        if let h = high {
            out.append(h << 4 | v)
            high = nil
        } else {
            high = v
        }
    }
    return out
}

/// Up to `limit` connections, opened as they are needed and kept for reuse. A call borrows one
/// for its duration; a connection that the server dropped is closed and replaced on the next call.
final class PostgresPool: @unchecked Sendable {
    // @unchecked: `idle` and `opened` are only touched while holding `condition`.
    private let condition = NSCondition()
    private var idle: [PostgresConnection]
    private var opened: Int
    private let limit: Int
    private let connect: () throws -> PostgresConnection

    init(first: PostgresConnection, limit: Int, connect: @escaping () throws -> PostgresConnection) {
        idle = [first]
        opened = 1
        self.limit = limit
        self.connect = connect
    }

    func with<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let connection = try borrow()
        defer { giveBack(connection) }
        return try body(connection)
    }

    private func borrow() throws -> PostgresConnection {
        condition.lock()
        while idle.isEmpty && opened >= limit { condition.wait() }
        if let c = idle.popLast() {
            condition.unlock()
            return c
        }
        opened += 1
        condition.unlock()
        do {
            return try connect()
        } catch {
            condition.lock()
            opened -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func giveBack(_ connection: PostgresConnection) {
        condition.lock()
        defer {
            condition.signal()
            condition.unlock()
        }
        // A connection the server closed stays closed; the next call opens a new one.
        if PQstatus(connection.handle) == CONNECTION_OK { idle.append(connection) } else { opened -= 1 }
    }
}
