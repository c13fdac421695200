import SightlineCore
import SightlineDetection

extension ThreatReport {
    var byCategory: [(String, Int)] {
        var c: [String: Int] = [:]
        for s in studies { c[s.network.category.rawValue, default: 0] += 1 }
        return c.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
    }

    var byLanguage: [(String, Int)] {
        var c: [String: Int] = [:]
        for s in studies {
            if let l = s.network.attribution.promptLanguages.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) {
                c[Self.language(l.key), default: 0] += 1
            }
        }
        return c.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
    }

    /// Drops control, format (bidi overrides, zero-width) and private-use characters.
    static func visible(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .privateUse, .surrogate, .unassigned, .lineSeparator, .paragraphSeparator:
                if scalar == "\n" { out.append(" ") }
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Networks by the working time zone attribution placed them in (origin, hedged).
    var byOffset: [(String, Int)] {
        var c: [String: Int] = [:]
        for s in studies {
            let key = s.network.attribution.utcOffsetHours.map { "UTC\($0 >= 0 ? "+" : "")\($0)" } ?? "not placed"
            c[key, default: 0] += 1
        }
        return c.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
    }

    /// Networks disrupted per month, and networks whose activity began per month: the trend.
    var trend: [(month: String, disrupted: Int, started: Int)] {
        var disrupted: [String: Int] = [:]
        var started: [String: Int] = [:]
        for s in allActioned {
            if let t = s.actionedAt { disrupted[String(Timestamp.format(t).prefix(7)), default: 0] += 1 }
            started[String(Timestamp.format(s.network.firstSeen).prefix(7)), default: 0] += 1
        }
        return Set(disrupted.keys).union(started.keys).sorted().map { ($0, disrupted[$0] ?? 0, started[$0] ?? 0) }
    }

    // MARK: Markdown

    /// Escapes text for Markdown: formatting characters get a backslash, and HTML's specials
    /// become entities, so nothing in a prompt can format, link or inject markup.
    static func md(_ s: String) -> String {
        var out = ""
        for c in visible(s) {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "(", ")", "#", "+", "-", "!", "|", "{", "}", "~", "=": out += "\\" + String(c)
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }

    public func markdown() -> String {
        let front = frontMatter()
        var s = "# \(title)\n\n_\(Self.md(front.byline))_\n\n"
        s += "\(front.introduction)\n\n## How we found them\n\n\(front.method)\n\n## What we did\n\n\(front.done)\n\n"
        s += "## Executive summary\n\n"
        s += "In this period we disrupted \(disruptedInPeriod) network\(disruptedInPeriod == 1 ? "" : "s") (\(disruptedSinceStart) since we started; \(networksFound) under investigation or actioned in all).\n\n"
        if !studies.isEmpty {
            s += "| category | networks |\n| --- | --- |\n"
            for (c, n) in byCategory { s += "| \(c) | \(n) |\n" }
            s += "\n| operators' prompt language | networks |\n| --- | --- |\n"
            for (l, n) in byLanguage { s += "| \(l) | \(n) |\n" }
            s += "\n| working day fits (origin, hedged) | networks |\n| --- | --- |\n"
            for (o, n) in byOffset { s += "| \(o) | \(n) |\n" }
            s += "\n| month | networks disrupted | networks whose activity began |\n| --- | --- | --- |\n"
            for t in trend { s += "| \(t.month) | \(t.disrupted) | \(t.started) |\n" }
            s += "\n"
        }
        for study in studies {
            let n = study.network
            s += "## \(Self.prefix(n.category)): Operation \"\(Self.md(n.name))\"\n\n"
            s += "_\(summaryLine(study))_\n\n"
            if let narrative = study.narrative { s += "\(Self.md(narrative))\n\n" }
            if internalReport {
                // Not code spans: a backtick in an id would close one, and escapes do not work inside.
                s += "Network \(Self.md(n.id)); accounts: " + n.accounts.map(Self.md).joined(separator: ", ") + "\n\n"
            }
            s += "### Actor\n\n\(actorText(n))\n\n"
            s += "### Behavior\n\n\(behaviorText(study))\n\n"
            if internalReport {
                for e in n.evidence.prefix(8) { s += "- \(e.kind.rawValue): \(Self.md(e.detail))\n" }
                s += "\n"
            }
            s += "### Completions\n\n"
            for (label, excerpts) in [("Prompt", study.promptExcerpts), ("Output", study.outputExcerpts)] {
                for x in excerpts {
                    s += "> \(label): \(Self.md(x))\n>\n"
                    if let t = study.translations[x] { s += "> Translation (by our analysts): \(Self.md(t))\n>\n" }
                }
            }
            if study.promptExcerpts.isEmpty && study.outputExcerpts.isEmpty { s += "No excerpt.\n" }
            s += "\n### Impact\n\n"
            if let impact = impactText(study) {
                // The rationale names observation ids, which partner feeds chose.
                s += "\(Self.md(impact))\n\n"
            } else if n.category.isCyber {
                s += "The model offered limited, incremental help with work the operators could already do.\n\n"
            } else {
                s += "No external observation was linked to this network.\n\n"
            }
            if !n.ttps.isEmpty {
                s += "### Tactics\n\nEach activity we saw, with the tactic it is in the frameworks defenders share.\n\n| Activity | Framework | Tactic |\n| --- | --- | --- |\n"
                for t in n.ttps { s += "| \(Self.md(t.activity ?? "-")) | \(Self.frameworkName(t.framework)) | \(Self.md(Self.tacticName(t))) |\n" }
                s += "\n"
            }
        }
        return s
    }

    /// A framework as threat reports name it.
    public static func frameworkName(_ f: Tactic.Framework) -> String {
        switch f {
        case .llmTTP: "LLM ATT&CK"
        case .attack: "MITRE ATT&CK"
        case .atlas: "MITRE ATLAS"
        case .disarm: "DISARM"
        case .killChain: "Online Operations Kill Chain"
        }
    }

    /// A tactic's id and name; the LLM tactics' ids are their names.
    public static func tacticName(_ t: Tactic) -> String { t.framework == .llmTTP ? t.name : "\(t.id) \(t.name)" }

    // MARK: HTML

    public static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in visible(s) {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    public func htmlDocument() -> String {
        var s = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.html(title)): \(Self.html(periodWords()))</title>
            <style>
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1d232a}
            h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-top:2px solid #d9dee3;padding-top:1rem;margin-top:2.2rem}
            .summary{font-style:italic;color:#444}table{border-collapse:collapse;margin:.6rem 0}td,th{border:1px solid #ccd3da;padding:.25rem .6rem;text-align:left}
            blockquote{margin:.4rem 0;padding:.4rem .8rem;border-left:4px solid #8aa3bd;background:#f4f7fa;overflow-wrap:anywhere}
            .charts{display:flex;flex-wrap:wrap;gap:1.2rem;align-items:flex-start}.chart{break-inside:avoid}.chart h4{margin:.2rem 0;font-size:.85rem;color:#555}
            code{font-size:.85em;overflow-wrap:anywhere}.study{break-before:page}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}.charts{gap:.6rem}}
            </style></head><body>
            <h1>\(Self.html(title))</h1><p class="summary">\(Self.html(frontMatter().byline))</p>
            <p>\(Self.html(frontMatter().introduction))</p>
            <h2>How we found them</h2><p>\(Self.html(frontMatter().method))</p>
            <h2>What we did</h2><p>\(Self.html(frontMatter().done))</p>
            <h2>Executive summary</h2>
            <p>In this period we disrupted \(disruptedInPeriod) network\(disruptedInPeriod == 1 ? "" : "s") (\(disruptedSinceStart) since we started; \(networksFound) under investigation or actioned in all).</p>

            """
        if !studies.isEmpty {
            s += "<table><tr><th>category</th><th>networks</th></tr>" + byCategory.map { "<tr><td>\(Self.html($0.0))</td><td>\($0.1)</td></tr>" }.joined() + "</table>\n"
            s += "<table><tr><th>operators' prompt language</th><th>networks</th></tr>" + byLanguage.map { "<tr><td>\(Self.html($0.0))</td><td>\($0.1)</td></tr>" }.joined() + "</table>\n"
            s += "<table><tr><th>working day fits (origin, hedged)</th><th>networks</th></tr>" + byOffset.map { "<tr><td>\(Self.html($0.0))</td><td>\($0.1)</td></tr>" }.joined() + "</table>\n"
            s += "<table><tr><th>month</th><th>networks disrupted</th><th>networks whose activity began</th></tr>" + trend.map { "<tr><td>\($0.month)</td><td>\($0.disrupted)</td><td>\($0.started)</td></tr>" }.joined() + "</table>\n"
        }
        for study in studies {
            let n = study.network
            s += "<section class=\"study\"><h2>\(Self.html(Self.prefix(n.category))): Operation &ldquo;\(Self.html(n.name))&rdquo;</h2>\n"
            s += "<p class=\"summary\">\(Self.html(summaryLine(study)))</p>\n"
            if let narrative = study.narrative { s += "<p class=\"narrative\">\(Self.html(narrative))</p>\n" }
            if internalReport {
                s += "<p>Network <code>\(Self.html(n.id))</code>; accounts: " + n.accounts.map { "<code>\(Self.html($0))</code>" }.joined(separator: ", ") + "</p>\n"
            }
            s += "<div class=\"charts\">"
            s += "<div class=\"chart\"><h4>Activity by hour of the week (UTC)</h4>\(Charts.heatmap(n.hourOfWeek))</div>"
            s += "<div class=\"chart\"><h4>Languages: prompts and outputs</h4>\(Charts.languageBars(prompt: n.attribution.promptLanguages, output: n.attribution.outputLanguages))</div>"
            s += "<div class=\"chart\"><h4>Timeline</h4>\(Charts.timeline(first: n.firstSeen, last: n.lastSeen, actioned: study.actionedAt))</div>"
            s += "<div class=\"chart\"><h4>How the accounts are linked</h4>\(Charts.graph(accounts: n.accounts, evidence: n.evidence, labels: internalReport))</div>"
            s += "</div>\n"
            s += "<h3>Actor</h3><p>\(Self.html(actorText(n)))</p>\n"
            s += "<h3>Behavior</h3><p>\(Self.html(behaviorText(study)))</p>\n"
            if internalReport {
                s += "<ul>" + n.evidence.prefix(8).map { "<li>\(Self.html($0.kind.rawValue)): \(Self.html($0.detail))</li>" }.joined() + "</ul>\n"
            }
            s += "<h3>Completions</h3>\n"
            for (label, excerpts) in [("Prompt", study.promptExcerpts), ("Output", study.outputExcerpts)] {
                for x in excerpts {
                    let translation = study.translations[x].map { "<br><em>Translation (by our analysts):</em> \(Self.html($0))" } ?? ""
                    s += "<blockquote><strong>\(label):</strong> \(Self.html(x))\(translation)</blockquote>\n"
                }
            }
            s += "<h3>Impact</h3>\n"
            if let impact = impactText(study) {
                s += "<p>\(Self.html(impact))</p>\n"
            } else if n.category.isCyber {
                s += "<p>The model offered limited, incremental help with work the operators could already do.</p>\n"
            } else {
                s += "<p>No external observation was linked to this network.</p>\n"
            }
            if !n.ttps.isEmpty {
                s += "<h3>Tactics</h3>\n<p>Each activity we saw, with the tactic it is in the frameworks defenders share.</p>\n<table class=\"tactics\"><tr><th>Activity</th><th>Framework</th><th>Tactic</th></tr>"
                    + n.ttps.map { "<tr><td>\(Self.html($0.activity ?? "-"))</td><td>\(Self.html(Self.frameworkName($0.framework)))</td><td>\(Self.html(Self.tacticName($0)))</td></tr>" }.joined()
                    + "</table>\n"
            }
            s += "</section>\n"
        }
        s += "</body></html>\n"
        return s
    }
}

/// Inline SVG charts; every label is escaped.
public enum Charts {
    public static func heatmap(_ hours: [Int]) -> String {
        let cell = 11
        let maxValue = max(1, hours.max() ?? 1)
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(30 + 24 * cell)\" height=\"\(44 + 7 * cell)\" role=\"img\" aria-label=\"activity heatmap: events per hour of the week, UTC\">"
        for h in stride(from: 0, to: 24, by: 6) { s += "<text x=\"\(30 + h * cell)\" y=\"10\" font-size=\"9\">\(h)h</text>" }
        for d in 0..<7 {
            s += "<text x=\"0\" y=\"\(24 + d * cell)\" font-size=\"9\">\(days[d])</text>"
            for h in 0..<24 {
                let v = hours.count == 168 ? hours[d * 24 + h] : 0
                let a = v == 0 ? 0.04 : 0.15 + 0.85 * Double(v) / Double(maxValue)
                s += "<rect x=\"\(30 + h * cell)\" y=\"\(15 + d * cell)\" width=\"\(cell - 1)\" height=\"\(cell - 1)\" fill=\"#1f5f99\" fill-opacity=\"\(Network.number(a))\"/>"
            }
        }
        // The legend: the shade of no events, then of a quarter, a half, three quarters and all of
        // the busiest hour's count.
        let y = 22 + 7 * cell
        s += "<text x=\"0\" y=\"\(y + 9)\" font-size=\"9\">events</text>"
        for (i, f) in [0.0, 0.25, 0.5, 0.75, 1.0].enumerated() {
            let a = f == 0 ? 0.04 : 0.15 + 0.85 * f
            s += "<rect x=\"\(40 + i * cell)\" y=\"\(y)\" width=\"\(cell - 1)\" height=\"\(cell - 1)\" fill=\"#1f5f99\" fill-opacity=\"\(Network.number(a))\"/>"
        }
        s += "<text x=\"\(44 + 5 * cell)\" y=\"\(y + 9)\" font-size=\"9\">0 to \(maxValue) in one hour of the week (UTC)</text>"
        return s + "</svg>"
    }

    public static func languageBars(prompt: [String: Double], output: [String: Double]) -> String {
        let colors = ["#1f5f99", "#d9822b", "#3b8c5a", "#8e4585", "#b33c3c", "#6b7b8c"]
        var keys: [String] = []
        for k in (prompt.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key) + output.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key)) where !keys.contains(k) { keys.append(k) }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"\(70 + 14 * min(keys.count, 6))\" role=\"img\" aria-label=\"languages\">"
        for (row, (label, shares)) in [("prompts", prompt), ("outputs", output)].enumerated() {
            var x = 60.0
            s += "<text x=\"0\" y=\"\(16 + row * 24)\" font-size=\"10\">\(label)</text>"
            for (i, k) in keys.enumerated() {
                let w = (shares[k] ?? 0) * 190
                if w > 0 { s += "<rect x=\"\(Network.number(x))\" y=\"\(6 + row * 24)\" width=\"\(Network.number(w))\" height=\"14\" fill=\"\(colors[min(i, colors.count - 1)])\"/>" }
                x += w
            }
        }
        for (i, k) in keys.prefix(6).enumerated() {
            let share = { (x: [String: Double]) in x[k].map { "\(Int(($0 * 100).rounded()))%" } ?? "-" }
            s += "<rect x=\"60\" y=\"\(56 + i * 14)\" width=\"10\" height=\"10\" fill=\"\(colors[i])\"/><text x=\"74\" y=\"\(65 + i * 14)\" font-size=\"10\">\(ThreatReport.html(ThreatReport.language(k))): prompts \(share(prompt)), outputs \(share(output))</text>"
        }
        return s + "</svg>"
    }

    public static func timeline(first: Int64, last: Int64, actioned: Int64?) -> String {
        // An action long after the activity would squash the bar: it is named instead.
        let showAction = actioned.map { $0 <= last + 60 * 86_400_000 } ?? false
        let end = showAction ? max(last, actioned!) : last
        let span = Double(max(1, end - first))
        func x(_ t: Int64) -> String { Network.number(10 + 220 * Double(t - first) / span) }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"250\" height=\"60\" role=\"img\" aria-label=\"timeline\">"
        s += "<rect x=\"\(x(first))\" y=\"14\" width=\"\(Network.number(220 * Double(last - first) / span))\" height=\"10\" fill=\"#1f5f99\"/>"
        s += "<text x=\"10\" y=\"40\" font-size=\"9\">\(Timestamp.format(first).prefix(10))</text><text x=\"170\" y=\"40\" font-size=\"9\">\(Timestamp.format(last).prefix(10))</text>"
        if let a = actioned, !showAction { s += "<text x=\"10\" y=\"54\" font-size=\"9\" fill=\"#b33c3c\">actioned \(Timestamp.format(a).prefix(10))</text>" }
        if let a = actioned, showAction { s += "<line x1=\"\(x(a))\" x2=\"\(x(a))\" y1=\"6\" y2=\"30\" stroke=\"#b33c3c\" stroke-width=\"2\"/><text x=\"\(x(a))\" y=\"54\" font-size=\"9\" fill=\"#b33c3c\">actioned</text>" }
        return s + "</svg>"
    }

    public static func graph(accounts: [String], evidence: [Network.Evidence], labels: Bool) -> String {
        let n = accounts.count
        let size = 200.0
        var pos: [String: (Double, Double)] = [:]
        for (i, a) in accounts.enumerated() {
            let angle = 2 * Double.pi * Double(i) / Double(max(n, 1))
            pos[a] = (size / 2 + 80 * _cos(angle), size / 2 + 80 * _sin(angle))
        }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(size))\" height=\"\(Int(size))\" role=\"img\" aria-label=\"account graph\">"
        var drawn = Set<String>()
        for e in evidence {
            for x in 0..<e.accounts.count {
                for y in (x + 1)..<e.accounts.count {
                    guard let p = pos[e.accounts[x]], let q = pos[e.accounts[y]], drawn.insert(e.accounts[x] + "|" + e.accounts[y]).inserted else { continue }
                    s += "<line x1=\"\(Network.number(p.0))\" y1=\"\(Network.number(p.1))\" x2=\"\(Network.number(q.0))\" y2=\"\(Network.number(q.1))\" stroke=\"#8aa3bd\" stroke-opacity=\"0.5\"/>"
                }
            }
        }
        for (i, a) in accounts.enumerated() {
            let p = pos[a]!
            s += "<circle cx=\"\(Network.number(p.0))\" cy=\"\(Network.number(p.1))\" r=\"6\" fill=\"#d9822b\"><title>\(labels ? ThreatReport.html(a) : "account \(i + 1)")</title></circle>"
        }
        return s + "</svg>"
    }
}

func _sin(_ x: Double) -> Double {
    var v = x.truncatingRemainder(dividingBy: 2 * Double.pi)
    if v > Double.pi { v -= 2 * Double.pi }
    var term = v
    var sum = v
    for k in 1...10 {
        term *= -v * v / Double((2 * k) * (2 * k + 1))
        sum += term
    }
    return sum
}

func _cos(_ x: Double) -> Double { _sin(x + Double.pi / 2) }
