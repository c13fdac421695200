import NIOPosix
import SightlineStore

/// The store's calls block (SQLite, libpq): they run on threads of their own, neither on Swift's
/// cooperative pool nor on Dispatch's, which the encoder (`/v1/similar`) and analysis fill with
/// `concurrentPerform`. So neither a slow query nor a long computation elsewhere in the process
/// can hold up another request's store call.
struct StoreAccess: Sendable {
    let store: Store
    /// Eight threads: store calls mostly wait (on the disk, PostgreSQL, the SQLite writer's lock),
    /// so more than the cores. Started once and kept for the process's life, as the server is.
    private static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 8)
        pool.start()
        return pool
    }()

    func callAsFunction<T: Sendable>(_ body: @escaping @Sendable (Store) throws -> T) async throws -> T {
        let store = self.store
        return try await Self.pool.runIfActive { try body(store) }
    }
}
