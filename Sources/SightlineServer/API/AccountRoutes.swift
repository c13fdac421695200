import Hummingbird
import SightlineAnalysis
import SightlineCore
import SightlinePipeline

/// One account: activity, networks, enforcement; its raw prompts for analysts, audited.
struct AccountRoutes {
    let db: StoreAccess
    let now: SightlineServer.Clock

    struct Prompt: Encodable {
        var id: String
        var time: String
        var prompt: String
    }

    struct Account: Encodable {
        var account: String
        var events: Int
        var first_seen: String
        var last_seen: String
        var networks: [String]
        var enforcement: Standing?
        var prompts: [Prompt]?
    }

    func register(_ routes: Routes) {
        routes.get("/v1/accounts/{id}", .viewer) { request, context in
            let id = context.parameters.get("id") ?? ""
            let withPrompts = request.uri.queryParameters.get("prompts") == "1"
            // Raw prompt text is for analysts, and every reading is audited.
            if withPrompts { try context.require(.analyst, for: "reading raw prompts") }
            let actor = context.actor
            let now = self.now
            let account = try await db { s -> Account? in
                let events = try s.events(account: id)
                guard let first = events.first, let last = events.last else { return nil }
                var a = Account(
                    account: id, events: events.count, first_seen: Timestamp.format(first.time), last_seen: Timestamp.format(last.time),
                    networks: try s.networkIDs(containing: id),
                    enforcement: EnforcementLedger.standing(try s.enforcementActions())[id])
                if withPrompts {
                    try s.addAudit(actor: actor, action: "prompt.read", subject: id, detail: "last 50 prompts of the account", time: now())
                    a.prompts = events.suffix(50).map { Prompt(id: $0.id, time: Timestamp.format($0.time), prompt: $0.prompt) }
                }
                return a
            }
            guard let account else { throw APIError(.notFound, "no such account") }
            return try Reply.json(account)
        }
    }
}
