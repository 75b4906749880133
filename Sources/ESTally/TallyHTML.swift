import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// The tally as one self-contained page: tables and inline SVG charts, no scripts and nothing
/// fetched, so it can be mailed, archived or printed as it is. Every text from the data is escaped.
extension TallyReport {
    package static let outcomeColours: [String: String] = [
        "no_concern": "#4c9a5f", "monitor": "#9bbf5a", "incomplete": "#b8b8b8", "follow_up": "#e0a030", "refer": "#c8453b",
    ]

    package func html() -> String {
        let total = tally.total
        var h = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Screening programme tally</title>
        <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; }
        h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #ccc; }
        table { border-collapse: collapse; margin: 8px 0 16px; }
        th, td { padding: 3px 8px; border-bottom: 1px solid #e4e4e4; text-align: left; vertical-align: middle; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        td:first-child { white-space: nowrap; }
        .legend span { display: inline-block; margin-right: 12px; }
        .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
        .note { color: #555; }
        @media print { body { margin: 10mm; } h2 { break-after: avoid; } table { break-inside: avoid; } }
        </style>
        </head>
        <body>
        <h1>Screening programme tally</h1>

        """
        let rejected = total.rejected.values.reduce(0, +)
        h += "<p id=\"summary\"><strong>\(total.visits)</strong> visits"
        h += rejected > 0 ? ", <strong>\(rejected)</strong> rejected lines" : ", no rejected lines"
        if !tally.by.isEmpty { h += "; grouped by " + tally.by.map(HTMLText.escape).joined(separator: ", ") }
        h += ". Proportions with Wilson 95% intervals (the whisker on each bar).</p>\n"

        // Visit outcomes: one stacked bar for all, then one per group.
        h += "<h2>Visit outcomes</h2>\n<p class=\"legend\">"
        for (o, _) in Self.ordered(Dictionary(uniqueKeysWithValues: Outcome.allCases.map { ($0.rawValue, 0) })) {
            h += "<span><i class=\"swatch\" style=\"background:\(Self.outcomeColours[o] ?? "#888")\"></i>\(HTMLText.escape(o))</span>"
        }
        h += "</p>\n<table id=\"outcomes\"><tr><th>group</th><th>visits</th><th>rejected</th><th>outcomes</th><th>screened positive</th></tr>\n"
        var scopes: [(String, Counts)] = [("all", total)]
        if !tally.by.isEmpty {
            for (key, c) in tally.sortedGroups { scopes.append((zip(tally.by, key).map { "\($0) \($1 ?? "(none)")" }.joined(separator: ", "), c)) }
        }
        for (label, c) in scopes {
            let positive = Self.positive(c.outcomes)
            h += "<tr><td>\(HTMLText.escape(label))</td><td class=\"n\">\(c.visits)</td><td class=\"n\">\(c.rejected.values.reduce(0, +))</td>"
            h += "<td>\(Self.stacked(c.outcomes, c.visits))</td>"
            h += "<td>\(Self.bar(positive, c.visits))</td></tr>\n"
        }
        h += "</table>\n"

        // Each instrument: statuses and bands, with bars.
        for (id, i) in total.instruments.sorted(by: { $0.key < $1.key }) {
            h += "<h2>\(HTMLText.escape(id))</h2>\n<p>\(i.responses) responses.</p>\n"
            h += "<table class=\"instrument\"><tr><th>measure</th><th>category</th><th>n</th><th>of</th><th>proportion (95% CI)</th></tr>\n"
            for r in Self.rows(Counts.only(id, i)) where r.instrument == id && r.measure != "responses" && r.measure != "age_band" && r.measure != "form" {
                h += "<tr><td>\(HTMLText.escape(r.measure))</td><td>\(HTMLText.escape(r.category))</td><td class=\"n\">\(r.n)</td>"
                h += "<td class=\"n\">\(r.denominator.map(String.init) ?? "")</td><td>\(r.denominator.map { Self.bar(r.n, $0) } ?? "")</td></tr>\n"
            }
            h += "</table>\n"
        }

        h += "<h2>Referrals</h2>\n"
        if total.referrals.isEmpty {
            h += "<p>No referrals.</p>\n"
        } else {
            h += "<table id=\"referrals\"><tr><th>referral</th><th>urgency</th><th>n</th><th>due in (days, mean; range)</th></tr>\n"
            for (k, r) in total.referrals.sorted(by: { $0.key < $1.key }) {
                let days = r.timed > 0 ? "\(Self.oneDecimal(Double(r.daysSum) / Double(r.timed))); \(r.daysMin)–\(r.daysMax)" : "—"
                h += "<tr><td>\(HTMLText.escape(k.referral))</td><td>\(HTMLText.escape(k.urgency))</td><td class=\"n\">\(r.count)</td><td>\(days)</td></tr>\n"
            }
            h += "</table>\n"
        }
        if rejected > 0 {
            h += "<h2>Rejected lines</h2>\n<table id=\"rejected\"><tr><th>error code</th><th>lines</th></tr>\n"
            for (code, n) in total.rejected.sorted(by: { $0.key < $1.key }) {
                h += "<tr><td>\(HTMLText.escape(code))</td><td class=\"n\">\(n)</td></tr>\n"
            }
            h += "</table>\n"
        }
        h += "<p class=\"note\">Made by earlyscreen tally from result lines; counts only, no child-level data.</p>\n</body>\n</html>\n"
        return h
    }

    /// A 240×14 bar: the proportion filled, its Wilson interval as a whisker, the figure beside it.
    static func bar(_ n: Int, _ of: Int) -> String {
        guard let ci = Wilson.interval(n, of) else { return "—" }
        let p = Double(n) / Double(of)
        let x = { (v: Double) in oneDecimal(v * 240) }
        return "<svg width=\"400\" height=\"14\" role=\"img\" aria-label=\"\(percent(p))\">"
            + "<rect width=\"240\" height=\"14\" fill=\"#eee\"/><rect width=\"\(x(p))\" height=\"14\" fill=\"#5b7fb5\"/>"
            + "<line x1=\"\(x(ci.low))\" x2=\"\(x(ci.high))\" y1=\"7\" y2=\"7\" stroke=\"#111\" stroke-width=\"1.5\"/>"
            + "<text x=\"246\" y=\"11\" font-size=\"11\">\(percent(p)) (\(percent(ci.low))–\(percent(ci.high)))</text></svg>"
    }

    /// Outcomes side by side in one 300-wide bar, least concerning first.
    static func stacked(_ outcomes: [String: Int], _ of: Int) -> String {
        guard of > 0 else { return "—" }
        var x = 0.0
        var s = "<svg width=\"300\" height=\"14\" role=\"img\" aria-label=\"outcomes\">"
        for (o, n) in ordered(outcomes) {
            let w = Double(n) / Double(of) * 300
            s += "<rect x=\"\(oneDecimal(x))\" width=\"\(oneDecimal(w))\" height=\"14\" "
                + "fill=\"\(outcomeColours[o] ?? "#888")\"><title>\(HTMLText.escape(o)): \(n)</title></rect>"
            x += w
        }
        return s + "</svg>"
    }
}

extension Counts {
    /// Counts holding one instrument only (to list its rows).
    static func only(_ id: String, _ i: InstrumentCounts) -> Counts {
        var c = Counts()
        c.instruments[id] = i
        return c
    }
}
