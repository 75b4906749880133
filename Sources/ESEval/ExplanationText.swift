import ESSource
import ESExpr
import ESModel
/// The words of an explanation step in each locale. Rules are shown as written in the instrument
/// (a formula over item ids), so each item and name also carries its id in brackets.
package enum ExplanationText {
    package struct Words {
        package var age: String, chronological: String, corrected: String, answer: String, noAnswer: String
        package var passed: String, score: String, countedAsZero: String, prorated: String
        package var critical: String, band: String, yes: String, no: String, unknown: String
        package var everyCompletion: String, fillRule: String, holds: String, incomplete: String, notScored: String
        package var recommend: String, carriedOut: String, atLeast: String, becauseBand: String, becauseCritical: String, outcome: String
        package var outcomes: [Outcome: String]
    }

    package static let words: [Locale: Words] = [
        .en: Words(age: "Age: {0} ({1}); {2} is for {3}", chronological: "chronological", corrected: "corrected for prematurity",
                   answer: "{0}: {1} → points: {2}", noAnswer: "no answer",
                   passed: "{0}: passed at {1}, so counted as {2}",
                   score: "Score {0} = {1} = {2}", countedAsZero: "; {0} without an answer counted as 0, as the instrument's rule says",
                   prorated: "; {0} without an answer prorated from the answered ones",
                   critical: "Critical finding {0}: {1} → {2}", band: "Band {0}: {1} → {2}",
                   yes: "yes", no: "no", unknown: "unknown: depends on unanswered items",
                   everyCompletion: "Every way of answering the unanswered items tried; bands still possible: {0}",
                   fillRule: "The instrument's fill rule gives {0}, but answering the {1} left could change it",
                   holds: "Band {0} stands whatever the {1} without an answer would have been",
                   incomplete: "Incomplete: {0}", notScored: "Not scored: {0}",
                   recommend: "Referral: {0} ({1}), because of {2}", carriedOut: "Referral: {0}, carried out in this visit by {1}", atLeast: ", the least every band still possible calls for", becauseBand: "band {0}", becauseCritical: "critical finding {0}",
                   outcome: "Outcome: {0}",
                   outcomes: [.refer: "refer", .followUp: "follow up", .incomplete: "incomplete", .monitor: "monitor", .noConcern: "no concern"]),
        .az: Words(age: "Yaş: {0} ({1}); {2} {3} üçündür", chronological: "təqvim yaşı", corrected: "vaxtından əvvəl doğuşa görə düzəldilmiş",
                   answer: "{0}: {1} → bal: {2}", noAnswer: "cavab yoxdur",
                   passed: "{0}: {1} mərhələsində keçib, ona görə {2} kimi sayılır",
                   score: "Bal {0} = {1} = {2}", countedAsZero: "; cavabsız {0} alətin qaydasına görə 0 sayıldı",
                   prorated: "; cavabsız {0} cavablananlara görə proporsional hesablandı",
                   critical: "Kritik tapıntı {0}: {1} → {2}", band: "Risk qrupu {0}: {1} → {2}",
                   yes: "bəli", no: "xeyr", unknown: "naməlum: cavabsız suallardan asılıdır",
                   everyCompletion: "Cavabsız sualların bütün cavab variantları yoxlanıldı; mümkün risk qrupları: {0}",
                   fillRule: "Alətin doldurma qaydası {0} verir, amma qalan {1} cavablandırılsa, nəticə dəyişə bilər",
                   holds: "{0} risk qrupu cavabsız {1} necə cavablandırılsa da dəyişmir",
                   incomplete: "Natamam: {0}", notScored: "Qiymətləndirilmədi: {0}",
                   recommend: "Yönləndirmə: {0} ({1}), səbəb: {2}", carriedOut: "Yönləndirmə: {0}, bu vizitdə {1} ilə yerinə yetirildi", atLeast: "; bu, mümkün risk qruplarının hamısının tələb etdiyi minimumdur", becauseBand: "risk qrupu {0}", becauseCritical: "kritik tapıntı {0}",
                   outcome: "Nəticə: {0}",
                   outcomes: [.refer: "yönləndirin", .followUp: "təqib edin", .incomplete: "natamam", .monitor: "müşahidə edin", .noConcern: "narahatlıq yoxdur"]),
        .ru: Words(age: "Возраст: {0} ({1}); {2} рассчитан на {3}", chronological: "хронологический", corrected: "с поправкой на недоношенность",
                   answer: "{0}: {1} → баллы: {2}", noAnswer: "нет ответа",
                   passed: "{0}: пройден на этапе {1}, поэтому засчитан как {2}",
                   score: "Балл {0} = {1} = {2}", countedAsZero: "; без ответа {0}, по правилу инструмента засчитано 0",
                   prorated: "; без ответа {0}, пересчитано пропорционально отвеченным",
                   critical: "Критическая находка {0}: {1} → {2}", band: "Группа риска {0}: {1} → {2}",
                   yes: "да", no: "нет", unknown: "неизвестно: зависит от вопросов без ответа",
                   everyCompletion: "Перебраны все варианты ответов на пропущенные вопросы; возможные группы риска: {0}",
                   fillRule: "Правило заполнения инструмента даёт {0}, но ответы на оставшиеся ({1}) могут это изменить",
                   holds: "Группа риска {0} не зависит от ответов на пропущенные вопросы ({1})",
                   incomplete: "Не завершено: {0}", notScored: "Не оценено: {0}",
                   recommend: "Направление: {0} ({1}), причина: {2}", carriedOut: "Направление: {0}, выполнено в этом визите: {1}", atLeast: "; это минимум, которого требует любая из возможных групп риска", becauseBand: "группа риска {0}", becauseCritical: "критическая находка {0}",
                   outcome: "Итог: {0}",
                   outcomes: [.refer: "направить", .followUp: "дообследовать", .incomplete: "неполный", .monitor: "наблюдать", .noConcern: "без опасений"]),
    ]

    /// The step as one line in `locale`.
    package static func line(_ step: ExplanationStep, _ locale: Locale) -> String {
        let w = words[locale]!
        func fill(_ t: String, _ args: String...) -> String { WarningText.Template(t).fill(args) }
        func name(_ n: ExplanationStep.Name) -> String { n.title.isEmpty ? n.id : "\(n.title[locale]) (\(n.id))" }
        func item(_ i: ExplanationStep.ItemName) -> String { "\(i.number). \(i.label[locale]) (\(i.id))" }
        func title(_ n: ExplanationStep.Name) -> String { n.title.isEmpty ? n.id : n.title[locale] }
        func truth(_ t: Truth) -> String { t == .yes ? w.yes : t == .no ? w.no : w.unknown }
        switch step {
        case let .age(months, corrected, instrument, ages):
            return fill(w.age, Plural.months(months, locale), corrected ? w.corrected : w.chronological, name(instrument), ages.description(locale))
        case let .passedAtFirstStage(i, firstStage, countsAs):
            return fill(w.passed, item(i), name(firstStage), countsAs[locale])
        case let .answer(i, options, points):
            return fill(w.answer, item(i), options.isEmpty ? w.noAnswer : options.map { $0[locale] }.joined(separator: " + "), points.description)
        case let .score(s, rule, value, filled):
            var note = ""
            switch filled {
            case .countedAsZero(let items)?:
                note = fill(w.countedAsZero, Plural.items(items.count, locale) + " (" + items.map { "\($0.number)" }.joined(separator: ", ") + ")")
            case .prorated(let missing)?:
                note = fill(w.prorated, Plural.items(missing, locale))
            case nil: break
            }
            return fill(w.score, name(s), rule, value.description) + note
        case let .critical(c, rule, value):
            return fill(w.critical, name(c), rule, truth(value))
        case let .band(b, rule, value):
            return fill(w.band, name(b), rule, truth(value))
        case .everyCompletionTried(let bands):
            return fill(w.everyCompletion, bands.map(name).joined(separator: ", "))
        case let .fillRuleCannotReassure(band, missing):
            return fill(w.fillRule, name(band), Plural.items(missing, locale))
        case let .holdsForAnyMissing(band, missing):
            return fill(w.holds, name(band), Plural.items(missing, locale))
        case .incomplete(let reason):
            return fill(w.incomplete, reason)
        case .notScored(let reason):
            return fill(w.notScored, reason)
        case let .recommend(referral, urgency, because, critical, atLeast):
            return fill(w.recommend, title(referral), title(urgency),
                        fill(critical ? w.becauseCritical : w.becauseBand, name(because))) + (atLeast ? w.atLeast : "")
        case let .carriedOut(referral, by):
            return fill(w.carriedOut, title(referral), name(by))
        case .outcome(let o):
            return fill(w.outcome, w.outcomes[o]!)
        }
    }
}
