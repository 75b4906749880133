/// A short report a nurse reads at the desk, in the request's locale.
public enum TextReport {
    struct Words {
        var title: String, age: String, corrected: String, months: String, days: String, result: String
        var band: String, notScored: String, notApplicable: String, incomplete: String, missing: String
        var next: String, nothing: String, due: String, outcome: String, warnings: String, holds: String
        var outcomes: [Outcome: String]
    }

    static let words: [Locale: Words] = [
        .en: Words(title: "Screening result", age: "Age", corrected: "corrected for prematurity", months: "months", days: "days",
                   result: "Result", band: "Band", notScored: "could not be scored", notApplicable: "not for this age",
                   incomplete: "incomplete", missing: "unanswered", next: "What to do next", nothing: "No referral needed.",
                   due: "by", outcome: "Visit outcome", warnings: "Please note",
                   holds: "holds whatever the unanswered items would have been",
                   outcomes: [.refer: "REFER", .followUp: "FOLLOW UP", .incomplete: "INCOMPLETE — finish the screening",
                              .monitor: "MONITOR", .noConcern: "NO CONCERN"]),
        .az: Words(title: "Skrininq nəticəsi", age: "Yaş", corrected: "vaxtından əvvəl doğuşa görə düzəldilmiş", months: "ay", days: "gün",
                   result: "Nəticə", band: "Risk qrupu", notScored: "qiymətləndirilə bilmədi", notApplicable: "bu yaş üçün deyil",
                   incomplete: "natamam", missing: "cavabsız", next: "Növbəti addımlar", nothing: "Yönləndirmə lazım deyil.",
                   due: "son tarix", outcome: "Vizitin nəticəsi", warnings: "Diqqət",
                   holds: "cavabsız suallar necə cavablandırılsa da dəyişmir",
                   outcomes: [.refer: "YÖNLƏNDİRİN", .followUp: "TƏQİB EDİN", .incomplete: "NATAMAM — skrininqi tamamlayın",
                              .monitor: "MÜŞAHİDƏ EDİN", .noConcern: "NARAHATLIQ YOXDUR"]),
        .ru: Words(title: "Результат скрининга", age: "Возраст", corrected: "скорректированный на недоношенность", months: "мес.", days: "дн.",
                   result: "Результат", band: "Группа риска", notScored: "не удалось оценить", notApplicable: "не для этого возраста",
                   incomplete: "неполный", missing: "без ответа", next: "Что делать дальше", nothing: "Направление не требуется.",
                   due: "до", outcome: "Итог визита", warnings: "Обратите внимание",
                   holds: "не зависит от ответов на пропущенные вопросы",
                   outcomes: [.refer: "НАПРАВИТЬ", .followUp: "ДООБСЛЕДОВАТЬ", .incomplete: "НЕПОЛНЫЙ — завершите скрининг",
                              .monitor: "НАБЛЮДАТЬ", .noConcern: "БЕЗ ОПАСЕНИЙ"]),
    ]

    public static func render(_ r: ScreeningResult, set: InstrumentSet) -> String {
        let w = words[r.locale] ?? words[.en]!
        var s = "\(w.title)" + (r.id.map { " — \($0)" } ?? "") + "\n"
        s += "\(w.age): \(r.ages.chronological.months) \(w.months) \(r.ages.chronological.days) \(w.days)"
        if let c = r.correctedAge { s += " (\(w.corrected): \(c.months) \(w.months) \(c.days) \(w.days))" }
        s += "\n\n"
        for x in r.results {
            let title = set[x.instrument]?.title[r.locale] ?? x.instrument
            s += "• \(title)"
            if let f = x.form { s += " [\(f)]" }
            s += "\n  "
            // Scores and critical rules by their titles in the report's language where the
            // instrument gives them, else by id.
            let form = set[x.instrument]?.forms.first { $0.id == (x.form ?? "all") } ?? set[x.instrument]?.forms.first
            func named(_ title: LocalizedText?, _ id: String) -> String {
                title.map { $0.texts.isEmpty ? id : $0[r.locale] } ?? id
            }
            switch x.status {
            case .scored:
                let scores = x.scores.map { id, value in
                    "\(named(form?.scores.first { $0.id == id }?.title, id)): \(Number.format(value))"
                }.joined(separator: ", ")
                s += "\(w.result): \(x.title ?? x.band ?? "") (\(scores))"
                if x.holdsForAnyMissing { s += "\n  \(w.missing): \(x.missing.joined(separator: ", ")) — \(w.holds)" }
            case .incomplete:
                s += "\(w.result): \(w.notScored) (\(w.incomplete))"
                if !x.missing.isEmpty { s += "\n  \(w.missing): \(x.missing.joined(separator: ", "))" }
                if let reason = x.reason { s += "\n  \(reason)" }
            case .notApplicable:
                s += "\(w.result): \(w.notApplicable)"
                if let reason = x.reason { s += "\n  \(reason)" }
            }
            // A critical answer decides whatever the total: it must be read first, never hidden
            // behind a reassuring total (EPDS item 10, a family at risk of harm).
            for id in x.critical { s += "\n  ⚠ " + named(form?.critical.first { $0.id == id }?.title, id) }
            s += "\n"
        }
        s += "\n\(w.next):\n"
        if r.referrals.isEmpty { s += "  \(w.nothing)\n" }
        for m in r.referrals {
            let urgency = set.referrals.urgency(m.urgency)?.title[r.locale] ?? m.urgency
            s += "  → \(m.title) — \(urgency), \(w.due) \(m.dueBy)\n"
        }
        s += "\n\(w.outcome): \(w.outcomes[r.outcome] ?? r.outcome.rawValue)\n"
        if !r.warnings.isEmpty {
            s += "\n\(w.warnings):\n"
            for warning in r.warnings { s += "  - \(warning.message)\n" }
        }
        return s
    }
}
