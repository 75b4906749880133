import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
/// A visit's result as a FHIR R4 Bundle (type collection): the child's Patient (and the mother's,
/// when an instrument is about her), a QuestionnaireResponse per instrument, an Observation per
/// score, one for the band, one per critical finding, and a ServiceRequest per referral.
///
/// Ids are UUIDs derived from the request id (or, without one, the request's bytes), so the same
/// request gives the same bytes. The Bundle is also valid input: `evaluate` reads its Patient and
/// QuestionnaireResponses and ignores the rest.
package struct FHIRBundle: Sendable {
    package var base: FHIRBase
    package var pretty: Bool

    package init(base: FHIRBase, pretty: Bool) {
        self.base = base
        self.pretty = pretty
    }

    package static let observationCategory = "http://terminology.hl7.org/CodeSystem/observation-category"
    package static let interpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
    package static let dataAbsent = "http://terminology.hl7.org/CodeSystem/data-absent-reason"

    /// A UUID (version 8 layout: custom) from SHA-256 of the key and the resource's role.
    package static func uuid(_ key: String, _ role: String) -> String {
        let h = Array(SHA256.hex((key + "\u{1F}" + role).utf8).prefix(32))
        var c = h
        c[12] = "8"  // version 8: an application-defined UUID
        let variants: [Character] = ["8", "9", "a", "b"]
        c[16] = variants[Int(String(h[16]), radix: 16)! % 4]
        let s = String(c)
        let i = s.startIndex
        func sub(_ a: Int, _ b: Int) -> Substring { s[s.index(i, offsetBy: a)..<s.index(i, offsetBy: b)] }
        return "\(sub(0, 8))-\(sub(8, 12))-\(sub(12, 16))-\(sub(16, 20))-\(sub(20, 32))"
    }

    package func encode(_ request: ScreeningRequest, _ result: ScreeningResult, set: InstrumentSet, key: String) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 8192)
        let ref = { (role: String) in "urn:uuid:" + Self.uuid(key, role) }
        let day = request.assessedOn.description
        let aboutMother = result.results.contains { set[$0.instrument]?.subject == .mother }
        func subject(_ instrument: String) -> String { set[instrument]?.subject == .mother ? ref("patient-mother") : ref("patient-child") }
        func entry(_ role: String, _ body: (inout JSONWriter) -> Void) {
            w.beginObject()
            w.key("fullUrl"); w.string(ref(role))
            w.key("resource"); w.beginObject()
            body(&w)
            w.endObject()
            w.endObject()
        }
        func reference(_ w: inout JSONWriter, _ key: StaticString, _ target: String) {
            w.key(key); w.beginObject(); w.key("reference"); w.string(target); w.endObject()
        }
        func coding(_ w: inout JSONWriter, system: String, code: String, display: String?) {
            w.beginObject()
            w.key("system"); w.string(system); w.key("code"); w.string(code)
            if let display { w.key("display"); w.string(display) }
            w.endObject()
        }
        func concept(_ w: inout JSONWriter, _ key: StaticString, system: String, code: String, display: String?) {
            w.key(key); w.beginObject()
            w.key("coding"); w.beginArray(); coding(&w, system: system, code: code, display: display); w.endArray()
            if let display { w.key("text"); w.string(display) }
            w.endObject()
        }
        func header(_ w: inout JSONWriter, _ type: String, _ role: String) {
            w.key("resourceType"); w.string(type)
            w.key("id"); w.string(Self.uuid(key, role))
        }
        func observation(_ w: inout JSONWriter, _ role: String, final: Bool) {
            header(&w, "Observation", role)
            w.key("status"); w.string(final ? "final" : "preliminary")
            w.key("category"); w.beginArray(); w.beginObject()
            w.key("coding"); w.beginArray(); coding(&w, system: Self.observationCategory, code: "survey", display: "Survey"); w.endArray()
            w.endObject(); w.endArray()
        }
        func observationTail(_ w: inout JSONWriter, instrument: String, qr: String) {
            reference(&w, "subject", subject(instrument))
            if set[instrument]?.subject == .mother {
                w.key("focus"); w.beginArray(); w.beginObject(); w.key("reference"); w.string(ref("patient-child")); w.endObject(); w.endArray()
            }
            w.key("effectiveDateTime"); w.string(day)
            w.key("derivedFrom"); w.beginArray(); w.beginObject(); w.key("reference"); w.string(qr); w.endObject(); w.endArray()
        }

        w.beginObject()
        w.key("resourceType"); w.string("Bundle")
        w.key("id"); w.string(Self.uuid(key, "bundle"))
        if let id = request.id {
            // The request's own id (any text): read back as the request id.
            w.key("identifier"); w.beginObject(); w.key("system"); w.string(base.requestIdentifier); w.key("value"); w.string(id); w.endObject()
        }
        w.key("type"); w.string("collection")
        w.key("entry"); w.beginArray()
        entry("patient-child") { w in
            header(&w, "Patient", "patient-child")
            if let ga = request.gestationalWeeks {
                w.key("extension"); w.beginArray(); w.beginObject()
                w.key("url"); w.string(base.extensionGestationalAge); w.key("valueDecimal"); w.number(ga)
                w.endObject(); w.endArray()
            }
            w.key("birthDate"); w.string(request.birthDate.description)
        }
        if aboutMother {
            // No birth date: it is the child's that ages are counted from, and only the child has one here.
            entry("patient-mother") { w in header(&w, "Patient", "patient-mother") }
        }
        for (n, r) in result.results.enumerated() {
            guard let instrument = set[r.instrument] else { continue }
            let response = request.responses.first { $0.instrument == r.instrument }
            let form = formOf(instrument, r, response)
            let qr = ref("qr-\(n)")
            let system = base.codeSystem(instrument.id)
            entry("qr-\(n)") { w in
                header(&w, "QuestionnaireResponse", "qr-\(n)")
                w.key("language"); w.string(request.locale.rawValue)
                w.key("questionnaire"); w.string(base.questionnaire(FHIRQuestionnaire.id(instrument, form)) + "|" + instrument.version)
                w.key("status"); w.string(r.missing.isEmpty ? "completed" : "in-progress")
                reference(&w, "subject", subject(r.instrument))
                w.key("authored"); w.string(day)
                w.key("item"); w.beginArray()
                let given = Dictionary((response?.answers ?? []).map { ($0.item, $0.answer) }, uniquingKeysWith: { a, _ in a })
                for item in form.items {
                    guard let a = given[item.id] else { continue }
                    let codes: [String]
                    switch a {
                    case .option(let o): codes = [o]
                    case .options(let os): codes = os
                    case .number, .missing: codes = []
                    }
                    w.beginObject()
                    w.key("linkId"); w.string(item.id)
                    w.key("text"); w.string(item.label[request.locale])
                    if !codes.isEmpty {
                        w.key("answer"); w.beginArray()
                        for c in codes {
                            w.beginObject(); w.key("valueCoding")
                            coding(&w, system: system, code: c, display: item.optionIndex(c).map { item.options[$0].label[request.locale] })
                            w.endObject()
                        }
                        w.endArray()
                    }
                    w.endObject()
                }
                w.endArray()
            }
            let final = r.status == .scored
            var members: [String] = []
            let scoreTitles = Dictionary(form.scores.map { ($0.id, $0.title[request.locale]) }, uniquingKeysWith: { a, _ in a })
            for (s, v) in r.scores {
                members.append(ref("score-\(n)-\(s)"))
                entry("score-\(n)-\(s)") { w in
                    observation(&w, "score-\(n)-\(s)", final: final)
                    concept(&w, "code", system: system, code: FHIRQuestionnaire.scoreLinkID(s), display: scoreTitles[s])
                    observationTail(&w, instrument: r.instrument, qr: qr)
                    if v == v.rounded(), abs(v) < 1e9 { w.key("valueInteger"); w.int(Int(v)) }
                    else { w.key("valueQuantity"); w.beginObject(); w.key("value"); w.number(v); w.endObject() }
                }
            }
            for (s, range) in r.scoreRanges {
                members.append(ref("score-\(n)-\(s)"))
                entry("score-\(n)-\(s)") { w in
                    observation(&w, "score-\(n)-\(s)", final: false)
                    concept(&w, "code", system: system, code: FHIRQuestionnaire.scoreLinkID(s), display: scoreTitles[s])
                    observationTail(&w, instrument: r.instrument, qr: qr)
                    // An open end (a division by zero) is left out: FHIR has no infinity.
                    w.key("valueRange"); w.beginObject()
                    if range.lo.isFinite { w.key("low"); w.beginObject(); w.key("value"); w.number(range.lo); w.endObject() }
                    if range.hi.isFinite { w.key("high"); w.beginObject(); w.key("value"); w.number(range.hi); w.endObject() }
                    w.endObject()
                }
            }
            entry("band-\(n)") { w in
                observation(&w, "band-\(n)", final: final)
                concept(&w, "code", system: system, code: "band", display: instrument.title[request.locale])
                observationTail(&w, instrument: r.instrument, qr: qr)
                let band = r.band ?? r.bandAtLeast
                if let band {
                    let title = r.band != nil ? r.title : form.bands.first { $0.id == band }?.title[request.locale]
                    concept(&w, "valueCodeableConcept", system: system, code: band, display: title)
                    // Positive or negative only for a band that holds whatever was unanswered.
                    let sign: (String, String)? = r.band == nil ? nil
                        : r.outcome >= .followUp ? ("POS", "Positive") : r.outcome == .noConcern ? ("NEG", "Negative") : nil
                    if let (code, display) = sign {
                        w.key("interpretation"); w.beginArray(); w.beginObject(); w.key("coding"); w.beginArray()
                        coding(&w, system: Self.interpretation, code: code, display: display); w.endArray(); w.endObject(); w.endArray()
                    }
                } else {
                    concept(&w, "dataAbsentReason", system: Self.dataAbsent, code: r.status == .incomplete ? "unknown" : "not-applicable", display: nil)
                }
                var notes: [String] = []
                if r.band == nil, r.bandAtLeast != nil { notes.append("incomplete: at least this band (\(r.possibleBands.joined(separator: ", ")) still possible)") }
                if let reason = r.reason { notes.append(reason) }
                if !notes.isEmpty {
                    w.key("note"); w.beginArray()
                    for t in notes { w.beginObject(); w.key("text"); w.string(t); w.endObject() }
                    w.endArray()
                }
                if !members.isEmpty {
                    w.key("hasMember"); w.beginArray()
                    for m in members { w.beginObject(); w.key("reference"); w.string(m); w.endObject() }
                    w.endArray()
                }
            }
            for c in r.critical {
                entry("critical-\(n)-\(c)") { w in
                    observation(&w, "critical-\(n)-\(c)", final: true)
                    let title = form.critical.first { $0.id == c }?.title[request.locale]
                    concept(&w, "code", system: system, code: "critical.\(c)", display: title)
                    observationTail(&w, instrument: r.instrument, qr: qr)
                    w.key("valueBoolean"); w.bool(true)
                    w.key("interpretation"); w.beginArray(); w.beginObject(); w.key("coding"); w.beginArray()
                    coding(&w, system: Self.interpretation, code: "AA", display: "Critical abnormal"); w.endArray(); w.endObject(); w.endArray()
                }
            }
        }
        for (k, m) in result.referrals.enumerated() {
            entry("referral-\(k)") { w in
                header(&w, "ServiceRequest", "referral-\(k)")
                w.key("status"); w.string("active")
                w.key("intent"); w.string("proposal")  // the engine recommends; a clinician orders
                w.key("priority"); w.string(set.referrals.urgency(m.urgency)?.fhirPriority ?? "routine")
                concept(&w, "code", system: base.codeSystem("referrals"), code: m.referral, display: m.title)
                let instruments = m.reasons.map(\.instrument)
                let aboutHer = !instruments.isEmpty && instruments.allSatisfy { set[$0]?.subject == .mother }
                reference(&w, "subject", aboutHer ? ref("patient-mother") : ref("patient-child"))
                w.key("occurrenceDateTime"); w.string(m.dueBy.description)
                w.key("authoredOn"); w.string(day)
                w.key("reasonReference"); w.beginArray()
                var seen: Set<String> = []
                for reason in m.reasons {
                    guard let n = result.results.firstIndex(where: { $0.instrument == reason.instrument }) else { continue }
                    let target = reason.critical.map { ref("critical-\(n)-\($0)") } ?? ref("band-\(n)")
                    if seen.insert(target).inserted { w.beginObject(); w.key("reference"); w.string(target); w.endObject() }
                }
                w.endArray()
                w.key("supportingInfo"); w.beginArray()
                var infos: Set<Int> = []
                for reason in m.reasons {
                    guard let n = result.results.firstIndex(where: { $0.instrument == reason.instrument }), infos.insert(n).inserted else { continue }
                    w.beginObject(); w.key("reference"); w.string(ref("qr-\(n)")); w.endObject()
                }
                w.endArray()
            }
        }
        w.endArray()
        w.endObject()
        return w.bytes
    }

    /// The form the answers were scored with; for an instrument not applicable at this age, the
    /// requested form or the first form holding every answered item.
    package func formOf(_ instrument: Instrument, _ r: InstrumentResult, _ response: Response?) -> Form {
        if let id = r.form ?? response?.form, let f = instrument.form(id: id) { return f }
        let answered = Set((response?.answers ?? []).map(\.item))
        return instrument.forms.first { f in answered.allSatisfy { f.itemIndex[$0] != nil } } ?? instrument.forms[0]
    }
}
