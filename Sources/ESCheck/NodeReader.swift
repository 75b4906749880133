import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
/// Reads a YAML mapping by the keys the format allows at that place, collecting diagnostics.
///
/// Every key must be consumed or declared known; `finish()` reports the rest as unknown keys with
/// a "did you mean" hint. Scalars are converted by the type expected at that place.
package struct MapReader {
    package let node: YAMLNode
    package let pairs: [YAMLPair]
    package let kind: FormatKeys.Kind
    /// The keys this kind of mapping allows (FormatKeys, which the JSON Schema is generated from).
    package let allowed: [String]
    package var what: String { kind.what }

    /// nil (after reporting) when `node` is not a mapping.
    package init?(_ node: YAMLNode, _ kind: FormatKeys.Kind, _ d: inout DiagnosticBag) {
        guard case .mapping(let pairs) = node.kind else {
            d.error(.checkType, "\(kind.what) must be a mapping (key: value lines), found \(node.kindName)", at: node.location)
            return nil
        }
        self.node = node
        self.pairs = pairs
        self.kind = kind
        allowed = FormatKeys.names(kind)
    }

    package var location: SourceLocation { node.location }
    package var keys: [String] { pairs.map(\.name) }

    package func value(_ key: String) -> YAMLNode? {
        assert(allowed.contains(key), "the loader reads \(key) in \(kind), which FormatKeys does not list")
        return pairs.first { $0.name == key }?.value
    }

    /// The value, or an error naming the missing key.
    package func required(_ key: String, _ d: inout DiagnosticBag) -> YAMLNode? {
        if let v = value(key) { return v }
        // A misspelt key ("titel") is reported once, as unknown with its correction, by `finish`.
        if pairs.contains(where: { !allowed.contains($0.name) && Suggestion.closest(to: $0.name, in: [key]) != nil }) { return nil }
        d.error(.checkMissingKey, "\(what) needs the key \"\(key)\"", at: node.location)
        return nil
    }

    /// The mapping's `id`, checked as an id; its absence is an error (every kind with an id needs it).
    package func id(_ what: String, _ d: inout DiagnosticBag, allowHyphen: Bool) -> String? {
        guard let v = required("id", &d) else { return nil }
        return Scalars.id(v, what, &d, allowHyphen: allowHyphen)
    }

    package func string(_ key: String, _ d: inout DiagnosticBag, required: Bool = true) -> String? {
        guard let v = required ? self.required(key, &d) : value(key) else { return nil }
        return Scalars.string(v, "\(key)", &d)
    }

    package func int(_ key: String, _ d: inout DiagnosticBag, required: Bool = true) -> Int? {
        guard let v = required ? self.required(key, &d) : value(key) else { return nil }
        return Scalars.int(v, key, &d)
    }

    package func bool(_ key: String, _ d: inout DiagnosticBag) -> Bool? {
        guard let v = value(key) else { return nil }
        return Scalars.bool(v, key, &d)
    }

    package func list(_ key: String, _ d: inout DiagnosticBag, required: Bool = false) -> [YAMLNode]? {
        guard let v = required ? self.required(key, &d) : value(key) else { return nil }
        guard case .sequence(let xs) = v.kind else {
            d.error(.checkType, "\(key) must be a list (lines starting with \"- \"), found \(v.kindName)", at: v.location)
            return nil
        }
        return xs
    }

    package func text(_ key: String, _ d: inout DiagnosticBag, required: Bool = true) -> LocalizedText? {
        guard let v = required ? self.required(key, &d) : value(key) else { return nil }
        return Scalars.text(v, key, &d)
    }

    /// A key that takes one of a few words: the word, or nil after an error naming them all
    /// ("`key` must be a, b or c").
    package func word(_ key: String, _ words: [String], _ d: inout DiagnosticBag, required: Bool = false) -> String? {
        guard let s = string(key, &d, required: required) else { return nil }
        guard words.contains(s) else {
            let list = words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
            d.error(.checkEnum, "\(key) must be \(list), found \"\(s)\"", at: value(key)!.location)
            return nil
        }
        return s
    }

    /// The file's `format:` must be `expected` ("…; <phrase> <expected>" otherwise).
    package func expectFormat(_ expected: String, _ phrase: String, _ d: inout DiagnosticBag) {
        if let f = string("format", &d), f != expected {
            d.error(.checkFormat, "unknown format \"\(f)\"; \(phrase) \(expected)", at: value("format")!.location)
        }
    }

    /// Reports keys the format does not have here.
    package func finish(_ d: inout DiagnosticBag) {
        for p in pairs where !allowed.contains(p.name) {
            d.error(.checkUnknownKey, "unknown key \"\(p.name)\" in \(what)" + Suggestion.hint(for: p.name, in: allowed), at: p.key.location)
        }
    }
}

/// Scalar conversions by expected type. YAML 1.1 booleans never apply: `no` is a string here.
package enum Scalars {
    package static func string(_ v: YAMLNode, _ key: String, _ d: inout DiagnosticBag) -> String? {
        guard let s = v.scalar, !s.isNull || s.style != .plain else {
            d.error(.checkType, "\(key) must be a text, found \(v.kindName)", at: v.location)
            return nil
        }
        return s.value
    }

    package static func int(_ v: YAMLNode, _ key: String, _ d: inout DiagnosticBag) -> Int? {
        guard let s = v.scalar, s.style == .plain, let n = Int(s.value), s.value.count <= 9 else {
            d.error(.checkType, "\(key) must be a whole number, found \(v.scalar.map { "\"\($0.value)\"" } ?? v.kindName)", at: v.location)
            return nil
        }
        return n
    }

    package static func number(_ v: YAMLNode, _ key: String, _ d: inout DiagnosticBag) -> Double? {
        guard let s = v.scalar, s.style == .plain, let n = Double(s.value), n.isFinite,
              s.value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else {
            d.error(.checkType, "\(key) must be a number, found \(v.scalar.map { "\"\($0.value)\"" } ?? v.kindName)", at: v.location)
            return nil
        }
        return n
    }

    package static func bool(_ v: YAMLNode, _ key: String, _ d: inout DiagnosticBag) -> Bool? {
        guard let s = v.scalar, s.style == .plain, s.value == "true" || s.value == "false" else {
            d.error(.checkType, "\(key) must be true or false, found \(v.scalar.map { "\"\($0.value)\"" } ?? v.kindName)", at: v.location)
            return nil
        }
        return s.value == "true"
    }

    /// A text, either one string (English) or a mapping of locale to text.
    package static func text(_ v: YAMLNode, _ key: String, _ d: inout DiagnosticBag) -> LocalizedText? {
        if let s = v.scalar, !s.isNull {
            return LocalizedText([.en: s.value])
        }
        guard case .mapping(let pairs) = v.kind else {
            d.error(.checkType, "\(key) must be a text or a mapping of locale to text (en:, az:, ru:), found \(v.kindName)", at: v.location)
            return nil
        }
        var texts: [Locale: String] = [:]
        for p in pairs {
            guard let locale = Locale(rawValue: p.name) else {
                // A key with spaces is almost always a text cut at a comma inside {en: ..., az: ...}.
                let cut = p.name.contains(" ") || p.name.unicodeScalars.contains { $0.value > 127 }
                    ? "; this looks like a text cut at a comma: inside { } put a text that contains a comma in quotes"
                    : Suggestion.hint(for: p.name, in: Locale.allCases.map(\.rawValue))
                d.error(.checkUnknownLocale, "unknown locale \"\(p.name)\" in \(key); locales are en, az, ru" + cut, at: p.key.location)
                continue
            }
            if let t = string(p.value, "\(key).\(p.name)", &d) { texts[locale] = t }
        }
        if texts[.en] == nil && !texts.isEmpty {
            d.error(.checkMissingEnglish, "\(key) has no English (en) text; English is the fallback for every locale", at: v.location)
        }
        return LocalizedText(texts)
    }

    /// Ids are part of the public contract: lowercase ASCII letters, digits, `_` and `-`.
    package static func id(_ v: YAMLNode, _ key: String, _ d: inout DiagnosticBag, allowHyphen: Bool) -> String? {
        guard let s = string(v, key, &d) else { return nil }
        let ok = !s.isEmpty && s.count <= 64 && s.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "_" || (allowHyphen && $0 == "-")
        }
        if !ok {
            d.error(.checkBadId, "\(key) \"\(s)\" must be lowercase letters, digits and _\(allowHyphen ? " or -" : "")", at: v.location)
            return nil
        }
        return s
    }
}
