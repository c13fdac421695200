/// A request that pastes material (an article, a batch of comments, a scam message, code) is
/// judged by what it asks, not only by what it quotes: a fact-checker pasting a propaganda article
/// to ask whether it is machine-translated asks for something else than an operator pasting it
/// to have it rewritten as posts. A sentence vector averages over the whole text, so the
/// material, being longer, outweighs the ask; the semantic tier therefore encodes the instruction
/// on its own as well and gives it as much weight as everything it quotes (`SemanticTier`).
///
/// The instruction is the short paragraph before the material, the short paragraph after it, or
/// both; a first line ending in a colon counts as a paragraph. A lead that ends in a colon
/// announces the material ("compare these two articles:"), so after it the last paragraph is a
/// second part of the ask only when it reads as one: in the lead's script, and a question or one
/// short sentence ("Make it ten tweets."). The closing paragraph of a pasted article, or the last
/// of a batch of Russian comments under a Spanish ask, is material. Lines that only
/// fence or separate (```, ---, quotes) are not instructions.
public enum PastedMaterial {
    /// The material must be at least this long, and at least `ratio` times the instruction.
    public static let minimumMaterial = 160
    public static let ratio = 2
    /// An instruction before the material is at most this long; after it, `maximumTail`.
    public static let maximumLead = 400
    public static let maximumTail = 300
    /// After a lead that announces the material, a closing paragraph that is not a question is
    /// part of the ask only as one sentence of at most this many characters.
    public static let maximumShortAsk = 160

    /// The instruction of a prompt that pastes material, or nil when the prompt is all request
    /// (or all material).
    public static func instruction(of text: String) -> String? {
        let paragraphs = Self.paragraphs(text)
        guard paragraphs.count >= 2 else { return nil }
        let total = paragraphs.reduce(0) { $0 + $1.count }
        let lead = paragraphs[0]
        let tail = paragraphs[paragraphs.count - 1]
        let leadFits = lead.count <= maximumLead && isInstruction(lead)
        let tailFits = tail.count <= maximumTail && isInstruction(tail)
        func enough(_ instruction: Int) -> Bool {
            let material = total - instruction
            return material >= minimumMaterial && material >= ratio * instruction
        }
        let announces = lead.last == ":" || lead.last == "："
        let tailAsks = tailFits && (!announces || (readsAsAnAsk(tail) && script(of: tail) == script(of: lead)))
        if leadFits, tailAsks, paragraphs.count >= 3, enough(lead.count + tail.count) { return lead + "\n" + tail }
        if leadFits, enough(lead.count) { return lead }
        if tailFits, enough(tail.count) { return tail }
        return nil
    }

    /// Non-empty paragraphs, trimmed: split at blank lines, and after a first line that ends in a
    /// colon. Only the first 16 KiB of a long prompt are read.
    static func paragraphs(_ text: String) -> [String] {
        var out: [String] = []
        var current: [Substring] = []
        func close() {
            let p = current.joined(separator: "\n").trimmingWhitespace
            if !p.isEmpty { out.append(p) }
            current.removeAll()
        }
        let head = text.utf8.count > 16_384 ? String(decoding: text.utf8.prefix(16_384), as: UTF8.self) : text
        for line in head.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty {
                close()
                continue
            }
            current.append(line)
            if out.isEmpty, current.count == 1, let last = trimmed.last, last == ":" || last == "：" { close() }
        }
        close()
        return out
    }

    /// A question, or one sentence of at most `maximumShortAsk` characters.
    static func readsAsAnAsk(_ p: String) -> Bool {
        let marks: Set<Character> = [".", "!", "?", "。", "！", "？", "؟"]
        if let last = p.last, last == "?" || last == "？" || last == "؟" { return true }
        guard p.count <= maximumShortAsk else { return false }
        return p.dropLast().filter { marks.contains($0) }.isEmpty
    }

    /// The writing system most of a text's letters are in: a coarse block of Unicode (Latin,
    /// Greek, Cyrillic, Hebrew, Arabic, Hangul, Chinese and Japanese together, other).
    static func script(of text: String) -> Int {
        var counts = [Int](repeating: 0, count: 8)
        for u in text.unicodeScalars where u.properties.isAlphabetic {
            let v = u.value
            let block: Int
            switch v {
            case ..<0x0370: block = 0
            case 0x0370..<0x0400: block = 1
            case 0x0400..<0x0530: block = 2
            case 0x0590..<0x0600: block = 3
            case 0x0600..<0x0780, 0xFB50..<0xFE00, 0xFE70..<0xFF00: block = 4
            case 0x1100..<0x1200, 0x3130..<0x3190, 0xAC00..<0xD7B0: block = 5
            case 0x3040..<0x3100, 0x3400..<0x4DC0, 0x4E00..<0xA000, 0xFF00..<0xFFF0: block = 6
            default: block = 7
            }
            counts[block] += 1
        }
        return counts.indices.max { counts[$0] < counts[$1] }!
    }

    /// Whether a paragraph can be an instruction: it has letters and is not only a fence, a rule
    /// or a quoted block.
    static func isInstruction(_ p: String) -> Bool {
        if p.hasPrefix("```") || p.hasPrefix("---") || p.hasPrefix(">") || p.hasPrefix("\"") || p.hasPrefix("«") || p.hasPrefix("“") { return false }
        return p.unicodeScalars.contains { $0.properties.isAlphabetic }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and carriage returns.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex { !$0.properties.isWhitespace }!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

/// What the semantic tier judges a prompt by: its vector (for a prompt that pastes material, the
/// normalised sum of the whole text's and the instruction's) and the instruction's own vector.
public struct PromptVector: Sendable {
    public var vector: [Float]
    public var instruction: [Float]?

    public init(vector: [Float], instruction: [Float]?) {
        self.vector = vector
        self.instruction = instruction
    }
}
