import Foundation
import SightlineCore
import SightlineStore
import SightlineStoreSQLite
import Testing
@testable import SightlinePipeline

struct TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sl-pipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: url.appendingPathComponent(name))
        return path(name)
    }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

func line(_ id: String, account: String = "a") -> String {
    #"{"id":"\#(id)","time":"2025-02-14T03:12:55Z","account":"\#(account)","prompt":"hello \#(id)"}"#
}

/// gzip from Debian's gzip package; the tests need real gzip files.
func gzip(_ path: String) throws -> String {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/gzip")
    p.arguments = ["-kf", path]
    try p.run()
    p.waitUntilExit()
    return path + ".gz"
}

@Suite struct IngestorTests {
    @Test func everyLineIsAccountedFor() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes += Array((line("e1") + "\r\n").utf8)
        bytes += Array("\n   \n".utf8)
        bytes += Array("{not json\n".utf8)
        bytes += Array("[1,2,3]\n".utf8)
        bytes += Array((#"{"id":"e2","time":"2025-13-45","account":"a","prompt":"p"}"# + "\n").utf8)
        bytes += Array(#"{"id":"e3","time":"2025-02-14T03:12:55Z","account":"a","prompt":""#.utf8) + [0xFF, 0x22, 0x7D, 0x0A]
        bytes += Array((line("e1") + "\n").utf8)  // duplicate within the file
        bytes += Array((#"{"id":"e4","time":"2025-02-14T03:12:55Z","account":"a","prompt":""# + String(repeating: "y", count: 300) + "\"}\n").utf8)
        bytes += Array(line("e5").utf8)  // no newline at the end
        let path = try dir.write("mixed.jsonl", bytes)
        let store = MemoryStore()
        var ingestor = Ingestor(store: store, kind: .events)
        ingestor.maxLineBytes = 200
        let s = try ingestor.ingest(paths: [path])
        #expect(s.lines == 8)
        #expect(s.stored == 2)
        #expect(s.duplicates == 1)
        #expect(s.quarantined == 5)
        #expect(s.accountedFor)
        #expect(s.blankLines == 2)
        let q = try store.quarantinedLines()
        #expect(q.map(\.line) == [4, 5, 6, 7, 9])
        #expect(q[2].reason == "line 6: field `time` is not an RFC 3339 timestamp: '2025-13-45'")
        #expect(q[3].reason.contains("not valid UTF-8"))
        #expect(q[4].reason.contains("over the 200-byte line limit"))
        #expect(q[0].raw == Array("{not json".utf8))

        // Re-running the same file changes nothing and accounts for every line again.
        let again = try ingestor.ingest(paths: [path])
        #expect(again.stored == 0 && again.duplicates == 3 && again.quarantined == 5)
        #expect(try store.quarantinedLines().count == 5)
    }

    @Test func gzipFilesAndDuplicatesAcrossFiles() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let a = try dir.write("a.jsonl", Array((1...500).map { line("e\($0)") }.joined(separator: "\n").utf8))
        let b = try gzip(try dir.write("b.jsonl", Array((400...900).map { line("e\($0)") }.joined(separator: "\n").utf8)))
        let store = MemoryStore()
        let s = try Ingestor(store: store, kind: .events).ingest(paths: [a, b])
        #expect(s.stored == 900)
        #expect(s.duplicates == 101)
        #expect(s.failures.isEmpty)
    }

    @Test func concatenatedGzipMembersAreRead() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let a = try Data(contentsOf: URL(fileURLWithPath: try gzip(try dir.write("a.jsonl", Array((line("x1") + "\n").utf8)))))
        let b = try Data(contentsOf: URL(fileURLWithPath: try gzip(try dir.write("b.jsonl", Array((line("x2") + "\n").utf8)))))
        let both = try dir.write("both.jsonl.gz", Array(a + b))
        let s = try Ingestor(store: MemoryStore(), kind: .events).ingest(paths: [both])
        #expect(s.stored == 2)
    }

    @Test func aTruncatedGzipKeepsTheLinesBeforeTheCutAndSaysSo() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let text = (1...3000).map { line("t\($0)", account: String(repeating: "z", count: 1 + $0 % 50)) }.joined(separator: "\n")
        let gz = try Data(contentsOf: URL(fileURLWithPath: try gzip(try dir.write("t.jsonl", Array(text.utf8)))))
        let cut = try dir.write("cut.jsonl.gz", Array(gz.prefix(gz.count / 2)))
        let store = MemoryStore()
        let s = try Ingestor(store: store, kind: .events).ingest(paths: [cut])
        #expect(s.failures.count == 1)
        #expect(s.failures[0].contains("truncated"))
        #expect(s.stored > 100 && s.stored < 3000)
        #expect(s.quarantined <= 1, "at most the line cut in half is set aside")
        #expect(s.accountedFor)
    }

    @Test func missingFilesAndDirectoriesFailClearlyWhileOthersStillRun() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let good = try dir.write("good.jsonl", Array(line("g1").utf8))
        let empty = try dir.write("empty.jsonl", [])
        let s = try Ingestor(store: MemoryStore(), kind: .events).ingest(paths: [dir.path("missing.jsonl"), good, empty, dir.url.path])
        #expect(s.stored == 1)
        #expect(s.lines == 1)
        #expect(s.failures.count == 2)
        #expect(s.failures[0].contains("missing.jsonl: cannot open: No such file or directory"))
        #expect(s.failures[1].contains("is a directory"))
    }

    @Test func observationsIngestWithTheSameGuarantees() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let text = [
            #"{"id":"o1","time":"2025-03-01T10:00:00Z","platform":"x","text":"hola"}"#,
            #"{"id":"o1","time":"2025-03-01T10:00:00Z","platform":"x","text":"hola"}"#,
            #"{"id":"o2","time":"2025-03-01T10:00:00Z","text":"no platform"}"#,
        ].joined(separator: "\n")
        let store = MemoryStore()
        let s = try Ingestor(store: store, kind: .observations).ingest(paths: [try dir.write("o.jsonl", Array(text.utf8))])
        #expect((s.stored, s.duplicates, s.quarantined) == (1, 1, 1))
        #expect(try store.quarantinedLines().first?.kind == .observation)
        #expect(try store.quarantinedLines().first?.reason == "line 3: required field `platform` is missing")
    }

    @Test func sqliteStoreIngestsAGeneratedScenarioExactly() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let written = try ScenarioFiles.write(to: dir.path("scenario"), seed: 9, scale: 0.1)
        let store = try SQLiteStore(path: dir.path("s.sqlite"))
        let s = try Ingestor(store: store, kind: .events).ingest(paths: [written.eventsPath])
        #expect(s.stored == written.counts.events)
        #expect(s.quarantined == 0)
        #expect(try store.eventCount() == written.counts.events)
        #expect(try store.accountCount() == written.counts.accounts)
        let o = try Ingestor(store: store, kind: .observations).ingest(paths: [written.observationsPath])
        #expect(o.stored == written.counts.observations)
    }
}
