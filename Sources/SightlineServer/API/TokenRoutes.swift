import Hummingbird
import SightlineCore

/// Token creation (admins); the secret is in the answer and nowhere else.
struct TokenRoutes {
    let db: StoreAccess
    let now: SightlineServer.Clock

    struct Request: Decodable {
        var role: Role
        var name: String?
    }

    struct Created: Encodable {
        var token: String
        var role: Role
    }

    func register(_ routes: Routes) {
        routes.post("/v1/tokens", .admin) { request, context in
            var request = request
            let body = try await request.decodeJSON(Request.self, limit: 4096, usage: "send {\"role\": \"viewer\" | \"analyst\" | \"admin\", \"name\": ...}")
            let name = body.name ?? "api"
            let actor = "api:\(context.role?.rawValue ?? "")"
            let now = self.now
            let token = try await db { s in
                let token = try Tokens.create(store: s, role: body.role, name: name, now: now())
                try s.addAudit(actor: actor, action: "token.create", subject: body.role.rawValue, detail: name, time: now())
                return token
            }
            return try Reply.json(Created(token: token, role: body.role), .created)
        }
    }
}
