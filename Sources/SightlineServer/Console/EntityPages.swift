import Foundation
import Hummingbird
import SightlineAnalysis
import SightlineCore
import SightlinePipeline
import SightlineStore

/// Pivots: a page per account and per shared value (address, device, payment instrument, e-mail
/// domain, organization), and a search over all of them, network names and account ids. They
/// name infrastructure and accounts, so they need the analyst role; the prompts of an account
/// are shown only on demand, and that reading is audited.
extension Console {
    /// `/accounts/ID`, with the id percent-encoded.
    static func accountLink(_ account: String) -> String {
        "<a href=\"/accounts/\(Self.esc(Self.pathPart(account)))\">\(Self.esc(account))</a>"
    }

    static func entityLink(_ kind: EntityKind, _ value: String, text: String? = nil) -> String {
        "<a href=\"/entities/\(kind.rawValue)/\(Self.esc(Self.pathPart(value)))\">\(Self.esc(text ?? value))</a>"
    }

    /// A value as one path segment: everything but unreserved characters percent-encoded.
    static func pathPart(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")) ?? ""
    }

    /// At most this many prompts are listed for a text search.
    static let promptSearchLimit = 100

    /// Up to 80 characters either side of the first place `text` occurs in `prompt` (ignoring
    /// case), escaped, the match marked; the prompt is attacker-controlled text.
    static func excerpt(_ prompt: String, around text: String) -> String {
        guard let r = prompt.range(of: text, options: [.caseInsensitive]) else { return esc(String(prompt.prefix(160))) }
        let start = prompt.index(r.lowerBound, offsetBy: -80, limitedBy: prompt.startIndex) ?? prompt.startIndex
        let end = prompt.index(r.upperBound, offsetBy: 80, limitedBy: prompt.endIndex) ?? prompt.endIndex
        return (start > prompt.startIndex ? "…" : "") + esc(String(prompt[start..<r.lowerBound])) + "<mark>" + esc(String(prompt[r]))
            + "</mark>" + esc(String(prompt[r.upperBound..<end])) + (end < prompt.endIndex ? "…" : "")
    }

    /// A path parameter, decoded (the router hands parameters over as they came, percent-encoded).
    static func parameter(_ context: SightlineContext, _ name: String) -> String {
        context.parameters.get(name).flatMap { $0.removingPercentEncoding } ?? ""
    }

    /// The value a shared-infrastructure evidence row names: `ip 203.0.113.7 shared by 3 accounts`.
    static func evidenceValue(_ e: Network.Evidence) -> (EntityKind, String)? {
        guard e.kind == .sharedInfrastructure || e.kind == .sameOrganization, let shared = e.detail.range(of: " shared by ", options: .backwards) else { return nil }
        let head = e.detail[..<shared.lowerBound]
        for (prefix, kind) in [("exit-ip ", EntityKind.ip), ("ip ", .ip), ("device ", .device), ("payment ", .payment), ("organization ", .organization), ("email-domain ", .emailDomain)]
        where head.hasPrefix(prefix) {
            return (kind, String(head.dropFirst(prefix.count)))
        }
        return nil
    }

    func registerEntityPages(_ routes: Routes) {
        routes.get("/search", .analyst) { request, context in
            let q = String((request.uri.queryParameters.get("q") ?? "").prefix(200)).trimmingCharacters(in: .whitespaces)
            var body = "<form method=\"get\" action=\"/search\"><input name=\"q\" value=\"\(Self.esc(q))\" size=\"50\" autofocus> <button>Search</button></form>"
            guard !q.isEmpty else {
                body += "<p>An address, device, payment fingerprint, e-mail domain, organization (from the start of the value), an account id, or a network's code name or id; or any text, to find in the prompts (audited).</p>"
                return Self.page("Search", role: context.role, csrfToken: session(context), body)
            }
            // Searching the prompts' text reads what people wrote: audited, like revealing an account's prompts.
            let inPrompts = request.uri.queryParameters.get("prompts") == "1"
            let actor = context.actor
            let now = self.now
            let (matches, networks, account, prompts) = try await db { s -> ([EntityMatch], [Network], Bool, [PromptMatch]) in
                let lower = q.lowercased()
                let networks = try s.networks().filter { $0.name.lowercased().contains(lower) || $0.id.lowercased().hasPrefix(lower) }
                var prompts: [PromptMatch] = []
                if inPrompts {
                    prompts = try s.searchPrompts(containing: q, limit: Self.promptSearchLimit + 1)
                    try s.addAudit(actor: actor, action: "prompt.search", subject: "text \"\(q)\"", detail: "\(min(prompts.count, Self.promptSearchLimit)) prompts shown", time: now())
                }
                return (try s.searchEntities(prefix: q, limit: 50), networks, !(try s.entityUses(account: q)).isEmpty, prompts)
            }
            body += "<div id=\"results\">"
            if account { body += "<h2>Account</h2><p>\(Self.accountLink(q))</p>" }
            if !networks.isEmpty {
                body += "<h2>Networks</h2><table>" + networks.map {
                    "<tr><td><a href=\"/networks/\(Self.esc($0.id))\">\(Self.esc($0.name))</a></td><td>\(Self.esc($0.category.rawValue))</td><td>\($0.accounts.count) accounts</td></tr>"
                }.joined() + "</table>"
            }
            if !matches.isEmpty {
                body += "<h2>Shared values</h2><table><tr><th>kind</th><th>value</th><th>accounts</th></tr>" + matches.map {
                    "<tr><td>\(Self.esc($0.kind.rawValue))</td><td>\(Self.entityLink($0.kind, $0.value))</td><td>\($0.accounts)</td></tr>"
                }.joined() + "</table>"
            }
            if !account && networks.isEmpty && matches.isEmpty && !inPrompts { body += "<p>Nothing found for “\(Self.esc(q))”.</p>" }
            if inPrompts {
                let shown = prompts.prefix(Self.promptSearchLimit)
                body += "<h2 id=\"prompts\">Prompts containing “\(Self.esc(q))”</h2>"
                body += prompts.isEmpty ? "<p>No stored prompt contains it.</p>" : "<p>\(prompts.count > shown.count ? "The newest \(shown.count)" : "\(shown.count)") stored prompts, newest first.</p>"
                    + "<table><tr><th>time</th><th>account</th><th>event</th><th>prompt</th></tr>" + shown.map {
                        "<tr><td>\(Timestamp.format($0.event.time))</td><td>\(Self.accountLink($0.event.account))</td><td>\(Self.esc($0.event.id))</td><td>\(Self.excerpt($0.event.prompt, around: q))</td></tr>"
                    }.joined() + "</table>"
            } else {
                body += "<p><a href=\"/search?q=\(Self.esc(Self.pathPart(q)))&amp;prompts=1#prompts\">Search the prompts’ text for “\(Self.esc(q))”</a> (the search is audited)</p>"
            }
            return Self.page("Search", role: context.role, csrfToken: session(context), body + "</div>")
        }

        routes.get("/entities/{kind}/{value}", .analyst) { request, context in
            guard let kind = context.parameters.get("kind").flatMap(EntityKind.init(rawValue:)) else { throw APIError(.notFound, "no such kind of value") }
            let value = Self.parameter(context, "value")
            let (uses, networks) = try await db { s in (try s.entityUses(kind: kind, value: value), try s.networks()) }
            guard !uses.isEmpty else { throw APIError(.notFound, "no account uses this \(kind.rawValue)") }
            let members = Set(uses.map(\.account))
            let involved = networks.filter { !members.isDisjoint(with: $0.accounts) }
            var networksOf: [String: [Network]] = [:]
            for n in involved { for a in n.accounts where members.contains(a) { networksOf[a, default: []].append(n) } }
            var body = "<p><span class=\"tag\">\(Self.esc(kind.rawValue))</span> used by <strong>\(uses.count)</strong> accounts on \(uses.reduce(0) { $0 + $1.events }) events, "
            body += "first seen \(Timestamp.format(uses.map(\.firstSeen).min()!)), last seen \(Timestamp.format(uses.map(\.lastSeen).max()!)).</p>"
            body += "<h2>Networks</h2>"
            body += involved.isEmpty ? "<p id=\"networks\">None of these accounts is in a network.</p>" : "<table id=\"networks\"><tr><th>network</th><th>category</th><th>of these accounts</th></tr>" + involved.map { n in
                "<tr><td><a href=\"/networks/\(Self.esc(n.id))\">\(Self.esc(n.name))</a></td><td>\(Self.esc(n.category.rawValue))</td><td>\(n.accounts.filter(members.contains).count) of \(n.accounts.count)</td></tr>"
            }.joined() + "</table>"
            body += "<h2>Accounts</h2><table id=\"accounts\"><tr><th>account</th><th>events</th><th>first seen</th><th>last seen</th><th>networks</th></tr>"
            for u in uses {
                let ns = (networksOf[u.account] ?? []).map { "<a href=\"/networks/\(Self.esc($0.id))\">\(Self.esc($0.name))</a>" }.joined(separator: ", ")
                body += "<tr><td>\(Self.accountLink(u.account))</td><td>\(u.events)</td><td>\(Timestamp.format(u.firstSeen))</td><td>\(Timestamp.format(u.lastSeen))</td><td>\(ns.isEmpty ? "-" : ns)</td></tr>"
            }
            return Self.page("\(kind.rawValue) \(value)", role: context.role, csrfToken: session(context), body + "</table>")
        }

        routes.get("/accounts/{id}", .analyst) { request, context in
            let account = Self.parameter(context, "id")
            let reveal = request.uri.queryParameters.get("reveal") == "1"
            let actor = context.actor
            let now = self.now
            let found = try await db { s -> (AccountInfo?, [UsageEvent], [EntityUse], [Network], [EnforcementAction], [String: Int])? in
                let events = try s.events(account: account)
                guard !events.isEmpty else { return nil }
                if reveal { try s.addAudit(actor: actor, action: "prompt.read", subject: "account \(account)", detail: "prompts of an account revealed", time: now()) }
                let uses = try s.entityUses(account: account)
                // How many accounts share each value this one uses.
                var sharing: [String: Int] = [:]
                for m in try s.entitySharing(account: account) { sharing[m.kind.rawValue + " " + m.value] = m.accounts }
                let ids = Set(try s.networkIDs(containing: account))
                return (try s.accountInfo(account: account), events, uses, try s.networks().filter { ids.contains($0.id) },
                        try s.enforcementActions(targetKind: .account, target: account), sharing)
            }
            guard let (info, events, uses, networks, actions, sharing) = found else { throw APIError(.notFound, "no such account") }
            var body = "<p>\(events.count) events, first \(Timestamp.format(events.map(\.time).min()!)), last \(Timestamp.format(events.map(\.time).max()!)).</p>"
            if let info {
                let facts = [("e-mail domain", info.emailDomain), ("phone country", info.phoneCountry), ("plan", info.plan), ("created", info.created.map(Timestamp.format))]
                body += "<p>" + facts.compactMap { f in f.1.map { "\(f.0) <strong>\(Self.esc($0))</strong>" } }.joined(separator: " · ") + "</p>"
            }
            body += "<h2>Networks</h2>" + (networks.isEmpty ? "<p id=\"networks\">In no network.</p>" : "<ul id=\"networks\">" + networks.map {
                "<li><a href=\"/networks/\(Self.esc($0.id))\">\(Self.esc($0.name))</a> (\(Self.esc($0.category.rawValue)), \($0.accounts.count) accounts)</li>"
            }.joined() + "</ul>")
            body += "<h2>Enforcement</h2>" + (actions.isEmpty ? "<p>None.</p>" : "<table><tr><th>id</th><th>time</th><th>action</th><th>by</th><th>reason</th></tr>" + actions.map {
                "<tr><td>\($0.id)</td><td>\(Timestamp.format($0.time))</td><td>\(Self.esc($0.reverses == nil ? $0.action.rawValue : "reversal of \($0.reverses!)"))</td><td>\(Self.esc($0.actor))</td><td>\(Self.esc($0.reason))</td></tr>"
            }.joined() + "</table>")
            body += "<h2>Shared values</h2><table id=\"uses\"><tr><th>kind</th><th>value</th><th>events</th><th>accounts using it</th><th>first seen</th><th>last seen</th></tr>"
            for u in uses {
                body += "<tr><td>\(Self.esc(u.kind.rawValue))</td><td>\(Self.entityLink(u.kind, u.value))</td><td>\(u.events)</td><td>\(sharing[u.kind.rawValue + " " + u.value] ?? 1)</td><td>\(Timestamp.format(u.firstSeen))</td><td>\(Timestamp.format(u.lastSeen))</td></tr>"
            }
            body += "</table><h2>Events</h2>"
            if !reveal { body += "<p><a href=\"/accounts/\(Self.esc(Self.pathPart(account)))?reveal=1\">Show the prompts</a> (the reading is audited)</p>" }
            body += "<table><tr><th>time</th><th>channel</th><th>address</th><th>country</th><th>\(reveal ? "prompt" : "prompt length")</th></tr>"
            for e in events.suffix(200).reversed() {
                let prompt = reveal ? "<blockquote>\(Self.esc(String(e.prompt.prefix(2000))))</blockquote>" : "\(e.prompt.count) characters"
                body += "<tr><td>\(Timestamp.format(e.time))</td><td>\(Self.esc(e.channel?.rawValue ?? "-"))</td><td>\(e.ip.map { Self.entityLink(.ip, $0) } ?? "-")</td><td>\(Self.esc(e.country ?? "-"))</td><td>\(prompt)</td></tr>"
            }
            return Self.page("Account \(account)", role: context.role, csrfToken: session(context), body + "</table>")
        }
    }
}
