import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// The instruments as data (`list --format json`, `show ID --format json`): ids, texts in every
/// locale, options with their points, scores, bands, critical rules and recommendations — what
/// another tool needs to build a form or check a request without reading YAML or Markdown.
package enum InstrumentCatalog {
    package static let format = "earlyscreen/catalog@1"

    /// Every instrument, briefly.
    package static func list(_ set: InstrumentSet, pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.key("format"); w.string(format)
        w.key("origin"); w.string(set.origin)
        w.key("instruments"); w.beginArray()
        for id in set.ids {
            let i = set[id]!
            w.beginObject()
            header(&w, i)
            w.key("forms"); w.beginArray()
            for f in i.forms where f.declared { w.beginObject(); w.key("id"); w.string(f.id); ages(&w, f.ages); w.endObject() }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// One instrument in full.
    package static func show(_ i: Instrument, pretty: Bool) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        w.beginObject()
        w.key("format"); w.string(format)
        header(&w, i)
        w.key("source"); w.beginObject()
        w.key("citation"); w.string(i.source.citation)
        w.key("url"); w.optional(i.source.url)
        w.key("cutoffs_secondary"); w.bool(i.source.cutoffsSecondary)
        w.endObject()
        w.key("license"); w.beginObject()
        w.key("holder"); w.string(i.license.holder)
        w.key("terms"); w.string(i.license.terms)
        w.key("before_use"); w.optional(i.license.beforeUse)
        w.endObject()
        w.key("max_missing"); if let m = i.maxMissing { w.int(m) } else { w.null() }
        w.key("follows"); w.optional(i.follows?.instrument)
        w.key("forms"); w.beginArray()
        for f in i.forms {
            w.beginObject()
            w.key("id"); w.string(f.id)
            ages(&w, f.ages)
            w.key("items"); w.beginArray()
            for item in f.items {
                w.beginObject()
                w.key("id"); w.string(item.id)
                w.key("label"); text(&w, item.label)
                w.key("select"); w.string(item.selection.rawValue)
                w.key("options"); w.beginArray()
                for o in item.options {
                    w.beginObject()
                    w.key("id"); w.string(o.id)
                    w.key("label"); text(&w, o.label)
                    w.key("points"); w.number(o.points)
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.key("scores"); w.beginArray()
            for s in f.scores {
                w.beginObject()
                w.key("id"); w.string(s.id)
                w.key("title"); text(&w, s.title)
                w.key("rule"); w.string(s.source)
                w.endObject()
            }
            w.endArray()
            w.key("bands"); w.beginArray()
            for b in f.bands { rule(&w, b.id, b.title, b.source, b.outcome, b.recommendations) }
            w.endArray()
            w.key("critical"); w.beginArray()
            for c in f.critical { rule(&w, c.id, c.title, c.source, c.outcome, c.recommendations) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    package static func header(_ w: inout JSONWriter, _ i: Instrument) {
        w.key("id"); w.string(i.id)
        w.key("version"); w.string(i.version)
        w.key("digest"); w.string(i.digest)
        w.key("title"); text(&w, i.title)
        ages(&w, i.ages)
        w.key("age_basis"); w.string(i.ageBasis.rawValue)
        w.key("subject"); w.string(i.subject.rawValue)
        w.key("locales"); w.beginObject()
        for l in Locale.allCases { if let s = i.locales[l] { w.key(dynamic: l.rawValue); w.string(s.rawValue) } }
        w.endObject()
    }

    package static func ages(_ w: inout JSONWriter, _ a: AgeWindow) {
        w.key("ages"); w.beginObject()
        w.key("min_months"); w.int(a.minMonths)
        w.key("max_months"); w.int(a.maxMonths)
        w.endObject()
    }

    /// Every locale the text has, English first.
    package static func text(_ w: inout JSONWriter, _ t: LocalizedText) {
        w.beginObject()
        for l in Locale.allCases { if let s = t.texts[l] { w.key(dynamic: l.rawValue); w.string(s) } }
        w.endObject()
    }

    /// A band or a critical rule: its condition, the outcome it sets and what it recommends.
    package static func rule(_ w: inout JSONWriter, _ id: String, _ title: LocalizedText, _ when: String, _ outcome: Outcome?, _ rs: [Recommendation]) {
        w.beginObject()
        w.key("id"); w.string(id)
        w.key("title"); text(&w, title)
        w.key("when"); w.string(when)
        w.key("outcome"); w.optional(outcome?.rawValue)
        w.key("recommend"); w.beginArray()
        for r in rs {
            w.beginObject()
            w.key("referral"); w.string(r.referral)
            w.key("urgency"); w.string(r.urgency)
            w.key("when"); w.optional(r.source)
            w.key("at_age_months"); if let a = r.atAgeMonths { w.int(a) } else { w.null() }
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
