/// A readable page about one instrument, generated from its checked model, for methodologists
/// who review rules without reading YAML (`earlyscreen show`, docs/instruments/).
public enum InstrumentSummary {
    public static func markdown(_ i: Instrument, catalog: ReferralCatalog, locale: Locale = .en) -> String {
        var s = "# \(i.id): \(i.title[locale])\n\n"
        if !i.summary.texts.isEmpty { s += i.summary[locale] + "\n\n" }
        s += "- Version: \(i.version)\n"
        s += "- Ages: \(i.ages.description), \(i.ageBasis.rawValue) age"
        if let p = i.prematurity {
            if let before = p.bornBeforeWeeks {
                s += " (corrected from \(p.termWeeks) weeks when born before \(before) weeks"
            } else {
                s += " (corrected when born at least \(p.minWeeksEarly ?? 0) weeks before \(p.termWeeks) weeks"
            }
            s += p.untilMonths.map { ", until \($0) months chronological)" } ?? ")"
        }
        s += "\n"
        if let f = i.follows {
            s += "- Second stage: runs after \(f.instrument) bands \(f.bands.joined(separator: ", "))"
            s += f.onlyFailedItems ? "; only items failed at \(f.instrument) are asked, the rest count as passed\n" : "\n"
        }
        if let m = i.maxMissing { s += "- At most \(m) unanswered items in all still allow a band\n" }
        s += "- Digest: `\(i.digest)`\n"
        let statuses = i.locales.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) (\($0.value.rawValue))" }
        s += "- Texts: \(statuses.joined(separator: ", "))\n\n"
        // Items differ by form; scores, bands and critical rules are the instrument's own, the
        // same text on every form, so they are shown once.
        for form in i.forms {
            s += form.declared ? "## Form \(form.id) (\(form.ages.description))\n\n" : "## Items\n\n"
            s += "| item | label | options (points) |\n| --- | --- | --- |\n"
            for item in form.items {
                let opts = item.options.map { "\($0.id) (\(Number.format($0.points)))" }.joined(separator: ", ")
                s += "| \(item.id) | \(item.label[locale]) | \(opts)\(item.selection == .many ? "; several may be ticked, the most concerning counts" : "") |\n"
            }
            s += "\n"
        }
        if let form = i.forms.first {
            s += "## Scores\n\n"
            for sc in form.scores {
                s += "- `\(sc.id)` = `\(sc.source)`"
                switch sc.fill {
                case .interval: s += "; unanswered items make it a range"
                case .zero: s += "; an unanswered item counts as 0 (published rule)"
                case .prorate(let max): s += "; up to \(max) unanswered items prorated, more make it a range"
                }
                s += "\n"
            }
            s += "\n## Bands (first match wins)\n\n| band | title | when | outcome | recommendations |\n| --- | --- | --- | --- | --- |\n"
            for b in form.bands {
                let recs = b.recommendations.map { r in
                    "\(catalog.referrals[r.referral]?.title[locale] ?? r.referral) (\(r.urgency))" + (r.source.map { " if `\($0)`" } ?? "")
                }.joined(separator: "; ")
                s += "| \(b.id) | \(b.title[locale]) | `\(b.source)` | \(b.outcome.rawValue) | \(recs.isEmpty ? "—" : recs) |\n"
            }
            if !form.critical.isEmpty {
                s += "\n## Critical items (whatever the total)\n\n"
                for c in form.critical {
                    let recs = c.recommendations.map { "\(catalog.referrals[$0.referral]?.title[locale] ?? $0.referral) (\($0.urgency))" }
                    s += "- `\(c.id)`: when `\(c.source)` → \(c.title[locale])"
                    if let o = c.outcome { s += "; outcome \(o.rawValue)" }
                    if let b = c.band { s += "; band \(b)" }
                    if !recs.isEmpty { s += "; " + recs.joined(separator: ", ") }
                    s += "\n"
                }
            }
            s += "\n"
        }
        for (name, table) in i.tables.sorted(by: { $0.key < $1.key }) {
            s += "## Table `\(name)` (by \(table.by))\n\n| from | to | value |\n| --- | --- | --- |\n"
            for r in table.rows { s += "| \(r.from) | \(r.to) | \(Number.format(r.value)) |\n" }
            s += "\n"
        }
        s += "## Source\n\n\(i.source.citation)\n"
        if let u = i.source.url { s += "\n<\(u)>\n" }
        if let n = i.source.notes { s += "\n\(n)\n" }
        s += "\n## License\n\n\(i.license.holder). \(i.license.terms)\n"
        if let b = i.license.beforeUse { s += "\n**Before use:** \(b)\n" }
        s += "\n## Tests written beside the rules\n\n\(i.tests.count) cases"
        s += i.tests.isEmpty ? ".\n" : ":\n\n" + i.tests.map { "- \($0.name)" }.joined(separator: "\n") + "\n"
        return s
    }
}
