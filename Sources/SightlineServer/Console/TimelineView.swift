import SightlineCore

/// A network's activity per UTC day: bars of its events (the flagged part darker), enforcement
/// actions marked where they fell, each day a link to that day's events. SVG, no script.
enum TimelineView {
    static let dayMillis: Int64 = 86_400_000

    static func day(_ t: Int64) -> Int64 { t >= 0 ? t / dayMillis : (t - dayMillis + 1) / dayMillis }

    /// `YYYY-MM-DD` of a day number.
    static func date(_ day: Int64) -> String { String(Timestamp.format(day * dayMillis).prefix(10)) }

    static func svg(events: [AnalysisEvent], actions: [EnforcementAction], dayLink: (String) -> String) -> String {
        guard let first = events.map({ day($0.event.time) }).min(), let lastEvent = events.map({ day($0.event.time) }).max() else { return "<p>No events.</p>" }
        // Actions a week or more after the last event are marked at the right edge, with their
        // date, rather than stretching the axis until the events are a sliver.
        let nearActions = actions.map { day($0.time) }.filter { $0 <= lastEvent + 7 }
        let last = max(lastEvent, nearActions.max() ?? lastEvent)
        let days = Int(last - first + 1)
        var total = [Int](repeating: 0, count: days)
        var flagged = [Int](repeating: 0, count: days)
        for e in events {
            let d = Int(day(e.event.time) - first)
            total[d] += 1
            if !e.classification.category.isBenign { flagged[d] += 1 }
        }
        let top = max(1, total.max() ?? 1)
        let width = 680.0
        let plot = 150.0
        let left = 40.0
        let barWidth = (width - left - 10) / Double(days)
        func n(_ v: Double) -> String { String(format: "%.1f", v) }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"timeline\" width=\"\(Int(width))\" height=\"\(Int(plot + 58))\" role=\"img\" aria-label=\"events per day, with enforcement\">"
        s += "<text x=\"2\" y=\"12\" font-size=\"10\">\(top)</text><text x=\"2\" y=\"\(n(plot + 10))\" font-size=\"10\">0</text>"
        s += "<text x=\"2\" y=\"\(n(plot / 2 + 10))\" font-size=\"10\">events</text>"
        for d in 0..<days where total[d] > 0 {
            let x = left + Double(d) * barWidth
            let h = plot * Double(total[d]) / Double(top)
            let hf = plot * Double(flagged[d]) / Double(top)
            let label = date(first + Int64(d))
            s += "<a href=\"\(Console.esc(dayLink(label)))\"><rect x=\"\(n(x))\" y=\"\(n(10 + plot - h))\" width=\"\(n(max(1, barWidth - 1)))\" height=\"\(n(h))\" fill=\"#b9c9d9\"><title>\(label): \(total[d]) events, \(flagged[d]) flagged</title></rect>"
            if flagged[d] > 0 { s += "<rect x=\"\(n(x))\" y=\"\(n(10 + plot - hf))\" width=\"\(n(max(1, barWidth - 1)))\" height=\"\(n(hf))\" fill=\"#c0392b\"/>" }
            s += "</a>"
        }
        var later = 0
        for (i, a) in actions.enumerated() {
            let what = a.reverses == nil ? a.action.rawValue : "reversal"
            let beyond = day(a.time) > last
            let x = beyond ? width - 8 : left + (Double(day(a.time) - first) + 0.5) * barWidth
            let label = beyond ? "\(what) #\(a.id) \(date(day(a.time))) →" : "\(what) #\(a.id)"
            let y = 16 + 11 * Double(beyond ? later : i % 3)
            if beyond { later += 1 }
            s += "<line x1=\"\(n(x))\" y1=\"6\" x2=\"\(n(x))\" y2=\"\(n(plot + 12))\" stroke=\"#1f2d3a\" stroke-width=\"2\" stroke-dasharray=\"4 2\"><title>\(what) (action \(a.id)) \(Timestamp.format(a.time))</title></line>"
            s += "<text x=\"\(n(beyond ? x - 4 : min(x + 3, width - 60)))\" y=\"\(n(y))\" font-size=\"10\" fill=\"#1f2d3a\"\(beyond ? " text-anchor=\"end\"" : "")>\(label)</text>"
        }
        s += "<text x=\"\(n(left))\" y=\"\(n(plot + 26))\" font-size=\"10\">\(date(first))</text>"
        s += "<text x=\"\(n(width - 80))\" y=\"\(n(plot + 26))\" font-size=\"10\">\(date(last))</text>"
        s += "<rect x=\"\(n(left))\" y=\"\(n(plot + 36))\" width=\"10\" height=\"10\" fill=\"#c0392b\"/><text x=\"\(n(left + 14))\" y=\"\(n(plot + 45))\" font-size=\"11\">flagged events</text>"
        s += "<rect x=\"\(n(left + 120))\" y=\"\(n(plot + 36))\" width=\"10\" height=\"10\" fill=\"#b9c9d9\"/><text x=\"\(n(left + 134))\" y=\"\(n(plot + 45))\" font-size=\"11\">other events</text>"
        s += "<line x1=\"\(n(left + 240))\" y1=\"\(n(plot + 41))\" x2=\"\(n(left + 256))\" y2=\"\(n(plot + 41))\" stroke=\"#1f2d3a\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/><text x=\"\(n(left + 260))\" y=\"\(n(plot + 45))\" font-size=\"11\">enforcement (UTC days)</text>"
        return s + "</svg>"
    }
}
