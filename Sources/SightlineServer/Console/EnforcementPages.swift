import Foundation
import Hummingbird
import SightlineAnalysis
import SightlineCore
import SightlinePipeline
import SightlineStore

/// Acting from the console: a network's enforcement history with reversal, and an action on it
/// planned first (a dry run naming exactly which accounts change) and then confirmed, with any
/// member the analyst judges innocent left out. Everything goes through `Casework`, as the CLI and
/// the API do, and so into the audit log. Admins only, as `POST /v1/enforcement`.
extension Console {
    func enforcementSection(_ n: Network, actions: [EnforcementAction], standing: [String: Standing], role: Role?, csrf: String, cleared: Set<String> = []) -> String {
        let reversed = Set(actions.compactMap(\.reverses))
        var body = "<h2 id=\"enforcement\">Enforcement</h2>"
        let banned = n.accounts.filter { standing[$0]?.action == .ban }.count
        let suspended = n.accounts.filter { standing[$0]?.action == .suspend }.count
        body += "<p id=\"standing\">\(banned) of \(n.accounts.count) accounts banned, \(suspended) suspended.</p>"
        let admin = role?.allows(.admin) == true
        if actions.isEmpty {
            body += "<p>No action taken yet.</p>"
        } else {
            body += "<table id=\"history\"><tr><th>id</th><th>time</th><th>action</th><th>on</th><th>accounts</th><th>by</th><th>reason</th><th></th></tr>"
            for a in actions {
                let what = a.reverses.map { "reversal of \($0)" } ?? (reversed.contains(a.id) ? "\(a.action.rawValue) (reversed)" : a.action.rawValue)
                body += "<tr><td>\(a.id)</td><td>\(Timestamp.format(a.time))</td><td>\(Self.esc(what))</td><td>\(Self.esc(a.targetKind.rawValue))</td><td>\(a.accounts.count)</td><td>\(Self.esc(a.actor))</td><td>\(Self.esc(a.reason))</td><td>"
                if admin, a.reverses == nil, !reversed.contains(a.id) {
                    body += "<form class=\"inline\" method=\"post\" action=\"/enforcement/\(a.id)/reverse\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">"
                    body += "<input type=\"hidden\" name=\"back\" value=\"\(Self.esc(n.id))\"><input name=\"reason\" placeholder=\"why (appeal upheld, …)\" required> <button>Reverse</button></form>"
                }
                body += "</td></tr>"
            }
            body += "</table>"
        }
        guard admin else { return body }
        body += "<form method=\"post\" action=\"/networks/\(Self.esc(Self.pathPart(n.id)))/enforce\" id=\"act\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">"
        body += "<label>Action <select name=\"action\">" + Sanction.allCases.reversed().map { "<option>\($0.rawValue)</option>" }.joined() + "</select></label> "
        body += "<label>Category <select name=\"category\">" + ThreatCategory.allCases.map { "<option\($0 == n.category ? " selected" : "")>\($0.rawValue)</option>" }.joined() + "</select></label> "
        body += "<label>Reason <input name=\"reason\" size=\"40\" required></label>"
        if !cleared.isDisjoint(with: n.accounts) { body += "<p>Members cleared by analysts are left out of every action on the network.</p>" }
        body += "<p>Leave out (members you judge innocent):</p><p>"
        for a in n.accounts where !cleared.contains(a) {
            body += "<label class=\"tag\"><input type=\"checkbox\" name=\"exclude:\(Self.esc(a))\" value=\"1\"> \(Self.esc(a))\(standing[a].map { " (\($0.action.rawValue))" } ?? "")</label> "
        }
        body += "</p><button name=\"dry_run\" value=\"1\">Dry run</button> <button name=\"dry_run\" value=\"0\">Enforce</button></form>"
        return body
    }

    func registerEnforcementPages(_ routes: Routes) {
        routes.post("/networks/{id}/enforce", .admin) { request, context in
            var request = request
            let fields = try await checkedForm(&request, context, limit: 1 << 20)
            let id = Self.parameter(context, "id")
            guard let action = fields["action"].flatMap(Sanction.init(rawValue:)) else { throw APIError(.badRequest, "action must be ban, suspend or warn") }
            guard let category = fields["category"].flatMap(ThreatCategory.init(rawValue:)) else { throw APIError(.badRequest, "category must be one of \(ThreatCategory.list)") }
            let reason = fields["reason"] ?? ""
            let excluded = Set(Self.ticked(fields, "exclude:"))
            let dryRun = fields["dry_run"] != "0"
            let actor = context.actor
            let now = self.now
            let outcome: (action: EnforcementAction, changes: [String])
            do {
                outcome = try await db { s in
                    try Casework(store: s, now: now).enforce(
                        targetKind: .network, target: id, action: action, category: category, reason: reason, actor: actor, dryRun: dryRun, excluding: excluded)
                }
            } catch let failure as Casework.Failure {
                throw APIError(failure)
            }
            let back = "/networks/" + Self.pathPart(id)
            guard dryRun else { return Response.redirect(to: back + "#enforcement", type: .normal) }
            let csrf = session(context) ?? ""
            var body = "<p id=\"plan\">Would \(Self.esc(action.rawValue)) <strong>\(outcome.action.accounts.count)</strong> accounts of network <a href=\"\(Self.esc(back))\">\(Self.esc(id))</a> for \(Self.esc(category.rawValue)): “\(Self.esc(reason))”. Nothing is written until you confirm.</p>"
            body += "<h2>Accounts whose standing changes</h2>"
            body += outcome.changes.isEmpty ? "<p id=\"changes\">None: every account already stands at this action or stronger.</p>" : "<ul id=\"changes\">" + outcome.changes.map { "<li>\(Self.esc($0))</li>" }.joined() + "</ul>"
            if !excluded.isEmpty { body += "<h2>Left out</h2><ul id=\"excluded\">" + excluded.sorted().map { "<li>\(Self.esc($0))</li>" }.joined() + "</ul>" }
            body += "<form method=\"post\" action=\"\(Self.esc(back))/enforce\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">"
            body += "<input type=\"hidden\" name=\"action\" value=\"\(Self.esc(action.rawValue))\"><input type=\"hidden\" name=\"category\" value=\"\(Self.esc(category.rawValue))\">"
            body += "<input type=\"hidden\" name=\"reason\" value=\"\(Self.esc(reason))\">"
            for a in excluded.sorted() { body += "<input type=\"hidden\" name=\"exclude:\(Self.esc(a))\" value=\"1\">" }
            body += "<button name=\"dry_run\" value=\"0\" id=\"confirm\">Confirm: \(Self.esc(action.rawValue)) \(outcome.action.accounts.count) accounts</button></form>"
            return Self.page("Dry run", role: context.role, csrfToken: csrf, body)
        }

        // Several networks at once, each under its own category: a dry run of every one first,
        // then, confirmed, every action taken; if any is refused, none is.
        routes.post("/networks/bulk", .admin) { request, context in
            var request = request
            let fields = try await checkedForm(&request, context, limit: 1 << 20)
            guard let action = fields["action"].flatMap(Sanction.init(rawValue:)) else { throw APIError(.badRequest, "action must be ban, suspend or warn") }
            let ids = Self.ticked(fields, "network:")
            guard !ids.isEmpty else { throw APIError(.badRequest, "select at least one network") }
            let reason = fields["reason"] ?? ""
            let dryRun = fields["dry_run"] != "0"
            let (actor, now) = (context.actor, self.now)
            let plans: [(network: Network, action: EnforcementAction, changes: [String])]
            do {
                plans = try await db { s in
                    let casework = Casework(store: s, now: now)
                    let planned = try ids.map { id -> (Network, EnforcementAction, [String]) in
                        guard let n = try s.network(withID: id) else { throw APIError(.notFound, "no network \(id)") }
                        let plan = try casework.enforce(targetKind: .network, target: id, action: action, category: n.category, reason: reason, actor: actor, dryRun: true)
                        return (n, plan.action, plan.changes)
                    }
                    guard !dryRun else { return planned }
                    return try planned.map { n, _, _ in
                        let taken = try casework.enforce(targetKind: .network, target: n.id, action: action, category: n.category, reason: reason, actor: actor, dryRun: false)
                        return (n, taken.action, taken.changes)
                    }
                }
            } catch let failure as Casework.Failure {
                throw APIError(failure)
            }
            let csrf = session(context) ?? ""
            let total = plans.reduce(0) { $0 + $1.action.accounts.count }
            var body = dryRun
                ? "<p id=\"plan\">Would \(Self.esc(action.rawValue)) <strong>\(total)</strong> accounts in \(plans.count) networks: “\(Self.esc(reason))”. Nothing is written until you confirm.</p>"
                : "<p id=\"done\">\(Self.esc(action.rawValue)): \(total) accounts in \(plans.count) networks, actions " + plans.map { "\($0.action.id)" }.joined(separator: ", ") + ".</p>"
            body += "<table id=\"bulk-plan\"><tr><th>network</th><th>category</th><th>accounts</th><th>standing changes</th></tr>"
            for p in plans {
                let changes = p.changes.isEmpty ? "none" : p.changes.map(Self.esc).joined(separator: "<br>")
                body += "<tr><td><a href=\"/networks/\(Self.esc(Self.pathPart(p.network.id)))\">\(Self.esc(p.network.name))</a></td><td>\(Self.esc(p.network.category.rawValue))</td><td>\(p.action.accounts.count)</td><td>\(changes)</td></tr>"
            }
            body += "</table>"
            if dryRun {
                body += "<form method=\"post\" action=\"/networks/bulk\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">"
                body += "<input type=\"hidden\" name=\"action\" value=\"\(Self.esc(action.rawValue))\"><input type=\"hidden\" name=\"reason\" value=\"\(Self.esc(reason))\">"
                for id in ids { body += "<input type=\"hidden\" name=\"network:\(Self.esc(id))\" value=\"1\">" }
                body += "<button name=\"dry_run\" value=\"0\" id=\"confirm\">Confirm: \(Self.esc(action.rawValue)) \(total) accounts in \(plans.count) networks</button></form>"
            }
            return Self.page(dryRun ? "Dry run" : "Enforced", role: context.role, csrfToken: csrf, body)
        }

        routes.post("/enforcement/{id}/reverse", .admin) { request, context in
            var request = request
            let fields = try await checkedForm(&request, context, limit: 1 << 16)
            guard let id = context.parameters.get("id").flatMap({ Int64($0) }) else { throw APIError(.notFound, "no such action") }
            let reason = fields["reason"] ?? ""
            let actor = context.actor
            let now = self.now
            do {
                _ = try await db { s in try Casework(store: s, now: now).reverse(actionID: id, reason: reason, actor: actor) }
            } catch let failure as Casework.Failure {
                throw APIError(failure)
            }
            // Back to the network it came from, or the overview.
            let back = fields["back"].flatMap { $0.isEmpty ? nil : $0 }.map { "/networks/" + Self.pathPart($0) + "#enforcement" } ?? "/"
            return Response.redirect(to: back, type: .normal)
        }

        routes.get("/networks/{id}/days/{date}", .analyst) { request, context in
            let id = Self.parameter(context, "id")
            let date = context.parameters.get("date") ?? ""
            guard date.count == 10, let start = Timestamp.parse(date + "T00:00:00Z") else { throw APIError(.badRequest, "a day is YYYY-MM-DD") }
            let found = try await db { s -> (Network, [AnalysisEvent])? in
                guard let n = try s.network(withID: id) else { return nil }
                return (n, try s.analysisEvents(accounts: n.accounts).filter { $0.event.time >= start && $0.event.time < start + TimelineView.dayMillis })
            }
            guard let (n, events) = found else { throw APIError(.notFound, "no such network") }
            var body = "<p><a href=\"/networks/\(Self.esc(Self.pathPart(n.id)))\">\(Self.esc(n.name))</a>: \(events.count) events on \(Self.esc(date)) (UTC).</p>"
            body += "<table id=\"day\"><tr><th>time</th><th>account</th><th>category</th><th>language</th><th>address</th></tr>"
            for e in events {
                let c = e.classification
                body += "<tr><td>\(Timestamp.format(e.event.time))</td><td>\(Self.accountLink(e.event.account))</td><td>\(Self.esc(c.category.isBenign ? "-" : c.category.description))</td><td>\(Self.esc(c.promptLanguage))</td><td>\(e.event.ip.map { Self.entityLink(.ip, $0) } ?? "-")</td></tr>"
            }
            return Self.page("\(n.name), \(date)", role: context.role, csrfToken: session(context), body + "</table>")
        }
    }
}
