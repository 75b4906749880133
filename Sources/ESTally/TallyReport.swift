import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// A tally as programme indicators: JSON (`earlyscreen/tally@1`), CSV (one tidy row per
/// indicator, for spreadsheets and data platforms), Markdown, or a self-contained HTML page with
/// inline SVG charts (no scripts, no network).
///
/// Proportions carry Wilson 95% intervals; their denominators are said in each row: visits for
/// visit outcomes, responses for an instrument's statuses and outcomes, banded responses for bands.
package struct TallyReport: Sendable {
    package static let format = "earlyscreen/tally@1"
    package let tally: Tally

    package init(_ tally: Tally) { self.tally = tally }

    /// One indicator: `n` of `denominator` (nil for a plain count).
    package struct Row: Sendable, Equatable {
        package var measure: String
        package var instrument: String?
        package var category: String
        package var n: Int
        package var denominator: Int?
        package var days: (mean: Double, min: Int, max: Int)?

        package static func == (a: Row, b: Row) -> Bool {
            a.measure == b.measure && a.instrument == b.instrument && a.category == b.category && a.n == b.n
                && a.denominator == b.denominator && a.days?.mean == b.days?.mean
        }

        package init(measure: String, instrument: String? = nil, category: String, n: Int, denominator: Int? = nil, days: (mean: Double, min: Int, max: Int)? = nil) {
            self.measure = measure
            self.instrument = instrument
            self.category = category
            self.n = n
            self.denominator = denominator
            self.days = days
        }
    }

    /// Outcomes from least to most concerning, then any other name.
    package static func ordered(_ d: [String: Int], severity: [String] = Outcome.allCases.sorted().map(\.rawValue)) -> [(String, Int)] {
        d.sorted { a, b in
            let x = severity.firstIndex(of: a.key) ?? Int.max, y = severity.firstIndex(of: b.key) ?? Int.max
            return x != y ? x < y : a.key < b.key
        }
    }

    package static func positive(_ outcomes: [String: Int]) -> Int {
        (outcomes[Outcome.followUp.rawValue] ?? 0) + (outcomes[Outcome.refer.rawValue] ?? 0)
    }

    /// Every indicator of one group's counts, in a fixed order.
    package static func rows(_ c: Counts) -> [Row] {
        var rows: [Row] = [Row(measure: "visits", instrument: nil, category: "all", n: c.visits, denominator: nil)]
        let lines = c.visits + c.rejected.values.reduce(0, +)
        for (code, n) in c.rejected.sorted(by: { $0.key < $1.key }) {
            rows.append(Row(measure: "rejected", instrument: nil, category: code, n: n, denominator: lines))
        }
        for (o, n) in ordered(c.outcomes) { rows.append(Row(measure: "outcome", instrument: nil, category: o, n: n, denominator: c.visits)) }
        rows.append(Row(measure: "screened_positive", instrument: nil, category: "follow_up_or_refer", n: positive(c.outcomes), denominator: c.visits))
        for (band, n) in c.ageBands.sorted(by: { $0.key < $1.key }) {
            rows.append(Row(measure: "age_band", instrument: nil, category: band, n: n, denominator: c.visits))
        }
        for (id, i) in c.instruments.sorted(by: { $0.key < $1.key }) {
            rows.append(Row(measure: "responses", instrument: id, category: "all", n: i.responses, denominator: nil))
            for (s, n) in i.statuses.sorted(by: { $0.key < $1.key }) { rows.append(Row(measure: "status", instrument: id, category: s, n: n, denominator: i.responses)) }
            for (f, n) in i.forms.sorted(by: { $0.key < $1.key }) { rows.append(Row(measure: "form", instrument: id, category: f, n: n, denominator: i.responses)) }
            for (a, n) in i.ageBands.sorted(by: { $0.key < $1.key }) { rows.append(Row(measure: "age_band", instrument: id, category: a, n: n, denominator: i.responses)) }
            let banded = i.bands.values.reduce(0, +)
            for (b, n) in i.bands.sorted(by: { $0.key < $1.key }) { rows.append(Row(measure: "band", instrument: id, category: b, n: n, denominator: banded)) }
            for (b, n) in i.bandsAtLeast.sorted(by: { $0.key < $1.key }) { rows.append(Row(measure: "band_at_least", instrument: id, category: b, n: n, denominator: i.responses)) }
            for (o, n) in ordered(i.outcomes) { rows.append(Row(measure: "outcome", instrument: id, category: o, n: n, denominator: i.responses)) }
            rows.append(Row(measure: "screened_positive", instrument: id, category: "follow_up_or_refer", n: positive(i.outcomes), denominator: i.responses))
            for (r, n) in i.reasons.sorted(by: { $0.key < $1.key }) { rows.append(Row(measure: "not_scored_reason", instrument: id, category: r, n: n, denominator: i.responses)) }
            for (k, n) in i.critical.sorted(by: { $0.key < $1.key }) { rows.append(Row(measure: "critical", instrument: id, category: k, n: n, denominator: i.responses)) }
        }
        for (k, r) in c.referrals.sorted(by: { $0.key < $1.key }) {
            let days = r.timed > 0 ? (mean: Double(r.daysSum) / Double(r.timed), min: r.daysMin, max: r.daysMax) : nil
            rows.append(Row(measure: "referral", instrument: nil, category: k.referral + " " + k.urgency, n: r.count, denominator: c.visits, days: days))
        }
        return rows
    }

    package static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    // MARK: - JSON

    package func json(pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.key("format"); w.string(Self.format)
        w.key("by"); w.beginArray(); for b in tally.by { w.string(b) }; w.endArray()
        w.key("total"); Self.counts(&w, tally.total)
        w.key("groups"); w.beginArray()
        for (key, c) in tally.sortedGroups where !tally.by.isEmpty {
            w.beginObject()
            w.key("key"); w.beginObject()
            for (b, v) in zip(tally.by, key) { w.key(dynamic: b); w.optional(v) }
            w.endObject()
            w.key("counts"); Self.counts(&w, c)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    package static func proportion(_ w: inout JSONWriter, _ n: Int, _ of: Int) {
        w.beginObject()
        w.key("n"); w.int(n)
        w.key("of"); w.int(of)
        if let ci = Wilson.interval(n, of) {
            w.key("p"); w.number(rounded(Double(n) / Double(of)))
            w.key("ci95"); w.beginArray(); w.number(rounded(ci.low)); w.number(rounded(ci.high)); w.endArray()
        } else {
            w.key("p"); w.null()
            w.key("ci95"); w.null()
        }
        w.endObject()
    }

    /// `key: {category: {n, of, p, ci95}, …}` over one denominator.
    package static func proportions(_ w: inout JSONWriter, _ key: String, _ entries: [(key: String, value: Int)], of: Int) {
        w.key(dynamic: key); w.beginObject()
        for (k, n) in entries { w.key(dynamic: k); proportion(&w, n, of) }
        w.endObject()
    }

    package static func counts(_ w: inout JSONWriter, _ c: Counts) {
        w.beginObject()
        w.key("visits"); w.int(c.visits)
        Tally.write(&w, "rejected", c.rejected)
        proportions(&w, "outcomes", ordered(c.outcomes), of: c.visits)
        w.key("screened_positive"); proportion(&w, positive(c.outcomes), c.visits)
        Tally.write(&w, "age_bands", c.ageBands)
        w.key("instruments"); w.beginObject()
        for (id, i) in c.instruments.sorted(by: { $0.key < $1.key }) {
            w.key(dynamic: id); w.beginObject()
            w.key("responses"); w.int(i.responses)
            proportions(&w, "statuses", i.statuses.sorted { $0.key < $1.key }, of: i.responses)
            Tally.write(&w, "forms", i.forms)
            Tally.write(&w, "age_bands", i.ageBands)
            proportions(&w, "bands", i.bands.sorted { $0.key < $1.key }, of: i.bands.values.reduce(0, +))
            Tally.write(&w, "bands_at_least", i.bandsAtLeast)
            proportions(&w, "outcomes", ordered(i.outcomes), of: i.responses)
            w.key("screened_positive"); proportion(&w, positive(i.outcomes), i.responses)
            Tally.write(&w, "not_scored_reasons", i.reasons)
            Tally.write(&w, "critical", i.critical)
            w.endObject()
        }
        w.endObject()
        w.key("referrals"); w.beginArray()
        for (k, r) in c.referrals.sorted(by: { $0.key < $1.key }) {
            w.beginObject()
            w.key("referral"); w.string(k.referral)
            w.key("urgency"); w.string(k.urgency)
            w.key("n"); w.int(r.count)
            w.key("days_to_due")
            if r.timed > 0 {
                w.beginObject()
                w.key("mean"); w.number(rounded(Double(r.daysSum) / Double(r.timed)))
                w.key("min"); w.int(r.daysMin)
                w.key("max"); w.int(r.daysMax)
                w.endObject()
            } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    // MARK: - CSV

    /// RFC 4180: a header, then one row per indicator per group; the overall rows have `scope` all.
    package func csv() -> String {
        var out = (["scope"] + tally.by + ["measure", "instrument", "category", "n", "denominator", "proportion", "ci95_low", "ci95_high",
                                           "days_mean", "days_min", "days_max"]).map(Self.csvField).joined(separator: ",") + "\r\n"
        func emit(_ scope: String, _ key: [String?], _ c: Counts) {
            for r in Self.rows(c) {
                var fields = [scope] + key.map { $0 ?? "" } + [r.measure, r.instrument ?? "", r.category, String(r.n), r.denominator.map(String.init) ?? ""]
                if let d = r.denominator, let ci = Wilson.interval(r.n, d) {
                    fields += [Number.format(Self.rounded(Double(r.n) / Double(d))), Number.format(Self.rounded(ci.low)), Number.format(Self.rounded(ci.high))]
                } else {
                    fields += ["", "", ""]
                }
                fields += r.days.map { [Number.format(Self.rounded($0.mean)), String($0.min), String($0.max)] } ?? ["", "", ""]
                out += fields.map(Self.csvField).joined(separator: ",") + "\r\n"
            }
        }
        emit("all", tally.by.map { _ in nil }, tally.total)
        if !tally.by.isEmpty { for (key, c) in tally.sortedGroups { emit("group", key, c) } }
        return out
    }

    /// Quoted when it holds a comma, quote or line break; a leading =, +, - or @ is prefixed with
    /// ' so a spreadsheet does not run a context value as a formula.
    package static func csvField(_ s: String) -> String {
        var v = s
        if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacing("\"", with: "\"\"") + "\""
    }

    // MARK: - Markdown

    package func markdown() -> String {
        var out = "# Screening programme tally\n\n"
        func section(_ title: String, _ c: Counts) {
            out += "## \(Self.md(title))\n\n"
            out += "| measure | instrument | category | n | of | % | 95% CI |\n| --- | --- | --- | ---: | ---: | ---: | --- |\n"
            for r in Self.rows(c) {
                var pct = "", ci = ""
                if let d = r.denominator, let w = Wilson.interval(r.n, d) {
                    pct = Self.percent(Double(r.n) / Double(d))
                    ci = Self.percent(w.low) + "–" + Self.percent(w.high)
                }
                let days = r.days.map { " (due in \(Self.oneDecimal($0.mean)) days on average, \($0.min)–\($0.max))" } ?? ""
                out += "| \(r.measure) | \(Self.md(r.instrument ?? "")) | \(Self.md(r.category))\(days) | \(r.n) | \(r.denominator.map(String.init) ?? "") | \(pct) | \(ci) |\n"
            }
            out += "\n"
        }
        section("All", tally.total)
        if !tally.by.isEmpty {
            for (key, c) in tally.sortedGroups {
                section(zip(tally.by, key).map { "\($0) \($1 ?? "(none)")" }.joined(separator: ", "), c)
            }
        }
        return out
    }

    package static func percent(_ x: Double) -> String { oneDecimal(x * 100) + "%" }

    /// One decimal, rounded half away from zero (the library does without Foundation's formatting).
    package static func oneDecimal(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        let tenths = Int((abs(x) * 10).rounded())
        return (x < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }

    package static func md(_ s: String) -> String {
        s.replacing("\\", with: "\\\\").replacing("|", with: "\\|").replacing("\n", with: " ").replacing("<", with: "&lt;")
    }
}
