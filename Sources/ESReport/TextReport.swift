import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// A short report a nurse reads at the desk, in the request's locale.
package enum TextReport {
    package struct Words {
        package var title: String, age: String, corrected: String, months: String, days: String, result: String
        package var band: String, notScored: String, notApplicable: String, incomplete: String, missing: String
        package var next: String, nothing: String, due: String, outcome: String, warnings: String, holds: String
        package var outcomes: [Outcome: String]
        package var notNeeded: String, beforeTerm: String, termOn: String, atLeast: String, lowerBound: String
        package var ask: String, useForm: String, useInstead: String, noneFits: String, finishFirst: String, screenFrom: String
        package var today: String, watch: String, draft: String, formFor: String, how: String
    }

    package static let words: [Locale: Words] = [
        .en: Words(title: "Screening result", age: "Age", corrected: "corrected for prematurity", months: "months", days: "days",
                   result: "Result", band: "Band", notScored: "could not be scored", notApplicable: "not for this age",
                   incomplete: "incomplete", missing: "unanswered", next: "What to do next", nothing: "No referral needed.",
                   due: "by", outcome: "Visit outcome", warnings: "Please note",
                   holds: "holds whatever the unanswered items would have been",
                   outcomes: [.refer: "REFER", .followUp: "FOLLOW UP", .incomplete: "INCOMPLETE — finish the screening",
                              .monitor: "MONITOR", .noConcern: "NO CONCERN"],
                   notNeeded: "not needed", beforeTerm: "too early: before term-equivalent age",
                   termOn: "before term-equivalent age, reached on", atLeast: "At least", lowerBound: "at least",
                   ask: "Finish {0}: ask", useForm: "{0}: use the form for this age:", useInstead: "Instead of {0}, use:",
                   noneFits: "{0} does not fit this age and the set has no other instrument for it: if anyone is concerned, arrange a clinical assessment",
                   finishFirst: "Finish {0} first", screenFrom: "Screen with {0} from", today: "today",
                   watch: "No referral now: talk the answers through with the parent and look again at the next routine visit.",
                   draft: "DRAFT INSTRUMENT SET — {0} of its own tests fail; not for use with children", formFor: "form for {0}",
                   how: "How it was worked out"),
        .az: Words(title: "Skrininq nəticəsi", age: "Yaş", corrected: "vaxtından əvvəl doğuşa görə düzəldilmiş", months: "ay", days: "gün",
                   result: "Nəticə", band: "Risk qrupu", notScored: "qiymətləndirilə bilmədi", notApplicable: "bu yaş üçün deyil",
                   incomplete: "natamam", missing: "cavabsız", next: "Növbəti addımlar", nothing: "Yönləndirmə lazım deyil.",
                   due: "son tarix", outcome: "Vizitin nəticəsi", warnings: "Diqqət",
                   holds: "cavabsız suallar necə cavablandırılsa da dəyişmir",
                   outcomes: [.refer: "YÖNLƏNDİRİN", .followUp: "TƏQİB EDİN", .incomplete: "NATAMAM — skrininqi tamamlayın",
                              .monitor: "MÜŞAHİDƏ EDİN", .noConcern: "NARAHATLIQ YOXDUR"],
                   notNeeded: "lazım deyil", beforeTerm: "tezdir: vaxtında doğuş yaşından əvvəl",
                   termOn: "vaxtında doğuş yaşına hələ çatmayıb, çatacağı tarix", atLeast: "Ən azı", lowerBound: "ən azı",
                   ask: "{0} tamamlayın: soruşun", useForm: "{0}: bu yaş üçün formanı istifadə edin:", useInstead: "{0} əvəzinə istifadə edin:",
                   noneFits: "{0} bu yaşa uyğun deyil və dəstdə bunun üçün başqa alət yoxdur: narahatlıq varsa, klinik qiymətləndirmə təşkil edin",
                   finishFirst: "Əvvəlcə {0} tamamlayın", screenFrom: "{0} ilə skrininq, başlanğıc tarixi", today: "bu gün",
                   watch: "Hazırda yönləndirmə yoxdur: cavabları valideynlə müzakirə edin və növbəti planlı vizitdə yenidən baxın.",
                   draft: "QARALAMA ALƏTLƏR DƏSTİ — öz testlərindən {0} uğursuzdur; uşaqlar üçün istifadə etməyin", formFor: "{0} üçün forma",
                   how: "Necə hesablandı"),
        .ru: Words(title: "Результат скрининга", age: "Возраст", corrected: "скорректированный на недоношенность", months: "мес.", days: "дн.",
                   result: "Результат", band: "Группа риска", notScored: "не удалось оценить", notApplicable: "не для этого возраста",
                   incomplete: "неполный", missing: "без ответа", next: "Что делать дальше", nothing: "Направление не требуется.",
                   due: "до", outcome: "Итог визита", warnings: "Обратите внимание",
                   holds: "не зависит от ответов на пропущенные вопросы",
                   outcomes: [.refer: "НАПРАВИТЬ", .followUp: "ДООБСЛЕДОВАТЬ", .incomplete: "НЕПОЛНЫЙ — завершите скрининг",
                              .monitor: "НАБЛЮДАТЬ", .noConcern: "БЕЗ ОПАСЕНИЙ"],
                   notNeeded: "не требуется", beforeTerm: "рано: срок доношенности ещё не достигнут",
                   termOn: "срок доношенности ещё не достигнут, будет достигнут", atLeast: "Не меньше чем", lowerBound: "как минимум",
                   ask: "Завершите {0}: спросите", useForm: "{0}: используйте форму для этого возраста:", useInstead: "Вместо {0} используйте:",
                   noneFits: "{0} не подходит для этого возраста, другого инструмента в наборе нет: при любом беспокойстве организуйте клиническую оценку",
                   finishFirst: "Сначала завершите {0}", screenFrom: "Скрининг {0} с", today: "сегодня",
                   watch: "Направление сейчас не нужно: обсудите ответы с родителем и вернитесь к ним на следующем плановом визите.",
                   draft: "ЧЕРНОВОЙ НАБОР ИНСТРУМЕНТОВ — не проходят собственные тесты ({0}); не использовать для детей", formFor: "форма для {0}",
                   how: "Как получен результат"),
    ]

    package static func render(_ r: ScreeningResult, set: InstrumentSet) -> String {
        let w = words[r.locale] ?? words[.en]!
        var s = r.draftFailures.isEmpty ? "" : "!!! " + fill(w.draft, "\(r.draftFailures.count)") + " !!!\n"
        s += "\(w.title)" + (r.id.map { " — \($0.terminalSafe)" } ?? "") + "\n"
        s += ageLine(r) + "\n\n"
        for x in r.results {
            let part = Part(x, r, set)
            s += "• \(part.heading)"
            // A critical answer decides whatever the total: it is read first, above the total's
            // band, so "depression unlikely" never sits over thoughts of self-harm.
            for c in part.critical { s += "\n  ⚠ " + c }
            s += "\n  \(part.result)"
            for line in part.notes { s += "\n  \(line)" }
            if !x.explanation.isEmpty {
                s += "\n  \(w.how):"
                for step in x.explanation { s += "\n    · " + ExplanationText.line(step, r.locale).terminalSafe }
            }
            s += "\n"
        }
        s += "\n\(w.next):\n"
        for step in nextSteps(r, set) { s += step.arrow ? "  → \(step.text)\n" : "  \(step.text)\n" }
        s += "\n\(w.outcome): \(w.outcomes[r.outcome] ?? r.outcome.rawValue)\n"
        if !r.warnings.isEmpty {
            s += "\n\(w.warnings):\n"
            for warning in r.warnings { s += "  - \(warning.message.terminalSafe)\n" }
        }
        return s
    }

    package static func fill(_ template: String, _ arg: String) -> String { WarningText.Template(template).fill([arg]) }

    /// "Age: 20 months 14 days (corrected for prematurity: 19 months 3 days)".
    package static func ageLine(_ r: ScreeningResult) -> String {
        let w = words[r.locale] ?? words[.en]!
        func age(_ a: Age) -> String { Plural.months(a.months, r.locale) + " " + Plural.days(a.days, r.locale) }
        var s = "\(w.age): \(age(r.ages.chronological))"
        if let c = r.correctedAge { s += " (\(w.corrected): \(age(c)))" }
        if let term = r.ages.termDateAhead { s += " (\(w.termOn) \(term))" }
        return s
    }

    /// One instrument's result in words, safe for a terminal: its heading, the result line, the
    /// notes under it and its critical findings. Scores and critical rules by their titles in the
    /// report's language where the instrument gives them, else by id; an age form by the ages it
    /// is for; items by their number on the form and their label, never by id.
    package struct Part {
        package var heading: String, result: String, notes: [String] = [], critical: [String] = []
        package var form: Form?

        package init(_ x: InstrumentResult, _ r: ScreeningResult, _ set: InstrumentSet) {
            let w = words[r.locale] ?? words[.en]!
            let form = set[x.instrument]?.forms.first { $0.id == (x.form ?? "all") } ?? set[x.instrument]?.forms.first
            self.form = form
            heading = (set[x.instrument]?.title[r.locale] ?? x.instrument).terminalSafe
            if x.form != nil, let form { heading += " — " + fill(w.formFor, form.ages.description(r.locale)) }
            func named(_ title: LocalizedText?, _ id: String) -> String {
                (title.map { $0.isEmpty ? id : $0[r.locale] } ?? id).terminalSafe
            }
            let reason = x.reason.map { [$0.terminalSafe] } ?? []
            switch x.status {
            case .scored:
                let scores = x.scores.map { id, value in
                    "\(named(form?.scores.first { $0.id == id }?.title, id)): \(Number.format(value))"
                }.joined(separator: ", ")
                result = "\(w.result): \((x.title ?? x.band ?? "").terminalSafe)" + (scores.isEmpty ? "" : " (\(scores))")
                if x.holdsForAnyMissing { notes.append("\(w.missing): \(TextReport.items(x.missing, form, r.locale)) — \(w.holds)") }
            case .incomplete:
                result = "\(w.result): \(w.notScored) (\(w.incomplete))"
                notes = reason
                // The least the open band calls for; a reassuring one says nothing and is not shown.
                if let b = x.bandAtLeast, let band = form?.bands.first(where: { $0.id == b }), band.outcome != .noConcern {
                    notes.append("\(w.atLeast): " + named(band.title, b))
                }
            case .notApplicable: result = "\(w.result): \(w.notApplicable)"; notes = reason
            case .notNeeded: result = "\(w.result): \(w.notNeeded)"; notes = reason
            case .beforeTerm: result = "\(w.result): \(w.beforeTerm)"; notes = reason
            }
            critical = x.critical.map { id in named(form?.critical.first { $0.id == id }?.title, id) }
        }
    }

    /// Items by their number on the form and their label.
    package static func items(_ ids: [String], _ form: Form?, _ locale: Locale) -> String {
        ids.map { id in
            guard let k = form?.items.firstIndex(where: { $0.id == id }), let item = form?.items[k] else { return id.terminalSafe }
            return "\(k + 1). \(item.label[locale].terminalSafe)"
        }.joined(separator: "; ")
    }

    /// What to do next: the referrals with their urgency and date, then the other steps; when
    /// there are none, what that means (watch, or nothing needed, only when all was read).
    package static func nextSteps(_ r: ScreeningResult, _ set: InstrumentSet) -> [(text: String, arrow: Bool)] {
        let w = words[r.locale] ?? words[.en]!
        func title(_ id: String) -> String { (set[id]?.title[r.locale] ?? id).terminalSafe }
        var out: [(text: String, arrow: Bool)] = []
        for m in r.referrals {
            let urgency = (set.referrals.urgency(m.urgency)?.title[r.locale] ?? m.urgency).terminalSafe
            let bound = m.reasons.allSatisfy(\.lowerBound) ? " (\(w.lowerBound))" : ""
            out.append(("\(m.title.terminalSafe)\(bound) — \(urgency), \(w.due) \(m.dueBy)", true))
        }
        var steps = 0
        for x in r.results {
            let name = title(x.instrument)
            let form = set[x.instrument]?.forms.first { $0.id == (x.form ?? "all") } ?? set[x.instrument]?.forms.first
            for a in x.actions {
                steps += 1
                let when = a.dueBy == r.ages.assessedOn ? w.today : "\(w.due) \(a.dueBy)"
                switch a.kind {
                case .completeItems:
                    out.append(("\(fill(w.ask, name)): \(items(a.ids, form, r.locale)) — \(when)", true))
                case .useForm:
                    let forms = a.ids.map { id in set[x.instrument]?.form(id: id).map { fill(w.formFor, $0.ages.description(r.locale)) } ?? id.terminalSafe }
                    out.append(("\(fill(w.useForm, name)) \(forms.joined(separator: ", ")) — \(when)", true))
                case .useInstrument:
                    out.append((a.ids.isEmpty ? fill(w.noneFits, name) : "\(fill(w.useInstead, name)) \(a.ids.map(title).joined(separator: ", ")) — \(when)", true))
                case .completeFirstStage:
                    out.append(("\(fill(w.finishFirst, a.ids.map(title).joined(separator: ", "))) — \(when)", true))
                case .screenAfterTerm:
                    out.append(("\(fill(w.screenFrom, name)) \(a.dueBy)", true))
                }
            }
        }
        if r.referrals.isEmpty && steps == 0 && r.outcome == .monitor { out.append((w.watch, false)) }
        // Reassurance only when every response was read and nothing is left to do.
        if r.referrals.isEmpty && steps == 0 && r.outcome == .noConcern
            && r.results.allSatisfy({ $0.status == .scored || $0.status == .notNeeded }) {
            out.append((w.nothing, false))
        }
        return out
    }
}
