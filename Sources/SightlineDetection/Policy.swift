import SightlineCore
import Yams

/// The detection policy: what each category means, the phrases that signal it in each language,
/// the gray-zone phrases that lower it, the tactic tags it implies, and the thresholds.
public struct Policy: Sendable {
    public struct Signal: Sendable {
        public var id: String
        public var category: ThreatCategory
        public var weight: Double
        public var phrases: [String]
    }

    public struct GrayZone: Sendable {
        public var id: String
        public var weight: Double
        public var reduces: [ThreatCategory]
        public var phrases: [String]
    }

    public struct Category: Sendable {
        public var id: ThreatCategory
        public var description: String
        public var tactics: [Tactic]
    }

    /// A request the semantic classifier learns from: a positive example of a category, or a near
    /// miss of one (labelled benign), written in the policy or read from an example file.
    public struct Example: Sendable, Equatable {
        public var text: String
        public var label: Label
        public var language: String?
        /// Where it came from: `policy:influence/examples/en/2`, or the file's own id.
        public var id: String
        /// For near misses, the category the request resembles.
        public var nearMissOf: ThreatCategory?
        /// Who wrote it, where a file says (the corpus's personas), so evaluation can hold a
        /// writer out.
        public var writer: String?
        public init(text: String, label: Label, language: String?, id: String, nearMissOf: ThreatCategory? = nil, writer: String? = nil) {
            self.text = text
            self.label = label
            self.language = language
            self.id = id
            self.nearMissOf = nearMissOf
            self.writer = writer
        }
    }

    public var version: String
    public var flagThreshold: Double
    public var accountThreshold: Double
    public var policyWeight: Double
    public var modelWeight: Double
    public var categories: [Category]
    public var signals: [Signal]
    public var grayZone: [GrayZone]
    /// The examples written in the policy itself, in file order.
    public var examples: [Example]
    /// Labelled JSON Lines files of more examples, as written in the policy: a path (relative to
    /// the policy file) or `builtin:corpus`, Sightline's own labelled corpus. The pipeline reads them.
    public var exampleFiles: [String]
    /// With the semantic tier, a prompt whose best category scores at least this is flagged.
    public var semanticThreshold: Double
    /// Weight of the policy's phrases against the semantic head when a prompt was encoded.
    public var semanticPolicyWeight: Double
    /// Weight of the nearest examples' vote against the semantic head (`SemanticModel.Judgement.vote`).
    public var semanticNeighbourWeight: Double
    let matcher: PhraseMatcher
    let signalCategory: [Int]
    let grayZoneCategories: [[Int]]

    public static let `default`: Policy = {
        do { return try Policy(yaml: DefaultPolicy.yaml) } catch { fatalError("the built-in policy is invalid: \(error)") }
    }()

    public func category(_ id: ThreatCategory) -> Category? { categories.first { $0.id == id } }

    /// A policy file that cannot be used: what is wrong and where.
    public struct LoadError: Error, CustomStringConvertible, Equatable {
        public var line: Int?
        public var column: Int?
        public var message: String
        public var description: String {
            if let line, let column { return "policy line \(line), column \(column): \(message)" }
            return "policy: \(message)"
        }
    }

    public init(yaml: String) throws(LoadError) {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else { throw LoadError(line: nil, column: nil, message: "the file is empty") }
            root = node
        } catch let error as LoadError {
            throw error
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                throw LoadError(line: mark.line, column: mark.column, message: "not valid YAML: \(problem)")
            case .duplicatedKeysInMapping(let duplicates, _):
                throw LoadError(line: nil, column: nil, message: "duplicated keys: \(duplicates.joined(separator: ", "))")
            default:
                throw LoadError(line: nil, column: nil, message: "not valid YAML: \(error)")
            }
        } catch {
            throw LoadError(line: nil, column: nil, message: "not valid YAML: \(error)")
        }
        let r = Reader()
        let top = try r.mapping(root, "the top level")
        version = try r.string(try r.required(top, "version", in: root), "version")
        let thresholds = try r.mapping(try r.required(top, "thresholds", in: root), "thresholds")
        flagThreshold = try r.unit(try r.required(thresholds, "flag", in: root), "thresholds.flag")
        accountThreshold = try r.unit(try r.required(thresholds, "account", in: root), "thresholds.account")
        semanticThreshold = try thresholds["semantic"].map { n throws(LoadError) in try r.unit(n, "thresholds.semantic") } ?? 0.7
        if let blendNode = top["blend"] {
            let blend = try r.mapping(blendNode, "blend")
            policyWeight = try r.unit(try r.required(blend, "policy", in: blendNode), "blend.policy")
            modelWeight = try r.unit(try r.required(blend, "model", in: blendNode), "blend.model")
            semanticPolicyWeight = try blend["semantic_policy"].map { n throws(LoadError) in try r.unit(n, "blend.semantic_policy") } ?? 0
            semanticNeighbourWeight = try blend["semantic_neighbours"].map { n throws(LoadError) in try r.unit(n, "blend.semantic_neighbours") } ?? 0
        } else {
            policyWeight = 0.5
            modelWeight = 0.5
            semanticPolicyWeight = 0
            semanticNeighbourWeight = 0
        }
        guard policyWeight + modelWeight > 0 else { throw r.error(root, "blend.policy and blend.model cannot both be 0") }

        var categories: [Category] = []
        var signals: [Signal] = []
        var examples: [Example] = []
        let categoriesNode = try r.required(top, "categories", in: root)
        for node in try r.sequence(categoriesNode, "categories") {
            let m = try r.mapping(node, "a category")
            let idNode = try r.required(m, "id", in: node)
            let name = try r.string(idNode, "category id")
            guard let id = ThreatCategory(rawValue: name) else {
                throw r.error(idNode, "unknown category '\(name)'; the categories are \(ThreatCategory.list)")
            }
            guard !categories.contains(where: { $0.id == id }) else { throw r.error(idNode, "category '\(id)' appears twice") }
            var tactics: [Tactic] = []
            if let tacticsNode = m["tactics"] {
                for t in try r.sequence(tacticsNode, "tactics") {
                    let tm = try r.mapping(t, "a tactic")
                    let frameworkNode = try r.required(tm, "framework", in: t)
                    let frameworkName = try r.string(frameworkNode, "framework")
                    guard let framework = Tactic.Framework(rawValue: frameworkName) else {
                        throw r.error(
                            frameworkNode,
                            "unknown framework '\(frameworkName)'; use one of \(Tactic.Framework.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    tactics.append(
                        Tactic(
                            framework: framework, id: try r.string(try r.required(tm, "id", in: t), "tactic id"),
                            name: try r.string(try r.required(tm, "name", in: t), "tactic name"),
                            activity: try tm["activity"].map { n throws(LoadError) in try r.string(n, "tactic activity") }))
                }
            }
            for s in try r.sequence(try r.required(m, "signals", in: node), "signals") {
                let sm = try r.mapping(s, "a signal")
                signals.append(
                    Signal(
                        id: try r.string(try r.required(sm, "id", in: s), "signal id"), category: id,
                        weight: try r.unit(try r.required(sm, "weight", in: s), "weight"),
                        phrases: try r.phrases(try r.required(sm, "phrases", in: s))))
            }
            for (key, label) in [("examples", Label.threat(id)), ("near_misses", Label.benign)] {
                guard let node = m[key] else { continue }
                for (language, texts) in try r.examples(node, key) {
                    for (n, text) in texts.enumerated() {
                        examples.append(
                            Example(
                                text: text, label: label, language: language, id: "policy:\(id.rawValue)/\(key)/\(language)/\(n + 1)",
                                nearMissOf: label.isBenign ? id : nil))
                    }
                }
            }
            var description = ""
            if let d = m["description"] { description = try r.string(d, "description") }
            categories.append(Category(id: id, description: description, tactics: tactics))
        }
        for id in ThreatCategory.allCases where !categories.contains(where: { $0.id == id }) {
            throw r.error(categoriesNode, "category '\(id.rawValue)' is missing; the policy must define all seven")
        }
        var grayZone: [GrayZone] = []
        if let g = top["gray_zone"] {
            for node in try r.sequence(g, "gray_zone") {
                let m = try r.mapping(node, "a gray-zone signal")
                let reducesNode = try r.required(m, "reduces", in: node)
                var reduces: [ThreatCategory] = []
                for c in try r.sequence(reducesNode, "reduces") {
                    let name = try r.string(c, "category id")
                    guard let category = ThreatCategory(rawValue: name) else { throw r.error(reducesNode, "unknown category '\(name)' in reduces") }
                    reduces.append(category)
                }
                grayZone.append(
                    GrayZone(
                        id: try r.string(try r.required(m, "id", in: node), "id"),
                        weight: try r.unit(try r.required(m, "weight", in: node), "weight"), reduces: reduces,
                        phrases: try r.phrases(try r.required(m, "phrases", in: node))))
            }
        }
        var exampleFiles: [String] = []
        if let f = top["example_files"] {
            for node in try r.sequence(f, "example_files") { exampleFiles.append(try r.string(node, "an example file")) }
        }
        self.examples = examples
        self.exampleFiles = exampleFiles
        self.categories = categories.sorted { $0.id.index < $1.id.index }
        self.signals = signals
        self.grayZone = grayZone
        var patterns: [(String, Int)] = []
        for (i, s) in signals.enumerated() { for p in s.phrases { patterns.append((p, i)) } }
        for (i, g) in grayZone.enumerated() { for p in g.phrases { patterns.append((p, signals.count + i)) } }
        matcher = PhraseMatcher(patterns)
        signalCategory = signals.map(\.category.index)
        grayZoneCategories = grayZone.map { g in g.reduces.map(\.index) }
    }

    /// Reads typed values out of YAML nodes, failing with the node's position.
    struct Reader {
        func error(_ node: Node, _ message: String) -> LoadError {
            LoadError(line: node.mark.map { $0.line }, column: node.mark.map { $0.column }, message: message)
        }
        func mapping(_ node: Node, _ what: String) throws(LoadError) -> Node.Mapping {
            guard let m = node.mapping else { throw error(node, "\(what) must be a mapping (key: value)") }
            return m
        }
        func sequence(_ node: Node, _ what: String) throws(LoadError) -> Node.Sequence {
            guard let s = node.sequence else { throw error(node, "\(what) must be a list") }
            return s
        }
        func required(_ m: Node.Mapping, _ key: String, in parent: Node) throws(LoadError) -> Node {
            guard let v = m[key] else { throw error(parent, "missing `\(key)`") }
            return v
        }
        func string(_ node: Node, _ what: String) throws(LoadError) -> String {
            guard let s = node.scalar?.string, !s.isEmpty else { throw error(node, "\(what) must be a non-empty text") }
            return s
        }
        func unit(_ node: Node, _ what: String) throws(LoadError) -> Double {
            guard let s = node.scalar?.string, let v = Double(s), v >= 0, v <= 1 else {
                throw error(node, "\(what) must be a number from 0 to 1")
            }
            return v
        }
        /// `examples` and `near_misses` map language codes to lists of requests, in file order.
        func examples(_ node: Node, _ what: String) throws(LoadError) -> [(String, [String])] {
            let m = try mapping(node, what)
            var out: [(String, [String])] = []
            for (key, list) in m {
                let language = try string(key, "a language code")
                var texts: [String] = []
                for e in try sequence(list, "a list of \(what)") {
                    let text = try string(e, "an example")
                    guard text.utf8.count <= 20_000 else { throw error(e, "an example is longer than 20,000 bytes") }
                    texts.append(text)
                }
                out.append((language, texts))
            }
            return out
        }
        /// `phrases` maps language codes to lists of phrases; the languages are for people.
        func phrases(_ node: Node) throws(LoadError) -> [String] {
            let m = try mapping(node, "phrases")
            var out: [String] = []
            for (_, list) in m {
                for p in try sequence(list, "a phrase list") {
                    let text = try string(p, "a phrase")
                    guard text.unicodeScalars.count <= 200 else { throw error(p, "a phrase is longer than 200 characters") }
                    out.append(PhraseMatcher.normalise(text))
                }
            }
            return out
        }
    }
}
