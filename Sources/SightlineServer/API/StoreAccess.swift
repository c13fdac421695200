import Dispatch
import SightlineStore

/// The store's calls block (SQLite, libpq): they run on threads of their own, never on Swift's
/// cooperative pool, so a slow query cannot stall the server's other requests.
struct StoreAccess: Sendable {
    let store: Store
    private static let queue = DispatchQueue(label: "sightline.store", qos: .userInitiated, attributes: .concurrent)

    func callAsFunction<T: Sendable>(_ body: @escaping @Sendable (Store) throws -> T) async throws -> T {
        let store = self.store
        return try await withCheckedThrowingContinuation { continuation in
            Self.queue.async { continuation.resume(with: Result { try body(store) }) }
        }
    }
}
