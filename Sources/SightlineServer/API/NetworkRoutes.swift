import Hummingbird
import SightlineCore
import SightlinePipeline

/// The networks of the latest analysis, in the contract's shape; for viewers without the
/// identifiers of the operators' infrastructure (`Identifiers`).
struct NetworkRoutes {
    let db: StoreAccess

    struct Listing: Encodable { var networks: [Network] }

    func register(_ routes: Routes) {
        routes.get("/v1/networks", .viewer) { _, context in
            let all = try await db { try $0.networks() }
            let analyst = context.role?.allows(.analyst) == true
            return try Reply.json(Listing(networks: analyst ? all : all.map(Identifiers.forViewer)))
        }
        routes.get("/v1/networks/{id}", .viewer) { _, context in
            let id = context.parameters.get("id") ?? ""
            guard let n = try await db({ try $0.network(withID: id) }) else { throw APIError(.notFound, "no such network") }
            return try Reply.json(context.role?.allows(.analyst) == true ? n : Identifiers.forViewer(n))
        }
    }
}
