import CCLD2

/// The language of a text: ISO 639-1 code, with the script variant for Chinese.
public struct DetectedLanguage: Sendable, Equatable {
    /// ISO 639-1 (`zh`, `ru`, `fa`, ...), or `und` when unknown.
    public var code: String
    /// `Hans` or `Hant` for Chinese; nil otherwise.
    public var script: String?
    public var reliable: Bool

    public static let unknown = DetectedLanguage(code: "und", script: nil, reliable: false)
}

/// Language identification: scripts that belong to one language decide at once (Hangul, kana,
/// Thai, Hebrew, Greek, ...); everything else goes to Compact Language Detector 2 (Debian's
/// libcld2), which knows 80+ languages including Kinyarwanda, Haitian Creole, Swahili and Tagalog,
/// and tells simplified from traditional Chinese.
public enum LanguageIdentifier {
    /// Text beyond this many bytes adds nothing to the decision and costs time.
    static let sampleBytes = 1024

    public static func identify(_ text: String) -> DetectedLanguage {
        var sample = text
        if text.utf8.count > sampleBytes {
            // Cut on a scalar boundary: back up over UTF-8 continuation bytes.
            var n = sampleBytes
            let bytes = Array(text.utf8.prefix(sampleBytes + 1))
            while n > 0 && bytes[n] & 0xC0 == 0x80 { n -= 1 }
            sample = String(decoding: bytes[..<n], as: UTF8.self)
        }
        if let byScript = dominantScriptLanguage(sample) { return byScript }
        var copy = sample
        return copy.withUTF8 { bytes -> DetectedLanguage in
            var code = [CChar](repeating: 0, count: 16)
            var reliable: Int32 = 0
            var percent: Int32 = 0
            let found = bytes.withMemoryRebound(to: CChar.self) { chars in
                sl_cld2_detect(chars.baseAddress, Int32(chars.count), &code, 16, &reliable, &percent)
            }
            if found == 1, reliable == 1 { return cyrillicLetters(normalise(cString(code[...]), reliable: true), sample) }
            // Short or mixed text. Cyrillic, Arabic-script and Han text: the letters say more than
            // CLD2's guess (Ukrainian's і and ї, Persian's پ and گ).
            let byLetters = scriptFallback(sample)
            if byLetters != .unknown { return byLetters }
            // Latin script: CLD2's best guess, weighed by the languages our users write in.
            var codes = [CChar](repeating: 0, count: 48)
            var percents = [Int32](repeating: 0, count: 3)
            var guessReliable: Int32 = 0
            let guessed = bytes.withMemoryRebound(to: CChar.self) { chars in
                sl_cld2_detect_best_effort(chars.baseAddress, Int32(chars.count), &codes, &percents, &guessReliable)
            }
            guard guessed == 1 else { return found == 1 ? normalise(cString(code[...]), reliable: false) : .unknown }
            return cyrillicLetters(prior(names: (0..<3).map { cString(codes[($0 * 16)..<($0 * 16 + 16)]) }, percents: percents.map(Int.init)), sample)
        }
    }

    /// The text of a NUL-terminated C string in a fixed buffer.
    static func cString(_ buffer: ArraySlice<CChar>) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The languages Sightline's users mostly see: the corpus's twelve (Tagalog also as `fil`).
    static let userLanguages: Set<String> = ["zh", "ru", "ko", "fa", "es", "en", "de", "pt", "ja", "fr", "ar", "tl", "fil"]
    /// A guess outside the users' languages counts for this much of its share against one inside.
    static let outsideWeight = 0.5

    /// Of CLD2's three best guesses (codes and shares), the one with the largest share once
    /// languages outside `userLanguages` are weighed down.
    static func prior(names: [String], percents: [Int]) -> DetectedLanguage {
        var best: (name: String, score: Double)? = nil
        for (name, p) in zip(names, percents) where p > 0 && !["un", "xxx", ""].contains(name) {
            let base = name.split(separator: "-").first.map(String.init) ?? name
            let score = Double(p) * (userLanguages.contains(base) || name == "zh-Hant" ? 1 : outsideWeight)
            if best == nil || score > best!.score { best = (name, score) }
        }
        guard let best else { return .unknown }
        return normalise(best.name, reliable: false)
    }

    /// When CLD2 cannot decide (very short text), the script still says a lot.
    static func scriptFallback(_ text: String) -> DetectedLanguage {
        var cyrillic = 0, arabic = 0, han = 0, letters = 0
        var ukrainian = false, persian = false, urdu = false
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            switch scalar.value {
            case 0x0400...0x04FF:
                cyrillic += 1
                if "іїєґІЇЄҐ".unicodeScalars.contains(scalar) { ukrainian = true }
            case 0x0600...0x06FF:
                arabic += 1
                if "پچژگکی".unicodeScalars.contains(scalar) { persian = true }
                if "ٹڈڑںے".unicodeScalars.contains(scalar) { urdu = true }
            case 0x4E00...0x9FFF: han += 1
            default: break
            }
        }
        guard letters > 0 else { return .unknown }
        if cyrillic * 2 > letters { return DetectedLanguage(code: ukrainian ? "uk" : "ru", script: nil, reliable: false) }
        if arabic * 2 > letters { return DetectedLanguage(code: urdu ? "ur" : persian ? "fa" : "ar", script: nil, reliable: false) }
        if han * 2 > letters { return DetectedLanguage(code: "zh", script: nil, reliable: false) }
        return .unknown
    }

    /// CLD2 sometimes names Serbian, Macedonian, Bulgarian or Ukrainian for short Russian text. Their
    /// alphabets settle it: ы and э are in Russian (and Belarusian, which has ў) but in none of those;
    /// Serbian and Macedonian have no й, щ, ь, ю, я or ё at all.
    static func cyrillicLetters(_ found: DetectedLanguage, _ text: String) -> DetectedLanguage {
        guard ["sr", "mk", "bg", "uk"].contains(found.code) else { return found }
        let scalars = Set(text.lowercased().unicodeScalars)
        func has(_ letters: String) -> Bool { letters.unicodeScalars.contains { scalars.contains($0) } }
        if has("ў") || has("іїєґ") { return found }
        if has("ыэё") { return DetectedLanguage(code: "ru", script: nil, reliable: false) }
        if ["sr", "mk"].contains(found.code), has("йщьюя"), !has("ђјљњћџѓќѕ") {
            return DetectedLanguage(code: has("ъ") ? "bg" : "ru", script: nil, reliable: false)
        }
        return found
    }

    static func normalise(_ cld: String, reliable: Bool) -> DetectedLanguage {
        switch cld {
        case "zh": return DetectedLanguage(code: "zh", script: "Hans", reliable: reliable)
        case "zh-Hant": return DetectedLanguage(code: "zh", script: "Hant", reliable: reliable)
        case "iw": return DetectedLanguage(code: "he", script: nil, reliable: reliable)
        case "in": return DetectedLanguage(code: "id", script: nil, reliable: reliable)
        case "tl", "fil": return DetectedLanguage(code: "tl", script: nil, reliable: reliable)
        case "un", "xxx", "": return .unknown
        default:
            // CLD2 writes extended codes like "sr-ME"; keep the language part.
            let base = cld.split(separator: "-").first.map(String.init) ?? cld
            return DetectedLanguage(code: base, script: nil, reliable: reliable)
        }
    }

    /// Languages decided by their script alone, when that script dominates the letters.
    static func dominantScriptLanguage(_ text: String) -> DetectedLanguage? {
        var hangul = 0, kana = 0, han = 0, thai = 0, hebrew = 0, greek = 0, georgian = 0, armenian = 0, letters = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) { letters += 1 }
                continue
            }
            if let known = TextFeatures.knownLetter(v) {
                if !known { continue }
            } else if !scalar.properties.isAlphabetic {
                continue
            }
            letters += 1
            switch v {
            case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0x0E00...0x0E7F: thai += 1
            case 0x0590...0x05FF: hebrew += 1
            case 0x0370...0x03FF: greek += 1
            case 0x10A0...0x10FF: georgian += 1
            case 0x0530...0x058F: armenian += 1
            default: break
            }
        }
        guard letters > 0 else { return nil }
        func dominant(_ n: Int) -> Bool { n * 2 > letters }
        if dominant(hangul) { return DetectedLanguage(code: "ko", script: nil, reliable: true) }
        // Japanese mixes kana with kanji; a few kana among Han characters mean Japanese.
        if kana > 0 && dominant(kana + han) && kana * 10 >= han { return DetectedLanguage(code: "ja", script: nil, reliable: true) }
        if dominant(thai) { return DetectedLanguage(code: "th", script: nil, reliable: true) }
        if dominant(hebrew) { return DetectedLanguage(code: "he", script: nil, reliable: true) }
        if dominant(greek) { return DetectedLanguage(code: "el", script: nil, reliable: true) }
        if dominant(georgian) { return DetectedLanguage(code: "ka", script: nil, reliable: true) }
        if dominant(armenian) { return DetectedLanguage(code: "hy", script: nil, reliable: true) }
        return nil
    }
}
