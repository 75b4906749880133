import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
/// Writes `earlyscreen/result@1`: keys in a fixed order, numbers in one canonical form.
package struct ResultEncoder: Sendable {
    package static let format = "earlyscreen/result@1"
    package static let engineVersion = "0.1.0"
    package var pretty = false
    package var explain = false

    package init(pretty: Bool = false, explain: Bool = false) {
        self.pretty = pretty
        self.explain = explain
    }

    package func encode(_ r: ScreeningResult) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        encode(r, into: &w)
        return w.bytes
    }

    /// The result appended to what `w` holds (a stream's results, one writer for all). The writer
    /// decides the layout, so it must be indented exactly when this encoder is.
    package func encode(_ r: ScreeningResult, into w: inout JSONWriter) {
        precondition(w.isPretty == pretty, "ResultEncoder: a writer of the other layout")
        head(&w, id: r.id, ages: r.ages, correctedAge: r.correctedAge, correctedFrom: r.correctedFrom,
             context: r.context, draftFailures: r.draftFailures)
        tail(&w, r)
    }

    /// The result up to its per-instrument results: the request's id and day, the engine, the
    /// child's ages. It leaves the top-level object open. (A stream writes it for each line and
    /// copies the rest when an earlier line had the same rest: `ESLane`.)
    package func head(_ w: inout JSONWriter, id: String?, ages: ChildAges, correctedAge: Age?, correctedFrom: CalendarDate?,
                      context: [(key: String, value: String)], draftFailures: [String]) {
        w.beginObject()
        w.key("format"); w.string(Self.format)
        w.key("id"); w.optional(id)
        w.key("assessed_on"); w.date(ages.assessedOn)
        if !context.isEmpty {
            w.key("context"); w.beginObject()
            for (k, v) in context { w.key(dynamic: k); w.string(v) }
            w.endObject()
        }
        if !draftFailures.isEmpty {
            // Scored by a set whose own tests fail: no reader may take it for a checked result.
            w.key("draft"); w.beginObject()
            w.key("failed_tests"); w.beginArray(); for t in draftFailures { w.string(t) }; w.endArray()
            w.endObject()
        }
        w.key("engine"); w.beginObject(); w.key("version"); w.string(Self.engineVersion); w.endObject()
        w.key("age")
        w.beginObject()
        w.key("chronological_months"); w.tenths(ages.chronological.tenthsOfMonths(from: ages.birthDate))
        w.key("corrected_months")
        if let c = correctedAge, let from = correctedFrom { w.tenths(c.tenthsOfMonths(from: from)) } else { w.null() }
        w.key("chronological"); age(&w, ages.chronological)
        w.key("corrected")
        if let c = correctedAge { age(&w, c) } else { w.null() }
        // A premature baby before its due date has no corrected age yet: the day term is reached.
        w.key("term_equivalent_on"); if let t = ages.termDateAhead { w.date(t) } else { w.null() }
        w.endObject()
    }

    /// The rest of the result after `head`: results, referrals, outcome, warnings; closes the object.
    package func tail(_ w: inout JSONWriter, _ r: ScreeningResult) {
        w.key("results")
        w.beginArray()
        for x in r.results { result(&w, x, r.locale) }
        w.endArray()
        w.key("referrals")
        w.beginArray()
        for m in r.referrals {
            w.beginObject()
            w.key("referral"); w.string(m.referral)
            w.key("urgency"); w.string(m.urgency)
            w.key("due_by"); w.date(m.dueBy)
            w.key("title"); w.string(m.title)
            w.key("reasons")
            w.beginArray()
            for reason in m.reasons {
                w.beginObject()
                w.key("instrument"); w.string(reason.instrument)
                if let b = reason.band { w.key("band"); w.string(b) }
                if let c = reason.critical { w.key("critical"); w.string(c) }
                if reason.lowerBound { w.key("lower_bound"); w.bool(true) }
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.key("outcome"); w.string(r.outcome.rawValue)
        w.key("warnings")
        w.beginArray()
        for warning in r.warnings {
            w.beginObject()
            w.key("code"); w.string(warning.code.rawValue)
            w.key("message"); w.string(warning.message)
            if let i = warning.instrument { w.key("instrument"); w.string(i) }
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    package func strings(_ w: inout JSONWriter, _ list: [String]) {
        w.beginArray()
        for x in list { w.string(x) }
        w.endArray()
    }

    package func age(_ w: inout JSONWriter, _ a: Age) {
        w.beginObject()
        w.key("months"); w.int(a.months)
        w.key("days"); w.int(a.days)
        w.endObject()
    }

    package func result(_ w: inout JSONWriter, _ x: InstrumentResult, _ locale: Locale) {
        w.beginObject()
        w.key("instrument"); w.string(x.instrument)
        w.key("version"); w.string(x.version)
        w.key("digest"); w.string(x.digest)
        w.key("texts_version"); w.optional(x.textsVersion)
        w.key("form"); w.optional(x.form)
        w.key("age_basis"); w.string(x.ageBasis.rawValue)
        w.key("age_months"); w.int(x.ageMonths)
        w.key("status"); w.string(x.status.rawValue)
        w.key("scores")
        w.beginObject()
        for (name, v) in x.scores { w.key(dynamic: name); w.number(v) }
        w.endObject()
        w.key("score_ranges")
        w.beginObject()
        for (name, v) in x.scoreRanges {
            w.key(dynamic: name)
            w.beginArray(); w.number(v.lo); w.number(v.hi); w.endArray()
        }
        w.endObject()
        w.key("band"); w.optional(x.band)
        w.key("title"); w.optional(x.title)
        w.key("band_at_least"); w.optional(x.bandAtLeast)
        w.key("possible_bands")
        w.beginArray()
        for b in x.possibleBands { w.string(b) }
        w.endArray()
        w.key("missing")
        w.beginArray()
        for m in x.missing { w.string(m) }
        w.endArray()
        w.key("holds_for_any_missing"); w.bool(x.holdsForAnyMissing)
        w.key("reason"); w.optional(x.reason)
        w.key("reason_code"); w.optional(x.reasonCode?.rawValue)
        w.key("critical")
        w.beginArray()
        for c in x.critical { w.string(c) }
        w.endArray()
        w.key("recommendations")
        w.beginArray()
        for rec in x.recommendations {
            w.beginObject()
            w.key("referral"); w.string(rec.referral)
            w.key("urgency"); w.string(rec.urgency)
            w.endObject()
        }
        w.endArray()
        w.key("actions")
        w.beginArray()
        for a in x.actions {
            w.beginObject()
            w.key("action"); w.string(a.kind.rawValue)
            switch a.kind {
            case .completeItems: w.key("items"); strings(&w, a.ids)
            case .useForm: w.key("form"); w.optional(a.ids.first)
            case .useInstrument: w.key("instruments"); strings(&w, a.ids)
            case .completeFirstStage: w.key("instrument"); w.optional(a.ids.first)
            case .screenAfterTerm: break
            }
            w.key("due_by"); w.date(a.dueBy)
            w.endObject()
        }
        w.endArray()
        w.key("outcome"); w.string(x.outcome.rawValue)
        if explain {
            w.key("explanation")
            w.beginArray()
            for step in x.explanation { w.string(ExplanationText.line(step, locale)) }
            w.endArray()
        }
        w.endObject()
    }

    /// The error object that stands in place of a result.
    package func encode(error e: RequestError, id: String?) -> [UInt8] {
        var w = JSONWriter(pretty: pretty, capacity: 256)
        encode(error: e, id: id, into: &w)
        return w.bytes
    }

    package func encode(error e: RequestError, id: String?, into w: inout JSONWriter) {
        precondition(w.isPretty == pretty, "ResultEncoder: a writer of the other layout")
        w.beginObject()
        w.key("format"); w.string(Self.format)
        w.key("id"); w.optional(id)
        w.key("error")
        w.beginObject()
        w.key("code"); w.string(e.code.rawValue)
        w.key("message"); w.string(e.message)
        w.key("pointer"); w.optional(e.pointer)
        if let o = e.offset { w.key("offset"); w.int(o) }
        w.endObject()
        w.endObject()
    }
}
