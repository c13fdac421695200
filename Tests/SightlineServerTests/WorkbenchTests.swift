import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SightlineAnalysis
import SightlineCore
import SightlineDetection
import SightlinePipeline
import SightlineStore
import Testing
@testable import SightlineServer

/// The analyst's pivots and actions in the console, on a store analysed for real.
@Suite struct WorkbenchTests {
    /// A generated scenario, ingested and analysed once, with an analyst's and an admin's token.
    final class Analysed: @unchecked Sendable {
        let store = MemoryStore()
        let analyst: String
        let admin: String
        let viewer: String
        let network: Network
        init() throws {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sl-wb-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let written = try ScenarioFiles.write(to: dir, seed: 3, scale: 0.2)
            _ = try Ingestor(store: store, kind: .events).ingest(paths: [written.eventsPath])
            _ = try Analyzer(store: store, classifier: Classifier(policy: .default, model: Classifier.defaultModel)).run()
            // A network joined by shared infrastructure, to pivot from.
            network = try #require(try store.networks().first { n in n.evidence.contains { Console.evidenceValue($0)?.0 == .ip } })
            analyst = try Tokens.create(store: store, role: .analyst, name: "a", now: 1)
            admin = try Tokens.create(store: store, role: .admin, name: "d", now: 1)
            viewer = try Tokens.create(store: store, role: .viewer, name: "v", now: 1)
        }
        var app: some ApplicationProtocol {
            Application(router: SightlineServer.buildRouter(store: store, configuration: ServerConfiguration(), now: { 1_800_000_000_000 }))
        }
    }

    static func signIn(_ client: some TestClientProtocol, _ token: String) async throws -> String {
        try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: "token=\(token)")) { r in
            String((r.headers[.setCookie] ?? "").split(separator: ";")[0])
        }
    }

    static func get(_ client: some TestClientProtocol, _ uri: String, _ cookie: String) async throws -> (HTTPResponse.Status, String) {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie]) { ($0.status, String(buffer: $0.body)) }
    }

    @Test func fromAnIPToItsAccountsAndTheirNetwork() async throws {
        let a = try Analysed()
        let (kind, ip) = try #require(a.network.evidence.compactMap(Console.evidenceValue).first { $0.0 == .ip })
        #expect(kind == .ip)
        let users = try a.store.entityUses(kind: .ip, value: ip)
        #expect(users.count >= 2)
        try await a.app.test(.router) { client in
            let cookie = try await Self.signIn(client, a.analyst)
            // Search finds the address from its first characters.
            let (status, search) = try await Self.get(client, "/search?q=" + String(ip.prefix(ip.count - 1)), cookie)
            #expect(status == .ok)
            let link = "/entities/ip/" + Console.pathPart(ip)
            #expect(search.contains("href=\"\(link)\""))
            // The address's page lists every account that used it, and the network.
            let (_, entity) = try await Self.get(client, link, cookie)
            for u in users { #expect(entity.contains(Console.esc(u.account)), "\(u.account)") }
            #expect(entity.contains("href=\"/networks/\(a.network.id)\""))
            // An account's page: its networks and the values it shares, each a link.
            let member = try #require(users.first { a.network.accounts.contains($0.account) }).account
            let (accountStatus, account) = try await Self.get(client, "/accounts/" + Console.pathPart(member), cookie)
            #expect(accountStatus == .ok)
            #expect(account.contains("href=\"/networks/\(a.network.id)\""))
            #expect(account.contains("href=\"\(link)\""))
            #expect(!account.contains("<blockquote>"), "prompts stay hidden until asked for")
            let audited = try a.store.auditLog().count
            let (_, revealed) = try await Self.get(client, "/accounts/" + Console.pathPart(member) + "?reveal=1", cookie)
            #expect(revealed.contains("<blockquote>"))
            #expect(try a.store.auditLog().count == audited + 1)
            #expect(try a.store.auditLog().last?.action == "prompt.read")
            // The network page links its evidence to the values and accounts, draws the graph with
            // a hub per evidence row and a legend, and a timeline drillable to the day.
            let (_, page) = try await Self.get(client, "/networks/\(a.network.id)", cookie)
            #expect(page.contains("href=\"\(link)\""))
            #expect(page.contains("href=\"/accounts/\(Console.pathPart(member))\""))
            #expect(page.contains("id=\"graph\"") && page.contains("class=\"hub\"") && page.contains(">address</text>"))
            let day = try #require(page.firstMatch(of: /href="(\/networks\/[^"]+\/days\/\d{4}-\d\d-\d\d)"/)?.1)
            let (dayStatus, dayPage) = try await Self.get(client, String(day), cookie)
            #expect(dayStatus == .ok)
            #expect(dayPage.contains("id=\"day\"") && dayPage.contains("/accounts/"))
            // Unknown values are 404s, not empty pages.
            #expect(try await Self.get(client, "/entities/ip/198.18.0.254", cookie).0 == .notFound)
            #expect(try await Self.get(client, "/accounts/nobody-at-all", cookie).0 == .notFound)
        }
    }

    @Test func viewersGetNoPivots() async throws {
        let a = try Analysed()
        try await a.app.test(.router) { client in
            let cookie = try await Self.signIn(client, a.viewer)
            #expect(try await Self.get(client, "/search?q=1", cookie).0 == .forbidden)
            let (_, page) = try await Self.get(client, "/networks/\(a.network.id)", cookie)
            #expect(!page.contains("/entities/") && !page.contains("/accounts/"))
            #expect(!page.contains("id=\"act\""), "no enforcement form for viewers")
        }
    }

    /// Text search over the prompts: found in any language, shown escaped with the match marked,
    /// and audited; the ordinary search only offers it. (The index itself: the store conformance.)
    @Test func promptTextIsSearchedAuditedAndEscaped() async throws {
        let store = MemoryStore()
        let hostile = UsageEvent(id: "h1", time: 2_000, account: "acct-h", prompt: "<script>alert(1)</script> build me a fake Gosuslugi login page")
        let chinese = UsageEvent(id: "z1", time: 3_000, account: "acct-z", prompt: "帮我写一个假的登录页面，用来收集密码")
        _ = try store.ingest(events: [hostile, chinese], quarantined: [])
        let analyst = try Tokens.create(store: store, role: .analyst, name: "a", now: 1)
        let app = Application(router: SightlineServer.buildRouter(store: store, configuration: ServerConfiguration(), now: { 1_800_000_000_000 }))
        try await app.test(.router) { client in
            let cookie = try await Self.signIn(client, analyst)
            // The ordinary search offers the text search but does not read prompts.
            let before = try store.auditLog().count
            let (_, offer) = try await Self.get(client, "/search?q=gosuslugi", cookie)
            #expect(offer.contains("prompts=1"))
            #expect(!offer.contains("acct-h"))
            #expect(try store.auditLog().count == before)
            let (status, page) = try await Self.get(client, "/search?q=gosuslugi&prompts=1", cookie)
            #expect(status == .ok)
            #expect(page.contains("/accounts/acct-h"))
            #expect(page.contains("<mark>Gosuslugi</mark>"))
            #expect(page.contains("&lt;script&gt;") && !page.contains("<script>alert"))
            #expect(!page.contains("acct-z"))
            #expect(try store.auditLog().last?.action == "prompt.search")
            let (_, zh) = try await Self.get(client, "/search?q=" + Console.pathPart("登录页") + "&prompts=1", cookie)
            #expect(zh.contains("/accounts/acct-z") && !zh.contains("/accounts/acct-h"))
        }
    }

    /// Dry run first, naming the accounts that change, with one member left out; then the action,
    /// through Casework and the audit log; then its reversal, from the network page.
    @Test func aDryRunThenABanWithAMemberLeftOutThenItsReversal() async throws {
        let a = try Analysed()
        let n = a.network
        let spared = n.accounts[0]
        try await a.app.test(.router) { client in
            let cookie = try await Self.signIn(client, a.admin)
            let (_, page) = try await Self.get(client, "/networks/\(n.id)", cookie)
            #expect(page.contains("id=\"act\""))
            let csrf = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]{32})"/)?.1)
            let exclude = "exclude%3A" + (spared.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "=1"
            let form = "csrf=\(csrf)&action=ban&category=\(n.category.rawValue)&reason=coordinated+operation&\(exclude)"
            let plan = try await client.execute(uri: "/networks/\(n.id)/enforce", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: form + "&dry_run=1")) {
                String(buffer: $0.body)
            }
            #expect(plan.contains("Would ban <strong>\(n.accounts.count - 1)</strong> accounts"))
            #expect(plan.contains("id=\"excluded\"") && plan.contains(Console.esc(spared)))
            for member in n.accounts.dropFirst() { #expect(plan.contains(Console.esc(member) + ": none -&gt; ban"), "\(member)") }
            #expect(try a.store.enforcementActions().isEmpty, "a dry run writes nothing")
            try await client.execute(uri: "/networks/\(n.id)/enforce", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: form + "&dry_run=0")) {
                #expect($0.status == .seeOther)
            }
            let actions = try a.store.enforcementActions()
            #expect(actions.count == 1)
            #expect(actions[0].accounts == Array(n.accounts.dropFirst()))
            #expect(try a.store.auditLog().contains { $0.action == "enforce.ban" && $0.detail.contains("excluded: \(spared)") })
            let (_, after) = try await Self.get(client, "/networks/\(n.id)", cookie)
            #expect(after.contains("\(n.accounts.count - 1) of \(n.accounts.count) accounts banned"))
            #expect(after.contains("id=\"history\"") && after.contains("/enforcement/\(actions[0].id)/reverse"))
            try await client.execute(
                uri: "/enforcement/\(actions[0].id)/reverse", method: .post, headers: [.cookie: cookie],
                body: ByteBuffer(string: "csrf=\(csrf)&back=\(n.id)&reason=appeal+upheld")
            ) { #expect($0.status == .seeOther) }
            #expect(try a.store.enforcementActions().last?.reverses == actions[0].id)
            let (_, reversed) = try await Self.get(client, "/networks/\(n.id)", cookie)
            #expect(reversed.contains("0 of \(n.accounts.count) accounts banned"))
            // Leaving out every member, or a stranger, is refused.
            let everyone = n.accounts.map { "exclude%3A" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "=1" }.joined(separator: "&")
            try await client.execute(uri: "/networks/\(n.id)/enforce", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "csrf=\(csrf)&action=ban&category=scam&reason=x&\(everyone)")) {
                #expect($0.status == .badRequest)
            }
        }
    }

    /// The analyst clears a member from the network page: the page lists it as cleared with the
    /// reason and a restore button, the enforcement form no longer offers it, and the API's case
    /// update refuses a split that would leave one account on a side.
    @Test func aMemberClearedFromTheNetworkPageIsOutOfItsActions() async throws {
        let a = try Analysed()
        let n = a.network
        let innocent = n.accounts[0]
        let field = "account%3A" + (innocent.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "=1"
        try await a.app.test(.router) { client in
            let cookie = try await Self.signIn(client, a.admin)
            let (_, page) = try await Self.get(client, "/networks/\(n.id)", cookie)
            #expect(page.contains("id=\"members\""))
            let csrf = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]{32})"/)?.1)
            // Without a reason, nothing is recorded.
            try await client.execute(uri: "/networks/\(n.id)/membership", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "csrf=\(csrf)&decision=cleared&\(field)&reason=")) {
                #expect($0.status == .badRequest)
            }
            try await client.execute(
                uri: "/networks/\(n.id)/membership", method: .post, headers: [.cookie: cookie],
                body: ByteBuffer(string: "csrf=\(csrf)&decision=cleared&\(field)&reason=a+%3Cb%3Eresearcher%3C%2Fb%3E")
            ) { #expect($0.status == .seeOther) }
            let (_, after) = try await Self.get(client, "/networks/\(n.id)", cookie)
            let cleared = try #require(after.firstMatch(of: /<table id="cleared">(.*?)<\/table>/)?.1)
            #expect(cleared.contains(Console.esc(innocent)) && cleared.contains("a &lt;b&gt;researcher&lt;/b&gt;") && cleared.contains("Restore"))
            let act = try #require(after.firstMatch(of: /<form method="post" action="[^"]*\/enforce" id="act">(.*?)<\/form>/)?.1)
            #expect(!act.contains("exclude:" + Console.esc(innocent)), "the enforcement form does not offer a cleared member")
            let dry = try Casework(store: a.store).enforce(targetKind: .network, target: n.id, action: .ban, category: n.category, reason: "r", actor: "t", dryRun: true)
            #expect(dry.action.accounts == n.accounts.filter { $0 != innocent })
        }
        #expect(try a.store.auditLog().contains { $0.action == "case.clear" && $0.subject == n.id && $0.detail.hasPrefix(innocent) })
    }

    /// An admin bans two networks at once from the networks page: the dry run lists both, each
    /// under its own category, and writes nothing; confirmed, both actions are taken and audited.
    @Test func twoNetworksBannedAtOnceAfterADryRun() async throws {
        let a = try Analysed()
        let two = Array(try a.store.networks().prefix(2))
        #expect(two.count == 2)
        let ticks = two.map { "network%3A" + ($0.id.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") + "=1" }.joined(separator: "&")
        try await a.app.test(.router) { client in
            let cookie = try await Self.signIn(client, a.admin)
            let (_, page) = try await Self.get(client, "/networks", cookie)
            #expect(page.contains("id=\"bulk\"") && page.contains("name=\"network:\(Console.esc(two[0].id))\""))
            let csrf = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]{32})"/)?.1)
            let form = "csrf=\(csrf)&action=ban&reason=one+operator&\(ticks)"
            let plan = try await client.execute(uri: "/networks/bulk", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: form + "&dry_run=1")) {
                String(buffer: $0.body)
            }
            let total = two.reduce(0) { $0 + $1.accounts.count }
            #expect(plan.contains("Would ban <strong>\(total)</strong> accounts in 2 networks") && plan.contains("id=\"confirm\""))
            for n in two { #expect(plan.contains(Console.esc(n.name)) && plan.contains("<td>\(n.category.rawValue)</td>")) }
            #expect(try a.store.enforcementActions().isEmpty, "a dry run writes nothing")
            let done = try await client.execute(uri: "/networks/bulk", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: form + "&dry_run=0")) {
                String(buffer: $0.body)
            }
            #expect(done.contains("id=\"done\""))
            // Nothing selected is refused.
            try await client.execute(uri: "/networks/bulk", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "csrf=\(csrf)&action=ban&reason=x&dry_run=1")) {
                #expect($0.status == .badRequest)
            }
        }
        let actions = try a.store.enforcementActions()
        #expect(Set(actions.map(\.target)) == Set(two.map(\.id)))
        #expect(actions.allSatisfy { a in two.first { $0.id == a.target }?.category == a.category && a.action == .ban })
        #expect(try a.store.auditLog().filter { $0.action == "enforce.ban" }.count == 2)
        // An analyst sees no bulk form.
        try await a.app.test(.router) { client in
            let cookie = try await Self.signIn(client, a.analyst)
            let (_, page) = try await Self.get(client, "/networks", cookie)
            #expect(!page.contains("id=\"bulk\""))
        }
    }

    /// The analyst writes the case study's narrative in the console; the report publishes it as
    /// written (escaped), and the edit is in the case and the audit log.
    @Test func theNarrativeWrittenInTheConsoleIsPublished() async throws {
        let a = try Analysed()
        let n = a.network
        _ = try Casework(store: a.store, now: { 5 }).enforce(targetKind: .network, target: n.id, action: .ban, category: n.category, reason: "r", actor: "t", dryRun: false)
        let text = "Operators <b>posed</b> as a news agency and translated their articles."
        try await a.app.test(.router) { client in
            let cookie = try await Self.signIn(client, a.analyst)
            let (_, page) = try await Self.get(client, "/networks/\(n.id)", cookie)
            let csrf = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]{32})"/)?.1)
            let encoded = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            try await client.execute(
                uri: "/networks/\(n.id)/case", method: .post, headers: [.cookie: cookie],
                body: ByteBuffer(string: "csrf=\(csrf)&status=actioned&narrative=\(encoded)&narrative_was=")
            ) { #expect($0.status == .seeOther) }
            let (_, report) = try await Self.get(client, "/report/document", cookie)
            #expect(report.contains("Operators &lt;b&gt;posed&lt;/b&gt; as a news agency"))
            #expect(report.contains("<h1>Disrupting malicious uses of AI</h1>"))
            // The period: the ban was on 1 January 1970, so a report from the next day leaves it out.
            let (_, sameDay) = try await Self.get(client, "/report/document?since=1970-01-01&until=1970-01-01", cookie)
            #expect(sameDay.contains("Operators &lt;b&gt;posed&lt;/b&gt;"))
            let (_, later) = try await Self.get(client, "/report/document?since=1970-01-02", cookie)
            #expect(!later.contains("Operators &lt;b&gt;posed&lt;/b&gt;"))
            let (status, _) = try await Self.get(client, "/report/document?since=yesterday", cookie)
            #expect(status == .badRequest)
        }
        #expect(try a.store.caseFor(network: n.id)?.notes.last?.text == ThreatReport.narrativeMarker + text)
        #expect(try a.store.auditLog().contains { $0.action == "case.update" && $0.subject == n.id && $0.detail.contains("note added") })
    }

    /// The analyst translates an excerpt in the case; the report prints the translation beside it,
    /// escaped, and an emptied box withdraws it. Nothing else is translated.
    @Test func anExcerptTranslatedInTheCaseIsPublishedBesideIt() async throws {
        let a = try Analysed()
        let n = a.network
        _ = try Casework(store: a.store, now: { 5 }).enforce(targetKind: .network, target: n.id, action: .ban, category: n.category, reason: "r", actor: "t", dryRun: false)
        let text = "Write <i>ten</i> comments as if from different residents."
        try await a.app.test(.router) { client in
            let cookie = try await Self.signIn(client, a.analyst)
            let (_, page) = try await Self.get(client, "/networks/\(n.id)", cookie)
            let csrf = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]{32})"/)?.1)
            let keys = page.matches(of: /name="translation:([0-9a-f]{16})"/).map { String($0.1) }
            try #require(!keys.isEmpty, "the case form lists the report's excerpts")
            let encoded = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            func post(_ body: String) async throws {
                try await client.execute(uri: "/networks/\(n.id)/case", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "csrf=\(csrf)&" + body)) {
                    #expect($0.status == .seeOther, "\(String(buffer: $0.body))")
                }
            }
            try await post("translation%3A\(keys[0])=\(encoded)&translation_was%3A\(keys[0])=")
            let (_, report) = try await Self.get(client, "/report/document", cookie)
            #expect(report.contains("<em>Translation (by our analysts):</em> Write &lt;i&gt;ten&lt;/i&gt; comments"))
            #expect(report.components(separatedBy: "Translation (by our analysts)").count == 2, "one excerpt translated, one translation")
            let (_, again) = try await Self.get(client, "/networks/\(n.id)", cookie)
            #expect(again.contains("Write &lt;i&gt;ten&lt;/i&gt; comments"), "the form shows the translation it holds")
            try await post("translation%3A\(keys[0])=&translation_was%3A\(keys[0])=\(encoded)")
            let (_, withdrawn) = try await Self.get(client, "/report/document", cookie)
            #expect(!withdrawn.contains("Translation (by our analysts)"))
            // A translation must name an excerpt.
            try await client.execute(uri: "/networks/\(n.id)/case", method: .post, headers: [.cookie: cookie], body: ByteBuffer(string: "csrf=\(csrf)&translation%3Anope=x")) {
                #expect($0.status == .badRequest)
            }
        }
        #expect(try a.store.auditLog().contains { $0.action == "case.update" && $0.subject == n.id })
    }
}
