import SightlineCore

/// Who belongs in a network, as analysts decide it: members judged innocent are cleared (out of
/// the network's actions at once, and out of linking from the next analyze until restored), and
/// members who are a separate group are split off (judged on their own by the next analyze). The
/// decisions are case notes, through `Casework` as from the CLI, so they are audited.
extension Console {
    func membershipSection(_ n: Network, membership: Membership, csrf: String) -> String {
        let page = "/networks/" + Self.pathPart(n.id) + "/membership"
        var body = "<h2 id=\"membership\">Membership</h2>"
        let cleared = membership.cleared.filter { $0.value.network == n.id }.sorted { $0.key < $1.key }
        let pending = Set(cleared.map(\.key)).intersection(n.accounts)
        if !cleared.isEmpty {
            body += "<p>Cleared by analysts (left out of linking by every analyze until restored):</p><table id=\"cleared\"><tr><th>account</th><th>by</th><th>when</th><th>why</th><th></th></tr>"
            for (account, decision) in cleared {
                let reason = Membership.parse(decision.note.text)?.2 ?? ""
                body += "<tr><td>\(Self.accountLink(account))\(pending.contains(account) ? " (until the next analyze still listed above)" : "")</td><td>\(Self.esc(decision.note.author))</td>"
                body += "<td>\(Timestamp.format(decision.note.time))</td><td>\(Self.esc(reason))</td><td><form class=\"inline\" method=\"post\" action=\"\(page)\">"
                body += "<input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\"><input type=\"hidden\" name=\"decision\" value=\"restored\">"
                body += "<input type=\"hidden\" name=\"account:\(Self.esc(account))\" value=\"1\"><input name=\"reason\" placeholder=\"why\" required> <button>Restore</button></form></td></tr>"
            }
            body += "</table>"
        }
        let splits = membership.splits.filter { $0.network == n.id }
        for s in splits {
            body += "<p class=\"split\">Split off by an analyst: " + s.accounts.sorted().map(Self.accountLink).joined(separator: " ") + "</p>"
        }
        let members = n.accounts.filter { !pending.contains($0) }
        guard members.count >= 2 else { return body }
        body += "<form method=\"post\" action=\"\(page)\" id=\"members\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\"><p>"
        for a in members { body += "<label class=\"tag\"><input type=\"checkbox\" name=\"account:\(Self.esc(a))\" value=\"1\"> \(Self.esc(a))</label> " }
        body += "</p><label>Reason <input name=\"reason\" size=\"40\" required></label> "
        body += "<button name=\"decision\" value=\"cleared\">Clear: judged innocent</button> <button name=\"decision\" value=\"split\">Split off into a network of their own</button>"
        body += "<p>Clearing takes the accounts out of this network's actions at once; the next analyze leaves them out of every network. A split needs two accounts on each side.</p></form>"
        return body
    }
}
