import Hummingbird
import SightlineCore
import SightlinePipeline

/// The networks of the latest analysis, in the contract's shape.
struct NetworkRoutes {
    let db: StoreAccess

    struct Listing: Encodable { var networks: [Network] }

    func register(_ routes: Routes) {
        routes.get("/v1/networks", .viewer) { _, _ in
            try Reply.json(Listing(networks: try await db { try $0.networks() }))
        }
        routes.get("/v1/networks/{id}", .viewer) { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let n = try await db({ try $0.network(withID: id) }) else { throw APIError(.notFound, "no such network") }
            return try Reply.json(n)
        }
    }
}
