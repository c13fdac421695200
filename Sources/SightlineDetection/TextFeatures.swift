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
                    out.append(bucket(hash(seed: 0x11, token[i])))
                    if i > 0 { out.append(bucket(hash(seed: 0x12, token[i - 1], token[i]))) }
                }
                previousWord = 0
                return
            }
            var word: UInt32 = 0x811C_9DC5
            for c in token { word = (word ^ c) &* 0x0100_0193 }
            out.append(bucket(hash(seed: 0x21, word)))
            if previousWord != 0 { out.append(bucket(hash(seed: 0x22, previousWord, word))) }
            previousWord = word
            if token.count >= 3 {
                let padded: [UInt32] = [0x5F] + token + [0x5F]
                for i in 0..<(padded.count - 2) {
                    out.append(bucket(hash(seed: 0x31, padded[i], padded[i + 1], padded[i + 2])))
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
            let props = scalar.properties
            guard props.isAlphabetic || props.numericType != nil else {
                flush()
                continue
            }
            if props.isUppercase, let lower = props.lowercaseMapping.unicodeScalars.first { v = lower.value }
            if props.numericType != nil { v = 0x30 }
            if let last = token.last, isUnspaced(last) != isUnspaced(v) { flush() }
            token.append(v)
        }
        flush()
        return out
    }

    @inline(__always) static func isUnspaced(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x3040 && v <= 0x30FF)
    }

    @inline(__always) static func bucket(_ h: UInt32) -> Int32 { Int32(h & UInt32(buckets - 1)) }

    @inline(__always) static func hash(seed: UInt32, _ values: UInt32...) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5 ^ seed
        for v in values {
            h = (h ^ v) &* 0x0100_0193
            h ^= h >> 15
        }
        h = (h ^ (h >> 16)) &* 0x7FEB_352D
        return h ^ (h >> 15)
    }
}
