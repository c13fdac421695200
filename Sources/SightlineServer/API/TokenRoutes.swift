import Hummingbird
import SightlineCore
import SightlineStore

/// Tokens (admins): create one (the secret is in the answer and nowhere else), list them.
/// Revoking is the CLI's (`sightline token revoke`) and the console's tokens page.
struct TokenRoutes {
    let db: StoreAccess
    let now: SightlineServer.Clock

    struct Request: Decodable {
        var role: Role
        var name: String?
    }

    struct Created: Encodable {
        var id: Int64
        var token: String
        var role: Role
        var name: String
    }

    struct Listing: Encodable { var tokens: [Tokens.Listed] }

    func register(_ routes: Routes) {
        routes.post("/v1/tokens", .admin) { request, context in
            var request = request
            let body = try await request.decodeJSON(Request.self, limit: 4096, usage: "send {\"role\": \"viewer\" | \"analyst\" | \"admin\", \"name\": ...}")
            let name = body.name ?? "api"
            do { try Tokens.checkName(name) } catch let failure as Tokens.Failure { throw APIError(.badRequest, failure.message) }
            let actor = context.actor
            let now = self.now
            let (token, id) = try await db { s in
                let token = try Tokens.create(store: s, role: body.role, name: name, now: now())
                let id = try s.token(hash: Tokens.hash(token))?.id ?? 0
                try s.addAudit(actor: actor, action: "token.create", subject: "token \(id)", detail: "\(body.role.rawValue) token \(name)", time: now())
                return (token, id)
            }
            return try Reply.json(Created(id: id, token: token, role: body.role, name: name), .created)
        }
        routes.get("/v1/tokens", .admin) { _, _ in
            try Reply.json(Listing(tokens: try await db { try $0.tokens() }.map(Tokens.Listed.init)))
        }
    }
}
