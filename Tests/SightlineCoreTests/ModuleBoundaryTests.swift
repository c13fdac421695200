import Foundation
import Testing

/// The pure modules take values and return values: no files, network, database or the host's
/// time-zone database. This reads their sources, so a new import that breaks the rule fails here.
@Suite struct ModuleBoundaryTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    @Test(arguments: ["SightlineCore", "SightlineScenario", "SightlineDetection", "SightlineAnalysis", "SightlineEncoder"])
    func pureModulesImportNoIO(module: String) throws {
        let dir = Self.sources.appendingPathComponent(module)
        let files = try #require(FileManager.default.enumerator(atPath: dir.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        let forbidden = ["import Foundation", "import GRDB", "import CLibPQ", "import Hummingbird", "import NIOCore", "import NIOPosix", "import SightlineStore", "TimeZone("]
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // The codec falls back to Foundation only where FoundationEssentials does not exist.
            if let i = lines.firstIndex(of: "#else"), i + 1 < lines.count, lines[i + 1].trimmingCharacters(in: .whitespaces) == "import Foundation" {
                lines.remove(at: i + 1)
            }
            for rule in forbidden {
                let broken = lines.contains { line in
                    let code = line.trimmingCharacters(in: .whitespaces)
                    return rule.hasSuffix("(") ? line.contains(rule) : code == rule || code.hasPrefix(rule + ".") || code.hasPrefix(rule + " ")
                }
                #expect(!broken, "\(module)/\(file): \(rule)")
            }
        }
    }
}

extension ModuleBoundaryTests {
    /// Only the executables choose a store: the pipeline and the server see the `Store` protocol.
    @Test(arguments: ["SightlinePipeline", "SightlineServer"])
    func onlyTheExecutablesLinkADatabase(module: String) throws {
        let dir = Self.sources.appendingPathComponent(module)
        let files = try #require(FileManager.default.enumerator(atPath: dir.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let imports = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("import ") }
            for banned in ["import GRDB", "import GRDBSQLite", "import CLibPQ", "import SightlineStoreSQLite", "import SightlineStorePostgres"] {
                #expect(!imports.contains(banned), "\(module)/\(file): \(banned)")
            }
        }
    }
}
