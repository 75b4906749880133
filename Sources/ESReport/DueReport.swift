import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// `earlyscreen due` output: JSON for services, text for staff.
package enum DueReport {
    package static func json(_ p: DuePlanner.Plan, pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        func entries(_ list: [DuePlanner.Entry]) {
            w.beginArray()
            for e in list {
                w.beginObject()
                w.key("screening"); w.string(e.screening)
                w.key("title"); w.string(e.title)
                w.key("at_months"); w.int(e.atMonths)
                w.key("from"); w.string(e.from.description)
                w.key("until"); w.string(e.until.description)
                w.key("corrected"); w.bool(e.corrected)
                w.key("instruments"); w.beginArray(); for i in e.instruments { w.string(i) }; w.endArray()
                if !e.missedAt.isEmpty { w.key("missed_at_months"); w.beginArray(); for m in e.missedAt { w.int(m) }; w.endArray() }
                w.endObject()
            }
            w.endArray()
        }
        w.beginObject()
        w.key("format"); w.string("earlyscreen/due@1")
        w.key("birth_date"); w.string(p.ages.birthDate.description)
        w.key("on"); w.string(p.ages.assessedOn.description)
        w.key("age"); w.beginObject(); w.key("months"); w.int(p.ages.chronological.months); w.key("days"); w.int(p.ages.chronological.days); w.endObject()
        w.key("due_date"); w.optional(p.dueDate?.description)
        w.key("due"); entries(p.dueNow)
        w.key("next"); entries(p.next)
        w.key("overdue_if_not_done"); entries(p.overdue)
        w.key("warnings")
        w.beginArray()
        for x in p.warnings { w.beginObject(); w.key("code"); w.string(x.code.rawValue); w.key("message"); w.string(x.message); w.endObject() }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    package static let words: [Locale: (title: String, age: String, months: String, days: String, due: String, none: String, next: String, until: String, noTool: String, overdue: String, missed: String)] = [
        .en: ("Screenings", "Age", "months", "days", "Due at this visit", "Nothing is due at this visit.", "Next", "until",
              "the loaded set has no validated instrument for this age; a deployment adds one (for example the ASQ-3, under its licence)",
              "Overdue if not done (catch up at this visit)", "missed at"),
        .az: ("Skrininqlər", "Yaş", "ay", "gün", "Bu vizitdə lazımdır", "Bu vizitdə skrininq lazım deyil.", "Növbəti", "son tarix",
              "yüklənmiş dəstdə bu yaş üçün təsdiqlənmiş alət yoxdur; tətbiq edən müəssisə əlavə edir (məsələn, lisenziya ilə ASQ-3)",
              "Edilməyibsə, gecikib (bu vizitdə tamamlayın)", "buraxılıb"),
        .ru: ("Скрининги", "Возраст", "мес.", "дн.", "Нужно на этом визите", "На этом визите скрининг не нужен.", "Следующие", "до",
              "в загруженном наборе нет валидированного инструмента для этого возраста; учреждение добавляет свой (например, ASQ-3 по лицензии)",
              "Просрочено, если не сделано (проведите на этом визите)", "пропущено в"),
    ]

    package static func text(_ p: DuePlanner.Plan, locale: Locale) -> String {
        let w = words[locale] ?? words[.en]!
        var s = "\(w.title) — \(p.ages.assessedOn)\n\(w.age): \(p.ages.chronological.months) \(w.months) \(p.ages.chronological.days) \(w.days)\n\n\(w.due):\n"
        if p.dueNow.isEmpty { s += "  \(w.none)\n" }
        func line(_ e: DuePlanner.Entry, _ showFrom: Bool) -> String {
            let tools = e.instruments.isEmpty ? w.noTool : e.instruments.joined(separator: ", ").terminalSafe
            return "  • \(e.title.terminalSafe) (\(e.atMonths) \(w.months)) — \(showFrom ? "\(e.from)–\(e.until)" : "\(w.until) \(e.until)"): \(tools)\n"
        }
        for e in p.dueNow { s += line(e, false) }
        if !p.overdue.isEmpty {
            s += "\n\(w.overdue):\n"
            for e in p.overdue {
                s += "  • \(e.title.terminalSafe) (\(w.missed) \(e.missedAt.map(String.init).joined(separator: ", ")) \(w.months)): \(e.instruments.joined(separator: ", "))\n"
            }
        }
        if !p.next.isEmpty {
            s += "\n\(w.next):\n"
            for e in p.next { s += line(e, true) }
        }
        for x in p.warnings { s += "\n  - \(x.message.terminalSafe)\n" }
        return s
    }
}
