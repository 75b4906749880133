import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
/// FHIR input: a QuestionnaireResponse (with the child in `contained`), or a Bundle holding the
/// child's Patient and one QuestionnaireResponse per instrument, read as one visit.
///
/// Matching is strict: the questionnaire must be one of the set's (by its canonical URL's last
/// segment, `ID` or `ID-FORM`), every linkId an item of that form, every answer one of its
/// options. Totals a client computed (`score.*` items) are ignored: the engine scores. Errors
/// carry a JSON Pointer into the FHIR input.
package struct FHIRRequest: Sendable {
    package var request: ScreeningRequest
    /// Pointers of the native request (`/child/birth_date`, `/responses/0`) → where they came from.
    package var origins: [(native: String, fhir: String)]

    /// The FHIR pointer for an error the evaluator raised about the native request.
    package func fhirPointer(_ native: String?) -> String? {
        guard let native else { return nil }
        for (n, f) in origins where native == n || native.hasPrefix(n + "/") { return f }
        return native
    }

    package static func isFHIR(_ top: [(key: String, value: JSONValue)]) -> Bool {
        top.contains { $0.key == "resourceType" }
    }

    package static func decode(_ value: JSONValue, set: InstrumentSet) throws(RequestError) -> FHIRRequest {
        guard case .object(let top) = value else { throw RequestError(.wrongType, "a FHIR resource is a JSON object", pointer: "") }
        var d = Decoding(set: set)
        switch try d.string(top, "resourceType", "") {
        case "QuestionnaireResponse":
            let contained = try d.list(top, "contained", "", required: false)
            var patient: (obj: [(key: String, value: JSONValue)], at: String)? = nil
            for (i, c) in contained.enumerated() {
                if case .object(let o) = c, (try? d.string(o, "resourceType", "")) == "Patient" { patient = (o, "/contained/\(i)") }
            }
            guard let patient else {
                throw RequestError(.missingField, "a QuestionnaireResponse on its own needs the child as a contained Patient with a birthDate (or send a Bundle)", pointer: "/contained")
            }
            try d.child(patient.obj, at: patient.at)
            try d.response(top, at: "")
            return try d.finish(top)
        case "Bundle":
            var patients: [(obj: [(key: String, value: JSONValue)], at: String)] = []
            var responses: [(obj: [(key: String, value: JSONValue)], at: String)] = []
            for (i, e) in try d.list(top, "entry", "", required: true).enumerated() {
                guard case .object(let entry) = e, let r = RequestDecoder.field(entry, "resource"), case .object(let res) = r else {
                    throw RequestError(.wrongType, "a Bundle entry needs a resource object", pointer: "/entry/\(i)")
                }
                switch try d.string(res, "resourceType", "/entry/\(i)/resource") {
                case "Patient": patients.append((res, "/entry/\(i)/resource"))
                case "QuestionnaireResponse": responses.append((res, "/entry/\(i)/resource"))
                default: break  // results of an earlier run, a mother's Patient is a RelatedPerson…: not input
                }
            }
            // The child is the Patient with a birth date the responses are scored against; a
            // Bundle this engine wrote may also hold the mother's Patient, which has none.
            let children = patients.filter { RequestDecoder.field($0.obj, "birthDate") != nil }
            guard children.count == 1, let child = children.first else {
                throw RequestError(children.isEmpty ? .missingField : .wrongType,
                                   children.isEmpty ? "the Bundle needs the child as a Patient with a birthDate" : "the Bundle holds \(children.count) Patients with a birthDate; a visit is one child",
                                   pointer: "/entry")
            }
            try d.child(child.obj, at: child.at)
            guard !responses.isEmpty else {
                throw RequestError(.noResponses, "the Bundle holds no QuestionnaireResponse", pointer: "/entry")
            }
            for r in responses { try d.response(r.obj, at: r.at) }
            return try d.finish(top)
        case let other:
            throw RequestError(.wrongType, "earlyscreen reads a QuestionnaireResponse or a Bundle, not a \(other)", pointer: "/resourceType")
        }
    }
}

private struct Decoding {
    package let set: InstrumentSet
    package var birth: CalendarDate?
    package var ga: Double?
    package var assessed: CalendarDate?
    package var locale: Locale?
    package var responses: [Response] = []
    package var origins: [(native: String, fhir: String)] = []

    package init(set: InstrumentSet) { self.set = set }

    package typealias Object = [(key: String, value: JSONValue)]

    package func string(_ o: Object, _ key: String, _ at: String) throws(RequestError) -> String {
        guard let v = RequestDecoder.field(o, key) else { throw RequestError(.missingField, "\(at.isEmpty ? "the resource" : at) needs the field \"\(key)\"", pointer: at + "/" + key) }
        guard case .string(let s) = v else { throw RequestError(.wrongType, "\(key) must be a string", pointer: at + "/" + key) }
        return s
    }

    package func optionalString(_ o: Object, _ key: String, _ at: String) throws(RequestError) -> String? {
        guard RequestDecoder.field(o, key) != nil else { return nil }
        let s = try string(o, key, at)
        guard s.utf8.count <= RequestDecoder.maxIDLength else {
            throw RequestError(.idTooLong, "\(key) is \(s.utf8.count) bytes; at most \(RequestDecoder.maxIDLength)", pointer: at + "/" + key)
        }
        return s
    }

    package func list(_ o: Object, _ key: String, _ at: String, required: Bool) throws(RequestError) -> [JSONValue] {
        guard let v = RequestDecoder.field(o, key) else {
            if required { throw RequestError(.missingField, "\(at.isEmpty ? "the resource" : at) needs the field \"\(key)\"", pointer: at + "/" + key) }
            return []
        }
        guard case .array(let xs) = v else { throw RequestError(.wrongType, "\(key) must be an array", pointer: at + "/" + key) }
        return xs
    }

    /// A FHIR date (or the date part of a dateTime), as the visit's calendar day.
    package func date(_ o: Object, _ key: String, _ at: String) throws(RequestError) -> CalendarDate {
        let s = try string(o, key, at)
        guard s.utf8.count >= 10, let d = CalendarDate(iso: String(s.prefix(10))) else {
            throw RequestError(.invalidDate, "\(key) \"\(s)\" is not a full FHIR date (YYYY-MM-DD)", pointer: at + "/" + key)
        }
        return d
    }

    package mutating func child(_ p: Object, at: String) throws(RequestError) {
        birth = try date(p, "birthDate", at)
        origins.append(("/child/birth_date", at + "/birthDate"))
        for (i, e) in try list(p, "extension", at, required: false).enumerated() {
            guard case .object(let ext) = e, RequestDecoder.field(ext, "url").flatMap({ if case .string(let u) = $0 { u } else { nil } })?
                    .hasSuffix("/StructureDefinition/gestational-age-weeks") == true else { continue }
            let ptr = "\(at)/extension/\(i)/valueDecimal"
            guard let v = RequestDecoder.field(ext, "valueDecimal"), case .number(let n) = v else {
                throw RequestError(.wrongType, "the gestational-age-weeks extension needs a valueDecimal", pointer: ptr)
            }
            guard n >= 22 && n <= 44 else {
                throw RequestError(.valueOutOfRange, "gestational age \(Number.format(n)) weeks is outside 22–44", pointer: ptr)
            }
            ga = n
            origins.append(("/child/gestational_age_weeks", ptr))
        }
    }

    package mutating func response(_ r: Object, at: String) throws(RequestError) {
        let canonical = try string(r, "questionnaire", at)
        let last = canonical.split(separator: "|").first.map { $0.split(separator: "/").last.map(String.init) ?? "" } ?? ""
        guard let (instrument, form) = resolve(last) else {
            let known = set.ids.sorted()
            throw RequestError(.unknownInstrument, "questionnaire \"\(canonical)\" is not one of this set's (\(known.joined(separator: ", ")), with -FORM for a form: earlyscreen fhir questionnaire ID)", pointer: at + "/questionnaire")
        }
        let day = try date(r, "authored", at)
        if let assessed, assessed != day {
            throw RequestError(.wrongType, "the responses of one visit must share a day; this one was authored \(day), another \(assessed)", pointer: at + "/authored")
        }
        if assessed == nil { origins.append(("/assessed_on", at + "/authored")) }
        assessed = day
        if let lang = try optionalString(r, "language", at) {
            let code = String(lang.prefix { $0 != "-" }).lowercased()
            guard let l = Locale(rawValue: code) else {
                throw RequestError(.unknownLocale, "language \"\(lang)\" is not one of en, az, ru", pointer: at + "/language")
            }
            if locale == nil { origins.append(("/locale", at + "/language")) }
            locale = locale ?? l
        }
        if responses.contains(where: { $0.instrument == instrument.id }) {
            throw RequestError(.duplicateInstrument, "\(instrument.id) is answered twice in this visit", pointer: at + "/questionnaire")
        }
        origins.append(("/responses/\(responses.count)", at))
        var answers: [(item: String, answer: Answer)] = []
        var seen: Set<String> = []
        try items(try list(r, "item", at, required: false), at: at, form: form, instrument: instrument, into: &answers, seen: &seen)
        responses.append(Response(instrument: instrument.id, form: form.declared ? form.id : nil, answers: answers))
    }

    /// Walks items and their nested groups; answers go out by linkId.
    package func items(_ nodes: [JSONValue], at: String, form: Form, instrument: Instrument,
               into answers: inout [(item: String, answer: Answer)], seen: inout Set<String>) throws(RequestError) {
        for (j, v) in nodes.enumerated() {
            let p = "\(at)/item/\(j)"
            guard case .object(let it) = v else { throw RequestError(.wrongType, "an item must be an object", pointer: p) }
            let link = try string(it, "linkId", p)
            try items(try list(it, "item", p, required: false), at: p, form: form, instrument: instrument, into: &answers, seen: &seen)
            if link.hasPrefix("score.") { continue }  // a client's total: the engine computes its own
            guard let index = form.itemIndex[link] else {
                if RequestDecoder.field(it, "answer") == nil && RequestDecoder.field(it, "item") != nil { continue }  // a group
                throw RequestError(.unknownItem, "\(instrument.id)\(form.declared ? " form \(form.id)" : "") has no item \"\(link)\"" + Suggestion.hint(for: link, in: form.items.map(\.id)), pointer: p + "/linkId")
            }
            guard seen.insert(link).inserted else {
                throw RequestError(.duplicateKey, "item \(link) is answered twice", pointer: p + "/linkId")
            }
            let item = form.items[index]
            var codes: [String] = []
            for (k, a) in try list(it, "answer", p, required: false).enumerated() {
                let ap = "\(p)/answer/\(k)"
                guard case .object(let ans) = a, let cv = RequestDecoder.field(ans, "valueCoding"), case .object(let coding) = cv else {
                    throw RequestError(.wrongType, "an answer to \(link) must be a valueCoding with the option's code", pointer: ap)
                }
                let code = try string(coding, "code", ap + "/valueCoding")
                guard item.optionIndex(code) != nil else {
                    throw RequestError(.unknownOption, "item \(link) has no option \"\(code)\"; its options are \(item.options.map(\.id).joined(separator: ", "))" + Suggestion.hint(for: code, in: item.options.map(\.id)), pointer: ap + "/valueCoding/code")
                }
                codes.append(code)
            }
            answers.append((link, codes.isEmpty ? .missing : codes.count == 1 && item.selection == .one ? .option(codes[0]) : .options(codes)))
        }
    }

    /// `mchat-r` → its only form; `swyc-milestones-9m` → that instrument's form 9m.
    package func resolve(_ qid: String) -> (Instrument, Form)? {
        if let i = set[qid], let f = i.forms.first, i.forms.count == 1, !f.declared { return (i, f) }
        for id in set.ids where qid.hasPrefix(id + "-") {
            let formID = String(qid.dropFirst(id.count + 1))
            if let i = set[id], let f = i.form(id: formID) { return (i, f) }
        }
        return nil
    }

    /// The visit's id: the resource's identifier value (any text), else its id.
    package func finish(_ top: Object) throws(RequestError) -> FHIRRequest {
        var id = try optionalString(top, "id", "")
        var idAt = "/id"
        if let v = RequestDecoder.field(top, "identifier") {
            let first: JSONValue? = if case .array(let xs) = v { xs.first } else { v }  // a list on some resources
            if case .object(let ident)? = first, RequestDecoder.field(ident, "value") != nil {
                idAt = if case .array = v { "/identifier/0" } else { "/identifier" }
                id = try optionalString(ident, "value", idAt)
                idAt += "/value"
            }
        }
        guard let birth, let assessed else { throw RequestError(.missingField, "no birth date or no authored date", pointer: "") }
        let request = ScreeningRequest(id: id, birthDate: birth, assessedOn: assessed, gestationalWeeks: ga,
                                       locale: locale ?? .en, responses: responses)
        return FHIRRequest(request: request, origins: origins + [("/id", idAt)])
    }
}
