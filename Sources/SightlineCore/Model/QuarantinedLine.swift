/// An input line set aside, with where it came from and why.
public struct QuarantinedLine: Sendable, Equatable {
    public enum Kind: String, Sendable { case event, observation }
    public var kind: Kind
    public var source: String
    /// 1-based line number in the source.
    public var line: Int
    public var reason: String
    /// The line's bytes (capped for oversize lines; the reason says so).
    public var raw: [UInt8]

    public init(kind: Kind, source: String, line: Int, reason: String, raw: [UInt8]) {
        self.kind = kind
        self.source = source
        self.line = line
        self.reason = reason
        self.raw = raw
    }
}
