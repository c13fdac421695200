/// Finds every phrase of a fixed list in a text in one pass (Aho–Corasick over UTF-8 bytes of the
/// lower-cased text). Phrases made only of ASCII letters match only at word boundaries, so "rat"
/// does not fire inside "separate"; other phrases (Chinese, Korean, code) match anywhere.
struct PhraseMatcher: Sendable {
    /// Dense transition table: state * 256 + byte.
    let next: [Int32]
    /// For each state, the patterns ending there (through failure links too).
    let outputs: [[Int32]]
    let patternValue: [Int]
    let patternLength: [Int]
    let patternNeedsBoundary: [Bool]

    init(_ patterns: [(String, Int)]) {
        var gotoTable: [[Int32]] = [[Int32](repeating: -1, count: 256)]
        var outputs: [[Int32]] = [[]]
        var values: [Int] = []
        var lengths: [Int] = []
        var boundary: [Bool] = []
        var distinct = Set<String>()
        for (text, value) in patterns {
            let bytes = Array(text.utf8)
            guard !bytes.isEmpty, distinct.insert("\(value)\u{1}" + text).inserted else { continue }
            var state = 0
            for b in bytes {
                if gotoTable[state][Int(b)] < 0 {
                    gotoTable[state][Int(b)] = Int32(gotoTable.count)
                    gotoTable.append([Int32](repeating: -1, count: 256))
                    outputs.append([])
                }
                state = Int(gotoTable[state][Int(b)])
            }
            outputs[state].append(Int32(values.count))
            values.append(value)
            lengths.append(bytes.count)
            boundary.append(bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x20 || $0 == 0x27 || $0 == 0x2D })
        }
        // Breadth-first: failure links, then complete the transition table.
        var fail = [Int](repeating: 0, count: gotoTable.count)
        var queue: [Int] = []
        for b in 0..<256 {
            let s = gotoTable[0][b]
            if s < 0 { gotoTable[0][b] = 0 } else { fail[Int(s)] = 0; queue.append(Int(s)) }
        }
        var head = 0
        while head < queue.count {
            let r = queue[head]
            head += 1
            for b in 0..<256 {
                let s = gotoTable[r][b]
                if s < 0 {
                    gotoTable[r][b] = gotoTable[fail[r]][b]
                } else {
                    queue.append(Int(s))
                    fail[Int(s)] = Int(gotoTable[fail[r]][b])
                    outputs[Int(s)] += outputs[fail[Int(s)]]
                }
            }
        }
        next = gotoTable.flatMap { $0 }
        self.outputs = outputs
        patternValue = values
        patternLength = lengths
        patternNeedsBoundary = boundary
    }

    /// Lower-cases a phrase of the policy. Texts are lower-cased byte by byte while matching (ASCII,
    /// accented Latin-1 letters and Cyrillic), which is what the policy's languages need.
    static func normalise(_ s: String) -> String { s.lowercased() }

    /// The values of the distinct patterns found in `text`, in order: a value appears once for
    /// each of its phrases that occur (however often each occurs).
    func matches(in text: String) -> [Int] {
        var found: [Int] = []
        var seen: [Int] = []
        var state = 0
        var copy = text
        copy.withUTF8 { raw in
        let utf8 = UnsafeBufferPointer(rebasing: raw[..<min(raw.count, 8192)])
        next.withUnsafeBufferPointer { table in
            var lead: UInt8 = 0
            for i in 0..<utf8.count {
                var b = utf8[i]
                if b >= 0x41 && b <= 0x5A {
                    b += 32
                } else if b == 0xC3 || b == 0xD0 {
                    lead = b
                    continue
                } else if lead != 0 {
                    // The second byte of a two-byte letter: fold capitals to small letters.
                    var first = lead
                    if lead == 0xC3, b >= 0x80, b <= 0x9E, b != 0x97 {
                        b += 0x20
                    } else if lead == 0xD0 {
                        if b >= 0x90 && b <= 0x9F { b += 0x20 } else if b >= 0xA0 && b <= 0xAF { first = 0xD1; b -= 0x20 } else if b >= 0x80 && b <= 0x8F { first = 0xD1; b += 0x10 }
                    }
                    lead = 0
                    state = Int(table[state * 256 + Int(first)])
                }
                state = Int(table[state * 256 + Int(b)])
                let outs = outputs[state]
                if outs.isEmpty { continue }
                for p in outs {
                    let p = Int(p)
                    if patternNeedsBoundary[p] {
                        let start = i + 1 - patternLength[p]
                        if start > 0 && Self.isWordByte(utf8[start - 1]) { continue }
                        if i + 1 < utf8.count && Self.isWordByte(utf8[i + 1]) && !Self.allowsSuffix(utf8, i) { continue }
                    }
                    if !seen.contains(p) {
                        seen.append(p)
                        found.append(patternValue[p])
                    }
                }
            }
        }
        }
        return found
    }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
    }

    /// English plurals and verb forms: "comments" matches "comment", "beacons" matches "beacon".
    @inline(__always) static func allowsSuffix(_ utf8: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let n = utf8.count
        let a = utf8[i + 1] | 0x20
        let after = i + 2 < n ? utf8[i + 2] : 0x20
        if (a == 0x73) && !isWordByte(after) { return true }  // s
        if a == 0x65, after == 0x73, !(i + 3 < n && isWordByte(utf8[i + 3])) { return true }  // es
        return false
    }
}
