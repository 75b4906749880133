import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
/// Where a deployment's own FHIR artefacts live: canonical URLs of questionnaires and the code
/// systems of local codes (options, scores, bands, referrals) are made under this base.
package struct FHIRBase: Sendable, Hashable {
    package var url: String

    /// A reserved example domain until a deployment names its own (`--fhir-base`, EARLYSCREEN_FHIR_BASE).
    package static let example = FHIRBase(url: "http://example.org/earlyscreen")

    package init(url: String) {
        var u = url
        while u.hasSuffix("/") { u.removeLast() }
        self.url = u
    }

    package func questionnaire(_ id: String) -> String { "\(url)/Questionnaire/\(id)" }
    package func codeSystem(_ name: String) -> String { "\(url)/CodeSystem/\(name)" }
    package var requestIdentifier: String { "\(url)/request-id" }
    package var extensionGestationalAge: String { "\(url)/StructureDefinition/gestational-age-weeks" }
}

/// FHIR R4 (4.0.1) with Structured Data Capture: the instrument as a Questionnaire per age form.
package enum FHIRQuestionnaire {
    package static let translation = "http://hl7.org/fhir/StructureDefinition/translation"
    package static let ordinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
    package static let itemWeight = "http://hl7.org/fhir/StructureDefinition/itemWeight"
    package static let variable = "http://hl7.org/fhir/StructureDefinition/variable"
    package static let calculated = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
    package static let behave = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-behave"

    /// The Questionnaire's id: the instrument id, with the form id when it has age forms.
    package static func id(_ instrument: Instrument, _ form: Form) -> String {
        form.declared ? "\(instrument.id)-\(form.id)" : instrument.id
    }

    /// The linkId of a score's read-only item (item ids never contain a dot).
    package static func scoreLinkID(_ score: String) -> String { "score.\(score)" }

    /// One form's Questionnaire, with `locale` as its language and the other locales as translations.
    package static func export(_ instrument: Instrument, form: Form, locale: Locale, base: FHIRBase, pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 16384)
        write(instrument, form: form, locale: locale, base: base, into: &w)
        return w.bytes
    }

    /// Every form's Questionnaire in a Bundle of type collection.
    package static func exportAll(_ instrument: Instrument, locale: Locale, base: FHIRBase, pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 65536)
        w.beginObject()
        w.key("resourceType"); w.string("Bundle")
        w.key("id"); w.string("\(instrument.id)-forms")
        w.key("type"); w.string("collection")
        w.key("entry"); w.beginArray()
        for form in instrument.forms {
            w.beginObject()
            w.key("fullUrl"); w.string(base.questionnaire(id(instrument, form)))
            w.key("resource")
            write(instrument, form: form, locale: locale, base: base, into: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    package static func write(_ instrument: Instrument, form: Form, locale: Locale, base: FHIRBase, into w: inout JSONWriter) {
        let qid = id(instrument, form)
        let options = base.codeSystem(instrument.id)
        w.beginObject()
        w.key("resourceType"); w.string("Questionnaire")
        w.key("id"); w.string(qid)
        w.key("meta"); w.beginObject(); w.key("profile"); w.beginArray(); w.string(behave); w.endArray(); w.endObject()
        w.key("language"); w.string(locale.rawValue)
        // Each item's points and each score as SDC variables, in dependency order.
        let exported = calculated(form)
        w.key("extension"); w.beginArray()
        for (i, item) in form.items.enumerated() {
            variable(&w, "p\(i + 1)", FHIRPathRule.points(item, higherMoreConcerning: instrument.higherPointsMoreConcerning))
        }
        for (k, score) in form.scores.enumerated() { if let e = exported[score.id] { variable(&w, "s\(k + 1)", e) } }
        w.endArray()
        w.key("url"); w.string(base.questionnaire(qid))
        w.key("version"); w.string(instrument.version)
        w.key("name"); w.string(computableName(qid))
        w.key("title"); w.string(title(instrument, form, locale))
        translations(&w, "_title", instrument.title, besides: locale, suffix: form.declared ? " (\(form.id))" : "")
        w.key("status"); w.string("active")
        // The form's ages, in completed months (both ends included), as a standard usage context.
        w.key("useContext"); w.beginArray(); w.beginObject()
        w.key("code"); w.beginObject()
        w.key("system"); w.string("http://terminology.hl7.org/CodeSystem/usage-context-type"); w.key("code"); w.string("age")
        w.endObject()
        w.key("valueRange"); w.beginObject()
        for (k, v) in [("low", form.ages.minMonths), ("high", form.ages.maxMonths)] {
            w.key(dynamic: k); w.beginObject()
            w.key("value"); w.int(v); w.key("unit"); w.string("months"); w.key("system"); w.string("http://unitsofmeasure.org"); w.key("code"); w.string("mo")
            w.endObject()
        }
        w.endObject()
        w.endObject(); w.endArray()
        let codes = instrument.codes.filter(\.verified)
        if !codes.isEmpty {
            w.key("code"); w.beginArray()
            for c in codes { w.beginObject(); w.key("system"); w.string(c.system); w.key("code"); w.string(c.code); w.key("display"); w.string(c.display); w.endObject() }
            w.endArray()
        }
        if !instrument.summary.isEmpty {
            w.key("description"); w.string(instrument.summary[locale])
        }
        w.key("copyright"); w.string("\(instrument.license.holder). \(instrument.license.terms)")
        w.key("item"); w.beginArray()
        for item in form.items {
            w.beginObject()
            w.key("linkId"); w.string(item.id)
            w.key("text"); w.string(item.label[locale])
            translations(&w, "_text", item.label, besides: locale)
            w.key("type"); w.string("choice")
            if item.selection == .many { w.key("repeats"); w.bool(true) }
            w.key("answerOption"); w.beginArray()
            for o in item.options {
                w.beginObject()
                w.key("extension"); w.beginArray()
                for url in [ordinalValue, itemWeight] {
                    w.beginObject(); w.key("url"); w.string(url); w.key("valueDecimal"); w.number(o.points); w.endObject()
                }
                w.endArray()
                w.key("valueCoding"); w.beginObject()
                w.key("system"); w.string(options)
                w.key("code"); w.string(o.id)
                w.key("display"); w.string(o.label.isEmpty ? o.id : o.label[locale])
                if !o.label.isEmpty { translations(&w, "_display", o.label, besides: locale) }
                w.endObject()
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        for score in form.scores {
            w.beginObject()
            if exported[score.id] != nil {
                w.key("extension"); w.beginArray()
                w.beginObject()
                w.key("url"); w.string(calculated)
                w.key("valueExpression"); w.beginObject()
                w.key("language"); w.string("text/fhirpath"); w.key("expression"); w.string(rule(form).scoreVariable(score.id)!)
                w.endObject()
                w.endObject()
                w.endArray()
            }
            w.key("linkId"); w.string(scoreLinkID(score.id))
            w.key("text"); w.string(score.title.isEmpty ? score.id : score.title[locale])
            if !score.title.isEmpty { translations(&w, "_text", score.title, besides: locale) }
            w.key("type"); w.string("decimal")
            w.key("readOnly"); w.bool(true)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    package static func rule(_ form: Form) -> FHIRPathRule { FHIRPathRule(form: form) }

    /// The FHIRPath of each score that has one, by score id.
    package static func calculated(_ form: Form) -> [String: String] {
        let rule = FHIRPathRule(form: form)
        var exported: [String: String] = [:]
        for score in form.scores {
            guard let e = rule.expression(score) else { continue }
            // A score that reads a score without a FHIRPath form has none either.
            let names = score.syntax?.names.map(\.name) ?? []
            if form.scores.contains(where: { s in s.id != score.id && names.contains(s.id) && form.itemIndex[s.id] == nil && exported[s.id] == nil }) { continue }
            exported[score.id] = e
        }
        return exported
    }

    package static func title(_ instrument: Instrument, _ form: Form, _ locale: Locale) -> String {
        instrument.title[locale] + (form.declared ? " (\(form.id))" : "")
    }

    package static func variable(_ w: inout JSONWriter, _ name: String, _ expression: String) {
        w.beginObject()
        w.key("url"); w.string(variable)
        w.key("valueExpression"); w.beginObject()
        w.key("name"); w.string(name)
        w.key("language"); w.string("text/fhirpath")
        w.key("expression"); w.string(expression)
        w.endObject()
        w.endObject()
    }

    /// `_element: {extension: [translation…]}` for every other locale the text has.
    package static func translations(_ w: inout JSONWriter, _ key: String, _ text: LocalizedText, besides locale: Locale, suffix: String = "") {
        let others = Locale.allCases.filter { $0 != locale && text.texts[$0] != nil }
        guard !others.isEmpty else { return }
        w.key(dynamic: key); w.beginObject()
        w.key("extension"); w.beginArray()
        for l in others {
            w.beginObject()
            w.key("url"); w.string(translation)
            w.key("extension"); w.beginArray()
            w.beginObject(); w.key("url"); w.string("lang"); w.key("valueCode"); w.string(l.rawValue); w.endObject()
            w.beginObject(); w.key("url"); w.string("content"); w.key("valueString"); w.string(text.texts[l]! + suffix); w.endObject()
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    /// FHIR's computable name: a letter, then letters, digits and underscores (mchat-r-16m → MchatR16m).
    package static func computableName(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            .drop(while: { !$0.isLetter }).description
    }
}
