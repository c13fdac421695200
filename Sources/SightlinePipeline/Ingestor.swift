import Dispatch
import SightlineCore
import SightlineStore

/// What one ingest run did. `stored + duplicates + quarantined == lines` always holds.
/// What an ingest did with its lines. Its JSON form is the contract's `ingest --format json`.
public struct IngestSummary: Sendable, Equatable, Encodable {
    public var stored = 0
    public var duplicates = 0
    public var quarantined = 0
    /// Non-blank lines read.
    public var lines = 0
    public var blankLines = 0
    public var bytes = 0
    /// Files that could not be read, or were cut short (their earlier lines still count above).
    public var failures: [String] = []
    public init() {}

    public var accountedFor: Bool { stored + duplicates + quarantined == lines }

    enum CodingKeys: String, CodingKey { case stored, duplicates, quarantined, lines }

    public static func + (a: IngestSummary, b: IngestSummary) -> IngestSummary {
        var s = a
        s.stored += b.stored
        s.duplicates += b.duplicates
        s.quarantined += b.quarantined
        s.lines += b.lines
        s.blankLines += b.blankLines
        s.bytes += b.bytes
        s.failures += b.failures
        return s
    }
}

/// Progress of a running ingest, reported after each batch.
public struct IngestProgress: Sendable {
    public var source: String
    public var summary: IngestSummary
    public var elapsedSeconds: Double
}

/// Streams JSON Lines files into a store: reads a batch of lines, decodes and validates it on a
/// second thread while the previous batch is written, and writes each batch (records plus the
/// lines set aside) in one transaction. Idempotent on `id`, so re-running after a crash completes
/// the input without duplicates.
public struct Ingestor: Sendable {
    public enum Kind: Sendable { case events, observations }

    public let store: Store
    public let kind: Kind
    public var maxLineBytes = LineReader.defaultMaxLineBytes
    /// Lines (and bytes) per transaction: large batches amortise the id index's page writes.
    public var batchLines = 65_536
    public var batchBytes = 48 << 20
    static let firstBatchLines = 4096

    public init(store: Store, kind: Kind) {
        self.store = store
        self.kind = kind
    }

    var quarantineKind: QuarantinedLine.Kind { kind == .events ? .event : .observation }

    /// Ingests each path in turn (`-` is standard input). A file that cannot be read is recorded in
    /// `failures` and the others still run. Store failures are thrown.
    public func ingest(paths: [String], progress: ((IngestProgress) -> Void)? = nil) throws -> IngestSummary {
        try store.bulkLoad { try ingestEach(paths, progress) }
    }

    func ingestEach(_ paths: [String], _ progress: ((IngestProgress) -> Void)?) throws -> IngestSummary {
        var total = IngestSummary()
        for path in paths {
            var done = IngestSummary()
            do {
                let source = try openInput(path)
                done = try ingest(source: source, sourceName: path == "-" ? "stdin" : path) { p in
                    var p = p
                    p.summary = total + p.summary
                    progress?(p)
                }
            } catch let error as InputError {
                done.failures.append(error.description)
            } catch let error as PartialIngest {
                done = error.summary
                done.failures.append(error.error.description)
            }
            total = total + done
        }
        return total
    }

    struct PartialIngest: Error {
        var summary: IngestSummary
        var error: InputError
    }

    /// Ingests one source. If the source fails part-way (a truncated gzip), everything before the
    /// failure is stored and a `PartialIngest` carrying the counts is thrown.
    func ingest(source: ByteSource, sourceName: String, progress: ((IngestProgress) -> Void)?) throws -> IngestSummary {
        let reader = LineReader(source, maxLineBytes: maxLineBytes)
        let clock = ContinuousClock()
        let started = clock.now
        var summary = IngestSummary()
        var pending: DecodedBatch?
        var readError: InputError?

        func write(_ decoded: DecodedBatch) throws {
            let flags: [Bool]
            switch decoded.records {
            case .events(let events): flags = try store.ingest(events: events, quarantined: decoded.quarantined)
            case .observations(let obs): flags = try store.ingest(observations: obs, quarantined: decoded.quarantined)
            }
            let stored = flags.reduce(0) { $0 + ($1 ? 1 : 0) }
            summary.stored += stored
            summary.duplicates += flags.count - stored
            summary.quarantined += decoded.quarantined.count
            summary.lines += decoded.lineCount
            summary.bytes = decoded.bytesConsumed
            summary.blankLines = reader.blankLines
            let elapsed = clock.now - started
            progress?(
                IngestProgress(
                    source: sourceName, summary: summary,
                    elapsedSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
        }

        // Read and decode the next batch on another thread while this one writes the previous:
        // the writer is the one stage that cannot be split, so everything else leaves its core.
        let producer = BatchProducer(
            reader: reader, decode: Self.decoder(kind: kind, source: sourceName, maxLineBytes: maxLineBytes),
            batchLines: batchLines, batchBytes: batchBytes)
        // The writer waits for the first batch: a small one gets it started sooner (a file of
        // 165,000 lines is only three full batches), and batches double up to `batchLines`.
        producer.lines = min(batchLines, Self.firstBatchLines)
        while true {
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { producer.produce() }
            if let p = pending { try write(p) }
            group.wait()
            pending = producer.decoded
            if let error = producer.error { readError = error }
            if pending == nil { break }
        }
        summary.blankLines = reader.blankLines
        if let readError { throw PartialIngest(summary: summary, error: readError) }
        return summary
    }

    enum Records {
        case events([UsageEvent])
        case observations([Observation])
    }

    struct DecodedBatch: @unchecked Sendable {
        // @unchecked: built on one thread, handed over through a DispatchGroup wait, then only read.
        var records: Records
        /// The line number of each record, in order.
        var recordLines: [Int]
        var quarantined: [QuarantinedLine]
        var lineCount: Int
        var bytesConsumed: Int
    }

    /// Reads and decodes one batch per `produce()` call. @unchecked: `produce()` runs on one
    /// background thread at a time, and its results are read only after a `DispatchGroup` wait.
    final class BatchProducer: @unchecked Sendable {
        let reader: LineReader
        let decode: @Sendable (LineBatch) -> DecodedBatch
        let batchLines: Int
        let batchBytes: Int
        /// Lines in the next batch: doubles after each batch up to `batchLines`.
        var lines: Int
        var decoded: DecodedBatch?
        var error: InputError?

        init(reader: LineReader, decode: @escaping @Sendable (LineBatch) -> DecodedBatch, batchLines: Int, batchBytes: Int) {
            self.reader = reader
            self.decode = decode
            self.batchLines = batchLines
            self.batchBytes = batchBytes
            lines = batchLines
        }

        func produce() {
            decoded = nil
            do {
                if let batch = try reader.next(maxLines: lines, maxBytes: batchBytes) { decoded = decode(batch) }
            } catch {
                self.error = error
            }
            lines = min(batchLines, lines * 2)
        }
    }

    static func decoder(kind: Kind, source: String, maxLineBytes: Int) -> @Sendable (LineBatch) -> DecodedBatch {
        let qkind: QuarantinedLine.Kind = kind == .events ? .event : .observation
        return { batch in
            var quarantined: [QuarantinedLine] = []
            for o in batch.oversize {
                quarantined.append(
                    QuarantinedLine(
                        kind: qkind, source: source, line: o.line,
                        reason: "line \(o.line): the line is \(o.size) bytes, over the \(maxLineBytes)-byte line limit; only its first \(o.head.count) bytes are kept here",
                        raw: o.head))
            }
            func setAside(_ i: Int, _ error: LineError, _ bytes: UnsafeBufferPointer<UInt8>) {
                let line = batch.lineNumbers[i]
                quarantined.append(
                    QuarantinedLine(kind: qkind, source: source, line: line, reason: "line \(line): \(error.reason)", raw: Array(bytes)))
            }
            var recordLines: [Int] = []
            recordLines.reserveCapacity(batch.ranges.count)
            let records: Records = batch.storage.withUnsafeBufferPointer { all in
                switch kind {
                case .events:
                    var out: [UsageEvent] = []
                    out.reserveCapacity(batch.ranges.count)
                    for (i, r) in batch.ranges.enumerated() {
                        let bytes = UnsafeBufferPointer(rebasing: all[r])
                        do throws(LineError) {
                            out.append(try EventDecoder.decode(bytes))
                            recordLines.append(batch.lineNumbers[i])
                        } catch { setAside(i, error, bytes) }
                    }
                    return .events(out)
                case .observations:
                    var out: [Observation] = []
                    for (i, r) in batch.ranges.enumerated() {
                        let bytes = UnsafeBufferPointer(rebasing: all[r])
                        do throws(LineError) {
                            out.append(try ObservationDecoder.decode(bytes))
                            recordLines.append(batch.lineNumbers[i])
                        } catch { setAside(i, error, bytes) }
                    }
                    return .observations(out)
                }
            }
            return DecodedBatch(
                records: records, recordLines: recordLines, quarantined: quarantined, lineCount: batch.lineCount,
                bytesConsumed: batch.bytesConsumed)
        }
    }
}

/// Bytes already in memory (an HTTP request body) as a byte source.
public final class BytesSource: ByteSource {
    let bytes: [UInt8]
    var offset = 0
    public let name: String
    public init(_ bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        let n = min(buffer.count, bytes.count - offset)
        bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + n)])) }
        offset += n
        return n
    }
}

extension Ingestor {
    /// One result per non-blank line, for callers that answer line by line (the HTTP API).
    public struct LineResult: Sendable, Encodable {
        public enum Status: String, Sendable, Encodable { case stored, duplicate, quarantined }
        public var line: Int
        public var status: Status
        /// Why a quarantined line was set aside.
        public var reason: String?
    }

    /// What an in-memory body did: counts of every line, and the first lines that were not stored.
    public struct BodyResult: Sendable, Encodable {
        public var stored = 0
        public var duplicates = 0
        /// Every line set aside, kept or not.
        public var quarantined = 0
        /// The quarantined lines kept in the store (the first `keepQuarantined`).
        public var quarantineKept = 0
        /// The first `listLines` lines that were not stored (quarantined with their reason, or
        /// duplicates), by line.
        public var lines: [LineResult] = []
        /// Lines not stored beyond those listed.
        public var linesOmitted = 0

        enum CodingKeys: String, CodingKey {
            case stored, duplicates, quarantined, quarantineKept = "quarantine_kept", lines, linesOmitted = "lines_omitted"
        }
    }

    /// Ingests a body held in memory with the same validation and quarantine as files, in one
    /// transaction. A body of junk is bounded twice: at most `keepQuarantined` of its lines are
    /// kept in quarantine (the rest are counted), and the answer lists at most `listLines` lines.
    public func ingestWithResults(_ bytes: [UInt8], source: String, keepQuarantined: Int = .max, listLines: Int = .max) throws -> BodyResult {
        let reader = LineReader(BytesSource(bytes, name: source), maxLineBytes: maxLineBytes)
        let decode = Self.decoder(kind: kind, source: source, maxLineBytes: maxLineBytes)
        var events: [UsageEvent] = []
        var observations: [Observation] = []
        var recordLines: [Int] = []
        var kept: [QuarantinedLine] = []
        var result = BodyResult()
        var listed: [LineResult] = []
        // Batches of 64k lines: a body of millions of one-byte lines never holds all its rejects.
        while let batch = try reader.next(maxLines: 1 << 16, maxBytes: 1 << 30) {
            let decoded = decode(batch)
            switch decoded.records {
            case .events(let e): events += e
            case .observations(let o): observations += o
            }
            recordLines += decoded.recordLines
            result.quarantined += decoded.quarantined.count
            kept += decoded.quarantined.prefix(max(0, keepQuarantined - kept.count))
            // Lines come in order, so the first rejects of the body are the first of its batches.
            for q in decoded.quarantined where listed.count < listLines { listed.append(LineResult(line: q.line, status: .quarantined, reason: q.reason)) }
        }
        let flags = kind == .events
            ? try store.ingest(events: events, quarantined: kept) : try store.ingest(observations: observations, quarantined: kept)
        result.quarantineKept = kept.count
        result.stored = flags.filter { $0 }.count
        result.duplicates = flags.count - result.stored
        for (i, stored) in flags.enumerated() where !stored { listed.append(LineResult(line: recordLines[i], status: .duplicate)) }
        listed.sort { $0.line < $1.line }
        result.lines = Array(listed.prefix(listLines))
        result.linesOmitted = result.quarantined + result.duplicates - result.lines.count
        return result
    }
}
