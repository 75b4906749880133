import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// One visit as a self-contained printable page (A4): the outcome and any critical finding first,
/// what to do and by when, each instrument's result with its scores drawn against the cut-offs
/// (inline SVG), then notes and, for the record, the rules' versions and digests. No scripts, no
/// external resources; every text from the request or an instrument file is escaped.
package enum HTMLReport {
    package struct Words {
        package var lang: String, critical: String, results: String, scale: String, undecided: String, record: String
        package var visit: String, assessed: String, engine: String, texts: String, shipped: String, summaries: String
    }

    package static let words: [Locale: Words] = [
        .en: Words(lang: "en", critical: "Critical findings — act today", results: "Results", scale: "score and cut-offs",
                   undecided: "depends on other answers", record: "For the record", visit: "Visit", assessed: "Screened on",
                   engine: "earlyscreen", texts: "texts", shipped: "shipped labels",
                   summaries: "Labels are short summaries for staff, not the questionnaires' wording."),
        .az: Words(lang: "az", critical: "Kritik tapıntılar — bu gün tədbir görün", results: "Nəticələr", scale: "bal və hədlər",
                   undecided: "digər cavablardan asılıdır", record: "Qeyd üçün", visit: "Vizit", assessed: "Skrininq tarixi",
                   engine: "earlyscreen", texts: "mətnlər", shipped: "proqramın öz qısa mətnləri",
                   summaries: "Mətnlər işçilər üçün qısa xülasədir, sorğuların öz mətni deyil."),
        .ru: Words(lang: "ru", critical: "Критические находки — действовать сегодня", results: "Результаты", scale: "балл и пороги",
                   undecided: "зависит от других ответов", record: "Для документации", visit: "Визит", assessed: "Дата скрининга",
                   engine: "earlyscreen", texts: "тексты", shipped: "краткие тексты программы",
                   summaries: "Тексты — краткие пересказы для персонала, а не формулировки опросников."),
    ]

    /// Band colours by outcome: the page reads in black and white too (labels carry the meaning).
    package static func colour(_ o: Outcome) -> String {
        switch o {
        case .refer: "#c62828"
        case .followUp: "#ef6c00"
        case .incomplete: "#757575"
        case .monitor: "#f9a825"
        case .noConcern: "#2e7d32"
        }
    }

    package static func render(_ r: ScreeningResult, set: InstrumentSet) -> String {
        let t = TextReport.words[r.locale] ?? TextReport.words[.en]!, w = words[r.locale]!
        func e(_ s: String) -> String { HTMLText.escape(s) }
        var h = """
        <!DOCTYPE html>
        <html lang="\(w.lang)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(t.title + (r.id.map { " — " + $0 } ?? "")))</title>
        <style>\(css)</style>
        </head>
        <body>

        """
        if !r.draftFailures.isEmpty { h += "<p class=\"draft\">\(e(TextReport.fill(t.draft, "\(r.draftFailures.count)")))</p>\n" }
        h += "<header><h1>\(e(t.title))</h1>\n<p class=\"meta\">"
        if let id = r.id { h += "\(e(w.visit)): <span class=\"visit-id\">\(e(id))</span> · " }
        h += "\(e(w.assessed)): \(r.ages.assessedOn) · \(e(TextReport.ageLine(r)))</p></header>\n"
        h += "<p class=\"outcome\" id=\"outcome\" data-outcome=\"\(r.outcome.rawValue)\" style=\"border-color: \(colour(r.outcome))\">"
            + "\(e(t.outcome)): <strong>\(e(t.outcomes[r.outcome] ?? r.outcome.rawValue))</strong></p>\n"
        let parts = r.results.map { TextReport.Part($0, r, set) }
        // Critical findings before anything else: they decide the visit whatever else is open.
        let critical = zip(r.results, parts).flatMap { x, p in p.critical.map { (p.heading, $0, x.instrument) } }
        if !critical.isEmpty {
            h += "<section class=\"critical\" id=\"critical\"><h2>⚠ \(e(w.critical))</h2><ul>\n"
            for (heading, finding, _) in critical { h += "<li><strong>\(e(finding))</strong> — \(e(heading))</li>\n" }
            h += "</ul></section>\n"
        }
        h += "<section class=\"next\" id=\"next\"><h2>\(e(t.next))</h2><ul>\n"
        for step in TextReport.nextSteps(r, set) { h += "<li\(step.arrow ? "" : " class=\"plain\"")>\(e(step.text))</li>\n" }
        h += "</ul></section>\n<h2>\(e(w.results))</h2>\n"
        for (x, p) in zip(r.results, parts) {
            h += "<section class=\"result\" data-instrument=\"\(e(x.instrument))\" data-status=\"\(x.status.rawValue)\">"
                + "<h3><span class=\"dot\" style=\"background: \(colour(x.outcome))\"></span>\(e(p.heading))</h3>\n"
            for c in p.critical { h += "<p class=\"finding\">⚠ \(e(c))</p>\n" }
            h += "<p class=\"line\">\(e(p.result))</p>\n"
            for n in p.notes { h += "<p class=\"note\">\(e(n))</p>\n" }
            if x.status == .scored, let form = p.form, let instrument = set[x.instrument] {
                for (j, score) in form.scores.enumerated() {
                    guard let value = x.scores.first(where: { $0.0 == score.id })?.1,
                          let scale = BandScale.of(form, score: j, instrument: instrument, ages: r.ages) else { continue }
                    let name = score.title.isEmpty ? score.id : score.title[r.locale]
                    h += svg(scale, value: value, name: name, form: form, locale: r.locale, w: w)
                }
            }
            if !x.explanation.isEmpty {
                h += "<div class=\"trace\"><h4>\(e(t.how))</h4><ol>\n"
                for step in x.explanation { h += "<li>\(e(ExplanationText.line(step, r.locale)))</li>\n" }
                h += "</ol></div>\n"
            }
            h += "</section>\n"
        }
        let instruments = r.results.compactMap { set[$0.instrument] }
        let summaries = zip(r.results, instruments).contains { $0.0.textsVersion == nil && $0.1.textsVersions[r.locale] == nil }
        if !r.warnings.isEmpty || summaries {
            h += "<section class=\"notes\" id=\"notes\"><h2>\(e(t.warnings))</h2><ul>\n"
            for warning in r.warnings { h += "<li data-code=\"\(e(warning.code.rawValue))\">\(e(warning.message))</li>\n" }
            if summaries { h += "<li>\(e(w.summaries))</li>\n" }
            h += "</ul></section>\n"
        }
        h += "<footer class=\"record\"><h2>\(e(w.record))</h2><table>\n"
        for x in r.results {
            let texts = x.textsVersion.map { "\(w.texts) \($0)" } ?? w.shipped
            h += "<tr><td>\(e(x.instrument))</td><td>\(e(x.version))</td><td class=\"digest\">\(e(x.digest))</td><td>\(e(texts))</td></tr>\n"
        }
        h += "</table><p>\(e(w.engine)) \(ResultEncoder.engineVersion)</p></footer>\n</body>\n</html>\n"
        return h
    }

    /// A score on its scale: one coloured stretch per band (grey where other answers decide), the
    /// band's title under it, and a marker at the child's value.
    package static func svg(_ scale: BandScale, value: Double, name: String, form: Form, locale: Locale, w: Words) -> String {
        let width = 480.0, left = 10.0, right = 10.0, span = Double(scale.high - scale.low + 1)
        func x(_ v: Double) -> Double { left + (v - Double(scale.low)) / span * (width - left - right) }
        func n(_ d: Double) -> String { Number.format((d * 10).rounded() / 10) }
        var s = "<figure class=\"scale\"><figcaption>\(HTMLText.escape(name)): \(Number.format(value)) — \(HTMLText.escape(w.scale))</figcaption>\n"
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) 46\" width=\"\(n(width))\" height=\"46\" role=\"img\" aria-label=\"\(HTMLText.escape(name)) \(Number.format(value))\">\n"
        for seg in scale.segments {
            let x0 = x(Double(seg.from)), x1 = x(Double(seg.to + 1))
            let band = seg.band.map { form.bands[$0] }
            let fill = band.map { colour($0.outcome) } ?? "#bdbdbd"
            let title = band.map { $0.title[locale] } ?? w.undecided
            s += "<rect x=\"\(n(x0))\" y=\"8\" width=\"\(n(x1 - x0))\" height=\"12\" fill=\"\(fill)\" fill-opacity=\"0.55\" stroke=\"#fff\"><title>\(HTMLText.escape(title)): \(seg.from)–\(seg.to)</title></rect>\n"
            s += "<text x=\"\(n(x0 + 1))\" y=\"32\">\(seg.from)</text>\n"
        }
        s += "<text x=\"\(n(x(Double(scale.high + 1)) - 1))\" y=\"32\" text-anchor=\"end\">\(scale.high)</text>\n"
        let mx = x(value + 0.5)
        s += "<path d=\"M\(n(mx)) 22 l-5 8 h10 z\" fill=\"#000\"/><line x1=\"\(n(mx))\" y1=\"4\" x2=\"\(n(mx))\" y2=\"22\" stroke=\"#000\" stroke-width=\"2\"/>\n"
        s += "</svg>\n<p class=\"legend\">"
        var seen = Set<Int?>()
        for seg in scale.segments where seen.insert(seg.band).inserted {
            let band = seg.band.map { form.bands[$0] }
            s += "<span><i style=\"background: \(band.map { colour($0.outcome) } ?? "#bdbdbd")\"></i>\(HTMLText.escape(band.map { $0.title[locale] } ?? w.undecided))</span> "
        }
        return s + "</p></figure>\n"
    }

    package static let css = """

    @page { size: A4; margin: 14mm; }
    body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 10pt; color: #111; max-width: 182mm; margin: 0 auto; line-height: 1.35; }
    h1 { font-size: 15pt; margin: 0 0 1mm; } h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; } h3 { font-size: 10.5pt; margin: 0 0 1mm; }
    .meta { margin: 0; color: #333; }
    .outcome { border: 2px solid; border-left-width: 8px; padding: 2mm 3mm; font-size: 12pt; margin: 3mm 0; }
    .critical { border: 2px solid #c62828; padding: 1mm 3mm; background: #fdecea; }
    .critical h2 { color: #b71c1c; margin-top: 1mm; }
    .draft { border: 3px solid #c62828; padding: 2mm; font-weight: bold; color: #b71c1c; }
    ul { margin: 0; padding-left: 5mm; } li.plain { list-style: none; margin-left: -5mm; }
    .result { border-top: 1px solid #ccc; padding: 2mm 0; break-inside: avoid; }
    .dot { display: inline-block; width: 3mm; height: 3mm; border-radius: 50%; margin-right: 2mm; }
    .line { margin: 0.5mm 0; font-weight: bold; } .note { margin: 0.5mm 0; color: #333; } .finding { margin: 0.5mm 0; color: #b71c1c; font-weight: bold; }
    .scale { margin: 1mm 0 0; } .scale figcaption { font-size: 9pt; color: #333; }
    .scale svg { display: block; max-width: 100%; height: auto; } .scale text { font-size: 9px; fill: #333; }
    .legend { margin: 0; font-size: 8.5pt; } .legend i { display: inline-block; width: 3mm; height: 2.5mm; opacity: 0.55; margin-right: 1mm; }
    .notes li { font-size: 9pt; } .trace { font-size: 8.5pt; color: #333; } .trace h4 { margin: 1mm 0 0; font-size: 9pt; }
    .record { margin-top: 4mm; font-size: 7.5pt; color: #555; } .record h2 { font-size: 9pt; }
    .record table { border-collapse: collapse; } .record td { padding: 0 2mm 0 0; } .digest { font-family: "DejaVu Sans Mono", monospace; word-break: break-all; }
    @media print { body { max-width: none; } a { color: inherit; } }

    """
}
