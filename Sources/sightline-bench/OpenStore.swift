import SightlineStore
import SightlineStorePostgres
import SightlineStoreSQLite

// The composition root chooses the store: the libraries see only `Store`, so neither the
// pipeline nor the server links SQLite or libpq.
extension StoreLocation {
    /// Opens the store this location names (creating or migrating its schema).
    func open(connections: Int = 1) throws -> Store {
        switch self {
        case .sqlite(let path): return try SQLiteStore(path: path)
        case .postgres(let url): return try PostgresStore(url: url, connections: connections)
        }
    }
}
