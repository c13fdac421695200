import Crypto
import Foundation
import Hummingbird
import SightlineAnalysis
import SightlineCore
import SightlinePipeline
import SightlineStore

/// The web console: server-rendered HTML with inline SVG, no JavaScript, a CSP that forbids
/// scripts, every stored string escaped. Browsers sign in once with a token; the session cookie is
/// HttpOnly and SameSite=Strict, and every form carries a CSRF token derived from the session.
enum Console {
    static let cookieName = "sl_token"

    static func esc(_ s: String) -> String { ThreatReport.html(s) }

    /// The CSRF token of a session: a hash of the session's token hash, so it needs no storage.
    static func csrf(for token: String) -> String {
        String(SHA256.hash(data: Data(("csrf|" + Tokens.hash(token)).utf8)).map { String(format: "%02x", $0) }.joined().prefix(32))
    }

    static func page(_ title: String, role: String?, csrfToken: String? = nil, _ body: String) -> Response {
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
            </style></head><body><header><strong>Sightline</strong><a href="/">Overview</a><a href="/networks">Networks</a><a href="/quarantine">Quarantine</a><a href="/v1/reports/html">Report</a>
            """
        if role != nil, let csrfToken {
            html += "<form class=\"inline\" method=\"post\" action=\"/logout\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrfToken)\"><button>Sign out</button></form>"
        }
        html += "</header><main><h1>\(esc(title))</h1>\n\(body)\n</main></body></html>\n"
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// `application/x-www-form-urlencoded` fields.
    static func form(_ body: ByteBuffer) -> [String: String] {
        var out: [String: String] = [:]
        for pair in String(buffer: body).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            if parts.count == 2 { out[parts[0]] = parts[1] }
        }
        return out
    }

    static func sessionToken(_ request: Request) -> String? { request.cookies[cookieName]?.value }

    static func register(on router: Router<SightlineContext>, store: Store, now: @escaping @Sendable () -> Int64) {
        router.get("/login") { _, _ in
            page("Sign in", role: nil, """
                <form method="post" action="/login"><label>API token <input type="password" name="token" autocomplete="off" size="60"></label>
                <button>Sign in</button></form><p>Tokens come from <code>sightline serve</code> (first run) or <code>sightline token create</code>.</p>
                """)
        }
        router.post("/login") { request, _ in
            var request = request
            let fields = form(try await request.collectBody(upTo: 4096))
            guard let token = fields["token"], token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }),
                try store.tokenRole(hash: Tokens.hash(token)) != nil
            else {
                var r = page("Sign in", role: nil, "<p>That token is not valid.</p><p><a href=\"/login\">Try again</a></p>")
                r.status = .unauthorized
                return r
            }
            var r = Response.redirect(to: "/", type: .normal)
            r.setCookie(Cookie(name: cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict))
            return r
        }
        router.post("/logout") { request, context in
            var request = request
            let fields = form(try await request.collectBody(upTo: 4096))
            guard let token = sessionToken(request), fields["csrf"] == csrf(for: token) else { return API.error(.forbidden, "missing or wrong CSRF token") }
            var r = Response.redirect(to: "/login", type: .normal)
            r.setCookie(Cookie(name: cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            _ = context
            return r
        }
        router.get("/") { request, context in
            if let denied = API.require(context, "viewer") { return denied }
            let networks = try store.savedNetworks().compactMap { try? NetworkDecoding.decode($0.json) }
            let cases = try store.cases()
            var byCategory: [String: Int] = [:]
            for n in networks { byCategory[n.category, default: 0] += 1 }
            var byStatus: [String: Int] = [:]
            for c in cases { byStatus[c.status, default: 0] += 1 }
            var body = "<div class=\"card\"><strong>\(networks.count)</strong> networks, <strong>\(try store.eventCount())</strong> events, <strong>\(try store.quarantinedLines().count)</strong> lines in quarantine.</div>"
            body += "<div class=\"charts\"><div class=\"card\"><h3>By category</h3><table>" + byCategory.sorted { $0.key < $1.key }.map { "<tr><td>\(esc($0.key))</td><td>\($0.value)</td></tr>" }.joined() + "</table></div>"
            body += "<div class=\"card\"><h3>Cases by status</h3><table>" + byStatus.sorted { $0.key < $1.key }.map { "<tr><td>\(esc($0.key))</td><td>\($0.value)</td></tr>" }.joined() + "</table></div></div>"
            let attention = cases.filter { $0.status == "new" || $0.notes.contains { $0.text.hasPrefix("Recidivism") } }
            body += "<h2>Needs attention</h2><table><tr><th>network</th><th>status</th><th>why</th></tr>"
            for c in attention.prefix(20) {
                let why = c.notes.contains { $0.text.hasPrefix("Recidivism") } ? "returning operators flagged" : "new case"
                body += "<tr><td><a href=\"/networks/\(esc(c.networkID))\">\(esc(c.networkID))</a></td><td>\(esc(c.status))</td><td>\(why)</td></tr>"
            }
            body += "</table><h2>Recent activity</h2><table>"
            for e in try store.auditLog().suffix(10).reversed() {
                body += "<tr><td>\(Timestamp.format(e.time))</td><td>\(esc(e.actor))</td><td>\(esc(e.action))</td><td>\(esc(e.subject))</td></tr>"
            }
            body += "</table>"
            return page("Overview", role: context.role, csrfToken: sessionToken(request).map(csrf), body)
        }
        router.get("/networks") { request, context in
            if let denied = API.require(context, "viewer") { return denied }
            var networks = try store.savedNetworks().compactMap { try? NetworkDecoding.decode($0.json) }
            if let category = request.uri.queryParameters.get("category"), !category.isEmpty { networks = networks.filter { $0.category == category } }
            switch request.uri.queryParameters.get("sort") ?? "risk" {
            case "name": networks.sort { $0.name < $1.name }
            case "category": networks.sort { ($0.category, $0.name) < ($1.category, $1.name) }
            case "accounts": networks.sort { $0.accounts.count > $1.accounts.count }
            default: networks.sort { $0.risk > $1.risk }
            }
            let categories = ["", "influence", "surveillance", "cyber.malware", "cyber.phishing", "cyber.recon", "employment", "scam"]
            var body = "<form method=\"get\" action=\"/networks\"><label>Category <select name=\"category\">" + categories.map { "<option value=\"\($0)\">\($0.isEmpty ? "all" : $0)</option>" }.joined() + "</select></label> <button>Filter</button></form>"
            body += "<table id=\"networks\"><tr><th><a href=\"?sort=name\">name</a></th><th><a href=\"?sort=category\">category</a></th><th><a href=\"?sort=accounts\">accounts</a></th><th><a href=\"?sort=risk\">risk</a></th><th>works</th><th>breakout</th></tr>"
            for n in networks {
                let offset = n.attribution.utcOffsetHours.map { "UTC\($0 >= 0 ? "+" : "")\($0)" } ?? "-"
                body += "<tr><td><a href=\"/networks/\(esc(n.id))\">\(esc(n.name))</a></td><td>\(esc(n.category))</td><td>\(n.accounts.count)</td><td>\(Network.number(n.risk))</td><td>\(offset)</td><td>\(n.breakout.map { String($0.category) } ?? "-")</td></tr>"
            }
            return page("Networks", role: context.role, csrfToken: sessionToken(request).map(csrf), body + "</table>")
        }
        router.get("/networks/:id") { request, context in
            if let denied = API.require(context, "viewer") { return denied }
            let id = context.parameters.get("id") ?? ""
            guard let saved = try store.savedNetworks().first(where: { $0.id == id }), let n = try? NetworkDecoding.decode(saved.json) else {
                return API.error(.notFound, "no such network")
            }
            let session = sessionToken(request).map(csrf) ?? ""
            var body = "<p><span class=\"tag\">\(esc(n.category))</span> risk \(Network.number(n.risk)) · \(n.accounts.count) accounts · \(n.events) events</p>"
            body += "<div class=\"charts\">"
            body += "<div class=\"card\"><h3>Hour of the week (UTC)</h3>\(Charts.heatmap(n.hourOfWeek))</div>"
            body += "<div class=\"card\"><h3>Languages</h3>\(Charts.languageBars(prompt: n.attribution.promptLanguages, output: n.attribution.outputLanguages))</div>"
            body += "<div class=\"card\"><h3>Timeline</h3>\(Charts.timeline(first: n.firstSeen, last: n.lastSeen, actioned: nil))</div>"
            body += "<div class=\"card\"><h3>Graph</h3>\(Charts.graph(accounts: n.accounts, evidence: n.evidence, labels: true))</div></div>"
            body += "<h2>Attribution</h2><ul>" + n.attribution.reasons.map { "<li>\(esc($0))</li>" }.joined() + "<li>confidence: \(esc(n.attribution.confidence))</li></ul>"
            if let b = n.breakout { body += "<h2>Breakout Scale: category \(b.category)</h2><p>\(esc(b.rationale))</p>" }
            body += "<h2>Evidence</h2><table><tr><th>kind</th><th>detail</th><th>accounts</th></tr>" + n.evidence.map { "<tr><td>\(esc($0.kind))</td><td>\(esc($0.detail))</td><td>\($0.accounts.count)</td></tr>" }.joined() + "</table>"
            body += "<h2>Tactics</h2><p>" + n.ttps.map { "<span class=\"tag\">\(esc($0.framework)) \(esc($0.id)) \(esc($0.name))</span>" }.joined() + "</p>"
            body += "<h2>Accounts</h2><p>" + n.accounts.map { "<span class=\"tag\">\(esc($0))</span>" }.joined() + "</p>"
            // Raw prompt text only on demand, for analysts, and every reading is audited.
            body += "<h2>Sample prompts</h2>"
            if request.uri.queryParameters.get("reveal") == "1" {
                if let denied = API.require(context, "analyst") { return denied }
                try store.addAudit(actor: "console:\(context.role ?? "")", action: "prompt.read", subject: n.id, detail: "sample prompts revealed", time: now())
                let samples = try store.flaggedPrompts(accounts: n.accounts, limit: 5)
                body += samples.map { "<blockquote>\(esc(String($0.prefix(2000))))</blockquote>" }.joined()
            } else {
                body += "<p><a href=\"/networks/\(esc(n.id))?reveal=1\">Reveal sample prompts</a> (analysts; the reading is audited)</p>"
            }
            if let c = try store.cases().first(where: { $0.networkID == n.id }) {
                body += "<h2>Case</h2><p>status <strong>\(esc(c.status))</strong>; verdict \(esc(c.verdict ?? "none")); lead \(esc(c.leadSource))</p>"
                body += c.notes.map { "<blockquote>\(Timestamp.format($0.time)) \(esc($0.author)): \(esc($0.text))</blockquote>" }.joined()
                body += "<form method=\"post\" action=\"/networks/\(esc(n.id))/case\"><input type=\"hidden\" name=\"csrf\" value=\"\(session)\">"
                body += "<label>Status <select name=\"status\">" + Case.statuses.map { "<option\($0 == c.status ? " selected" : "")>\($0)</option>" }.joined() + "</select></label> "
                body += "<label>Verdict <input name=\"verdict\"></label> <label>Note <input name=\"note\" size=\"40\"></label> <button>Update case</button></form>"
            }
            return page(ThreatReport.prefix(n.category) + ": " + n.name, role: context.role, csrfToken: session, body)
        }
        router.post("/networks/:id/case") { request, context in
            if let denied = API.require(context, "analyst") { return denied }
            var request = request
            let fields = form(try await request.collectBody(upTo: 1 << 16))
            guard let token = sessionToken(request), fields["csrf"] == csrf(for: token) else { return API.error(.forbidden, "missing or wrong CSRF token") }
            let id = context.parameters.get("id") ?? ""
            do {
                _ = try Casework(store: store, now: now).updateCase(
                    id, status: fields["status"].flatMap { $0.isEmpty ? nil : $0 }, verdict: fields["verdict"].flatMap { $0.isEmpty ? nil : $0 },
                    reason: nil, note: fields["note"].flatMap { $0.isEmpty ? nil : $0 }, lead: nil, actor: "console:\(context.role ?? "")")
            } catch let e as Casework.Failure {
                return API.error(.badRequest, e.description)
            }
            return Response.redirect(to: "/networks/\(id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_"))) ?? "")", type: .normal)
        }
        router.get("/quarantine") { request, context in
            if let denied = API.require(context, "viewer") { return denied }
            let lines = try store.quarantinedLines()
            var body = "<p>\(lines.count) lines set aside.</p><table><tr><th>source</th><th>line</th><th>reason</th></tr>"
            for q in lines.prefix(500) { body += "<tr><td>\(esc(q.source))</td><td>\(q.line)</td><td>\(esc(q.reason))</td></tr>" }
            return page("Quarantine", role: context.role, csrfToken: sessionToken(request).map(csrf), body + "</table>")
        }
    }
}
