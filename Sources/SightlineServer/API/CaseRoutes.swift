import Hummingbird
import SightlineCore
import SightlinePipeline

/// Cases: the list, and updates by analysts.
struct CaseRoutes {
    let db: StoreAccess
    let now: SightlineServer.Clock

    struct Listing: Encodable { var cases: [Case] }

    struct Update: Decodable {
        var status: CaseStatus?
        var verdict: String?
        var reason: String?
        var note: String?
        var lead: LeadSource?
        /// Membership decisions (`Membership`), each with `reason`.
        var clear: [String]?
        var restore: [String]?
        var split: [String]?
    }

    static let usage = "send a JSON object: {\"status\": new|investigating|actioned|closed|dismissed, \"verdict\", \"reason\", \"note\", \"lead\": \"internal detection\"|\"tip from a partner\"|\"public reporting\", \"clear\"|\"restore\"|\"split\": [account ids] with \"reason\"}"

    func register(_ routes: Routes) {
        routes.get("/v1/cases", .viewer) { _, context in
            let all = try await db { try $0.cases() }
            return try Reply.json(Listing(cases: context.role?.allows(.analyst) == true ? all : all.map(Identifiers.forViewer)))
        }
        routes.post("/v1/cases/{id}", .analyst) { request, context in
            var request = request
            let update = try await request.decodeJSON(Update.self, limit: 1 << 20, usage: Self.usage)
            let id = context.parameters.get("id") ?? ""
            let actor = context.actor
            let now = self.now
            do {
                return try Reply.json(try await db { s in
                    let casework = Casework(store: s, now: now)
                    let decisions: [(Membership.Decision, [String])] = [(.cleared, update.clear), (.restored, update.restore), (.split, update.split)]
                        .compactMap { d, accounts in accounts.map { (d, $0) } }
                    var c = try casework.existingCase(id)
                    for (decision, accounts) in decisions {
                        c = try casework.decideMembership(id, decision: decision, accounts: accounts, reason: update.reason ?? "", actor: actor)
                    }
                    if decisions.isEmpty || update.status != nil || update.verdict != nil || update.note != nil || update.lead != nil {
                        c = try casework.updateCase(
                            id, status: update.status, verdict: update.verdict, reason: update.reason, note: update.note, lead: update.lead, actor: actor)
                    }
                    return c
                })
            } catch let failure as Casework.Failure {
                throw APIError(failure)
            }
        }
    }
}
