import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import SightlineAnalysis
import SightlineCore
import SightlinePipeline
import SightlineStore

/// The web console: server-rendered HTML with inline SVG, no JavaScript, a CSP that forbids
/// scripts, every stored string escaped. Browsers sign in with a token and get a server-side
/// session: the cookie holds a random session id (the store keeps its hash), HttpOnly,
/// SameSite=Strict, Secure when served behind TLS (`serve --secure-cookie`); signing out or
/// revoking the token ends it at once. Every form carries a CSRF token derived from the session.
struct Console {
    static let cookieName = "sl_session"

    static func esc(_ s: String) -> String { ThreatReport.html(s) }

    /// The CSRF token of a session: a hash of the session's hash, so it needs no storage and
    /// changes with every sign-in.
    static func csrf(forSession hash: String) -> String {
        String(SHA256.hash(data: Data(("csrf|" + hash).utf8)).map { String(format: "%02x", $0) }.joined().prefix(32))
    }

    /// Compares in time independent of where the first difference is.
    static func same(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func page(_ title: String, role: Role?, csrfToken: String? = nil, status: HTTPResponse.Status = .ok, _ body: String) -> Response {
        var html = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>\(esc(title)) · Sightline</title>
            <style>
            body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d232a}header{background:#1f2d3a;color:#fff;padding:.6rem 1rem;display:flex;gap:1.2rem;align-items:center}
            header a{color:#cfe0f1;text-decoration:none}main{max-width:72rem;margin:1rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}
            td,th{border-bottom:1px solid #dde3e8;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}th a{color:inherit}
            .charts{display:flex;flex-wrap:wrap;gap:1rem}.card{border:1px solid #dde3e8;border-radius:6px;padding:.6rem .9rem;margin:.6rem 0}
            blockquote{margin:.3rem 0;padding:.3rem .6rem;border-left:4px solid #8aa3bd;background:#f4f7fa;overflow-wrap:anywhere;max-height:12rem;overflow:auto}
            .tag{display:inline-block;background:#eef2f6;border-radius:4px;padding:0 .4rem;margin:.1rem;font-size:.85em}form.inline{display:inline}
            </style></head><body><header><strong>Sightline</strong><a href="/">Overview</a><a href="/networks">Networks</a><a href="/quarantine">Quarantine</a><a href="/report">Report</a>
            """
        if role?.allows(.admin) == true { html += "<a href=\"/tokens\">Tokens</a>" }
        if role?.allows(.analyst) == true {
            html += "<form class=\"inline\" method=\"get\" action=\"/search\"><input name=\"q\" placeholder=\"IP, device, account, network…\" size=\"28\"> <button>Search</button></form>"
        }
        if role != nil, let csrfToken {
            html += "<form class=\"inline\" method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrfToken)\"><button>Sign out</button></form>"
        }
        html += "</header><main><h1>\(esc(title))</h1>\n\(body)\n</main></body></html>\n"
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// `application/x-www-form-urlencoded` fields.
    /// The values of a form's ticked checkboxes named `prefix` + value (`account:u-1=1`), sorted.
    static func ticked(_ fields: [String: String], _ prefix: String) -> [String] {
        fields.filter { $0.key.hasPrefix(prefix) && $0.value == "1" }.map { String($0.key.dropFirst(prefix.count)) }.sorted()
    }

    static func form(_ body: ByteBuffer) -> [String: String] {
        var out: [String: String] = [:]
        for pair in String(buffer: body).split(separator: "&") {
            // An empty field ("note=") is there, empty: an emptied box is an edit.
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            if parts.count == 2 { out[parts[0]] = parts[1] }
        }
        return out
    }

    /// The session id the browser sent, if any.
    static func sessionCookie(_ request: Request) -> String? { request.cookies[cookieName]?.value }

    let db: StoreAccess
    let auth: Authenticator
    let now: SightlineServer.Clock

    /// The CSRF token for the forms of a page; none without a session (a bearer token reading a
    /// page gets forms that cannot be submitted).
    func session(_ context: SightlineContext) -> String? { context.sessionHash.map(Self.csrf) }

    /// Whether a browser says the request comes from a page of this origin. Browsers send
    /// `Sec-Fetch-Site` on every request, and it decides; older ones send only `Origin` on a POST
    /// (`null` under our `Referrer-Policy: no-referrer`, which says nothing either way). A client
    /// that sends neither is no browser, and has no cookie it did not mean to send. Another port
    /// of the same host is the same site but not the same origin, and is refused: the check
    /// behind the CSRF token, and the only one on /login, where a forged sign-in would put the
    /// victim in the attacker's session.
    static func fromThisOrigin(_ request: Request) -> Bool {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!] { return site == "same-origin" || site == "none" }
        if let origin = request.headers[.origin], origin != "null" {
            guard let host = request.head.authority else { return false }
            return origin == "http://\(host)" || origin == "https://\(host)"
        }
        return true
    }

    /// A submitted form's fields, after checking its origin and its CSRF token against the session.
    func checkedForm(_ request: inout Request, _ context: SightlineContext, limit: Int) async throws -> [String: String] {
        guard Self.fromThisOrigin(request) else { throw APIError(.forbidden, "a form from another origin (CSRF)") }
        let fields = Self.form(try await request.collectBody(upTo: limit))
        guard let hash = context.sessionHash, Self.same(fields["csrf"] ?? "", Self.csrf(forSession: hash)) else {
            throw APIError(.forbidden, "missing or wrong CSRF token")
        }
        return fields
    }

    func cookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(name: Self.cookieName, value: value, maxAge: maxAge, path: "/", secure: auth.configuration.secureCookie, httpOnly: true, sameSite: .strict)
    }

    func register(_ routes: Routes) {
        registerEntityPages(routes)
        registerEnforcementPages(routes)
        routes.get("/login", nil) { _, _ in
            Self.page("Sign in", role: nil, """
                <form method="post" action="/login"><label>API token <input type="password" name="token" autocomplete="off" size="60"></label>
                <button>Sign in</button></form><p>Tokens come from <code>sightline serve</code> (first run) or <code>sightline token create</code>.</p>
                """)
        }
        routes.post("/login", nil) { request, context in
            guard Self.fromThisOrigin(request) else { throw APIError(.forbidden, "a sign-in from another origin (CSRF)") }
            do { try auth.admit(context.clientAddress) } catch let limited as Authenticator.TooManyFailures {
                var r = Self.page(
                    "Sign in", role: nil, status: .tooManyRequests,
                    "<p>Too many failed sign-ins from this address. Try again in \(limited.retryAfter) seconds.</p>")
                r.headers[.retryAfter] = String(limited.retryAfter)
                return r
            }
            var request = request
            let fields = Self.form(try await request.collectBody(upTo: 4096))
            let token = fields["token"] ?? ""
            let wellFormed = !token.isEmpty && token.count <= 200 && token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            let (caller, failure) = wellFormed ? try await auth.check(token: token) : (nil, "malformed token")
            guard let caller else {
                try await auth.failed(context.clientAddress, "\(failure) (console sign-in)")
                return Self.page("Sign in", role: nil, status: .unauthorized, "<p>That token is not valid.</p><p><a href=\"/login\">Try again</a></p>")
            }
            let session = try await auth.startSession(for: caller)
            var r = Response.redirect(to: "/", type: .normal)
            r.setCookie(cookie(session.value, maxAge: Int(auth.configuration.sessionLifetime / 1000)))
            return r
        }
        routes.post("/logout", .viewer) { request, context in
            var request = request
            _ = try await checkedForm(&request, context, limit: 4096)
            if let hash = context.sessionHash, let caller = context.caller { try await auth.endSession(hash, caller: caller) }
            var r = Response.redirect(to: "/login", type: .normal)
            r.setCookie(cookie("", maxAge: 0))
            return r
        }
        routes.get("/", .viewer) { request, context in
            let (networks, cases, events, quarantined, recent) = try await db { s in
                (try s.networks(), try s.cases(), try s.eventCount(), try s.quarantineCount(), Array(try s.auditLog().suffix(10).reversed()))
            }
            var byCategory: [ThreatCategory: Int] = [:]
            for n in networks { byCategory[n.category, default: 0] += 1 }
            var byStatus: [CaseStatus: Int] = [:]
            for c in cases { byStatus[c.status, default: 0] += 1 }
            var body = "<div class=\"card\"><strong>\(networks.count)</strong> networks, <strong>\(events)</strong> events, <strong>\(quarantined)</strong> lines in quarantine.</div>"
            body += "<div class=\"charts\"><div class=\"card\"><h3>By category</h3><table>" + byCategory.sorted { $0.key < $1.key }.map { "<tr><td>\(Self.esc($0.key.rawValue))</td><td>\($0.value)</td></tr>" }.joined() + "</table></div>"
            body += "<div class=\"card\"><h3>Cases by status</h3><table>" + byStatus.sorted { $0.key.rawValue < $1.key.rawValue }.map { "<tr><td>\(Self.esc($0.key.rawValue))</td><td>\($0.value)</td></tr>" }.joined() + "</table></div></div>"
            let attention = cases.filter { $0.status == .new || $0.notes.contains { $0.text.hasPrefix("Recidivism") } }
            body += "<h2>Needs attention</h2><table><tr><th>network</th><th>status</th><th>why</th></tr>"
            let current = Set(networks.map(\.id))
            for c in attention.prefix(20) {
                let why = c.notes.contains { $0.text.hasPrefix("Recidivism") } ? "returning operators flagged" : "new case"
                // A case whose network is gone links to where its accounts went, if anywhere.
                var link = "\(Self.esc(c.networkID)) (gone)"
                if current.contains(c.networkID) {
                    link = "<a href=\"/networks/\(Self.esc(c.networkID))\">\(Self.esc(c.networkID))</a>"
                } else if let next = Casework.successors(of: c.networkID, in: networks).first {
                    link = "\(Self.esc(c.networkID)) (\(next.kind == .merged ? "merged into" : "split into") <a href=\"/networks/\(Self.esc(next.network.id))\">\(Self.esc(next.network.id))</a>)"
                }
                body += "<tr><td>\(link)</td><td>\(Self.esc(c.status.rawValue))</td><td>\(why)</td></tr>"
            }
            body += "</table><h2>Recent activity</h2><table>"
            for e in recent {
                body += "<tr><td>\(Timestamp.format(e.time))</td><td>\(Self.esc(e.actor))</td><td>\(Self.esc(e.action))</td><td>\(Self.esc(e.subject))</td></tr>"
            }
            body += "</table>"
            return Self.page("Overview", role: context.role, csrfToken: session(context), body)
        }
        routes.get("/networks", .viewer) { request, context in
            var networks = try await db { try $0.networks() }
            if let category = request.uri.queryParameters.get("category").flatMap({ ThreatCategory(rawValue: String($0)) }) {
                networks = networks.filter { $0.category == category }
            }
            switch request.uri.queryParameters.get("sort") ?? "risk" {
            case "name": networks.sort { $0.name < $1.name }
            case "category": networks.sort { ($0.category.rawValue, $0.name) < ($1.category.rawValue, $1.name) }
            case "accounts": networks.sort { $0.accounts.count > $1.accounts.count }
            default: networks.sort { $0.risk > $1.risk }
            }
            let options = ["<option value=\"\">all</option>"] + ThreatCategory.allCases.map { "<option value=\"\($0.rawValue)\">\($0.rawValue)</option>" }
            var body = "<form method=\"get\" action=\"/networks\"><label>Category <select name=\"category\">" + options.joined() + "</select></label> <button>Filter</button></form>"
            // Admins act on several networks at once: tick them, then a dry run, then confirm.
            let admin = context.role?.allows(.admin) == true
            let csrf = session(context) ?? ""
            if admin { body += "<form method=\"post\" action=\"/networks/bulk\" id=\"bulk\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">" }
            body += "<table id=\"networks\"><tr>\(admin ? "<th></th>" : "")<th><a href=\"?sort=name\">name</a></th><th><a href=\"?sort=category\">category</a></th><th><a href=\"?sort=accounts\">accounts</a></th><th><a href=\"?sort=risk\">risk</a></th><th>works</th><th>breakout</th></tr>"
            for n in networks {
                let offset = n.attribution.utcOffsetHours.map { "UTC\($0 >= 0 ? "+" : "")\($0)" } ?? "-"
                let tick = admin ? "<td><input type=\"checkbox\" name=\"network:\(Self.esc(n.id))\" value=\"1\" aria-label=\"select \(Self.esc(n.name))\"></td>" : ""
                body += "<tr>\(tick)<td><a href=\"/networks/\(Self.esc(n.id))\">\(Self.esc(n.name))</a></td><td>\(Self.esc(n.category.rawValue))</td><td>\(n.accounts.count)</td><td>\(Network.number(n.risk))</td><td>\(offset)</td><td>\(n.breakout.map { String($0.category) } ?? "-")</td></tr>"
            }
            body += "</table>"
            if admin {
                body += "<p>Selected networks: <label>Action <select name=\"action\">" + Sanction.allCases.reversed().map { "<option>\($0.rawValue)</option>" }.joined() + "</select></label> "
                body += "<label>Reason <input name=\"reason\" size=\"40\" required></label> <button name=\"dry_run\" value=\"1\">Dry run</button> "
                body += "(each network under its own category; members cleared by analysts are left out)</p></form>"
            }
            return Self.page("Networks", role: context.role, csrfToken: csrf, body)
        }
        routes.get("/networks/{id}", .viewer) { request, context in
            let id = context.parameters.get("id") ?? ""
            let reveal = request.uri.queryParameters.get("reveal") == "1"
            // Raw prompt text only on demand, for analysts, and every reading is audited.
            if reveal { try context.require(.analyst, for: "revealing prompts") }
            let actor = context.actor
            let now = self.now
            let found = try await db { s -> (Network, Case?, [String]?, [AnalysisEvent], [EnforcementAction], Membership)? in
                guard let n = try s.network(withID: id) else { return nil }
                var samples: [String]? = nil
                if reveal {
                    try s.addAudit(actor: actor, action: "prompt.read", subject: n.id, detail: "sample prompts revealed", time: now())
                    samples = try s.flaggedPrompts(accounts: n.accounts, limit: 5)
                }
                let members = Set(n.accounts)
                let actions = try s.enforcementActions().filter { ($0.targetKind == .network && $0.target == n.id) || !members.isDisjoint(with: $0.accounts) }
                return (n, try s.caseFor(network: n.id), samples, try s.analysisEvents(accounts: n.accounts), actions, Membership(cases: try s.cases()))
            }
            guard let found else { throw APIError(.notFound, "no such network") }
            var (n, networkCase) = (found.0, found.1)
            let (samples, networkEvents, actions, membership) = (found.2, found.3, found.4, found.5)
            // Viewers see no identifiers of the operators' infrastructure, as in the API.
            if context.role?.allows(.analyst) != true {
                n = Identifiers.forViewer(n)
                networkCase = networkCase.map(Identifiers.forViewer)
            }
            let session = session(context) ?? ""
            var body = "<p><span class=\"tag\">\(Self.esc(n.category.rawValue))</span> risk \(Network.number(n.risk)) · \(n.accounts.count) accounts · \(n.events) events</p>"
            if !n.reportedBecause.isEmpty { body += "<p>Reported because: " + n.reportedBecause.map(Self.esc).joined(separator: "; ") + "</p>" }
            for l in n.lineage {
                // A merged network's id is gone; the one split from is still a network.
                let name = l.kind == .merged ? Self.esc(l.network) : "<a href=\"/networks/\(Self.esc(l.network))\">\(Self.esc(l.network))</a>"
                body += "<p>\(l.kind == .merged ? "Merged in" : "Split from") \(name) (\(l.accounts) of its accounts); its case keeps the earlier history.</p>"
            }
            body += "<div class=\"charts\">"
            body += "<div class=\"card\"><h3>Hour of the week (UTC)</h3>\(Charts.heatmap(n.hourOfWeek))</div>"
            body += "<div class=\"card\"><h3>Languages</h3>\(Charts.languageBars(prompt: n.attribution.promptLanguages, output: n.attribution.outputLanguages))</div>"
            body += "</div>"
            let analyst = context.role?.allows(.analyst) == true
            let standing = EnforcementLedger.standing(actions)
            let page = "/networks/" + Self.pathPart(n.id)
            body += "<h2>Graph</h2><p>Circles are accounts, squares what joins them (one per evidence row below); hover for details"
            body += analyst ? ", click to open. Hollow circles are accounts already banned or suspended.</p>" : ".</p>"
            body += GraphView.svg(
                accounts: n.accounts, evidence: n.evidence, label: analyst, excluded: Set(standing.filter { $0.value.action != .warn }.keys),
                accountLink: { analyst ? "/accounts/" + Self.pathPart($0) : nil },
                valueLink: { e in analyst ? Self.evidenceValue(e).map { "/entities/\($0.0.rawValue)/" + Self.pathPart($0.1) } : nil })
            body += "<h2>Timeline</h2>" + TimelineView.svg(events: networkEvents, actions: actions) { analyst ? page + "/days/" + $0 : page }
            body += "<h2>Attribution</h2><ul>" + n.attribution.reasons.map { "<li>\(Self.esc($0))</li>" }.joined() + "<li>confidence: \(Self.esc(n.attribution.confidence.rawValue))</li></ul>"
            if let b = n.breakout { body += "<h2>Breakout Scale: category \(b.category)</h2><p>\(Self.esc(b.rationale))</p>" }
            // Analysts pivot from each row: the value it names, and the accounts it joins.
            body += "<h2>Evidence</h2><table id=\"evidence\"><tr><th>kind</th><th>detail</th><th>accounts</th></tr>"
            for e in n.evidence {
                var detail = Self.esc(e.detail)
                if analyst, let (kind, value) = Self.evidenceValue(e), let shared = e.detail.range(of: " shared by ", options: .backwards) {
                    let attribute = e.detail.prefix { $0 != " " }
                    detail = Self.esc(String(attribute)) + " " + Self.entityLink(kind, value) + Self.esc(String(e.detail[shared.lowerBound...]))
                }
                let accounts = analyst ? e.accounts.map(Self.accountLink).joined(separator: " ") : "\(e.accounts.count)"
                body += "<tr><td>\(Self.esc(e.kind.rawValue))</td><td>\(detail)</td><td>\(accounts)</td></tr>"
            }
            body += "</table>"
            body += "<h2>Tactics</h2><table id=\"tactics\"><tr><th>activity</th><th>framework</th><th>tactic</th></tr>"
                + n.ttps.map { "<tr><td>\(Self.esc($0.activity ?? "-"))</td><td>\(Self.esc(ThreatReport.frameworkName($0.framework)))</td><td>\(Self.esc(ThreatReport.tacticName($0)))</td></tr>" }.joined() + "</table>"
            body += "<h2>Accounts</h2><p id=\"accounts\">" + n.accounts.map { "<span class=\"tag\">\(analyst ? Self.accountLink($0) : Self.esc($0))</span>" }.joined() + "</p>"
            // Decisions are notes on the network's case.
            if analyst, networkCase != nil { body += membershipSection(n, membership: membership, csrf: session) }
            body += "<h2>Sample prompts</h2>"
            if let samples {
                body += samples.map { "<blockquote>\(Self.esc(String($0.prefix(2000))))</blockquote>" }.joined()
            } else {
                body += "<p><a href=\"/networks/\(Self.esc(n.id))?reveal=1\">Reveal sample prompts</a> (analysts; the reading is audited)</p>"
            }
            body += enforcementSection(n, actions: actions, standing: standing, role: context.role, csrf: session, cleared: Set(membership.cleared.keys))
            if let c = networkCase {
                body += "<h2>Case</h2><p>status <strong>\(Self.esc(c.status.rawValue))</strong>; verdict \(Self.esc(c.verdict ?? "none")); lead \(Self.esc(c.leadSource.rawValue))</p>"
                body += c.notes.map { "<blockquote>\(Timestamp.format($0.time)) \(Self.esc($0.author)): \(Self.esc(Membership.readable($0.text)))</blockquote>" }.joined()
                body += "<form method=\"post\" action=\"/networks/\(Self.esc(n.id))/case\"><input type=\"hidden\" name=\"csrf\" value=\"\(session)\">"
                body += "<label>Status <select name=\"status\">" + CaseStatus.allCases.map { "<option\($0 == c.status ? " selected" : "")>\($0.rawValue)</option>" }.joined() + "</select></label> "
                body += "<label>Verdict <input name=\"verdict\"></label> <label>Note <input name=\"note\" size=\"40\"></label>"
                let narrative = ThreatReport.narrative(of: c) ?? ""
                body += "<p><label>Case study narrative, as the report publishes it (edits are kept in the case and audited)<br><textarea name=\"narrative\" rows=\"4\" cols=\"90\">\(Self.esc(narrative))</textarea></label></p>"
                body += "<input type=\"hidden\" name=\"narrative_was\" value=\"\(Self.esc(narrative))\">"
                // The report's excerpts, each with the translation it publishes beside it: written
                // or approved here by an analyst, never made up by a machine.
                let (prompts, outputs) = ThreatReport.excerpts(networkEvents)
                if !prompts.isEmpty || !outputs.isEmpty {
                    let translations = ThreatReport.translations(of: c)
                    body += "<h3>Translations of the report's excerpts</h3><p>Leave a box empty to publish the excerpt as it stands.</p>"
                    for x in prompts + outputs {
                        let key = ThreatReport.excerptKey(x)
                        let t = translations[key] ?? ""
                        body += "<p><blockquote>\(Self.esc(x))</blockquote><label>Translation<br><textarea name=\"translation:\(key)\" rows=\"2\" cols=\"90\">\(Self.esc(t))</textarea></label>"
                        body += "<input type=\"hidden\" name=\"translation_was:\(key)\" value=\"\(Self.esc(t))\"></p>"
                    }
                }
                body += " <button>Update case</button></form>"
            }
            return Self.page(ThreatReport.prefix(n.category) + ": " + n.name, role: context.role, csrfToken: session, body)
        }
        routes.post("/networks/{id}/membership", .analyst) { request, context in
            var request = request
            let fields = try await checkedForm(&request, context, limit: 1 << 16)
            guard let decision = fields["decision"].flatMap({ d in Membership.Decision.allCases.first { "\($0)" == d } }) else {
                throw APIError(.badRequest, "decision must be cleared, restored or split")
            }
            let accounts = Self.ticked(fields, "account:")
            let id = context.parameters.get("id") ?? ""
            let (actor, now, reason) = (context.actor, self.now, fields["reason"] ?? "")
            do {
                _ = try await db { s in try Casework(store: s, now: now).decideMembership(id, decision: decision, accounts: accounts, reason: reason, actor: actor) }
            } catch let failure as Casework.Failure {
                throw APIError(failure)
            }
            return Response.redirect(to: "/networks/" + Self.pathPart(id) + "#membership", type: .normal)
        }
        routes.post("/networks/{id}/case", .analyst) { request, context in
            var request = request
            let fields = try await checkedForm(&request, context, limit: 1 << 16)
            func field(_ name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }
            var status: CaseStatus? = nil
            if let text = field("status") {
                guard let s = CaseStatus(rawValue: text) else { throw APIError(.badRequest, "status must be one of new, investigating, actioned, closed, dismissed") }
                status = s
            }
            let id = context.parameters.get("id") ?? ""
            let actor = context.actor
            let now = self.now
            let (newStatus, verdict, note) = (status, field("verdict"), field("note"))
            // A changed narrative is a note of its own, so its history stays in the case.
            let narrative = fields["narrative"].map { $0.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
            let newNarrative = narrative.flatMap { $0 != (fields["narrative_was"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) ? $0 : nil }
            // So is each changed translation (an emptied one withdraws it).
            let translationNotes = try fields.sorted(by: { $0.key < $1.key }).filter { $0.key.hasPrefix("translation:") }.compactMap { name, value -> String? in
                let key = String(name.dropFirst("translation:".count))
                guard key.count == 16, key.allSatisfy({ $0.isHexDigit }) else { throw APIError(.badRequest, "a translation names its excerpt by 16 hex digits") }
                let text = value.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                return text == (fields["translation_was:" + key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) ? nil : ThreatReport.translationMarker + key + ": " + text
            }
            do {
                _ = try await db { s in
                    let casework = Casework(store: s, now: now)
                    // A form that only edits the narrative or translations changes nothing else.
                    if newStatus != nil || verdict != nil || note != nil || (newNarrative == nil && translationNotes.isEmpty) {
                        _ = try casework.updateCase(id, status: newStatus, verdict: verdict, reason: nil, note: note, lead: nil, actor: actor)
                    }
                    if let newNarrative {
                        _ = try casework.updateCase(id, status: nil, verdict: nil, reason: nil, note: ThreatReport.narrativeMarker + newNarrative, lead: nil, actor: actor)
                    }
                    for t in translationNotes {
                        _ = try casework.updateCase(id, status: nil, verdict: nil, reason: nil, note: t, lead: nil, actor: actor)
                    }
                }
            } catch let failure as Casework.Failure {
                throw APIError(failure)
            }
            return Response.redirect(to: "/networks/" + Self.pathPart(id), type: .normal)
        }
        routes.get("/tokens", .admin) { _, context in
            let tokens = try await db { try $0.tokens() }
            let csrf = session(context) ?? ""
            func time(_ t: Int64?) -> String { t.map(Timestamp.format) ?? "-" }
            var body = "<p>Tokens are created with <code>sightline token create</code> or <code>POST /v1/tokens</code>. "
            body += "Revoking one refuses it at once and signs out every console session opened with it.</p>"
            body += "<table id=\"tokens\"><tr><th>id</th><th>name</th><th>role</th><th>created</th><th>last used</th><th>revoked</th><th></th></tr>"
            for t in tokens {
                body += "<tr><td>\(t.id)</td><td>\(Self.esc(t.name))</td><td>\(Self.esc(t.role))</td><td>\(time(t.created))</td><td>\(time(t.lastUsed))</td><td>\(time(t.revoked))</td><td>"
                if t.revoked == nil {
                    body += "<form class=\"inline\" method=\"post\" action=\"/tokens/\(t.id)/revoke\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\"><button>Revoke</button></form>"
                }
                body += "</td></tr>"
            }
            return Self.page("Tokens", role: context.role, csrfToken: session(context), body + "</table>")
        }
        routes.post("/tokens/{id}/revoke", .admin) { request, context in
            var request = request
            _ = try await checkedForm(&request, context, limit: 4096)
            guard let id = context.parameters.get("id").flatMap({ Int64($0) }) else { throw APIError(.notFound, "no such token") }
            let actor = context.actor
            let now = self.now
            let revoked = try await db { s -> StoredToken? in
                guard let token = try s.token(id: id), try s.revokeToken(id: id, time: now()) else { return nil }
                try s.addAudit(actor: actor, action: "token.revoke", subject: "token \(id)", detail: "\(token.role) token \(token.name)", time: now())
                return token
            }
            guard revoked != nil else { throw APIError(.notFound, "no such token, or it is revoked already") }
            return Response.redirect(to: "/tokens", type: .normal)
        }
        routes.get("/report", .viewer) { _, context in
            var body = "<p>The threat report covers the networks actioned in a period, as a document to publish (public: no account ids, addresses or raw prompts) or to keep (internal, for analysts). "
            body += "It opens on its own, to read, print or save as PDF; <code>sightline report --format pdf</code> writes the same PDF.</p>"
            body += "<form method=\"get\" action=\"/report/document\" id=\"report-form\"><label>From <input type=\"date\" name=\"since\"></label> <label>Until <input type=\"date\" name=\"until\"></label> "
            body += "<label>Edition <select name=\"internal\"><option value=\"0\">public</option>"
            if context.role?.allows(.analyst) == true { body += "<option value=\"1\">internal</option>" }
            body += "</select></label> <label>Format <select name=\"format\"><option>html</option><option>markdown</option><option>stix</option></select></label> <button>Open the report</button></form>"
            body += "<p><a href=\"/report/document\" id=\"open-report\">Open the public report for all time</a></p>"
            return Self.page("Report", role: context.role, csrfToken: session(context), body)
        }
        routes.get("/report/document", .viewer) { request, context in
            let format = ReportWriter.Format(rawValue: String(request.uri.queryParameters.get("format") ?? "html")) ?? .html
            return try await ReportRoutes.render(request, context, format: format, db: db, publisher: auth.configuration.publisher)
        }
        routes.get("/quarantine", .viewer) { request, context in
            let lines = try await db { try $0.quarantinedLines() }
            var body = "<p>\(lines.count) lines set aside.</p><table><tr><th>source</th><th>line</th><th>reason</th></tr>"
            for q in lines.prefix(500) { body += "<tr><td>\(Self.esc(q.source))</td><td>\(q.line)</td><td>\(Self.esc(q.reason))</td></tr>" }
            return Self.page("Quarantine", role: context.role, csrfToken: session(context), body + "</table>")
        }
    }
}
