import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
/// Diagnostics as JSON, for editors and CI (`earlyscreen check --format json`).
package enum DiagnosticJSON {
    package static func encode(_ diagnostics: [Diagnostic], instruments: [String], passed: Int, failed: Int) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.key("diagnostics")
        w.beginArray()
        for d in diagnostics { one(&w, d) }
        w.endArray()
        w.key("errors"); w.int(diagnostics.count(.error))
        w.key("warnings"); w.int(diagnostics.count(.warning))
        w.key("instruments")
        w.beginArray()
        for i in instruments { w.string(i) }
        w.endArray()
        w.key("tests")
        w.beginObject(); w.key("passed"); w.int(passed); w.key("failed"); w.int(failed); w.endObject()
        w.endObject()
        return w.bytes
    }

    package static func one(_ w: inout JSONWriter, _ d: Diagnostic) {
        w.beginObject()
        w.key("severity"); w.string(d.severity.rawValue)
        w.key("code"); w.string(d.code.rawValue)
        w.key("message"); w.string(d.message)
        w.key("file"); w.optional(d.location?.file)
        w.key("line"); if let l = d.location { w.int(l.line) } else { w.null() }
        w.key("column"); if let l = d.location { w.int(l.column) } else { w.null() }
        if !d.notes.isEmpty {
            w.key("notes")
            w.beginArray()
            for n in d.notes { one(&w, n) }
            w.endArray()
        }
        w.endObject()
    }
}
