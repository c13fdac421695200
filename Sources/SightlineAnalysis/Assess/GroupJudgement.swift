import SightlineCore
import SightlineDetection

/// Whether a group of linked accounts is reported as a network, and why. It is when:
///
/// 1. at least two members score as misuse on their own (the account threshold), and they are at
///    least half of the group or the group shows two operational tells; or
/// 2. one does, and others send its flagged template (compartmented cells share no machine, only
///    their work), that category being at least a tenth of the group's prompts, unless the
///    senders are the seed's declared colleagues (one organisation or e-mail domain); or
/// 3. one voice: one member's flagged prompts add up to `minimumEvidence` (about three confident
///    prompts) and to at least `minimumShare` of the group's prompts (three among the hundreds of
///    seventeen people on one company card are not an operation's work), it shares a machine or
///    card with the others (three or more accounts on one value), and the group shows a second
///    operational tell; or
/// 4. as a group: the leading category's flagged prompts, from at least two members, add up to
///    `minimumEvidence` and at least `minimumShare` of the group's prompts (a lab of forty
///    students with three gray-zone questions among eight hundred prompts is not an operation),
///    none enough on its own, with two operational tells (`Tell`; one shared laptop is a
///    household, not an operation).
///
/// A family sharing a laptop, a lab's machines, a household's address, a company's templated API
/// traffic: groups like these are linked as easily as operations, and are reported only when
/// their content says misuse too. One seed with colleagues is not a network by itself.
struct GroupJudgement {
    var accountThreshold: Double
    static let minimumEvidence = 2.5
    static let minimumShare = 0.04

    struct Tell {
        var name: String
        var accounts: [String]
        /// One machine or card for several accounts.
        var operatorInfrastructure = false
    }

    struct Verdict {
        /// Empty when the group is not reported.
        var because: [String]
        var tells: [Tell]
        var reported: Bool { !because.isEmpty }
    }

    func judge(
        members: [String], profiles: [String: AccountProfile], infos: [String: AccountInfo], graph: EvidenceGraph
    ) -> Verdict {
        let ps = members.compactMap { profiles[$0] }
        let seeds = ps.filter { $0.risk >= accountThreshold }
        let tells = Self.tells(members: members, profiles: profiles, infos: infos, graph: graph)
        // Two seeds among many colleagues (a newsroom's fact-checkers pasting the propaganda they
        // study, a lab's researchers) are colleagues, unless the group is run like an operation.
        if seeds.count >= 2, 2 * seeds.count >= ps.count || tells.count >= 2 {
            let categories = Set(seeds.map(\.topCategory.rawValue)).sorted().joined(separator: ", ")
            return Verdict(because: ["\(seeds.count) of \(ps.count) accounts score as misuse (\(categories)) on their own behaviour"], tells: tells)
        }
        let events = ps.reduce(0) { $0 + $1.events }
        guard events > 0 else { return Verdict(because: [], tells: tells) }
        // One member misuses the model on its own, and the others send the same flagged
        // template: compartmented cells share no machine, only their work.
        if seeds.count == 1, let seed = seeds.first {
            let c = seed.topCategory.index
            let others = ps.filter { $0.account != seed.account && $0.flagged[c] > 0 }
            let flagged = ps.reduce(0) { $0 + $1.flagged[c] }
            let senders = others.filter { o in
                graph.edge(seed.account, o.account)?.reasons.contains(where: \.flaggedTemplate) ?? false
            }
            // Colleagues who say who they are (one organisation, one e-mail domain of their own)
            // and pass one text around are a desk at work: a newsroom's fact-checkers pasting the
            // article they study. A cell's members share only their work. Colleagues still answer
            // to the rules below, which ask for an operation's traits.
            let declaredColleagues = senders.allSatisfy { o in
                graph.edge(seed.account, o.account)?.reasons.contains { $0.attribute == .organization || $0.attribute == .emailDomain } ?? false
            }
            if !senders.isEmpty, !declaredColleagues, ps.reduce(0, { $0 + $1.scoreSum[c] }) >= Self.minimumEvidence,
                Double(flagged) >= 0.1 * Double(events)
            {
                return Verdict(
                    because: ["one of \(ps.count) accounts scores as misuse (\(seed.topCategory.rawValue)) on its own behaviour, and \(others.count) more send its flagged template"],
                    tells: tells)
            }
        }
        guard !tells.isEmpty else { return Verdict(because: [], tells: tells) }
        // One voice: a single account misuses the model on its own, and the others run on its
        // machine or card, with more of an operation's traits besides. A couple sharing a laptop
        // is not this (at least three accounts on one value, and a second tell).
        // The voice need not pass the account threshold on its own (four flagged prompts among
        // ten do not), but its flagged prompts must add up to `minimumEvidence`.
        let voice = ps.max { ($0.scoreSum.max() ?? 0, $1.account) < ($1.scoreSum.max() ?? 0, $0.account) }
        if seeds.count <= 1, ps.count >= 3, tells.count >= 2, let seed = seeds.first ?? voice,
            let shared = tells.first(where: { $0.operatorInfrastructure && $0.accounts.contains(seed.account) }),
            seed.scoreSum[seed.topCategory.index] >= Self.minimumEvidence,
            Double(seed.flagged[seed.topCategory.index]) >= Self.minimumShare * Double(events)
        {
            return Verdict(
                because: [
                    "one of \(ps.count) accounts misuses the model (\(seed.flagged[seed.topCategory.index]) \(seed.topCategory.rawValue) prompts), and \(shared.name)",
                    "operational tells: " + tells.map(\.name).joined(separator: "; "),
                ], tells: tells)
        }
        var best: (category: ThreatCategory, evidence: Double, flagged: Int, accounts: Int)? = nil
        for c in ThreatCategory.allCases {
            let flagged = ps.reduce(0) { $0 + $1.flagged[c.index] }
            let evidence = ps.reduce(0) { $0 + $1.scoreSum[c.index] }
            let accounts = ps.filter { $0.flagged[c.index] > 0 }.count
            if evidence > (best?.evidence ?? 0) { best = (c, evidence, flagged, accounts) }
        }
        guard let best, best.evidence >= Self.minimumEvidence, best.accounts >= 2, tells.count >= 2,
            Double(best.flagged) >= Self.minimumShare * Double(events)
        else { return Verdict(because: [], tells: tells) }
        return Verdict(
            because: [
                "as a group: \(best.flagged) \(best.category.rawValue) prompts across \(best.accounts) of \(ps.count) accounts "
                    + "(summed score \(Network.number(best.evidence)), \(Network.number(Double(best.flagged) / Double(events))) of the group's prompts), "
                    + "none enough on its own",
                "operational tells: " + tells.map(\.name).joined(separator: "; "),
            ], tells: tells)
    }

    /// Traits of how the accounts were run, each shown by at least two members (and by at least
    /// half of them where ordinary users show it too).
    static func tells(
        members: [String], profiles: [String: AccountProfile], infos: [String: AccountInfo], graph: EvidenceGraph
    ) -> [Tell] {
        let ps = members.compactMap { profiles[$0] }.sorted { $0.account < $1.account }
        var out: [Tell] = []
        func most(_ name: String, _ accounts: [String]) {
            if accounts.count >= 2 && accounts.count * 2 >= ps.count { out.append(Tell(name: name, accounts: accounts)) }
        }
        most(
            "throwaway accounts: one conversation, a few prompts, then gone",
            ps.filter(\.isThrowaway).map(\.account))
        let created = ps.compactMap { p in infos[p.account]?.created.map { (p.account, $0, p.firstTime) } }
        most("accounts first used within a month of sign-up", created.filter { $0.2 - $0.1 >= 0 && $0.2 - $0.1 < 30 * 86_400_000 }.map(\.0))
        // Recent sign-ups bunched together: ordinary users' accounts are months or years apart (a
        // family that signed up together long ago is not a burst of new accounts).
        let firstUse = ps.map(\.firstTime).min() ?? 0
        let times = created.map(\.1).filter { firstUse - $0 < 90 * 86_400_000 }.sorted()
        var burst: (Int, Int) = (0, 0)
        var lo = 0
        for hi in times.indices {
            while times[hi] - times[lo] > 2 * 86_400_000 { lo += 1 }
            if hi - lo + 1 > burst.1 - burst.0 { burst = (lo, hi + 1) }
        }
        if burst.1 - burst.0 >= 3 && (burst.1 - burst.0) * 2 >= ps.count {
            let window = times[burst.0]...times[burst.1 - 1]
            out.append(Tell(name: "\(burst.1 - burst.0) accounts signed up within two days of each other", accounts: created.filter { window.contains($0.1) }.map(\.0)))
        }
        most("disposable e-mail addresses", ps.filter { DisposableMail.uses(infos[$0.account]) }.map(\.account))
        // One machine or card for several accounts: three or more members on one value, and at
        // least a third of the group (a family's laptop among 29 people is that family's tell, not
        // the group's).
        var onValue: [AttributeValue: [String]] = [:]
        for p in ps {
            for d in p.devices { onValue[AttributeValue(attribute: .device, value: d), default: []].append(p.account) }
            if let card = infos[p.account]?.payment, !card.isEmpty { onValue[AttributeValue(attribute: .payment, value: card), default: []].append(p.account) }
        }
        for attribute in [SharedAttribute.device, .payment] {
            let widest = onValue.filter { $0.key.attribute == attribute }.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }
            if let widest, widest.value.count >= 3, widest.value.count * 3 >= ps.count {
                out.append(Tell(name: "one \(attribute.rawValue) used by \(widest.value.count) of the accounts", accounts: widest.value, operatorInfrastructure: true))
            }
        }
        // Answers asked for in another language than the prompts are written in.
        let mismatched = ps.filter { p in
            let asked = p.outputLanguages.filter { $0.key != "und" }
            let top = p.promptLanguages.filter { $0.key != "und" }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            let other = asked.filter { $0.key != top }.values.reduce(0, +)
            return top != nil && other * 2 > asked.values.reduce(0, +) && other >= 2
        }
        most("answers mostly in another language than the prompts", mismatched.map(\.account))
        // Code or a brief iterated across accounts.
        var iterated = Set<String>()
        for x in 0..<members.count {
            for y in (x + 1)..<members.count {
                if let e = graph.edge(members[x], members[y]), e.reasons.contains(where: \.longTemplate) {
                    iterated.formUnion([members[x], members[y]])
                }
            }
        }
        if iterated.count >= 2 { out.append(Tell(name: "long prompts (code, a brief) iterated across accounts", accounts: iterated.sorted())) }
        let refused = ps.filter { $0.refusals > 0 }.map(\.account)
        // Ordinary people are refused too: a tell only when a third of the group is.
        if refused.count >= 2, refused.count * 3 >= ps.count { out.append(Tell(name: "refused requests on \(refused.count) accounts", accounts: refused)) }
        return out
    }
}

/// Well-known disposable e-mail services, and names that say so.
enum DisposableMail {
    static let known: Set<String> = [
        "mailinator.com", "guerrillamail.com", "guerrillamail.net", "sharklasers.com", "grr.la", "10minutemail.com",
        "temp-mail.org", "tempmail.com", "temp-mail.io", "tempmail.net", "yopmail.com", "yopmail.net", "trashmail.com",
        "getnada.com", "dispostable.com", "maildrop.cc", "throwawaymail.com", "fakeinbox.com", "mintemail.com",
        "emailondeck.com", "mohmal.com", "tempail.com", "moakt.com", "burnermail.io", "spamgourmet.com", "mailnesia.com",
        "tempr.email", "discard.email", "mail.tm", "tmpmail.org", "emailfake.com", "1secmail.com", "tempmailo.com",
        "mytemp.email", "tempinbox.com", "spambox.us", "mailcatch.com", "inboxbear.com", "33mail.com", "anonaddy.me",
        "dropmail.me", "10mail.org", "emltmp.com", "yomail.info", "emailnator.com", "mail.gw", "tempmail.plus",
        "guerrillamailblock.com", "harakirimail.com", "getairmail.com", "mailpoof.com", "spam4.me",
    ]
    static let words = ["tempmail", "temp-mail", "tmpmail", "tmp-mail", "throwaway", "disposable", "burner", "10min", "minutemail", "trashmail", "fakemail", "fake-mail", "spam"]

    /// Whether an account signed up with a disposable address.
    static func uses(_ info: AccountInfo?) -> Bool { info?.domain.map(isDisposable) ?? false }

    static func isDisposable(_ domain: String) -> Bool {
        let d = domain.lowercased()
        if known.contains(d) { return true }
        let name = d.split(separator: ".").dropLast().joined(separator: ".")
        return words.contains { name.contains($0) }
    }
}
