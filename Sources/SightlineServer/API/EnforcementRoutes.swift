import Hummingbird
import SightlineAnalysis
import SightlineCore
import SightlinePipeline

/// Enforcement (admins): take, plan (dry run) or reverse an action; export the list.
struct EnforcementRoutes {
    let db: StoreAccess
    let now: SightlineServer.Clock

    struct Order: Decodable {
        var target_kind: TargetKind?
        var target: String?
        var action: Sanction?
        var category: ThreatCategory?
        var reason: String
        var dry_run: Bool?
        /// Accounts of the target to leave out.
        var exclude: [String]?
        /// An action id to reverse instead.
        var reverse: Int64?
    }

    struct Outcome: Encodable {
        var action_id: Int64
        var accounts: Int
        var changes: [String]
    }

    static let usage =
        "send {\"target_kind\": account|network|organization, \"target\", \"action\": ban|suspend|warn, \"category\", \"reason\", \"dry_run\"} or {\"reverse\": id, \"reason\"}"

    func register(_ routes: Routes) {
        routes.post("/v1/enforcement", .admin) { request, context in
            var request = request
            let order = try await request.decodeJSON(Order.self, limit: 1 << 20, usage: Self.usage)
            let actor = context.actor
            let now = self.now
            do {
                if let id = order.reverse {
                    let r = try await db { try Casework(store: $0, now: now).reverse(actionID: id, reason: order.reason, actor: actor) }
                    return try Reply.json(Outcome(action_id: r.id, accounts: r.accounts.count, changes: []), .created)
                }
                guard let kind = order.target_kind, let target = order.target, let category = order.category else { throw APIError(.badRequest, Self.usage) }
                let (a, changes) = try await db { s in
                    try Casework(store: s, now: now).enforce(
                        targetKind: kind, target: target, action: order.action ?? .ban, category: category, reason: order.reason, actor: actor,
                        dryRun: order.dry_run ?? false, excluding: Set(order.exclude ?? []))
                }
                return try Reply.json(Outcome(action_id: a.id, accounts: a.accounts.count, changes: changes), a.id == 0 ? .ok : .created)
            } catch let failure as Casework.Failure {
                throw APIError(failure)
            }
        }
        routes.get("/v1/enforcement/export", .admin) { request, _ in
            var since: Int64? = nil
            if let text = request.uri.queryParameters.get("since") {
                guard let t = Timestamp.parse(String(text)) else { throw APIError(.badRequest, "since must be an RFC 3339 time, e.g. 2025-09-01T00:00:00Z") }
                since = t
            }
            let cutoff = since
            let list = try await db { s in
                let actions = try s.enforcementActions()
                return EnforcementList(standing: EnforcementLedger.standing(actions), changes: cutoff.map { t in actions.filter { $0.time >= t } })
            }
            return try Reply.json(list)
        }
    }
}
