import SightlineCore
import SightlineStore

extension Store {
    /// The networks of the latest analysis, decoded. A stored network that does not decode is an
    /// error (`UndecodableNetwork`), never silently left out.
    public func networks() throws -> [Network] {
        try savedNetworks().map { try Network.decode(document: $0.json, id: $0.id) }
    }

    /// One network of the latest analysis, or nil when there is none with that id.
    public func network(withID id: String) throws -> Network? {
        guard let stored = try network(id: id) else { return nil }
        return try Network.decode(document: stored.json, id: id)
    }

    /// Stores the networks of an analysis, replacing the previous ones.
    public func save(networks: [Network]) throws {
        try saveNetworks(networks.map { StoredNetwork(id: $0.id, accounts: $0.accounts, json: try $0.document()) })
    }
}
