/// Hashed features of a text for the linear model: word unigrams and bigrams, character trigrams
/// inside words (so it works across inflection and scripts), and character unigrams and bigrams
/// for scripts written without spaces (Chinese, Japanese). Digits fold to 0. Only the first
/// `maxScalars` characters count, so a 1 MB prompt costs no more than a long one.
public enum TextFeatures {
    public static let bucketBits = 18
    public static let buckets = 1 << bucketBits
    static let maxScalars = 2048

    public static func extract(_ text: String) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(64)
        var token: [UInt32] = []
        var previousWord: UInt32 = 0
        var count = 0
        func flush() {
            guard !token.isEmpty else { return }
            defer { token.removeAll(keepingCapacity: true) }
            if isUnspaced(token[0]) {
                // Runs of Han or kana: characters and their pairs are the words.
                for i in token.indices {
                    out.append(bucket(hash3(0x11, token[i], 0, 0)))
                    if i > 0 { out.append(bucket(hash3(0x12, token[i - 1], token[i], 0))) }
                }
                previousWord = 0
                return
            }
            var word: UInt32 = 0x811C_9DC5
            for c in token { word = (word ^ c) &* 0x0100_0193 }
            out.append(bucket(hash3(0x21, word, 0, 0)))
            if previousWord != 0 { out.append(bucket(hash3(0x22, previousWord, word, 0))) }
            previousWord = word
            if token.count >= 3 {
                // Character trigrams of "_token_", without building the padded copy.
                let n = token.count + 2
                for i in 0..<(n - 2) {
                    let x = i == 0 ? 0x5F : token[i - 1]
                    let y = token[i]
                    let z = i + 1 == n - 2 ? 0x5F : token[i + 1]
                    out.append(bucket(hash3(0x31, x, y, z)))
                }
            }
        }
        for scalar in text.unicodeScalars {
            count += 1
            if count > maxScalars { break }
            var v = scalar.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { v += 32 }
                let isWordByte = (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x27
                if !isWordByte {
                    flush()
                    continue
                }
                if v >= 0x30 && v <= 0x39 { v = 0x30 }
                if let last = token.last, isUnspaced(last) { flush() }
                token.append(v)
                continue
            }
            if let letter = Self.knownLetter(v) {
                if !letter {
                    flush()
                    continue
                }
                // Cyrillic and Greek capitals fold by offset; other known scripts have no case.
                if v >= 0x0410 && v <= 0x042F { v += 0x20 } else if v >= 0x0400 && v <= 0x040F { v += 0x50 }
            } else {
                let props = scalar.properties
                guard props.isAlphabetic || props.numericType != nil else {
                    flush()
                    continue
                }
                if props.isUppercase, let lower = props.lowercaseMapping.unicodeScalars.first { v = lower.value }
                if props.numericType != nil { v = 0x30 }
            }
            if let last = token.last, isUnspaced(last) != isUnspaced(v) { flush() }
            token.append(v)
        }
        flush()
        return out
    }

    /// Whether a scalar of a common script is a letter, without Unicode property look-ups; nil
    /// when the script needs them.
    @inline(__always) public static func knownLetter(_ v: UInt32) -> Bool? {
        switch v {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3041...0x3096, 0x30A1...0x30FA, 0xAC00...0xD7A3: return true
        case 0x0430...0x045F, 0x0410...0x042F, 0x0400...0x040F: return true
        case 0x0621...0x064A, 0x067E, 0x0686, 0x0698, 0x06A9, 0x06AF, 0x06CC: return true
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0x2000...0x206F, 0x060C, 0x061B, 0x061F, 0x06D4: return false
        default: return nil
        }
    }

    @inline(__always) static func isUnspaced(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x3040 && v <= 0x30FF)
    }

    @inline(__always) static func bucket(_ h: UInt32) -> Int32 { Int32(h & UInt32(buckets - 1)) }

    @inline(__always) static func hash3(_ seed: UInt32, _ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5 ^ seed
        h = (h ^ a) &* 0x0100_0193
        h ^= h >> 15
        h = (h ^ b) &* 0x0100_0193
        h ^= h >> 15
        h = (h ^ c) &* 0x0100_0193
        h ^= h >> 15
        h = (h ^ (h >> 16)) &* 0x7FEB_352D
        return h ^ (h >> 15)
    }
}
