import ESSource
import ESExpr
import ESModel
/// The word form a number takes, by the language's plural rule (CLDR cardinals): English one/other,
/// Russian one/few/many (1 месяц, 2 месяца, 5 месяцев, 21 месяц, 11 месяцев), Azerbaijani one
/// form after a numeral (1 ay, 5 ay).
package enum Plural {
    /// `forms`: en [one, other]; ru [one, few, many]; az [the form].
    package static func pick(_ n: Int, _ locale: Locale, _ forms: [String]) -> String {
        let n = abs(n)
        switch locale {
        case .en: return n == 1 ? forms[0] : forms[1]
        case .az: return forms[0]
        case .ru:
            let ten = n % 10, hundred = n % 100
            if ten == 1 && hundred != 11 { return forms[0] }
            if (2...4).contains(ten) && !(12...14).contains(hundred) { return forms[1] }
            return forms[2]
        }
    }

    /// "5 months", "5 месяцев", "5 ay".
    package static func count(_ n: Int, _ locale: Locale, _ forms: [String]) -> String { "\(n) \(pick(n, locale, forms))" }

    package static let monthForms: [Locale: [String]] = [.en: ["month", "months"], .az: ["ay"], .ru: ["месяц", "месяца", "месяцев"]]
    package static let dayForms: [Locale: [String]] = [.en: ["day", "days"], .az: ["gün"], .ru: ["день", "дня", "дней"]]
    package static let itemForms: [Locale: [String]] = [.en: ["item", "items"], .az: ["sual"], .ru: ["вопрос", "вопроса", "вопросов"]]

    /// "1 month", "21 месяц", "5 ay".
    package static func months(_ n: Int, _ locale: Locale) -> String { count(n, locale, monthForms[locale]!) }
    package static func days(_ n: Int, _ locale: Locale) -> String { count(n, locale, dayForms[locale]!) }
    package static func items(_ n: Int, _ locale: Locale) -> String { count(n, locale, itemForms[locale]!) }
}
