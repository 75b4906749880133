import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// A readable page about one instrument, generated from its checked model, for methodologists
/// who review rules without reading YAML (`earlyscreen show`, docs/instruments/).
package enum InstrumentSummary {

    /// The page's own words in az and ru, by their English text; rule sources, ids and the
    /// sources' notes stay as written.
    package static let words: [String: [Locale: String]] = [
        "Version": [.az: "Versiya", .ru: "Версия"],
        "Ages": [.az: "Yaş", .ru: "Возраст"],
        "chronological age": [.az: "təqvim yaşı", .ru: "хронологический возраст"],
        "corrected age": [.az: "düzəldilmiş yaş", .ru: "скорректированный возраст"],
        "At most {0} unanswered items in all still allow a band": [.az: "Ən çox {0} cavabsız sual olduqda nəticə verilir", .ru: "Результат даётся, если без ответа не больше {0}"],
        "Digest": [.az: "Həş", .ru: "Хэш"],
        "Texts": [.az: "Mətnlər", .ru: "Тексты"],
        "Form {0} ({1})": [.az: "Forma {0} ({1})", .ru: "Форма {0} ({1})"],
        "Items": [.az: "Suallar", .ru: "Вопросы"],
        "| item | label | options (points) |": [.az: "| sual | mətn | cavablar (bal) |", .ru: "| вопрос | текст | варианты (баллы) |"],
        "; several may be ticked, the most concerning counts": [.az: "; bir neçəsi qeyd oluna bilər, ən narahatedicisi sayılır", .ru: "; можно отметить несколько, учитывается самый тревожный"],
        "Scores": [.az: "Ballar", .ru: "Баллы"],
        "; unanswered items make it a range": [.az: "; cavabsız suallar onu aralığa çevirir", .ru: "; вопросы без ответа дают диапазон"],
        "; an unanswered item counts as 0 (published rule)": [.az: "; cavabsız sual 0 sayılır (dərc olunmuş qayda)", .ru: "; вопрос без ответа считается 0 (опубликованное правило)"],
        "; up to {0} unanswered items prorated, more make it a range": [.az: "; {0} cavabsız suala qədər proporsional hesablanır, çoxu aralıq verir", .ru: "; до {0} вопросов без ответа пересчитываются пропорционально, больше — диапазон"],
        "Bands (first match wins)": [.az: "Nəticə qrupları (ilk uyğun gələn seçilir)", .ru: "Группы результата (выбирается первая подошедшая)"],
        "| band | title | when | outcome | recommendations |": [.az: "| qrup | ad | şərt | nəticə | tövsiyələr |", .ru: "| группа | название | условие | итог | рекомендации |"],
        "Critical items (whatever the total)": [.az: "Kritik suallar (cəmdən asılı olmayaraq)", .ru: "Критические вопросы (независимо от суммы)"],
        "when": [.az: "şərt", .ru: "условие"],
        "outcome": [.az: "nəticə", .ru: "итог"],
        "band": [.az: "qrup", .ru: "группа"],
        "Source": [.az: "Mənbə", .ru: "Источник"],
        "License": [.az: "Lisenziya", .ru: "Лицензия"],
        "Before use": [.az: "İstifadədən əvvəl", .ru: "Перед использованием"],
        "Tests written beside the rules": [.az: "Qaydalarla birlikdə yazılmış testlər", .ru: "Тесты, записанные рядом с правилами"],
        "{0} cases": [.az: "{0} hal", .ru: "{0} случаев"],
        "Sources, licenses and notes are in English, the language of the published sources.": [.az: "Mənbələr, lisenziyalar və qeydlər dərc olunmuş mənbələrin dili olan ingilis dilindədir.", .ru: "Источники, лицензии и примечания — на английском, языке опубликованных источников."],
    ]

    package static func t(_ en: String, _ l: Locale, _ args: String...) -> String {
        var s = words[en]?[l] ?? en
        for (i, a) in args.enumerated() { s = s.replacingOccurrences("{\(i)}", a) }
        return s
    }

    package static func markdown(_ i: Instrument, catalog: ReferralCatalog, locale: Locale = .en) -> String {
        var s = "# \(i.id): \(i.title[locale])\n\n"
        if !i.summary.isEmpty { s += i.summary[locale] + "\n\n" }
        let l = locale
        s += "- \(t("Version", l)): \(i.version)\n"
        s += "- \(t("Ages", l)): \(i.ages.description(l)), \(t(i.ageBasis == .corrected ? "corrected age" : "chronological age", l))"
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
        if let m = i.maxMissing { s += "- \(t("At most {0} unanswered items in all still allow a band", l, "\(m)"))\n" }
        s += "- \(t("Digest", l)): `\(i.digest)`\n"
        let statuses = i.locales.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) (\($0.value.rawValue))" }
        s += "- \(t("Texts", l)): \(statuses.joined(separator: ", "))\n\n"
        // Items differ by form; scores, bands and critical rules are the instrument's own, the
        // same text on every form, so they are shown once.
        for form in i.forms {
            s += form.declared ? "## \(t("Form {0} ({1})", l, form.id, form.ages.description(l)))\n\n" : "## \(t("Items", l))\n\n"
            s += t("| item | label | options (points) |", l) + "\n| --- | --- | --- |\n"
            for item in form.items {
                let opts = item.options.map { "\($0.id) (\(Number.format($0.points)))" }.joined(separator: ", ")
                s += "| \(item.id) | \(item.label[locale]) | \(opts)\(item.selection == .many ? t("; several may be ticked, the most concerning counts", l) : "") |\n"
            }
            s += "\n"
        }
        if let form = i.forms.first {
            s += "## \(t("Scores", l))\n\n"
            for sc in form.scores {
                s += "- `\(sc.id)` = `\(sc.source)`"
                switch sc.fill {
                case .interval: s += t("; unanswered items make it a range", l)
                case .zero: s += t("; an unanswered item counts as 0 (published rule)", l)
                case .prorate(let max): s += t("; up to {0} unanswered items prorated, more make it a range", l, "\(max)")
                }
                s += "\n"
            }
            s += "\n## \(t("Bands (first match wins)", l))\n\n" + t("| band | title | when | outcome | recommendations |", l) + "\n| --- | --- | --- | --- | --- |\n"
            for b in form.bands {
                let recs = b.recommendations.map { r in
                    "\(catalog.referrals[r.referral]?.title[locale] ?? r.referral) (\(catalog.urgency(r.urgency)?.title[l] ?? r.urgency))" + (r.source.map { " if `\($0)`" } ?? "")
                }.joined(separator: "; ")
                s += "| \(b.id) | \(b.title[locale]) | `\(b.source)` | \(b.outcome.rawValue) | \(recs.isEmpty ? "—" : recs) |\n"
            }
            if !form.critical.isEmpty {
                s += "\n## \(t("Critical items (whatever the total)", l))\n\n"
                for c in form.critical {
                    let recs = c.recommendations.map { "\(catalog.referrals[$0.referral]?.title[locale] ?? $0.referral) (\(catalog.urgency($0.urgency)?.title[l] ?? $0.urgency))" }
                    s += "- `\(c.id)`: \(t("when", l)) `\(c.source)` → \(c.title[locale])"
                    if let o = c.outcome { s += "; \(t("outcome", l)) \(o.rawValue)" }
                    if let b = c.band { s += "; \(t("band", l)) \(b)" }
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
        if l != .en { s += "_\(t("Sources, licenses and notes are in English, the language of the published sources.", l))_\n\n" }
        s += "## \(t("Source", l))\n\n\(i.source.citation)\n"
        if let u = i.source.url { s += "\n<\(u)>\n" }
        if let n = i.source.notes { s += "\n\(n)\n" }
        s += "\n## \(t("License", l))\n\n\(i.license.holder). \(i.license.terms)\n"
        if let b = i.license.beforeUse { s += "\n**\(t("Before use", l)):** \(b)\n" }
        s += "\n## \(t("Tests written beside the rules", l))\n\n\(t("{0} cases", l, "\(i.tests.count)"))"
        s += i.tests.isEmpty ? ".\n" : ":\n\n" + i.tests.map { "- \($0.name)" }.joined(separator: "\n") + "\n"
        return s
    }
}
