import Foundation

/// Where a `--db` argument points: `sqlite:PATH` or a plain path for the embedded store,
/// `postgres://...` for a shared PostgreSQL store. Parsing only: opening a store is the
/// executables' business (`sightline`'s `OpenStore.swift`), so that the libraries link no database.
public enum StoreLocation: Equatable, Sendable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    public static let defaultPath = "sightline.sqlite"

    /// Parses `--db`; nil means the default (`$SIGHTLINE_DB`, else `./sightline.sqlite`).
    public static func parse(_ argument: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        let text = argument ?? environment["SIGHTLINE_DB"] ?? defaultPath
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") { return .postgres(url: text) }
        if text.hasPrefix("sqlite:") { return .sqlite(path: String(text.dropFirst("sqlite:".count))) }
        return .sqlite(path: text)
    }

    /// A description safe for logs: never includes a password.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let url):
            guard let c = URLComponents(string: url) else { return "postgres://…" }
            return "postgres://\(c.host ?? "")\(c.port.map { ":\($0)" } ?? "")\(c.path)"
        }
    }
}
