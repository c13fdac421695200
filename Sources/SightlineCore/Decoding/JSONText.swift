/// Writing JSON text by hand: deterministic key order and byte-identical output across runs,
/// which `JSONEncoder` does not promise.
public enum JSONText {
    /// A JSON string literal for `s`, with the characters JSON requires escaped. Non-ASCII text is
    /// written as UTF-8, except line and paragraph separators, escaped for JavaScript consumers.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    public static func array(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ",") + "]"
    }

    /// Parses a JSON array of strings written by `array`; anything else gives an empty array.
    public static func parseArray(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            var s = JSONScanner(bytes)
            var out: [String] = []
            do throws(LineError) {
                try s.forEachElement { (s) throws(LineError) in out.append(try s.readString()) }
            } catch { return [] }
            return out
        }
    }
}
