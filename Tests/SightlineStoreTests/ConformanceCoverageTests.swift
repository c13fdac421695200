import Foundation
import SightlineStoreTesting
import Testing

/// Holds `StoreConformance.Check.methods` against the `Store` protocol as written, so a new
/// requirement without a check fails here rather than going untested on some store.
@Suite struct ConformanceCoverageTests {
    static let storeSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/SightlineStore/Store.swift")

    @Test func everyRequirementOfTheProtocolIsChecked() throws {
        let requirements = try Self.requirements(in: String(contentsOf: Self.storeSource, encoding: .utf8))
        #expect(requirements.count >= 30, "the parser found too few requirements: \(requirements.sorted())")
        let checked = Set(StoreConformance.Check.allCases.flatMap(\.methods))
        #expect(requirements.subtracting(checked).sorted() == [], "requirements no check asserts on")
        #expect(checked.subtracting(requirements).sorted() == [], "checks name methods the protocol does not have")
    }

    @Test func theParserNamesRequirementsAsSwiftDoes() {
        let source = """
            public protocol Store: Sendable {
                /// func ignored(x: Int)
                func ingest(events: [UsageEvent], quarantined: [QuarantinedLine]) throws -> [Bool]
                func bulkLoad<T>(_ body: () throws -> T) throws -> T
                func networkIDs(containing account: String) throws -> [String]
                func saveClassifications(_ items: [(seq: Int64, classification: EventClassification)]) throws
                func eventCount() throws -> Int
            }

            extension Store {
                public func notARequirement(x: Int) {}
            }
            """
        #expect(Self.requirements(in: source) == [
            "ingest(events:quarantined:)", "bulkLoad(_:)", "networkIDs(containing:)", "saveClassifications(_:)", "eventCount()",
        ])
    }

    /// The selector names (`name(label:label:)`) of the functions declared in `protocol Store`.
    static func requirements(in source: String) -> Set<String> {
        guard let start = source.range(of: "public protocol Store") else { return [] }
        // The protocol declares no braces of its own until its closing one.
        let body = source[start.upperBound...].drop { $0 != "{" }.dropFirst().prefix { $0 != "}" }
        var names = Set<String>()
        for line in body.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("func "), let open = text.firstIndex(of: "(") else { continue }
            var name = text[text.index(text.startIndex, offsetBy: 5)..<open]
            if let generic = name.firstIndex(of: "<") { name = name[..<generic] }
            names.insert(String(name) + "(" + labels(of: parameterList(text[text.index(after: open)...])).map { $0 + ":" }.joined() + ")")
        }
        return names
    }

    /// The text between a function's opening parenthesis (already consumed) and its match.
    static func parameterList(_ rest: Substring) -> Substring {
        var depth = 0
        for i in rest.indices {
            switch rest[i] {
            case "(", "[": depth += 1
            case ")", "]":
                if depth == 0 { return rest[..<i] }
                depth -= 1
            default: break
            }
        }
        return rest
    }

    /// The argument labels of a parameter list: the first word of each top-level parameter.
    static func labels(of parameters: Substring) -> [String] {
        var out: [String] = []
        var depth = 0
        var current = ""
        for c in parameters + "," {
            switch c {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "," where depth == 0:
                let name = current.trimmingCharacters(in: .whitespaces).prefix { $0 != " " && $0 != ":" }
                if !name.isEmpty { out.append(String(name)) }
                current = ""
                continue
            default: break
            }
            current.append(c)
        }
        return out
    }
}
