import ESSource
import ESExpr
extension LocalizedText {
    /// The locales every shipped text comes in. A text missing in a locale falls back to English.
    public enum Locale: String, Sendable, CaseIterable, Comparable {
        case en, az, ru
        public static func < (a: Locale, b: Locale) -> Bool { a.rawValue < b.rawValue }

        /// The locale's place in per-locale tables (a text's, the evaluator's); English first.
        package var slot: Int {
            switch self {
            case .en: 0
            case .az: 1
            case .ru: 2
            }
        }
        package static let bySlot: [Locale] = [.en, .az, .ru]
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
    /// The text in each locale, by `Locale.slot`: a result reads a title or two per evaluation,
    /// and indexing beats hashing the locale. Empty for a text in no locale.
    private var slots: [String?]

    public package(set) var texts: [LocalizedText.Locale: String] {
        get {
            var out: [LocalizedText.Locale: String] = [:]
            for (k, t) in slots.enumerated() { if let t { out[Locale.bySlot[k]] = t } }
            return out
        }
        set { slots = Self.slots(newValue) }
    }

    public init(_ texts: [LocalizedText.Locale: String]) { slots = Self.slots(texts) }

    /// No text in any locale: asked before showing a title or an id, without making `texts`.
    package var isEmpty: Bool { slots.isEmpty }

    private static func slots(_ texts: [LocalizedText.Locale: String]) -> [String?] {
        texts.isEmpty ? [] : Locale.bySlot.map { texts[$0] }
    }

    public static let empty = LocalizedText([:])

    /// The text in `locale`, or the English one (or, lacking that, the first there is); `fellBack`
    /// says which happened.
    public func resolve(_ locale: LocalizedText.Locale) -> (text: String, fellBack: Bool) {
        if slots.isEmpty { return ("", true) }
        if let t = slots[locale.slot] { return (t, false) }
        return (slots[0] ?? slots.lazy.compactMap { $0 }.first ?? "", true)
    }

    public subscript(locale: LocalizedText.Locale) -> String { resolve(locale).text }
}
