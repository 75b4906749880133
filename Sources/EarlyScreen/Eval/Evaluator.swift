/// Evaluates screening requests against a loaded instrument set.
///
/// Missing answers are never read as "no risk": every score is an interval over all the ways the
/// missing answers could have been given, and a band stands only when every one of those ways
/// lands in it. The explanation is recorded while evaluating, so it cannot disagree with the result.
public struct Evaluator: Sendable {
    public let set: InstrumentSet
    /// Record a step-by-step trace in each result.
    public var explain: Bool
    /// Oldest age the engine accepts, in completed months (8 years).
    public static let maxAgeMonths = 96

    public init(set: InstrumentSet, explain: Bool = false) {
        self.set = set
        self.explain = explain
    }

    /// What a second stage needs from its first stage.
    public struct StageContext: Sendable {
        public var status: InstrumentResult.Status
        public var band: String?
        public var failedItems: Set<String>
    }

    public func evaluate(_ request: ScreeningRequest) throws(RequestError) -> ScreeningResult {
        guard request.assessedOn >= request.birthDate else {
            throw RequestError("assessed_before_birth", "assessed_on \(request.assessedOn) is before birth_date \(request.birthDate)", pointer: "/assessed_on")
        }
        let ages = ChildAges(birthDate: request.birthDate, assessedOn: request.assessedOn, gestationalWeeks: request.gestationalWeeks)
        guard ages.chronological.months <= Self.maxAgeMonths else {
            throw RequestError("age_out_of_range", "the child is \(ages.chronological.months) months old; earlyscreen supports ages up to \(Self.maxAgeMonths) months (8 years)", pointer: "/child/birth_date")
        }
        guard !request.responses.isEmpty else {
            throw RequestError("no_responses", "responses is empty; give the answers to at least one instrument", pointer: "/responses")
        }
        var seen: [String: Int] = [:]
        var instruments: [Instrument] = []
        for (i, r) in request.responses.enumerated() {
            guard let instrument = set[r.instrument] else {
                throw RequestError("unknown_instrument", "unknown instrument \"\(r.instrument)\"; the set has \(set.ids.joined(separator: ", "))" + Suggestion.hint(for: r.instrument, in: set.ids), pointer: "/responses/\(i)/instrument")
            }
            if let first = seen[r.instrument] {
                throw RequestError("duplicate_instrument", "instrument \(r.instrument) is answered twice (also at /responses/\(first))", pointer: "/responses/\(i)/instrument")
            }
            seen[r.instrument] = i
            instruments.append(instrument)
        }
        var warnings: [Warning] = []
        var results = [InstrumentResult?](repeating: nil, count: request.responses.count)
        // First stages before the stages that follow them, whatever the request's order.
        let order = request.responses.indices.sorted { (instruments[$0].follows == nil ? 0 : 1, $0) < (instruments[$1].follows == nil ? 0 : 1, $1) }
        for i in order {
            let instrument = instruments[i]
            var stage: StageContext? = nil
            if let f = instrument.follows, let j = seen[f.instrument], let first = results[j] {
                let firstForm = set[f.instrument]?.forms.first { $0.id == (first.form ?? "all") }
                stage = StageContext(status: first.status, band: first.band, failedItems: Set(Self.failedItems(firstForm, request.responses[j])))
            }
            results[i] = try evaluate(request.responses[i], index: i, instrument: instrument, ages: ages, stage: stage,
                                      locale: request.locale, warnings: &warnings)
        }
        var done = results.map { $0! }
        // A second stage answered in this visit carries out the referral its first stage asked for.
        for (i, instrument) in instruments.enumerated() {
            guard let f = instrument.follows, let r = f.fulfils, let j = seen[f.instrument], done[i].status != .notApplicable else { continue }
            done[j].recommendations.removeAll { $0.referral == r }
        }
        if request.locale != .en {
            for i in instruments { translationWarning(i.locales[request.locale], i.id, request.locale, &warnings) }
            if !done.allSatisfy({ $0.recommendations.isEmpty }) {
                translationWarning(set.referrals.locales[request.locale], nil, request.locale, &warnings)
            }
        }
        let corrected = ages.corrected(termWeeks: 40)
        return ScreeningResult(id: request.id, ages: ages, correctedAge: corrected?.age, correctedFrom: corrected?.from,
                               results: done, referrals: merge(done, assessedOn: request.assessedOn, locale: request.locale),
                               outcome: done.map(\.outcome).max() ?? .incomplete, warnings: warnings, locale: request.locale)
    }

    func translationWarning(_ status: TranslationStatus?, _ what: String?, _ locale: Locale, _ warnings: inout [Warning]) {
        let name = what ?? WarningText.catalog[locale]!
        switch status {
        case nil: warnings.append(WarningText.make("translation_missing", [name, locale.rawValue], instrument: what, locale: locale))
        case .notValidated?: warnings.append(WarningText.make("translation_not_validated", [name, locale.rawValue], instrument: what, locale: locale))
        default: break
        }
    }

    /// Items that scored points at the first stage (failed), read from its answers; a second stage
    /// with `only_failed_items` asks only these.
    public static func failedItems(_ form: Form?, _ response: Response) -> [String] {
        guard let form else { return [] }
        return response.answers.compactMap { item, answer in
            guard case .option(let o) = answer, let idx = form.itemIndex[item],
                  let opt = form.items[idx].options.first(where: { $0.id == o }), opt.points > 0 else { return nil }
            return item
        }
    }

    /// Evaluates one response; `index` builds JSON Pointers for request errors.
    public func evaluate(_ response: Response, index: Int, instrument: Instrument, ages: ChildAges, stage: StageContext?,
                         locale: Locale, warnings: inout [Warning]) throws(RequestError) -> InstrumentResult {
        var base: String { "/responses/\(index)" }
        let exact = ages.exactAge(for: instrument)
        let (months, corrected) = (exact.months, exact.corrected)
        var trace: [String] = []
        if corrected {
            warnings.append(WarningText.make("corrected_age", [instrument.id, "\(months)"], instrument: instrument.id, locale: locale))
        }
        if explain {
            trace.append("age: \(months) completed months (\(corrected ? "corrected for prematurity" : "chronological")); \(instrument.id) is for \(instrument.ages.description)")
        }
        var form: Form? = nil
        if let fid = response.form {
            guard let f = instrument.form(id: fid) else {
                throw RequestError("unknown_form", "\(instrument.id) has no form \"\(fid)\"; its forms are \(instrument.forms.map(\.id).joined(separator: ", "))" + Suggestion.hint(for: fid, in: instrument.forms.map(\.id)), pointer: base + "/form")
            }
            form = f
            if !f.ages.contains(months) && instrument.ages.contains(months) {
                let args = [instrument.id, fid, f.ages.description, "\(months)"]
                if instrument.formMismatchIsError {
                    throw RequestError("form_age_mismatch", WarningText.make("form_age_mismatch", args, instrument: instrument.id, locale: .en).message, pointer: base + "/form")
                }
                warnings.append(WarningText.make("form_age_mismatch", args, instrument: instrument.id, locale: locale))
            }
        } else if let f = instrument.form(forMonths: months) {
            form = f
            if f.declared {
                warnings.append(WarningText.make("form_picked", [instrument.id, f.id, "\(months)"], instrument: instrument.id, locale: locale))
            }
        }
        var result = InstrumentResult(instrument: instrument.id, version: instrument.version, digest: instrument.digest,
                                      textsVersion: instrument.textsVersions[locale],
                                      form: form.flatMap { $0.declared ? $0.id : nil }, ageBasis: corrected ? .corrected : .chronological,
                                      ageMonths: months, status: .notApplicable, scores: [], scoreRanges: [], band: nil, title: nil,
                                      missing: [], reason: nil, critical: [], recommendations: [], outcome: .incomplete,
                                      holdsForAnyMissing: false, explanation: [])
        guard instrument.ages.contains(months), let form else {
            try validateAgainstAllForms(response, instrument, base)
            result.reason = "the child is \(months) months old (\(corrected ? "corrected" : "chronological") age); \(instrument.id) is valid for \(instrument.ages.description)"
            result.explanation = trace + (explain ? ["not applicable: " + result.reason!] : [])
            return result
        }
        let frame = EvalFrame(itemCount: form.items.count, scoreCount: form.scores.count)
        var severalTicked: [String] = []
        try fill(frame, form, response, instrument, base, severalTicked: &severalTicked)
        if !severalTicked.isEmpty {
            warnings.append(WarningText.make("several_ticked", [instrument.id, severalTicked.joined(separator: ", ")], instrument: instrument.id, locale: locale))
        }

        if let link = instrument.follows, let stage {
            guard stage.status == .scored, let band = stage.band, link.bands.contains(band) else {
                result.reason = stage.status == .scored
                    ? "\(instrument.id) follows \(link.instrument) bands \(link.bands.joined(separator: ", ")); \(link.instrument) gave \(stage.band ?? "no band")"
                    : "\(link.instrument) could not be scored, so its follow-up cannot be interpreted"
                result.status = stage.status == .scored ? .notApplicable : .incomplete
                result.explanation = trace + (explain ? [result.reason!] : [])
                return result
            }
            if link.onlyFailedItems {
                for (i, item) in form.items.enumerated() where !stage.failedItems.contains(item.id) {
                    if frame.selected[i] != 0 {
                        warnings.append(WarningText.make("stage_item_passed", [instrument.id, item.id, link.instrument], instrument: instrument.id, locale: locale))
                        continue
                    }
                    // Passed at the first stage: not asked again, counts as its lowest option (pass).
                    if let k = item.options.indices.min(by: { item.options[$0].points < item.options[$1].points }) {
                        frame.selected[i] = 1 << UInt64(k)
                        frame.points[i] = Interval(exactly: item.options[k].points)
                        if explain { trace.append("\(item.id): passed at \(link.instrument), counts as \(item.options[k].id)") }
                    }
                }
            }
        }
        frame.ages = [Double(months), Double(ages.chronological.months),
                      Double(ages.corrected(termWeeks: instrument.prematurity?.termWeeks ?? 40)?.age.months ?? ages.chronological.months),
                      Double(exact.days)]
        let missingItems = form.items.indices.filter { frame.selected[$0] == 0 }
        if explain { explainItems(form, frame, &trace) }

        computeScores(form, frame, instrument, locale, &warnings, &trace)
        for (j, s) in form.scores.enumerated() {
            let v = frame.scores[j]
            if v.isExact { result.scores.append((s.id, v.lo)) } else { result.scoreRanges.append((s.id, v)) }
        }
        if frame.divisionByZero {
            warnings.append(WarningText.make("division_by_zero", [instrument.id], instrument: instrument.id, locale: locale))
        }

        var fired: [CriticalRule] = [], undecidedCritical: [CriticalRule] = []  // var: enumeration may decide
        for c in form.critical {
            let t = c.condition.run(frame)
            if explain { trace.append("critical \(c.id): \(c.source) → \(Self.word(t))") }
            if t == .yes { fired.append(c) } else if t == .unknown { undecidedCritical.append(c) }
        }
        var band: Band? = nil
        var undecided = false
        for b in form.bands {
            let t = b.condition.run(frame)
            if explain { trace.append("band \(b.id): \(b.source) → \(Self.word(t))") }
            if t == .yes { band = b; break }
            if t == .unknown { undecided = true; break }
        }
        if undecided || !undecidedCritical.isEmpty,
           let exact = enumerateCompletions(form, frame, instrument, locale, missing: missingItems) {
            // Intervals can be wider than the truth when a rule reads an item twice: every way the
            // missing answers could be given, tried one by one, decides it exactly.
            if let only = exact.bands.first, exact.bands.count == 1, let b = only {
                band = form.bands[b]
                undecided = false
            }
            for c in undecidedCritical where exact.criticalAlways.contains(c.id) { fired.append(c) }
            undecidedCritical.removeAll { exact.criticalAlways.contains($0.id) || exact.criticalNever.contains($0.id) }
            result.scoreRanges = result.scoreRanges.map { id, _ in (id, exact.ranges[id] ?? .unbounded) }
            if explain { trace.append("every completion of the missing answers tried: bands \(exact.bands.map { $0.map { form.bands[$0].id } ?? "none" }.sorted())") }
        }
        if let override = fired.compactMap(\.band).first, let b = form.bands.first(where: { $0.id == override }) {
            band = b
            undecided = false
        }
        result.critical = fired.map(\.id)
        let tooManyMissing = instrument.maxMissing.map { missingItems.count > $0 } ?? false
        if let b = band, !undecided, undecidedCritical.isEmpty, !tooManyMissing {
            result.status = .scored
            result.band = b.id
            result.title = b.title[locale]
            result.outcome = b.outcome
            result.holdsForAnyMissing = !missingItems.isEmpty
            result.missing = missingItems.map { form.items[$0].id }
            for r in b.recommendations where r.condition.map({ $0.run(frame) == .yes }) ?? true {
                result.recommendations.append(RecommendationResult(referral: r.referral, urgency: r.urgency, band: b.id))
            }
            if explain && !missingItems.isEmpty { trace.append("band \(b.id) holds whatever the \(missingItems.count) missing answer(s) would have been") }
        } else {
            result.status = .incomplete
            result.outcome = .incomplete
            let relevant = Set(form.scores.flatMap(\.items) + undecidedCritical.flatMap(\.items))
            let deciding = missingItems.filter { relevant.contains($0) }
            result.missing = (deciding.isEmpty ? missingItems : deciding).map { form.items[$0].id }
            if tooManyMissing {
                result.reason = "\(missingItems.count) items unanswered; \(instrument.id) allows at most \(instrument.maxMissing!)"
            } else if !undecidedCritical.isEmpty {
                result.reason = "critical rule \(undecidedCritical.map(\.id).joined(separator: ", ")) depends on unanswered items"
            } else if undecided {
                result.reason = "the band depends on unanswered items: \(result.missing.joined(separator: ", "))"
            } else {
                result.reason = "no band matched"
            }
            if explain { trace.append("incomplete: " + result.reason!) }
        }
        for c in fired {
            if let o = c.outcome { result.outcome = max(result.outcome, o) }
            for r in c.recommendations where r.condition.map({ $0.run(frame) == .yes }) ?? true {
                result.recommendations.append(RecommendationResult(referral: r.referral, urgency: r.urgency, critical: c.id))
            }
        }
        if explain {
            for r in result.recommendations { trace.append("recommend \(r.referral) (\(r.urgency)) because of \(r.reason)") }
            trace.append("outcome: \(result.outcome.rawValue)")
        }
        result.explanation = trace
        return result
    }

    /// At most this many completions of the missing answers are tried one by one.
    static let maxCompletions = 4096

    struct Completions {
        /// The band index (nil: none) each completion gives, as a set.
        var bands: Set<Int?>
        var criticalAlways: Set<String>
        var criticalNever: Set<String>
        /// Each score's exact lowest and highest over the completions.
        var ranges: [String: Interval]
    }

    /// Tries every completion of the missing answers, when there are few enough and every score
    /// that reads them uses the range rule (a published fill rule is not second-guessed).
    func enumerateCompletions(_ form: Form, _ frame: EvalFrame, _ instrument: Instrument, _ locale: Locale,
                              missing: [Int]) -> Completions? {
        guard !missing.isEmpty else { return nil }
        let missingSet = Set(missing)
        guard form.scores.allSatisfy({ $0.fill == .interval || Set($0.items).isDisjoint(with: missingSet) }),
              missing.allSatisfy({ form.items[$0].selection == .one }) else { return nil }
        var total = 1
        for i in missing {
            total *= form.items[i].options.count
            if total > Self.maxCompletions { return nil }
        }
        let saved = (frame.points, frame.selected, frame.scores)
        defer { (frame.points, frame.selected, frame.scores) = saved }
        var bands = Set<Int?>()
        var fires: [String: (yes: Bool, no: Bool)] = [:]
        var ranges: [String: Interval] = [:]
        var choice = Array(repeating: 0, count: missing.count)
        var ignored: [Warning] = [], noTrace: [String] = []
        let quiet = Evaluator(set: set, explain: false)
        while true {
            for (i, c) in zip(missing, choice) {
                frame.selected[i] = 1 << UInt64(c)
                frame.points[i] = Interval(exactly: form.items[i].options[c].points)
            }
            quiet.computeScores(form, frame, instrument, locale, &ignored, &noTrace)
            for (j, sc) in form.scores.enumerated() {
                let v = frame.scores[j]
                ranges[sc.id] = ranges[sc.id].map { Interval(min($0.lo, v.lo), max($0.hi, v.hi)) } ?? v
            }
            for c in form.critical {
                let t = c.condition.run(frame)
                var f = fires[c.id] ?? (false, false)
                if t == .yes { f.yes = true } else { f.no = true }
                fires[c.id] = f
            }
            bands.insert(form.bands.firstIndex { $0.condition.run(frame) == .yes })
            var k = 0
            while k < missing.count {
                choice[k] += 1
                if choice[k] < form.items[missing[k]].options.count { break }
                choice[k] = 0
                k += 1
            }
            if k == missing.count { break }
        }
        return Completions(bands: bands, criticalAlways: Set(fires.filter { $0.value.yes && !$0.value.no }.keys),
                           criticalNever: Set(fires.filter { !$0.value.yes && $0.value.no }.keys), ranges: ranges)
    }

    static func word(_ t: Truth) -> String {
        switch t {
        case .yes: "true"
        case .no: "false"
        case .unknown: "unknown (depends on missing answers)"
        }
    }

    /// Puts the answers into the frame; every unknown item, option or type is a request error.
    func fill(_ frame: EvalFrame, _ form: Form, _ response: Response, _ instrument: Instrument, _ base: String,
              severalTicked: inout [String]) throws(RequestError) {
        for (i, item) in form.items.enumerated() { frame.points[i] = Interval(item.minPoints, item.maxPoints) }
        var seen = [Bool](repeating: false, count: form.items.count)
        for (position, (itemID, answer)) in response.answers.enumerated() {
            var ptr: String { base + "/answers/" + JSONPointer.escape(itemID) }
            // Answers usually come in the form's order: try that item before hashing the id.
            let guess = position < form.items.count && form.items[position].id == itemID ? position : nil
            guard let i = guess ?? form.itemIndex[itemID] else {
                let onOther = instrument.forms.contains { $0.itemIndex[itemID] != nil }
                throw RequestError("unknown_item", onOther
                    ? "item \(itemID) of \(instrument.id) is not on form \(form.id)"
                    : "\(instrument.id) has no item \"\(itemID)\"" + Suggestion.hint(for: itemID, in: form.items.map(\.id)), pointer: ptr)
            }
            let item = form.items[i]
            // The strict reader rejects duplicate keys; the fast scanner leaves that to here.
            if seen[i] { throw RequestError("duplicate_key", "key \"\(itemID)\" appears twice in the same object", pointer: ptr) }
            seen[i] = true
            switch answer {
            case .missing:
                continue
            case .option(let o):
                let k = try optionIndex(item, o, instrument, ptr)
                frame.selected[i] = 1 << UInt64(k)
                frame.points[i] = Interval(exactly: item.options[k].points)
            case .options(let os):
                if os.isEmpty { continue }
                if item.selection == .one && os.count > 1 && !instrument.severalTickedTakesMostConcerning {
                    throw RequestError("several_answers", "item \(itemID) of \(instrument.id) takes one answer; found \(os.count)", pointer: ptr)
                }
                var bits: UInt64 = 0, best = -Double.infinity
                for (n, o) in os.enumerated() {
                    let k = try optionIndex(item, o, instrument, ptr + "/\(n)")
                    bits |= 1 << UInt64(k)
                    best = max(best, item.options[k].points)
                }
                if item.selection == .one && os.count > 1 {
                    // Only the most concerning box counts, for option tests as for points.
                    severalTicked.append(itemID)
                    let k = os.compactMap { item.optionIndex($0) }.max { item.options[$0].points < item.options[$1].points }!
                    bits = 1 << UInt64(k)
                }
                frame.selected[i] = bits
                // Several ticked boxes score as the most concerning one.
                frame.points[i] = Interval(exactly: best)
            case .number:
                throw RequestError("wrong_type", "item \(itemID) of \(instrument.id) takes an option id (\(item.options.map { "\"\($0.id)\"" }.joined(separator: ", "))), not a number", pointer: ptr)
            }
        }
    }

    func optionIndex(_ item: Item, _ o: String, _ instrument: Instrument, _ ptr: @autoclosure () -> String) throws(RequestError) -> Int {
        guard let k = item.optionIndex(o) else {
            throw RequestError("unknown_option", "item \(item.id) of \(instrument.id) has no option \"\(o)\"; options are \(item.options.map(\.id).joined(separator: ", "))", pointer: ptr())
        }
        return k
    }

    func validateAgainstAllForms(_ response: Response, _ instrument: Instrument, _ base: String) throws(RequestError) {
        for (itemID, answer) in response.answers {
            var ptr: String { base + "/answers/" + JSONPointer.escape(itemID) }
            guard let item = instrument.anyFormItems[itemID] else {
                throw RequestError("unknown_item", "\(instrument.id) has no item \"\(itemID)\"", pointer: ptr)
            }
            switch answer {
            case .option(let o): _ = try optionIndex(item, o, instrument, ptr)
            case .options(let os): for (n, o) in os.enumerated() { _ = try optionIndex(item, o, instrument, ptr + "/\(n)") }
            case .number: throw RequestError("wrong_type", "item \(itemID) of \(instrument.id) takes an option id, not a number", pointer: ptr)
            case .missing: break
            }
        }
    }

    /// Scores in dependency order, each with its own missing-answer rule.
    func computeScores(_ form: Form, _ frame: EvalFrame, _ instrument: Instrument, _ locale: Locale, _ warnings: inout [Warning], _ trace: inout [String]) {
        for (j, s) in form.scores.enumerated() {
            let missing = s.items.filter { frame.selected[$0] == 0 }
            var note = ""
            switch s.fill {
            case .interval:
                frame.scores[j] = s.expression.run(frame)
            case .zero:
                frame.scores[j] = withMissing(missing, setTo: 0, frame) { s.expression.run(frame) }
                if !missing.isEmpty {
                    note = "; unanswered \(missing.map { form.items[$0].id }.joined(separator: ", ")) counted as 0 as the instrument's rule says"
                    warnings.append(WarningText.make("missing_counted_as_zero", [instrument.id, "\(missing.count)", s.id], instrument: instrument.id, locale: locale))
                }
            case .prorate(let max):
                if !missing.isEmpty && missing.count <= max && missing.count < s.items.count {
                    let answeredSum = withMissing(missing, setTo: 0, frame) { s.expression.run(frame) }
                    let n = Double(s.items.count), m = Double(missing.count)
                    frame.scores[j] = Interval(exactly: answeredSum.lo * n / (n - m))
                    note = "; \(missing.count) unanswered item(s) prorated from the answered ones"
                    warnings.append(WarningText.make("missing_prorated", [instrument.id, s.id, "\(missing.count)"], instrument: instrument.id, locale: locale))
                } else {
                    frame.scores[j] = s.expression.run(frame)
                }
            }
            if explain { trace.append("score \(s.id) = \(s.source) = \(frame.scores[j])\(note)") }
        }
    }

    func withMissing(_ items: [Int], setTo v: Double, _ frame: EvalFrame, _ body: () -> Interval) -> Interval {
        if items.isEmpty { return body() }
        let saved = items.map { frame.points[$0] }
        for i in items { frame.points[i] = Interval(exactly: v) }
        let r = body()
        for (i, p) in zip(items, saved) { frame.points[i] = p }
        return r
    }

    func explainItems(_ form: Form, _ frame: EvalFrame, _ trace: inout [String]) {
        for (i, item) in form.items.enumerated() {
            let bits = frame.selected[i]
            if bits == 0 {
                trace.append("\(item.id): not answered → \(frame.points[i]) points")
            } else {
                let ticked = item.options.indices.filter { bits & (1 << UInt64($0)) != 0 }.map { item.options[$0].id }
                trace.append("\(item.id) = \(ticked.joined(separator: "+")) → \(frame.points[i]) point\(frame.points[i] == Interval(exactly: 1) ? "" : "s")")
            }
        }
    }

    /// One entry per referral: the highest urgency, every reason, a due date from the catalog.
    func merge(_ results: [InstrumentResult], assessedOn: CalendarDate, locale: Locale) -> [MergedReferral] {
        var out: [MergedReferral] = []
        let catalog = set.referrals
        for r in results {
            for rec in r.recommendations {
                let reason = (r.instrument, rec.band, rec.critical)
                let days = catalog.referrals[rec.referral]?.dueDays[rec.urgency] ?? 0
                if let k = out.firstIndex(where: { $0.referral == rec.referral }) {
                    out[k].reasons.append(reason)
                    if (catalog.urgency(rec.urgency)?.rank ?? 0) > (catalog.urgency(out[k].urgency)?.rank ?? 0) {
                        out[k].urgency = rec.urgency
                        out[k].dueBy = assessedOn.adding(days: days)
                    }
                } else {
                    out.append(MergedReferral(referral: rec.referral, urgency: rec.urgency, dueBy: assessedOn.adding(days: days),
                                              title: catalog.referrals[rec.referral]?.title[locale] ?? rec.referral, reasons: [reason]))
                }
            }
        }
        return out
    }
}
