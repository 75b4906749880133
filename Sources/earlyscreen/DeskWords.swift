import EarlyScreen
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

/// Everything `administer` says to staff, in their language: prompts, notices and errors alike.
struct DeskWords {
    var help, notValidated, notThisAge, stageSkipped, saved, paused, nothingDue: String
    var child, age, beforeTerm, corrected, plan, ifNeeded, summaries, atFirst, wasSkipped: String
    var needBirthDate, badGestation, visitBeforeBirth, notAVisit: String
    var monthForms, dayForms, itemForms: [String]
    var locale: Locale
    var templates: [String: String]

    func fill(_ key: String, _ args: Any...) -> String {
        var s = templates[key]!
        for (i, a) in args.enumerated() { s = s.replacing("{\(i)}", with: "\(a)") }
        return s
    }
    func months(_ n: Int) -> String { Plural.count(n, locale, monthForms) }
    func days(_ n: Int) -> String { Plural.count(n, locale, dayForms) }
    func items(_ n: Int) -> String { Plural.count(n, locale, itemForms) }
    func badDate(_ flag: String, _ s: String) -> String { fill("badDate", flag, s) }
    func badChild(_ s: String) -> String { fill("badChild", s) }
    func tooOld(_ m: Int, _ max: Int) -> String { fill("tooOld", months(m), months(max)) }
    func unknownInstrument(_ id: String, _ list: String) -> String { fill("unknownInstrument", id, list) }
    func nothingToAsk(_ m: Int) -> String { fill("nothingToAsk", months(m)) }
    func outExists(_ p: String) -> String { fill("outExists", p) }
    func cannotWrite(_ p: String) -> String { fill("cannotWrite", p) }
    func cannotRead(_ p: String) -> String { fill("cannotRead", p) }
    func badVisit(_ p: String, _ why: String) -> String { fill("badVisit", p, why) }
    func cannotScore(_ why: String) -> String { fill("cannotScore", why) }
    func answered(_ n: Int) -> String { fill("answered", items(n)) }
    func askingSkipped(_ n: Int) -> String { fill("askingSkipped", items(n)) }
    func now(_ shown: String) -> String { fill("now", shown) }
    func notAnOption(_ count: Int, _ ids: String, _ many: Bool) -> String {
        fill(many ? "notAnOptionMany" : "notAnOption", count == 1 ? "1" : "1–\(count)", ids)
    }

    static let all: [Locale: DeskWords] = [
        .en: DeskWords(
            help: "Answer with the number or the option's id; Enter keeps an answer shown; b = back, s = skip, q = save and stop.",
            notValidated: "(translation not validated)", notThisAge: "not for this age; not asked", stageSkipped: "not needed after the first stage",
            saved: "Visit saved to", paused: "Stopped. What was entered is saved in", nothingDue: "Nothing is due at this age; asking every instrument valid for it.",
            child: "Child", age: "age", beforeTerm: "before term-equivalent age, reached on", corrected: "corrected for prematurity",
            plan: "To ask", ifNeeded: "only if the first stage calls for it",
            summaries: "The texts shown are short summaries for staff, not the questionnaire's wording: ask the parent in the instrument's own words.",
            atFirst: "This is the first question.", wasSkipped: "(skipped before)",
            needBirthDate: "--birth-date YYYY-MM-DD is required (or --resume FILE)", badGestation: "--gestational-age must be 22–44 weeks",
            visitBeforeBirth: "the visit date is before the birth date", notAVisit: "not a saved visit",
            monthForms: ["month", "months"], dayForms: ["day", "days"], itemForms: ["item", "items"], locale: .en,
            templates: [
                "badDate": "{0} {1} is not a real date (YYYY-MM-DD)",
                "badChild": "--child {0}: use letters, digits, - and _ only (at most 64)",
                "tooOld": "the child is {0} old; earlyscreen screens children up to {1}",
                "unknownInstrument": "no instrument \"{0}\"; the set has {1}",
                "nothingToAsk": "nothing to ask: no instrument of the set is for this age ({0}); no visit was saved",
                "outExists": "{0} already holds a visit; continue it with --resume {0}, or choose another --out",
                "cannotWrite": "cannot write {0}: check the folder exists and is writable",
                "cannotRead": "cannot read {0}",
                "badVisit": "{0} is not a saved visit: {1}",
                "cannotScore": "the visit could not be scored: {0}",
                "answered": "{0} answered",
                "askingSkipped": "{0} skipped: asking again (s leaves one unanswered).",
                "now": "answered: {0} (Enter keeps it)",
                "notAnOption": "Not an answer here. Type {0} or an option ({1}); b, s or q.",
                "notAnOptionMany": "Not an answer here. Type {0} or an option ({1}), several with commas (1,3); b, s or q.",
            ]),
        .az: DeskWords(
            help: "Nömrə və ya cavabın id-si ilə cavab verin; Enter göstərilən cavabı saxlayır; b = geri, s = keç, q = saxla və dayan.",
            notValidated: "(tərcümə təsdiqlənməyib)", notThisAge: "bu yaş üçün deyil; soruşulmur", stageSkipped: "birinci mərhələdən sonra lazım deyil",
            saved: "Vizit saxlanıldı:", paused: "Dayandırıldı. Daxil edilənlər saxlanıldı:", nothingDue: "Bu yaşda skrininq vaxtı deyil; bu yaş üçün bütün alətlər soruşulur.",
            child: "Uşaq", age: "yaş", beforeTerm: "gözlənilən doğuş yaşından əvvəl; həmin yaşa çatır:", corrected: "vaxtından əvvəl doğuşa görə düzəldilmiş",
            plan: "Soruşulacaq", ifNeeded: "yalnız birinci mərhələ tələb etsə",
            summaries: "Göstərilən mətnlər işçilər üçün qısa xülasədir, sorğunun öz mətni deyil: valideyndən alətin öz sözləri ilə soruşun.",
            atFirst: "Bu, birinci sualdır.", wasSkipped: "(əvvəl keçilib)",
            needBirthDate: "--birth-date YYYY-MM-DD tələb olunur (və ya --resume FAYL)", badGestation: "--gestational-age 22–44 həftə olmalıdır",
            visitBeforeBirth: "vizit tarixi doğum tarixindən əvvəldir", notAVisit: "saxlanılmış vizit deyil",
            monthForms: ["ay"], dayForms: ["gün"], itemForms: ["sual"], locale: .az,
            templates: [
                "badDate": "{0} {1} real tarix deyil (İİİİ-AA-GG)",
                "badChild": "--child {0}: yalnız hərf, rəqəm, - və _ (ən çox 64)",
                "tooOld": "uşağın yaşı {0}; earlyscreen {1}a qədər uşaqları skrininq edir",
                "unknownInstrument": "\"{0}\" adlı alət yoxdur; dəstdə bunlar var: {1}",
                "nothingToAsk": "soruşulacaq heç nə yoxdur: dəstin heç bir aləti bu yaş ({0}) üçün deyil; vizit saxlanılmadı",
                "outExists": "{0} faylında artıq vizit var; onu --resume {0} ilə davam etdirin və ya başqa --out seçin",
                "cannotWrite": "{0} yazıla bilmir: qovluğun mövcud və yazıla bilən olduğunu yoxlayın",
                "cannotRead": "{0} oxuna bilmir",
                "badVisit": "{0} saxlanılmış vizit deyil: {1}",
                "cannotScore": "vizit qiymətləndirilə bilmədi: {0}",
                "answered": "{0} cavablandırılıb",
                "askingSkipped": "{0} keçilib: yenidən soruşulur (s cavabsız saxlayır).",
                "now": "cavab: {0} (Enter saxlayır)",
                "notAnOption": "Belə cavab yoxdur. {0} və ya cavabın id-sini ({1}) yazın; b, s və ya q.",
                "notAnOptionMany": "Belə cavab yoxdur. {0} və ya cavabın id-sini ({1}) yazın, bir neçəsini vergüllə (1,3); b, s və ya q.",
            ]),
        .ru: DeskWords(
            help: "Ответьте номером или id варианта; Enter оставляет показанный ответ; b = назад, s = пропустить, q = сохранить и остановиться (можно и в русской раскладке: и, ы, й).",
            notValidated: "(перевод не валидирован)", notThisAge: "не для этого возраста; не задаётся", stageSkipped: "не нужен после первого этапа",
            saved: "Визит сохранён в", paused: "Остановлено. Введённое сохранено в", nothingDue: "В этом возрасте скрининг не запланирован; задаются все подходящие инструменты.",
            child: "Ребёнок", age: "возраст", beforeTerm: "до доношенного возраста, который наступит", corrected: "с поправкой на недоношенность",
            plan: "Будет задано", ifNeeded: "только если этого требует первый этап",
            summaries: "Показанные тексты — краткие пересказы для персонала, а не формулировки опросника: спрашивайте родителя словами самого инструмента.",
            atFirst: "Это первый вопрос.", wasSkipped: "(ранее пропущен)",
            needBirthDate: "нужна --birth-date ГГГГ-ММ-ДД (или --resume ФАЙЛ)", badGestation: "--gestational-age должен быть от 22 до 44 недель",
            visitBeforeBirth: "дата визита раньше даты рождения", notAVisit: "это не сохранённый визит",
            monthForms: ["месяц", "месяца", "месяцев"], dayForms: ["день", "дня", "дней"], itemForms: ["вопрос", "вопроса", "вопросов"], locale: .ru,
            templates: [
                "badDate": "{0} {1} — несуществующая дата (ГГГГ-ММ-ДД)",
                "badChild": "--child {0}: только буквы, цифры, - и _ (не длиннее 64)",
                "tooOld": "ребёнку {0}; earlyscreen проводит скрининг детей до {1}",
                "unknownInstrument": "нет инструмента «{0}»; в наборе: {1}",
                "nothingToAsk": "задавать нечего: ни один инструмент набора не предназначен для этого возраста ({0}); визит не сохранён",
                "outExists": "в {0} уже есть визит; продолжите его с --resume {0} или выберите другой --out",
                "cannotWrite": "не удаётся записать {0}: проверьте, что папка существует и доступна для записи",
                "cannotRead": "не удаётся прочитать {0}",
                "badVisit": "{0} — не сохранённый визит: {1}",
                "cannotScore": "визит не удалось оценить: {0}",
                "answered": "отвечено: {0}",
                "askingSkipped": "Пропущено: {0}; задаём ещё раз (s оставляет без ответа).",
                "now": "ответ: {0} (Enter оставляет его)",
                "notAnOption": "Такого ответа нет. Введите {0} или id варианта ({1}); b, s или q.",
                "notAnOptionMany": "Такого ответа нет. Введите {0} или id варианта ({1}), несколько через запятую (1,3); b, s или q.",
            ]),
    ]
}
