import ESSource
import ESExpr
extension LocalizedText {
    /// The locales every shipped text comes in. A text missing in a locale falls back to English.
    public enum Locale: String, Sendable, CaseIterable, Comparable {
        case en, az, ru
        public static func < (a: Locale, b: Locale) -> Bool { a.rawValue < b.rawValue }
    }
}

package typealias Locale = LocalizedText.Locale

/// Whether a locale's texts in a file may be used as they are.
package enum TranslationStatus: String, Sendable, CaseIterable {
    /// The language the file's texts were written in.
    case source
    case validated
    /// A draft: usable, but a result that shows it carries a warning.
    case notValidated = "not_validated"
}

/// A text in several locales, with English as the fallback.
public struct LocalizedText: Sendable, Hashable {
    public package(set) var texts: [LocalizedText.Locale: String]

    public init(_ texts: [LocalizedText.Locale: String]) { self.texts = texts }

    public static let empty = LocalizedText([:])

    /// The text in `locale`, or the English one; `fellBack` says which happened.
    public func resolve(_ locale: LocalizedText.Locale) -> (text: String, fellBack: Bool) {
        if let t = texts[locale] { return (t, false) }
        return (texts[.en] ?? texts.values.first ?? "", true)
    }

    public subscript(locale: LocalizedText.Locale) -> String { resolve(locale).text }
}
