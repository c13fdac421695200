import Foundation
import SightlineCore

/// A network drawn as a tool: accounts and the evidence that joins them (a shared value, a
/// template, a working window) as nodes, each evidence row one hub with a spoke to every account
/// it joins, so a value shared by twelve accounts is one hub and twelve lines, not sixty-six.
/// Laid out by force (Fruchterman and Reingold), deterministically, so clusters and the bridges
/// between them show. Server-side SVG with plain links, no script (the CSP forbids it).
enum GraphView {
    static let width = 680.0
    static let height = 440.0

    /// Colour of each kind of tie, and its name in the legend.
    static let kinds: [(key: String, colour: String, name: String)] = [
        ("device", "#b8412c", "device"), ("payment", "#7d3c98", "payment"), ("ip", "#1f77b4", "address"),
        ("exit-ip", "#9db7cf", "VPN or proxy exit"), ("organization", "#2e8b57", "organization"), ("email-domain", "#8c6d1f", "e-mail domain"),
        ("template-similarity", "#d62d7a", "near-duplicate prompts"), ("reused-outputs", "#e377c2", "reused outputs"),
        ("co-activity", "#17becf", "same working hours"), ("shared-behaviour", "#5a6b7b", "shared behaviour"),
        ("operational-tell", "#444444", "operational tell"),
    ]

    static func kindKey(_ e: Network.Evidence) -> String {
        if e.kind == .sharedInfrastructure || e.kind == .sameOrganization, let space = e.detail.firstIndex(of: " ") {
            let attribute = String(e.detail[..<space])
            if kinds.contains(where: { $0.key == attribute }) { return attribute }
        }
        return e.kind.rawValue
    }

    /// `accountLink` and `valueLink` give a node's link (nil: none); `label` whether accounts and
    /// values are named on the page (analysts) or numbered (viewers). `excluded` accounts are
    /// drawn hollow.
    static func svg(
        accounts: [String], evidence: [Network.Evidence], label: Bool, excluded: Set<String> = [],
        accountLink: (String) -> String?, valueLink: (Network.Evidence) -> String?
    ) -> String {
        let members = Set(accounts)
        // Rows of one kind joining the same accounts (three addresses both use) are one hub.
        var groups: [[Network.Evidence]] = []
        var groupOf: [String: Int] = [:]
        for e in evidence where e.accounts.filter(members.contains).count >= 2 {
            let key = kindKey(e) + "\u{1}" + e.accounts.filter(members.contains).sorted().joined(separator: "\u{1}")
            if let g = groupOf[key] { groups[g].append(e) } else {
                groupOf[key] = groups.count
                groups.append([e])
            }
        }
        let hubs = groups.enumerated().map { ($0.offset, $0.element[0], $0.element) }
        let n = accounts.count + hubs.count
        guard accounts.count > 0 else { return "" }
        var index: [String: Int] = [:]
        for (i, a) in accounts.enumerated() { index[a] = i }
        var edges: [(Int, Int, String)] = []
        for (h, (_, e, _)) in hubs.enumerated() {
            for a in e.accounts { if let i = index[a] { edges.append((i, accounts.count + h, kindKey(e))) } }
        }
        // Start: accounts on a circle in their order, each hub at the middle of its accounts.
        var x = [Double](repeating: 0, count: n)
        var y = [Double](repeating: 0, count: n)
        for i in 0..<accounts.count {
            let angle = 2 * Double.pi * Double(i) / Double(accounts.count)
            x[i] = width / 2 + width * 0.35 * cos(angle)
            y[i] = height / 2 + height * 0.35 * sin(angle)
        }
        for (h, (_, e, _)) in hubs.enumerated() {
            let own = e.accounts.compactMap { index[$0] }
            x[accounts.count + h] = own.map { x[$0] }.reduce(0, +) / Double(own.count) + Double(h % 7) - 3
            y[accounts.count + h] = own.map { y[$0] }.reduce(0, +) / Double(own.count) + Double(h % 5) - 2
        }
        let k = 0.8 * (width * height / Double(n)).squareRoot()
        var temperature = width / 8
        for _ in 0..<250 {
            var dx = [Double](repeating: 0, count: n)
            var dy = [Double](repeating: 0, count: n)
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var ddx = x[i] - x[j]
                    var ddy = y[i] - y[j]
                    var d2 = ddx * ddx + ddy * ddy
                    if d2 < 0.01 {
                        ddx = Double((i * 7 + j) % 5) - 2 + 0.1
                        ddy = Double((i + j * 3) % 5) - 2 + 0.1
                        d2 = ddx * ddx + ddy * ddy
                    }
                    // Accounts push each other apart harder than hubs do, so accounts that
                    // share every hub do not collapse onto one point.
                    let force = k * k / d2 * (i < accounts.count && j < accounts.count ? 4 : 1)
                    dx[i] += ddx * force
                    dy[i] += ddy * force
                    dx[j] -= ddx * force
                    dy[j] -= ddy * force
                }
            }
            for (a, b, _) in edges {
                let ddx = x[a] - x[b]
                let ddy = y[a] - y[b]
                let d = (ddx * ddx + ddy * ddy).squareRoot()
                let force = d / k
                dx[a] -= ddx * force
                dy[a] -= ddy * force
                dx[b] += ddx * force
                dy[b] += ddy * force
            }
            for i in 0..<n {
                let length = (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot()
                if length > 0 {
                    x[i] += dx[i] / length * min(length, temperature)
                    y[i] += dy[i] / length * min(length, temperature)
                }
                x[i] = min(width - 20, max(20, x[i]))
                y[i] = min(height - 20, max(20, y[i]))
            }
            temperature = max(1, temperature * 0.97)
        }
        func number(_ v: Double) -> String { String(format: "%.1f", v) }
        func colour(_ key: String) -> String { kinds.first { $0.key == key }?.colour ?? "#8aa3bd" }
        let legendHeight = 18.0 * Double((kinds.count + 3) / 4)
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"graph\" width=\"\(Int(width))\" height=\"\(Int(height + legendHeight + 8))\" role=\"img\" aria-label=\"network graph: accounts and what joins them\">"
        for (a, b, key) in edges {
            s += "<line x1=\"\(number(x[a]))\" y1=\"\(number(y[a]))\" x2=\"\(number(x[b]))\" y2=\"\(number(y[b]))\" stroke=\"\(colour(key))\" stroke-width=\"1.5\" stroke-opacity=\"0.7\"/>"
        }
        for (h, (_, e, rows)) in hubs.enumerated() {
            let i = accounts.count + h
            let key = kindKey(e)
            let side = rows.count > 1 ? 13.0 : 10.0
            let title = rows.map(\.detail).joined(separator: "\n")
            let shape = "<rect x=\"\(number(x[i] - side / 2))\" y=\"\(number(y[i] - side / 2))\" width=\"\(number(side))\" height=\"\(number(side))\" fill=\"\(colour(key))\"><title>\(Console.esc(title))</title></rect>"
            // One value: its page; several: the evidence table, which names each.
            if let link = rows.count == 1 ? valueLink(e) : (label ? "#evidence" : nil) { s += "<a href=\"\(Console.esc(link))\" class=\"hub\">\(shape)</a>" } else { s += shape }
        }
        for (i, a) in accounts.enumerated() {
            let name = label ? a : "account \(i + 1)"
            let fill = excluded.contains(a) ? "#ffffff" : "#d9822b"
            var node = "<circle cx=\"\(number(x[i]))\" cy=\"\(number(y[i]))\" r=\"7\" fill=\"\(fill)\" stroke=\"#7a4a16\"><title>\(Console.esc(name))</title></circle>"
            if label { node += "<text x=\"\(number(x[i] + 9))\" y=\"\(number(y[i] + 4))\" font-size=\"10\" fill=\"#1d232a\">\(Console.esc(String(a.suffix(14))))</text>" }
            if let link = accountLink(a) { s += "<a href=\"\(Console.esc(link))\" class=\"account\">\(node)</a>" } else { s += node }
        }
        // The legend: each kind of tie that appears, with its colour; circles are accounts.
        let present = Set(edges.map(\.2))
        var lx = 8.0
        var ly = height + 14
        for kind in kinds where present.contains(kind.key) {
            if lx > width - 160 {
                lx = 8
                ly += 18
            }
            s += "<rect x=\"\(number(lx))\" y=\"\(number(ly - 8))\" width=\"10\" height=\"10\" fill=\"\(kind.colour)\"/><text x=\"\(number(lx + 14))\" y=\"\(number(ly + 1))\" font-size=\"11\">\(Console.esc(kind.name))</text>"
            lx += 165
        }
        return s + "</svg>"
    }
}
