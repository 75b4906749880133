import ESSource
import ESExpr
import ESModel
import Synchronization
/// The words of every warning, in each locale: a warning is made from its code and arguments here,
/// so a result's texts (warnings included) are in the request's language.
package enum WarningText {
    /// Templates by key; {0}, {1}… are the arguments.
    package static let templates: [String: [Locale: String]] = [
        "corrected_age": [
            .en: "{0}: the age corrected for prematurity was used: {1}",
            .az: "{0}: vaxtından əvvəl doğuşa görə düzəldilmiş yaş istifadə olundu: {1}",
            .ru: "{0}: использован возраст с поправкой на недоношенность: {1}",
        ],
        "corrected_age_schedule": [
            .en: "the child's developmental screenings count from the due date {0} (born at {1} weeks)",
            .az: "uşağın inkişaf skrininqləri gözlənilən doğuş tarixindən hesablanır: {0} ({1} həftədə doğulub)",
            .ru: "скрининги развития считаются от предполагаемой даты родов {0} (рождён на {1} неделе)",
        ],
        "form_picked": [
            .en: "{0}: the form for {3} is used (age {2})",
            .az: "{0}: {3} üçün forma istifadə olunur (yaş {2})",
            .ru: "{0}: используется форма для возраста {3} (возраст {2})",
        ],
        "form_age_mismatch": [
            .en: "the form of {0} given is for {2}, but the child is {3} old",
            .az: "{0} alətinin verilmiş forması {2} üçündür, uşağın yaşı isə {3}",
            .ru: "указанная форма {0} рассчитана на {2}, а ребёнку {3}",
        ],
        "translation_not_validated": [
            .en: "the {1} texts of {0} are a draft translation, not validated",
            .az: "{0}: {1} mətnləri təsdiqlənməmiş tərcümədir",
            .ru: "{0}: тексты на языке {1} — черновой перевод, не валидирован",
        ],
        "translation_missing": [
            .en: "{0} has no {1} texts; English is shown",
            .az: "{0}: {1} mətnləri yoxdur; ingiliscə göstərilir",
            .ru: "{0}: нет текстов на языке {1}; показан английский",
        ],
        "missing_counted_as_zero": [
            .en: "{0}: {1} without an answer in {2} counted as 0 points, as the instrument's scoring rule says",
            .az: "{0}: {2} üzrə cavabsız {1} alətin qaydasına görə 0 bal sayıldı",
            .ru: "{0}: в разделе «{2}» без ответа {1}; по правилу инструмента засчитано как 0 баллов",
        ],
        "missing_prorated": [
            .en: "{0}: {1} prorated for {2} without an answer",
            .az: "{0}: {1} cavabsız {2} üçün proporsional hesablandı",
            .ru: "{0}: «{1}» пересчитан пропорционально (без ответа: {2})",
        ],
        "several_ticked": [
            .en: "{0}: several answers ticked on {1}; the most concerning one is scored, as the instrument's rule says",
            .az: "{0}: {1} sualında bir neçə cavab qeyd olunub; qaydaya görə ən narahatedici cavab hesablandı",
            .ru: "{0}: в вопросе «{1}» отмечено несколько ответов; по правилу инструмента учтён самый тревожный",
        ],
        "stage_item_passed": [
            .en: "{0}: {1} passed at {2}, yet has a follow-up answer; the answer given is used",
            .az: "{0}: «{1}» {2} mərhələsində keçib, amma təqib cavabı var; verilən cavab istifadə olunur",
            .ru: "{0}: «{1}» пройден на этапе «{2}», но есть ответ уточнения; используется данный ответ",
        ],
        "cutoffs_secondary": [
            .en: "{0}: the cut-offs come from agreeing secondary sources, not the official scoring guide; confirm them before relying on them",
            .az: "{0}: hədd dəyərləri rəsmi qiymətləndirmə bələdçisindən deyil, bir-birinə uyğun ikinci dərəcəli mənbələrdəndir; istifadədən əvvəl təsdiqləyin",
            .ru: "{0}: пороговые значения взяты из согласующихся вторичных источников, а не из официального руководства; подтвердите их перед использованием",
        ],
        "first_stage_absent": [
            .en: "{0} was recorded without {1} in this request: it is scored as given, every item counting as asked",
            .az: "{0} bu sorğuda {1} olmadan qeyd olunub: verildiyi kimi qiymətləndirilir, bütün suallar soruşulmuş sayılır",
            .ru: "{0} записан без {1} в этом запросе: оценён как есть, все вопросы считаются заданными",
        ],
        // Reasons a response was not scored or not decided (InstrumentResult.reason), by reason code.
        "reason.out_of_age_range": [
            .en: "not valid at the age of {0}: it is for {1}; the answers are not scored",
            .az: "{0} yaşda etibarlı deyil: {1} üçündür; cavablar qiymətləndirilmir",
            .ru: "не применим в возрасте {0}: рассчитан на {1}; ответы не оцениваются",
        ],
        "reason.out_of_age_range_corrected": [
            .en: "not valid at the corrected age of {0}: it is for {1}; the answers are not scored",
            .az: "{0} düzəldilmiş yaşda etibarlı deyil: {1} üçündür; cavablar qiymətləndirilmir",
            .ru: "не применим в скорректированном возрасте {0}: рассчитан на {1}; ответы не оцениваются",
        ],
        "reason.before_term": [
            .en: "the baby has not reached term-equivalent age ({0} weeks {1} days to go, on {2}); this screen counts from term",
            .az: "körpə hələ vaxtında doğuş yaşına çatmayıb ({2} tarixinədək {0} həftə {1} gün qalıb); bu skrininq həmin tarixdən hesablanır",
            .ru: "ребёнок ещё не достиг срока доношенности (осталось {0} нед. {1} дн., до {2}); этот скрининг считается от этой даты",
        ],
        "reason.not_needed": [
            .en: "not needed: {0} gave {1}",
            .az: "lazım deyil: {0} nəticəsi — {1}",
            .ru: "не требуется: результат «{0}» — {1}",
        ],
        "reason.first_stage_open": [
            .en: "{0} is not finished, so it is not known whether this stage is needed",
            .az: "{0} tamamlanmayıb, ona görə bu mərhələnin lazım olub-olmadığı məlum deyil",
            .ru: "«{0}» не завершён, поэтому неизвестно, нужен ли этот этап",
        ],
        "reason.wrong_form": [
            .en: "the form given is for {1}, but the child is {2} old: a list for another age cannot show that all is well; use the form for {3}",
            .az: "verilmiş forma {1} üçündür, uşağın yaşı isə {2}: başqa yaş üçün olan siyahı hər şeyin qaydasında olduğunu göstərə bilməz; {3} üçün formadan istifadə edin",
            .ru: "указанная форма рассчитана на {1}, а ребёнку {2}: список для другого возраста не может показать, что всё в порядке; используйте форму для {3}",
        ],
        "reason.too_few_answered": [
            .en: "only {0} of {1} items answered; at least {2} are needed before the result can be reassuring",
            .az: "{1} sualdan yalnız {0} cavablandırılıb; nəticənin narahatlıq yoxdur deməsi üçün ən azı {2} lazımdır",
            .ru: "отвечено только на {0} из {1} вопросов; чтобы результат мог быть успокаивающим, нужно не меньше {2}",
        ],
        "reason.critical_open": [
            .en: "unanswered items decide whether this needs action today: {0}",
            .az: "cavabsız suallar bu gün tədbir lazım olub-olmadığını həll edir: {0}",
            .ru: "от вопросов без ответа зависит, нужны ли меры сегодня: {0}",
        ],
        "reason.band_open": [
            .en: "unanswered items decide the result; it could be: {0}",
            .az: "nəticə cavabsız suallardan asılıdır; ola bilər: {0}",
            .ru: "результат зависит от вопросов без ответа; возможно: {0}",
        ],
        "reason.score_undefined": [
            .en: "a score could not be computed (a division by zero): {0}",
            .az: "bal hesablana bilmədi (sıfıra bölmə): {0}",
            .ru: "балл не удалось вычислить (деление на ноль): {0}",
        ],
        "reason.no_band": [
            .en: "no band matched",
            .az: "heç bir qrupa uyğun gəlmədi",
            .ru: "ни одна группа не подошла",
        ],
        "division_by_zero": [
            .en: "{0}: a score divided by zero; its value is unknown",
            .az: "{0}: bal sıfıra bölündü; dəyəri məlum deyil",
            .ru: "{0}: в расчёте балла деление на ноль; значение неизвестно",
        ],
    ]

    /// A sentence from a template, in the locale (English when it has none). Every key is
    /// checked by a test, so the fallback to the key itself is never shown.
    package static func text(_ key: String, _ args: [String], _ locale: Locale) -> String {
        guard let forms = compiled[key], let t = forms[locale] ?? forms[.en] else { return key }
        return t.fill(args)
    }

    /// Why a response is not scored, in the locale; `corrected`: the age is corrected for prematurity.
    package static func reason(_ code: InstrumentResult.ReasonCode, corrected: Bool = false, _ args: [String], _ locale: Locale) -> String {
        let keys = reasonKeys[code]!
        return text(corrected ? keys.corrected : keys.plain, args, locale)
    }

    /// Why a response outside its instrument's ages is not scored. The text depends only on these
    /// five values, and a stream gives the same few on line after line (the mixed stream: one or
    /// two instruments out of range on every line, each text several thousand instructions to
    /// make), so each text is made once and shared by the threads.
    package static func outOfRange(months: Int, window: AgeWindow, corrected: Bool, locale: Locale) -> String {
        let key = OutOfRangeKey(months: months, minMonths: window.minMonths, maxMonths: window.maxMonths, corrected: corrected, locale: locale)
        if let made = outOfRangeMade.withLock({ $0[key] }) { return made }
        let text = reason(.outOfAgeRange, corrected: corrected, [Plural.months(months, locale), window.description(locale)], locale)
        outOfRangeMade.withLock { if $0.count < maxOutOfRangeMade { $0[key] = text } }
        return text
    }

    struct OutOfRangeKey: Hashable {
        let months, minMonths, maxMonths: Int
        let corrected: Bool
        let locale: Locale
    }

    /// Enough for every age to 25 years against every window of a set; past it, texts are made
    /// each time rather than kept.
    static let maxOutOfRangeMade = 8192
    static let outOfRangeMade = Mutex<[OutOfRangeKey: String]>([:])

    /// Each reason's template keys, made once rather than joined per result.
    static let reasonKeys: [InstrumentResult.ReasonCode: (plain: String, corrected: String)] =
        Dictionary(uniqueKeysWithValues: InstrumentResult.ReasonCode.allCases.map { ($0, ("reason." + $0.rawValue, "reason." + $0.rawValue + "_corrected")) })

    /// The template keys that are neither a warning code nor a reason: other wordings of a warning.
    package static let variants: Set<String> = ["corrected_age_schedule"]

    /// The referral catalog's name in each locale (it takes an instrument's place in some warnings).
    package static let catalog: [Locale: String] = [.en: "referral catalog", .az: "yönləndirmə kataloqu", .ru: "каталог направлений"]

    /// `template`: another wording of the same warning (corrected_age_schedule in a schedule).
    package static func make(_ code: Warning.Code, _ args: [String], instrument: String?, locale: Locale, template: String? = nil) -> Warning {
        Warning(code: code, message: text(template ?? code.rawValue, args, locale), instrument: instrument)
    }

    /// The templates split once into text and argument slots: a stream in az or ru makes warnings
    /// on every line, and searching each template for "{0}", "{1}"… per line (Unicode-aware
    /// substring search) was a third of the time of `evaluate --lines`.
    package static let compiled: [String: [Locale: Template]] = templates.mapValues { $0.mapValues(Template.init) }

    package struct Template {
        /// Alternating text and slots: `.text("form ")`, `.slot(1)`, `.text(" of ")`…
        package enum Piece { case text(String), slot(Int) }
        package let pieces: [Piece]

        package init(_ source: String) {
            var pieces: [Piece] = []
            var text: [UInt8] = []
            let bytes = Array(source.utf8)
            var i = 0
            while i < bytes.count {
                // "{k}" with a single digit k; templates have at most four arguments.
                if bytes[i] == UInt8(ascii: "{"), i + 2 < bytes.count, bytes[i + 2] == UInt8(ascii: "}"),
                   (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i + 1]) {
                    if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))); text = [] }
                    pieces.append(.slot(Int(bytes[i + 1] - UInt8(ascii: "0"))))
                    i += 3
                } else {
                    text.append(bytes[i])
                    i += 1
                }
            }
            if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))) }
            self.pieces = pieces
        }

        package func fill(_ args: [String]) -> String {
            var out = ""
            // Room for the whole text first: one allocation, not one per growth.
            var length = 0
            for p in pieces {
                switch p {
                case .text(let t): length += t.utf8.count
                case .slot(let k): length += k < args.count ? args[k].utf8.count : 4
                }
            }
            out.reserveCapacity(length)
            for p in pieces {
                switch p {
                case .text(let t): out += t
                case .slot(let k): out += k < args.count ? args[k] : "{\(k)}"
                }
            }
            return out
        }
    }
}
