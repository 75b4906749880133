import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
/// Writes a `ScreeningRequest` as `earlyscreen/request@1`, so a visit taken at the desk can be sent
/// on, re-scored or audited with `earlyscreen evaluate`.
package struct RequestEncoder: Sendable {
    package var pretty: Bool
    package init(pretty: Bool = true) { self.pretty = pretty }

    package func encode(_ r: ScreeningRequest) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        write(r, into: &w)
        return w.bytes
    }

    package func write(_ r: ScreeningRequest, into w: inout JSONWriter) {
        w.beginObject()
        w.key("format"); w.string(RequestDecoder.format)
        if let id = r.id { w.key("id"); w.string(id) }
        w.key("child")
        w.beginObject()
        w.key("birth_date"); w.string(r.birthDate.description)
        if let ga = r.gestationalWeeks { w.key("gestational_age_weeks"); w.number(ga) }
        w.endObject()
        w.key("assessed_on"); w.string(r.assessedOn.description)
        w.key("locale"); w.string(r.locale.rawValue)
        if !r.context.isEmpty {
            w.key("context"); w.beginObject()
            for (k, v) in r.context { w.key(dynamic: k); w.string(v) }
            w.endObject()
        }
        w.key("responses")
        w.beginArray()
        for response in r.responses {
            w.beginObject()
            w.key("instrument"); w.string(response.instrument)
            if let f = response.form { w.key("form"); w.string(f) }
            w.key("answers")
            w.beginObject()
            for (item, answer) in response.answers {
                w.key(dynamic: item)
                switch answer {
                case .option(let o): w.string(o)
                case .options(let os): w.beginArray(); for o in os { w.string(o) }; w.endArray()
                case .number(let n): w.number(n)
                case .missing: w.null()
                }
            }
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }
}
