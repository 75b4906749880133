import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
import ESReport
import ESTally
import ESFHIR
/// A validation study as JSON (`earlyscreen/study@1`), Markdown, or one self-contained HTML page
/// with each ROC curve as inline SVG (no scripts, nothing fetched).
extension ValidationStudy {
    static func r4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }

    package func json(pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        func proportion(_ p: Proportion) {
            w.beginObject()
            w.key("k"); w.int(p.k)
            w.key("n"); w.int(p.n)
            if let v = p.value, let ci = p.ci95 {
                w.key("p"); w.number(Self.r4(v))
                w.key("ci95"); w.beginArray(); w.number(Self.r4(ci.low)); w.number(Self.r4(ci.high)); w.endArray()
            } else {
                w.key("p"); w.null(); w.key("ci95"); w.null()
            }
            w.endObject()
        }
        func ratio(_ r: Ratio?) {
            guard let r else { return w.null() }
            w.beginObject()
            w.key("value"); w.number(Self.r4(r.value))
            w.key("ci95"); w.beginArray(); w.number(Self.r4(r.low)); w.number(Self.r4(r.high)); w.endArray()
            w.endObject()
        }
        func table(_ t: Table) {
            w.key("tp"); w.int(t.tp); w.key("fp"); w.int(t.fp); w.key("fn"); w.int(t.fn); w.key("tn"); w.int(t.tn)
            w.key("sensitivity"); proportion(t.sensitivity)
            w.key("specificity"); proportion(t.specificity)
            w.key("ppv"); proportion(t.ppv)
            w.key("npv"); proportion(t.npv)
            w.key("lr_positive"); ratio(t.positiveLR)
            w.key("lr_negative"); ratio(t.negativeLR)
        }
        w.beginObject()
        w.key("format"); w.string(Self.format)
        w.key("lines"); w.int(lines)
        Tally.write(&w, "rejected", rejected)
        w.key("instruments"); w.beginArray()
        for a in analyses() {
            w.beginObject()
            w.key("instrument"); w.string(a.instrument)
            w.key("cases"); w.int(a.cases)
            w.key("reference_positive"); w.int(a.positives)
            Tally.write(&w, "excluded", excluded[a.instrument] ?? [:])
            w.key("own_cutoff"); w.beginObject(); table(a.own); w.endObject()
            w.key("scores"); w.beginArray()
            for s in a.scores {
                w.beginObject()
                w.key("score"); w.string(s.score)
                w.key("positive_when"); w.string(s.atLeast ? "at_least" : "at_most")
                w.key("auc"); if let v = s.auc { w.number(Self.r4(v)) } else { w.null() }
                w.key("auc_ci95"); if let ci = s.aucCI { w.beginArray(); w.number(Self.r4(ci.low)); w.number(Self.r4(ci.high)); w.endArray() } else { w.null() }
                w.key("roc"); w.beginArray()
                for p in s.roc { w.beginArray(); w.number(Self.r4(p.fpr)); w.number(Self.r4(p.tpr)); w.endArray() }
                w.endArray()
                w.key("cutoffs"); w.beginArray()
                for (c, t) in s.cutoffs { w.beginObject(); w.key("cutoff"); w.number(c); table(t); w.endObject() }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        // Instruments with labels but no scored response still say why.
        for id in excluded.keys.sorted() where counts[id] == nil {
            w.beginObject()
            w.key("instrument"); w.string(id)
            w.key("cases"); w.int(0)
            Tally.write(&w, "excluded", excluded[id]!)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    static func pct(_ p: Proportion) -> String {
        guard let v = p.value, let ci = p.ci95 else { return "—" }
        return "\(TallyReport.percent(v)) (\(TallyReport.percent(ci.low))–\(TallyReport.percent(ci.high)))"
    }

    static func lr(_ r: Ratio?) -> String {
        guard let r else { return "—" }
        return "\(twoDecimals(r.value)) (\(twoDecimals(r.low))–\(twoDecimals(r.high)))"
    }

    static func twoDecimals(_ x: Double) -> String {
        guard x.isFinite else { return "—" }
        let h = Int((x * 100).rounded())
        return "\(h / 100).\(h % 100 < 10 ? "0" : "")\(h % 100)"
    }

    static func row(_ label: String, _ t: Table) -> String {
        "| \(label) | \(t.tp) | \(t.fp) | \(t.fn) | \(t.tn) | \(pct(t.sensitivity)) | \(pct(t.specificity)) | \(pct(t.ppv)) | \(pct(t.npv)) | \(lr(t.positiveLR)) | \(lr(t.negativeLR)) |\n"
    }

    static let header = "| cut-off | TP | FP | FN | TN | sensitivity | specificity | PPV | NPV | LR+ | LR− |\n| --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- | --- | --- |\n"

    package func markdown() -> String {
        var s = "# Validation study\n\n\(lines) lines"
        if !rejected.isEmpty { s += "; rejected: " + rejected.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") }
        s += ". Intervals are 95%: Wilson for proportions, the log method for likelihood ratios, DeLong for the AUC.\n\n"
        for a in analyses() {
            s += "## \(TallyReport.md(a.instrument))\n\n\(a.cases) scored responses with a reference label, \(a.positives) positive by the reference"
            if let ex = excluded[a.instrument], !ex.isEmpty { s += "; excluded: " + ex.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") }
            s += ".\n\n" + Self.header + Self.row("the instrument's own (follow-up or referral)", a.own) + "\n"
            for sc in a.scores {
                s += "### Score \(TallyReport.md(sc.score))\n\n"
                s += "AUC \(sc.auc.map(Self.twoDecimals) ?? "—")" + (sc.aucCI.map { " (\(Self.twoDecimals($0.low))–\(Self.twoDecimals($0.high)))" } ?? "") + "\n\n"
                s += Self.header
                for (c, t) in sc.cutoffs { s += Self.row("\(sc.atLeast ? "≥" : "≤") \(Number.format(c))", t) }
                s += "\n"
            }
        }
        return s
    }

    package func html() -> String {
        var h = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Validation study</title>
        <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #222; }
        table { border-collapse: collapse; margin: 8px 0 16px; } th, td { padding: 3px 8px; border-bottom: 1px solid #e4e4e4; text-align: left; }
        h2 { border-bottom: 1px solid #ccc; margin-top: 28px; } .roc { float: right; margin: 0 0 12px 16px; }
        @media print { table, svg { break-inside: avoid; } }
        </style>
        </head>
        <body>
        <h1>Validation study</h1>

        """
        h += "<p>\(lines) lines. Intervals are 95%: Wilson for proportions, the log method for likelihood ratios, DeLong for the AUC.</p>\n"
        func table(_ rows: [(String, Table)]) -> String {
            var t = "<table><tr><th>cut-off</th><th>TP</th><th>FP</th><th>FN</th><th>TN</th><th>sensitivity</th><th>specificity</th><th>PPV</th><th>NPV</th><th>LR+</th><th>LR−</th></tr>\n"
            for (label, x) in rows {
                t += "<tr><td>\(HTMLText.escape(label))</td><td>\(x.tp)</td><td>\(x.fp)</td><td>\(x.fn)</td><td>\(x.tn)</td><td>\(Self.pct(x.sensitivity))</td><td>\(Self.pct(x.specificity))</td><td>\(Self.pct(x.ppv))</td><td>\(Self.pct(x.npv))</td><td>\(Self.lr(x.positiveLR))</td><td>\(Self.lr(x.negativeLR))</td></tr>\n"
            }
            return t + "</table>\n"
        }
        for a in analyses() {
            h += "<h2>\(HTMLText.escape(a.instrument))</h2>\n<p>\(a.cases) scored responses with a reference label, \(a.positives) positive by the reference.</p>\n"
            h += table([("the instrument's own (follow-up or referral)", a.own)])
            for sc in a.scores {
                h += "<h3>Score \(HTMLText.escape(sc.score)): AUC \(sc.auc.map(Self.twoDecimals) ?? "—")"
                h += (sc.aucCI.map { " (\(Self.twoDecimals($0.low))–\(Self.twoDecimals($0.high)))" } ?? "") + "</h3>\n"
                h += Self.rocSVG(sc.roc)
                h += table(sc.cutoffs.map { ("\(sc.atLeast ? "≥" : "≤") \(Number.format($0.cutoff))", $0.table) })
            }
        }
        return h + "</body>\n</html>\n"
    }

    /// The ROC curve in a 240×240 square, with the chance diagonal.
    static func rocSVG(_ points: [(fpr: Double, tpr: Double)]) -> String {
        let p = points.map { "\(TallyReport.oneDecimal(20 + $0.fpr * 240)),\(TallyReport.oneDecimal(260 - $0.tpr * 240))" }.joined(separator: " ")
        return "<svg class=\"roc\" width=\"280\" height=\"290\" role=\"img\" aria-label=\"ROC curve\">"
            + "<rect x=\"20\" y=\"20\" width=\"240\" height=\"240\" fill=\"none\" stroke=\"#999\"/>"
            + "<line x1=\"20\" y1=\"260\" x2=\"260\" y2=\"20\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>"
            + "<polyline points=\"\(p)\" fill=\"none\" stroke=\"#5b7fb5\" stroke-width=\"2\"/>"
            + "<text x=\"140\" y=\"282\" font-size=\"11\" text-anchor=\"middle\">1 − specificity</text>"
            + "<text x=\"10\" y=\"140\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 10 140)\">sensitivity</text></svg>\n"
    }
}
