/// An IPv4 or IPv6 address parsed from text, used to validate events and to group addresses by
/// prefix (/24 for IPv4, /48 for IPv6) when linking accounts.
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// 4 bytes for IPv4, 16 for IPv6.
    public let bytes: [UInt8]

    public init?(_ text: String) {
        if text.contains(":") {
            guard let b = Self.parseV6(Substring(text)) else { return nil }
            bytes = b
        } else {
            guard let b = Self.parseV4(Substring(text)) else { return nil }
            bytes = b
        }
    }

    public var isV4: Bool { bytes.count == 4 }

    /// The network prefix investigators group by: /24 for IPv4, /48 for IPv6.
    public var prefix: String {
        if isV4 { return "\(bytes[0]).\(bytes[1]).\(bytes[2]).0/24" }
        let groups = stride(from: 0, to: 6, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
        return groups.joined(separator: ":") + "::/48"
    }

    public var description: String {
        if isV4 { return bytes.map(String.init).joined(separator: ".") }
        return stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            .joined(separator: ":")
    }

    /// True when `text` is a valid address; allocation-free for IPv4, the common case on ingest.
    public static func isValid(_ text: String) -> Bool {
        if text.utf8.contains(UInt8(ascii: ":")) { return text.utf8.count <= 64 && IPAddress(text) != nil }
        var octets = 0
        var value = 0
        var digits = 0
        var leadingZero = false
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                if digits == 1 && leadingZero { return false }
                if digits == 0 { leadingZero = b == 0x30 }
                value = value * 10 + Int(b - 0x30)
                digits += 1
                if digits > 3 || value > 255 { return false }
            } else if b == 0x2E {
                if digits == 0 { return false }
                octets += 1
                value = 0
                digits = 0
            } else {
                return false
            }
        }
        return octets == 3 && digits > 0
    }

    static func parseV4(_ text: Substring) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var out = [UInt8]()
        for p in parts {
            guard !p.isEmpty, p.count <= 3, p.allSatisfy({ $0.isASCII && $0.isNumber }),
                !(p.count > 1 && p.first == "0"), let v = UInt8(p)
            else { return nil }
            out.append(v)
        }
        return out
    }

    static func splitOnDoubleColon(_ s: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var previousColon = false
        for c in s {
            if c == ":" && previousColon {
                current.removeLast()
                parts.append(current)
                current = ""
                previousColon = false
                continue
            }
            current.append(c)
            previousColon = c == ":"
        }
        parts.append(current)
        return parts
    }

    static func parseV6(_ text: Substring) -> [UInt8]? {
        guard text.count <= 45 else { return nil }
        let halves = Self.splitOnDoubleColon(String(text))
        guard halves.count <= 2 else { return nil }
        func groups(_ s: String, allowV4Tail: Bool) -> [UInt8]? {
            if s.isEmpty { return [] }
            var out = [UInt8]()
            let parts = s.split(separator: ":", omittingEmptySubsequences: false)
            for (i, p) in parts.enumerated() {
                if allowV4Tail, i == parts.count - 1, p.contains(".") {
                    guard let v4 = parseV4(p) else { return nil }
                    out += v4
                    continue
                }
                guard !p.isEmpty, p.count <= 4, let v = UInt16(p, radix: 16) else { return nil }
                out += [UInt8(v >> 8), UInt8(v & 0xFF)]
            }
            return out
        }
        if halves.count == 1 {
            guard let all = groups(halves[0], allowV4Tail: true), all.count == 16 else { return nil }
            return all
        }
        guard let head = groups(halves[0], allowV4Tail: false), let tail = groups(halves[1], allowV4Tail: true),
            head.count + tail.count <= 14
        else { return nil }
        return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
    }
}
