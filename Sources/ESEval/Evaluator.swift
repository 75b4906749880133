import ESSource
import ESExpr
import ESModel
import Synchronization
/// Evaluates screening requests against a loaded instrument set.
///
/// Missing answers are never read as "no risk": every score is an interval over all the ways the
/// missing answers could have been given, and a band stands only when every one of those ways
/// lands in it. The explanation is recorded while evaluating, so it cannot disagree with the result.
package struct Evaluator: Sendable {
    package let set: InstrumentSet
    /// Record a step-by-step trace in each result.
    package var explain: Bool
    /// The failing embedded tests of a draft set scored anyway: stamped on every result.
    package var draftFailures: [String] = []
    /// Oldest age the engine accepts, in completed months (8 years).
    package static let maxAgeMonths = 96
    /// The same in days (97 months of at most 31 days).
    package static let maxAgeDays = 97 * 31

    package init(set: InstrumentSet, explain: Bool = false) {
        self.set = set
        self.explain = explain
        func perLocale<T>(_ make: (Locale) -> T) -> [T] { Locale.bySlot.map(make) }
        listed = set.instruments.values.sorted { $0.id < $1.id }
        listedIDs = IDIndex(listed.map(\.id))
        secondStage = listed.map(\.isSecondStage)
        translationNotes = listed.map { i in perLocale { Self.translationNote(i.locales[$0], i.id, i.title[$0], $0) } }
        catalogNotes = perLocale { Self.translationNote(set.referrals.locales[$0], nil, nil, $0) }
        let referrals = set.referrals.referrals.sorted { $0.key < $1.key }
        referralIDs = IDIndex(referrals.map(\.key))
        referralFacts = referrals.map { _, r in
            let due = r.dueDays.sorted { $0.key < $1.key }
            return ReferralFacts(urgencies: IDIndex(due.map(\.key)), dueDays: due.map(\.value), titles: perLocale { r.title[$0] })
        }
        let (ids, facts) = (referralIDs, referralFacts)
        formsOf = listed.map { i in i.forms.map { PreparedForm($0, of: i, planned: true, referralIDs: ids, referralFacts: facts) } }
    }

    /// The set's instruments, sorted by id, and where each id is among them.
    let listed: [Instrument]
    let listedIDs: IDIndex
    /// Whether each listed instrument follows another, read per request without copying the instrument.
    let secondStage: [Bool]

    /// Each instrument's translation warning (by its place in `listed`) in each locale (by `Locale.slot`), and the referral
    /// catalog's: made once, for a visit in az or ru gives one per instrument, each a template filled.
    let translationNotes: [[Warning?]]
    let catalogNotes: [Warning?]

    /// What merging needs of a referral, found with one lookup per recommendation.
    final class ReferralFacts: Sendable {
        /// Days from the visit to the due date, by urgency (`dueDays[urgencies.index(of: u)]`).
        let urgencies: IDIndex
        let dueDays: [Int]
        /// The title in each locale, by `Locale.slot`.
        let titles: [String]
        init(urgencies: IDIndex, dueDays: [Int], titles: [String]) {
            self.urgencies = urgencies
            self.dueDays = dueDays
            self.titles = titles
        }

        /// Days from the visit to the due date at this urgency; nil when the catalog gives none.
        func days(_ urgency: String) -> Int? { urgencies.index(of: urgency).map { dueDays[$0] } }
    }
    /// Each listed instrument's forms, each behind one reference with what is made of it once.
    let formsOf: [[PreparedForm]]

    /// A form, and its bands prepared where their recommendations are the same at every visit
    /// (`PreparedBand`). Scoring reads the form from here: a `let` of a class is lent to each
    /// step as it is, where a form taken out of an instrument's array was copied, each of its
    /// arrays retained and released.
    final class PreparedForm: Sendable {
        let form: Form
        let bands: [PreparedBand?]
        /// For a form of one score: the result's `scores` for each whole value from 0 to the most
        /// its items can give (at most 64), made once and shared, as small strings are.
        let oneScore: [[(String, Double)]]
        /// The form's scores and bands as a table, when it is scored by sums alone (`SumPlan`).
        let plan: SumPlan?
        /// A frame for this form kept between evaluations (0 when none is kept, or another thread
        /// holds it): taken and given back atomically, where making one cost an allocation and
        /// its release.
        private let spare = Atomic<UInt>(0)

        /// `form` of instrument `instrument`, with the catalog's referrals as the evaluator keeps them.
        /// `planned`: make the form's `SumPlan` when it can have one.
        init(_ form: Form, of owner: Instrument, planned: Bool, referralIDs: IDIndex, referralFacts: [ReferralFacts]) {
            let instrument = owner.id
            self.form = form
            plan = planned ? SumPlan(form, secondStage: owner.isSecondStage, tables: Set(owner.tables.keys)) : nil
            bands = form.bands.map { b in
                b.recommendations.allSatisfy { $0.condition == nil && $0.atAgeMonths == nil }
                    ? PreparedBand(b, of: instrument, referralIDs: referralIDs, referralFacts: referralFacts) : nil
            }
            let most = form.items.reduce(0) { $0 + $1.maxPoints }
            oneScore = form.scores.count == 1 && most >= 0 && most <= 64
                ? (0...Int(most)).map { [(form.scores[0].id, Double($0))] } : []
        }

        /// The scores in the frame as the result lists them, when they are one of `oneScore`.
        func sharedScores(_ frame: EvalFrame) -> [(String, Double)]? {
            guard !oneScore.isEmpty else { return nil }
            let v = frame.scores[0]
            // Whole and positive: +0 only, for -0 is written otherwise.
            guard v.isExact, v.lo >= 0, v.lo < Double(oneScore.count), v.lo.rounded(.towardZero) == v.lo,
                  v.lo.sign == .plus else { return nil }
            return oneScore[Int(v.lo)]
        }

        /// The scores as the result lists them for the plan's `key`.
        func planScores(_ plan: SumPlan, _ key: Int) -> [(String, Double)] {
            if !oneScore.isEmpty && key < oneScore.count { return oneScore[key] }
            return form.scores.indices.map { (form.scores[$0].id, Double(plan.total(key, $0))) }
        }

        deinit {
            let kept = spare.load(ordering: .relaxed)
            if kept != 0 { Unmanaged<EvalFrame>.fromOpaque(UnsafeRawPointer(bitPattern: kept)!).release() }
        }

        /// A frame for this form, all values zero: the kept one when no other evaluation has it,
        /// else a new one. Given back with `giveBack` when the evaluation is done with it.
        func takeFrame() -> EvalFrame {
            let kept = spare.exchange(0, ordering: .acquiring)
            guard kept != 0 else { return EvalFrame(itemCount: form.items.count, scoreCount: form.scores.count) }
            return Unmanaged<EvalFrame>.fromOpaque(UnsafeRawPointer(bitPattern: kept)!).takeRetainedValue()
        }

        /// Keeps `frame` for the next evaluation, zeroed, unless another is kept already or anything
        /// besides the caller's variable holds it: the evaluation on another thread that gave it
        /// back before may not have let go of its own variable yet.
        func giveBack(_ frame: inout EvalFrame) {
            guard isKnownUniquelyReferenced(&frame) else { return }
            frame.reset()
            let mine = UInt(bitPattern: Unmanaged.passRetained(frame).toOpaque())
            if !spare.compareExchange(expected: 0, desired: mine, ordering: .releasing).exchanged {
                Unmanaged<EvalFrame>.fromOpaque(UnsafeRawPointer(bitPattern: mine)!).release()
            }
        }
    }

    /// A band whose recommendations are the same at every visit (no condition, no due age): its
    /// recommendations as results, which a result in the band shares instead of making its own,
    /// and the referral each gives on its own in each locale, which merging copies and dates.
    final class PreparedBand: Sendable {
        let instrument: String
        /// What `recommend` gives for the band.
        let recommendations: [RecommendationResult]
        /// By recommendation, then `Locale.slot`: its merged referral, due on the visit day.
        let merged: [[MergedReferral]]
        /// By recommendation: days from the visit to its due date, from the catalog.
        let dueDays: [Int]

        init(_ band: Band, of instrument: String, referralIDs: IDIndex, referralFacts: [ReferralFacts]) {
            self.instrument = instrument
            let recommendations = band.recommendations.map { RecommendationResult($0, band: band.id) }
            let facts = recommendations.map { r in referralIDs.index(of: r.referral).map { referralFacts[$0] } }
            self.recommendations = recommendations
            dueDays = recommendations.indices.map { facts[$0]?.days(recommendations[$0].urgency) ?? 0 }
            merged = recommendations.indices.map { k in
                let r = recommendations[k]
                return Locale.bySlot.map { l in
                    MergedReferral(referral: r.referral, urgency: r.urgency, dueBy: CalendarDate(dayNumber: 0),
                                   title: facts[k]?.titles[l.slot] ?? r.referral, reasons: [(instrument, r.band, r.critical, r.lowerBound)])
                }
            }
        }

        /// Whether `result` still has this band's recommendations as they were handed out: any
        /// change to them made a copy of the array (this class holds the original), so the same
        /// buffer means the same recommendations.
        func isShared(by result: InstrumentResult) -> Bool {
            guard result.instrument == instrument else { return false }
            return result.recommendations.withUnsafeBufferPointer { a in
                recommendations.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress && a.count == b.count }
            }
        }
    }

    /// The forms prepared for `instrument`, found by its id; an instrument not of this set (or
    /// changed since) has its forms prepared on the spot. A request's own instruments are found
    /// once, by `evaluate(_:)`, which passes their prepared forms along.
    func preparedForms(_ instrument: Instrument) -> [PreparedForm] {
        if let k = listedIDs.index(of: instrument.id), listed[k].isCopy(of: instrument) { return formsOf[k] }
        // No plan: only a request read against the set's own forms has answers a plan reads, so one
        // made here would seldom be used, and making one per call cost the embedded-test runner
        // (which calls this for every test of every mutant) minutes.
        return instrument.forms.map { PreparedForm($0, of: instrument, planned: false, referralIDs: referralIDs, referralFacts: referralFacts) }
    }

    /// The forms scored by a `SumPlan` when every item is answered, as `instrument/form`, by instrument id.
    package var plannedForms: [String] {
        listed.indices.flatMap { k in formsOf[k].filter { $0.plan != nil }.map { listed[k].id + "/" + $0.form.id } }
    }

    /// The catalog's referrals, sorted by id: `referralFacts[referralIDs.index(of: id)]`.
    let referralIDs: IDIndex
    let referralFacts: [ReferralFacts]

    /// What a second stage needs from its first stage.
    package struct StageContext: Sendable {
        package var status: InstrumentResult.Status
        package var band: String?
        package var failedItems: Set<String>
        /// When the first stage is incomplete: the bands it could still reach.
        package var possibleBands: [String] = []
        /// First-stage items left unanswered: they may have failed, so their follow-up is asked.
        package var openItems: Set<String> = []

        package init(status: InstrumentResult.Status, band: String?, failedItems: Set<String>,
                    possibleBands: [String] = [], openItems: Set<String> = []) {
            self.status = status
            self.band = band
            self.failedItems = failedItems
            self.possibleBands = possibleBands
            self.openItems = openItems
        }
    }

    package func evaluate(_ request: ScreeningRequest) throws(RequestError) -> ScreeningResult {
        guard request.assessedOn >= request.birthDate else {
            throw RequestError(.assessedBeforeBirth, "assessed_on \(request.assessedOn) is before birth_date \(request.birthDate)", pointer: "/assessed_on")
        }
        let ages = ChildAges(request)
        guard ages.chronological.months <= Self.maxAgeMonths else {
            throw RequestError(.ageOutOfRange, "the child is \(ages.chronological.months) months old; earlyscreen supports ages up to \(Self.maxAgeMonths) months (8 years)", pointer: "/child/birth_date")
        }
        guard !request.responses.isEmpty else {
            throw RequestError(.noResponses, "responses is empty; give the answers to at least one instrument", pointer: "/responses")
        }
        // The instruments by their place in `listed`, in a buffer that lives as long as this call
        // (on the stack for any real visit): no array is made for them.
        return try withUnsafeTemporaryAllocation(of: Int.self, capacity: request.responses.count) { (picked) throws(RequestError) in
            for (i, r) in request.responses.enumerated() {
                guard let k = listedIDs.index(of: r.instrument) else {
                    throw RequestError(.unknownInstrument, "unknown instrument \"\(r.instrument)\"; the set has \(set.ids.joined(separator: ", "))" + Suggestion.hint(for: r.instrument, in: set.ids), pointer: "/responses/\(i)/instrument")
                }
                if let first = Self.index(of: r.instrument, in: request.responses, before: i) {
                    throw RequestError(.duplicateInstrument, "instrument \(r.instrument) is answered twice (also at /responses/\(first))", pointer: "/responses/\(i)/instrument")
                }
                picked[i] = k
            }
            return try evaluate(request, ages, picked)
        }
    }

    /// The request's instruments found (`listed[picked[i]]` answers response i): scores every response, first stages first.
    private func evaluate(_ request: ScreeningRequest, _ ages: ChildAges, _ picked: UnsafeMutableBufferPointer<Int>) throws(RequestError) -> ScreeningResult {
        var warnings: [Warning] = []
        var done: [InstrumentResult] = []
        done.reserveCapacity(request.responses.count)
        if !picked.contains(where: { secondStage[$0] }) {
            // Each response by its address in the array's buffer: passed as a value, it was copied whole.
            try request.responses.withUnsafeBufferPointer { (responses) throws(RequestError) in
                for i in responses.indices {
                    done.append(try evaluate(responses.baseAddress! + i, index: i, instrument: listed[picked[i]], forms: formsOf[picked[i]], ages: ages, stage: nil,
                                             locale: request.locale, warnings: &warnings))
                }
            }
        } else {
            var results = [InstrumentResult?](repeating: nil, count: request.responses.count)
            // First stages before the stages that follow them, whatever the request's order.
            let order = request.responses.indices.sorted { (listed[picked[$0]].follows == nil ? 0 : 1, $0) < (listed[picked[$1]].follows == nil ? 0 : 1, $1) }
            for i in order {
                let instrument = listed[picked[i]]
                var stage: StageContext? = nil
                if let f = instrument.follows, let j = Self.index(of: f.instrument, in: request.responses), let first = results[j] {
                    stage = stageContext(f, first, request.responses[j])
                }
                results[i] = try withUnsafePointer(to: request.responses[i]) { (response) throws(RequestError) in
                    try evaluate(response, index: i, instrument: instrument, forms: formsOf[picked[i]], ages: ages, stage: stage,
                                 locale: request.locale, warnings: &warnings)
                }
            }
            done = results.map { $0! }
        }
        // A second stage scored in this visit carries out the referral its first stage asked for;
        // one begun but not finished leaves that referral standing, with its due date.
        for i in picked.indices where secondStage[picked[i]] {
            let instrument = listed[picked[i]]
            guard let f = instrument.follows, let r = f.fulfils, let j = Self.index(of: f.instrument, in: request.responses),
                  done[i].status == .scored else { continue }
            guard done[j].recommendations.contains(where: { $0.referral == r }) else { continue }
            done[j].recommendations.removeAll { $0.referral == r }
            if explain {
                let step = ExplanationStep.carriedOut(referral: .init(id: r, title: set.referrals.referrals[r]?.title ?? .empty),
                                                      by: .init(id: instrument.id, title: instrument.title))
                done[j].explanation.insert(step, at: max(0, done[j].explanation.count - 1))
            }
        }
        if request.locale != .en {
            let l = request.locale.slot
            for k in picked { if let note = translationNotes[k][l] { warnings.append(note) } }
            if done.indices.contains(where: { !done[$0].recommendations.isEmpty }), let note = catalogNotes[l] { warnings.append(note) }
        }
        // Before term there is no corrected age to show (it is not 0): the report gives the term date.
        let corrected = ages.termDateAhead == nil ? ages.corrected(termWeeks: 40) : nil
        // By index, here and above: iterating the results would copy each whole.
        var outcome = done[0].outcome
        for i in done.indices.dropFirst() { outcome = max(outcome, done[i].outcome) }
        return ScreeningResult(id: request.id, ages: ages, correctedAge: corrected?.age, correctedFrom: corrected?.from,
                               results: done, referrals: merge(done, assessedOn: request.assessedOn, locale: request.locale),
                               outcome: outcome, warnings: warnings, locale: request.locale,
                               context: request.context, draftFailures: draftFailures)
    }

    /// Where `instrument` is answered among the first `end` responses (all by default). A visit
    /// answers a handful of instruments, so a scan beats hashing. It cannot turn quadratic: a
    /// request is refused at its first unknown or repeated instrument, so the scans stop within
    /// the set's few instruments.
    static func index(of instrument: String, in responses: [Response], before end: Int? = nil) -> Int? {
        responses[..<(end ?? responses.count)].firstIndex { $0.instrument == instrument }
    }

    /// The warning that the texts of an instrument (`what`), or of the referral catalog (nil), in
    /// `locale` are missing or not validated; nil when they are validated.
    static func translationNote(_ status: TranslationStatus?, _ what: String?, _ title: String?, _ locale: Locale) -> Warning? {
        let name = title ?? WarningText.catalog[locale]!
        switch status {
        case nil: return WarningText.make(.translationMissing, [name, locale.rawValue], instrument: what, locale: locale)
        case .notValidated?: return WarningText.make(.translationNotValidated, [name, locale.rawValue], instrument: what, locale: locale)
        default: return nil
        }
    }

    /// Items that scored points at the first stage (failed), read from its answers; a second stage
    /// with `only_failed_items` asks only these.
    /// What a second stage is told of its first stage's result and answers.
    package func stageContext(_ link: StageLink, _ first: InstrumentResult, _ response: Response) -> StageContext {
        let firstForm = set[link.instrument]?.forms.first { $0.id == (first.form ?? "all") }
        return StageContext(status: first.status, band: first.band, failedItems: Set(Self.failedItems(firstForm, response)),
                            possibleBands: first.possibleBands, openItems: Set(first.status == .incomplete ? first.missing : []))
    }

    /// What to ask of one response of a visit at the desk, decided by the same gate that scores it.
    package enum ItemsToAsk: Sendable {
        case ask([Item])
        /// Out of the instrument's ages, or before term-equivalent age.
        case notForThisAge
        /// A second stage its first stage's answers do not call for (or not yet).
        case notCalledFor
    }

    package func itemsToAsk(_ request: ScreeningRequest, response r: Int) -> ItemsToAsk {
        guard request.responses.indices.contains(r), let instrument = set[request.responses[r].instrument] else { return .notForThisAge }
        let ages = ChildAges(request)
        let months = ages.exactAge(for: instrument).months
        let form = instrument.form(forMonths: months)
        var stage: StageContext? = nil
        if let link = instrument.follows {
            guard let first = request.responses.first(where: { $0.instrument == link.instrument }) else { return .notCalledFor }
            var alone = request
            alone.responses = [first]
            guard let result = (try? evaluate(alone))?.results.first else { return .notCalledFor }
            stage = stageContext(link, result, first)
        }
        var ignored: [Warning] = []
        switch gate(instrument, months: months, hasForm: form != nil, ages: ages, stage: stage, locale: request.locale, &ignored) {
        case .beforeTerm, .outOfRange:
            return .notForThisAge
        case .notNeeded, .firstStageOpen:
            return .notCalledFor
        case .applies:
            guard let form else { return .notForThisAge }
            // Items the first stage passed are not asked again (they count as passed).
            guard instrument.follows?.onlyFailedItems == true, let stage else { return .ask(form.items) }
            return .ask(form.items.filter { stage.failedItems.contains($0.id) || stage.openItems.contains($0.id) })
        }
    }

    package static func failedItems(_ form: Form?, _ response: Response) -> [String] {
        guard let form else { return [] }
        return response.answers.compactMap { item, answer in
            guard case .option(let o) = answer, let idx = form.itemIndex[item],
                  let opt = form.items[idx].options.first(where: { $0.id == o }), opt.points > 0 else { return nil }
            return item
        }
    }

    /// Why a response is not scored against its form at all (docs/decisions.md).
    package enum Gate {
        case applies
        /// A premature baby before term-equivalent age; the day term is reached.
        case beforeTerm(CalendarDate)
        case outOfRange
        /// The first stage's band does not call for this second stage.
        case notNeeded(firstBand: String)
        /// The first stage is unfinished, and its open bands do not settle whether this stage is needed.
        case firstStageOpen
    }

    /// What the steps of scoring one response share.
    /// (The instrument and the response are passed beside it, borrowed: a copy of an Instrument
    /// in a struct retains every one of its fields, once per response.)
    struct Scoring {
        let index: Int
        let ages: ChildAges
        let exact: (months: Int, days: Int, corrected: Bool)
        let locale: Locale
        var months: Int { exact.months }
        /// The response's JSON Pointer, for request errors (made only when one is thrown).
        var base: String { "/responses/\(index)" }
    }

    /// Evaluates one response, in named steps: the age and its notes, the form, the gate (not
    /// scored: `scoreOutsideTheGate`), the answers, the scores, the bands the answers still allow,
    /// then a band that holds or an incomplete result, and the critical findings over both.
    /// `index` builds JSON Pointers for request errors.
    package func evaluate(_ response: Response, index: Int, instrument: Instrument, ages: ChildAges, stage: StageContext?,
                          locale: Locale, warnings: inout [Warning]) throws(RequestError) -> InstrumentResult {
        try withUnsafePointer(to: response) { (response) throws(RequestError) in
            try evaluate(response, index: index, instrument: instrument, forms: preparedForms(instrument), ages: ages, stage: stage,
                         locale: locale, warnings: &warnings)
        }
    }

    /// The same, with the instrument's forms prepared. The response is passed by its address and
    /// its fields read in place: passed as a value, it was copied whole (each of its strings and
    /// arrays retained, then released) for every response; the general way still copies it.
    private func evaluate(_ response: UnsafePointer<Response>, index: Int, instrument: Instrument, forms: [PreparedForm], ages: ChildAges, stage: StageContext?,
                          locale: Locale, warnings: inout [Warning]) throws(RequestError) -> InstrumentResult {
        let s = Scoring(index: index, ages: ages, exact: ages.exactAge(for: instrument), locale: locale)
        var trace: [ExplanationStep] = []
        noteAge(s, instrument, &warnings, &trace)
        var formMismatch = false
        guard let p = try pickForm(s, instrument, forms, named: response.pointee.form, mismatch: &formMismatch, &warnings) else {
            var result = newResult(instrument, s, form: nil)
            let gate = self.gate(instrument, months: s.months, hasForm: false, ages: s.ages, stage: stage, locale: s.locale, &warnings)
            try scoreOutsideTheGate(gate, s, instrument, response.pointee, nil, &result, &trace)
            return result
        }
        return try score(response, s, instrument, p, stage: stage, formMismatch: formMismatch, &warnings, &trace)
    }

    /// A response's result before its gate: not applicable until scored.
    private func newResult(_ instrument: Instrument, _ s: Scoring, form: String?) -> InstrumentResult {
        InstrumentResult(instrument: instrument.id, version: instrument.version, digest: instrument.digest,
                         textsVersion: instrument.textsVersions[s.locale], form: form,
                         ageBasis: s.exact.corrected ? .corrected : .chronological, ageMonths: s.months, status: .notApplicable,
                         scores: [], band: nil, title: nil, recommendations: [], outcome: .incomplete, holdsForAnyMissing: false)
    }

    /// The rest of `evaluate(_:index:…)` with the form picked.
    private func score(_ response: UnsafePointer<Response>, _ s: Scoring, _ instrument: Instrument, _ p: PreparedForm, stage: StageContext?, formMismatch: Bool,
                       _ warnings: inout [Warning], _ trace: inout [ExplanationStep]) throws(RequestError) -> InstrumentResult {
        let form = p.form
        var result = newResult(instrument, s, form: form.declared ? form.id : nil)
        let gate = self.gate(instrument, months: s.months, hasForm: true, ages: s.ages, stage: stage, locale: s.locale, &warnings)
        guard case .applies = gate else {
            try scoreOutsideTheGate(gate, s, instrument, response.pointee, form, &result, &trace)
            return result
        }
        try scoreApplying(response, s, instrument, p, stage: stage, formMismatch: formMismatch, &result, &warnings, &trace)
        return consume result
    }

    /// Scores a response its gate lets through, against its form.
    private func scoreApplying(_ r: UnsafePointer<Response>, _ s: Scoring, _ instrument: Instrument, _ p: PreparedForm, stage: StageContext?, formMismatch: Bool,
                               _ result: inout InstrumentResult, _ warnings: inout [Warning], _ trace: inout [ExplanationStep]) throws(RequestError) {
        let form = p.form
        let locale = s.locale
        if let plan = p.plan, stage == nil, !formMismatch, !explain, let picked = r.pointee.picked(for: form.answers),
           let key = plan.key(picked.choices), plan.bandOf[key] >= 0 {
            scoreByPlan(s, instrument, p, plan, key, &result)
            return
        }
        let response = r.pointee
        // Taken and given back, not lent to a closure: a closure here captured the evaluator
        // and the result, each copied whole.
        var frame = p.takeFrame()
        defer { p.giveBack(&frame) }
        let asked = try readAnswers(s, instrument, response, form, stage, frame, &warnings, &trace)
        let missingItems = form.items.indices.filter { frame.selected[$0] == 0 }
        // A published fill rule (missing counts 0, prorating) is for the odd unanswered item; past
        // the instrument's limit, or with nothing answered, the scores are ranges and cannot reassure.
        let tooFewAnswered = missingItems.count == asked || instrument.maxMissing.map { missingItems.count > $0 } ?? false
        computeScores(form, frame, instrument, locale, fillRules: !tooFewAnswered, &warnings, &trace)
        if let shared = p.sharedScores(frame) {
            result.scores = shared
        } else {
            for j in form.scores.indices {
                let v = frame.scores[j]
                if v.isExact { result.scores.append((form.scores[j].id, v.lo)) } else { result.scoreRanges.append((form.scores[j].id, v)) }
            }
        }
        if frame.divisionByZero {
            warnings.append(WarningText.make(.divisionByZero, [instrument.title[locale]], instrument: instrument.id, locale: locale))
        }
        let open = decideBands(s, instrument, form, frame, missing: missingItems, tooFewAnswered: tooFewAnswered, &result, &trace)
        result.critical = open.fired.map(\.id)
        let cannotReassure = tooFewAnswered || formMismatch
        if open.bands.count == 1, open.undecidedCritical.isEmpty,
           !(cannotReassure && form.bands[open.bands[0]].outcome == .noConcern) {
            settleScored(s, instrument, form, open.bands[0], ready: p.bands[open.bands[0]], frame, missing: missingItems, formMismatch: formMismatch, &result, &trace)
        } else {
            settleIncomplete(s, instrument, form, frame, open, missing: missingItems, asked: asked, tooFewAnswered: tooFewAnswered,
                             formMismatch: formMismatch, &result, &trace)
        }
        if stage == nil, instrument.isSecondStage, let link = instrument.follows {
            warnings.append(WarningText.make(.firstStageAbsent, [instrument.title[locale], set[link.instrument]?.title[locale] ?? link.instrument], instrument: instrument.id, locale: locale))
        }
        for c in open.fired { raise(by: c, frame, &result) }
        if explain { explainRecommendations(form, &result, &trace) }
        result.explanation = trace
    }

    /// Every item answered, on a form with a plan: the scores and the band from its table. What
    /// the general way would add besides is empty here (nothing missing, no critical rule, no
    /// warning a sum can raise); a band's recommendations that are not prepared read the ages
    /// and scores from a frame.
    private func scoreByPlan(_ s: Scoring, _ instrument: Instrument, _ p: PreparedForm, _ plan: SumPlan, _ key: Int,
                             _ result: inout InstrumentResult) {
        let k = Int(plan.bandOf[key])
        var noTrace: [ExplanationStep] = []
        result.scores = p.planScores(plan, key)
        guard p.bands[k] == nil else {
            settleScored(s, instrument, p.form, k, ready: p.bands[k], nil, missing: [], formMismatch: false, &result, &noTrace)
            return
        }
        var frame = p.takeFrame()
        defer { p.giveBack(&frame) }
        setAges(frame, instrument, s.ages, s.exact)
        for j in p.form.scores.indices { frame.scores[j] = Interval(exactly: Double(plan.total(key, j))) }
        settleScored(s, instrument, p.form, k, ready: nil, frame, missing: [], formMismatch: false, &result, &noTrace)
    }

    /// The age the instrument is read at, and the notes it calls for.
    func noteAge(_ s: Scoring, _ instrument: Instrument, _ warnings: inout [Warning], _ trace: inout [ExplanationStep]) {
        let locale = s.locale
        if s.exact.corrected && s.ages.termDate(for: instrument) == nil {
            warnings.append(WarningText.make(.correctedAge, [instrument.title[locale], Plural.months(s.months, locale)], instrument: instrument.id, locale: locale))
        }
        if explain {
            trace.append(.age(months: s.months, corrected: s.exact.corrected, instrument: .init(id: instrument.id, title: instrument.title), ages: instrument.ages))
        }
        if instrument.cutoffsSecondary {
            warnings.append(WarningText.make(.cutoffsSecondary, [instrument.title[locale]], instrument: instrument.id, locale: locale))
        }
    }

    /// The form the request names (an unknown one is an error; one for another age is a warning,
    /// or an error where the instrument says so), or the form for the child's age, among the
    /// instrument's prepared `forms`.
    func pickForm(_ s: Scoring, _ instrument: Instrument, _ forms: [PreparedForm], named form: String?, mismatch: inout Bool,
                  _ warnings: inout [Warning]) throws(RequestError) -> PreparedForm? {
        let (locale, months) = (s.locale, s.months)
        guard let fid = form else {
            guard let p = forms.first(where: { $0.form.ages.contains(months) }) else { return nil }
            let f = p.form
            if f.declared {
                warnings.append(WarningText.make(.formPicked, [instrument.title[locale], f.id, Plural.months(months, locale), f.ages.description(locale)], instrument: instrument.id, locale: locale))
            }
            return p
        }
        guard let p = forms.first(where: { $0.form.id == fid }) else {
            throw RequestError(.unknownForm, "\(instrument.id) has no form \"\(fid)\"; its forms are \(instrument.forms.map(\.id).joined(separator: ", "))" + Suggestion.hint(for: fid, in: instrument.forms.map(\.id)), pointer: s.base + "/form")
        }
        let f = p.form
        guard !f.ages.contains(months) && instrument.ages.contains(months) else { return p }
        func args(_ l: Locale) -> [String] { [instrument.title[l], fid, f.ages.description(l), Plural.months(months, l)] }
        if instrument.formMismatchIsError {
            throw RequestError(.formAgeMismatch, WarningText.make(.formAgeMismatch, args(.en), instrument: instrument.id, locale: .en).message + " (form \(fid))", pointer: s.base + "/form")
        }
        warnings.append(WarningText.make(.formAgeMismatch, args(locale), instrument: instrument.id, locale: locale))
        mismatch = true
        return p
    }

    /// Not scored; a critical answer still stands (a person at risk today, whatever the age).
    /// With one form, reading the answers against it checks them; with several, an answer may
    /// belong to another age's form, so each is checked against all of them first.
    func scoreOutsideTheGate(_ gate: Gate, _ s: Scoring, _ instrument: Instrument, _ response: Response, _ form: Form?, _ result: inout InstrumentResult,
                             _ trace: inout [ExplanationStep]) throws(RequestError) {
        let single = instrument.forms.count == 1
        if !single { try validateAgainstAllForms(response, instrument, s.base) }
        let f = form ?? nearestForm(instrument, s.months)
        // Answers the scanner already checked against this form, and no critical rule to read
        // them: nothing to fill or score.
        if f.critical.isEmpty && !explain, response.picked(for: f.answers) != nil {
            settle(gate, &result, instrument, months: s.months, corrected: s.exact.corrected, ages: s.ages, locale: s.locale)
            result.explanation = trace
            return
        }
        try EvalFrame.withFrame(itemCount: f.items.count, scoreCount: f.scores.count) { (frame) throws(RequestError) in
            var ignoredTicks: [String] = [], ignoredWarnings: [Warning] = []
            try fill(frame, f, response, instrument, s.base, severalTicked: &ignoredTicks, lenient: !single)
            setAges(frame, instrument, s.ages, s.exact)
            // Scores are read here only by critical rules (and shown in an explanation).
            if !f.critical.isEmpty || explain {
                computeScores(f, frame, instrument, s.locale, fillRules: false, &ignoredWarnings, &trace)
            }
            settle(gate, &result, instrument, months: s.months, corrected: s.exact.corrected, ages: s.ages, locale: s.locale)
            fireCritical(f, frame, &result, &trace)
        }
        result.explanation = trace + (explain ? [.notScored(reason: result.reason ?? ""), .outcome(result.outcome)] : [])
    }

    /// Puts the answers into the frame; a second stage's items its first stage passed count as
    /// passed. Returns how many items were asked.
    func readAnswers(_ s: Scoring, _ instrument: Instrument, _ response: Response, _ form: Form, _ stage: StageContext?, _ frame: EvalFrame,
                     _ warnings: inout [Warning], _ trace: inout [ExplanationStep]) throws(RequestError) -> Int {
        let locale = s.locale
        var severalTicked: [String] = []
        try fill(frame, form, response, instrument, s.base, severalTicked: &severalTicked, lenient: false)
        if !severalTicked.isEmpty {
            warnings.append(WarningText.make(.severalTicked, [instrument.title[locale], severalTicked.map { id in form.items.first { $0.id == id }?.label[locale] ?? id }.joined(separator: ", ")], instrument: instrument.id, locale: locale))
        }
        var passedAtFirstStage = 0
        if let stage, let link = instrument.follows, link.onlyFailedItems {
            for (i, item) in form.items.enumerated() where !stage.failedItems.contains(item.id) && !stage.openItems.contains(item.id) {
                if frame.selected[i] != 0 {
                    warnings.append(WarningText.make(.stageItemPassed, [instrument.title[locale], item.label[locale], set[link.instrument]?.title[locale] ?? link.instrument], instrument: instrument.id, locale: locale))
                    continue
                }
                // Passed at the first stage: not asked again, counts as its lowest option (pass).
                if let k = item.options.indices.min(by: { item.options[$0].points < item.options[$1].points }) {
                    frame.selected[i] = 1 << UInt64(k)
                    frame.points[i] = Interval(exactly: item.options[k].points)
                    passedAtFirstStage += 1
                    if explain {
                        trace.append(.passedAtFirstStage(Self.name(item, i), firstStage: .init(id: link.instrument, title: set[link.instrument]?.title ?? .empty),
                                                         countsAs: item.options[k].label))
                    }
                }
            }
        }
        setAges(frame, instrument, s.ages, s.exact)
        if explain { explainItems(form, frame, &trace) }
        return form.items.count - passedAtFirstStage
    }

    /// The bands the answers still allow, with the critical rules that fired and those still open.
    struct OpenBands {
        var bands: [Int]
        var fired: [CriticalRule]
        var undecidedCritical: [CriticalRule]
    }

    /// Critical rules and bands by intervals, decided exactly by trying every completion where
    /// intervals leave them open; a fill rule's reassurance checked against the completions; a
    /// fired critical rule's band over all.
    func decideBands(_ s: Scoring, _ instrument: Instrument, _ form: Form, _ frame: EvalFrame, missing missingItems: [Int], tooFewAnswered: Bool,
                     _ result: inout InstrumentResult, _ trace: inout [ExplanationStep]) -> OpenBands {
        let locale = s.locale
        var open = OpenBands(bands: [], fired: [], undecidedCritical: [])
        for c in form.critical {
            let t = c.condition.run(frame)
            if explain { trace.append(.critical(Self.name(c), rule: c.source, value: t)) }
            if t == .yes { open.fired.append(c) } else if t == .unknown { open.undecidedCritical.append(c) }
        }
        open.bands = possibleBands(form, frame, &trace)
        if open.bands.count != 1 || !open.undecidedCritical.isEmpty,
           let exact = enumerateCompletions(form, frame, instrument, locale, missing: missingItems, fillRules: !tooFewAnswered) {
            // Intervals can be wider than the truth when a rule reads an item twice: every way the
            // missing answers could be given, tried one by one, decides it exactly.
            // A completion no band surely takes (a score divided by zero) keeps the interval answer.
            if !exact.noBand { open.bands = exact.bands }
            for c in open.undecidedCritical where exact.criticalAlways.contains(c.id) { open.fired.append(c) }
            open.undecidedCritical.removeAll { exact.criticalAlways.contains($0.id) || exact.criticalNever.contains($0.id) }
            result.scoreRanges = result.scoreRanges.map { id, _ in (id, form.scores.firstIndex { $0.id == id }.map { exact.ranges[$0] } ?? .unbounded) }
            if explain { trace.append(.everyCompletionTried(bands: open.bands.map { Self.name(form.bands[$0]) })) }
        }
        // A published fill rule (BPSC: missing counts 0) scores the odd unanswered item, but it does
        // not reassure on its own: a reassuring band stands only if every completion gives it too.
        if !tooFewAnswered, open.bands.count == 1, form.bands[open.bands[0]].outcome == .noConcern,
           form.scores.contains(where: { $0.fill != .interval && $0.items.contains(where: missingItems.contains) }) {
            var quiet: [Warning] = [], noTrace: [ExplanationStep] = []
            computeScores(form, frame, instrument, locale, fillRules: false, &quiet, &noTrace)
            let unfilled = enumerateCompletions(form, frame, instrument, locale, missing: missingItems, fillRules: false)
                .map(\.bands) ?? possibleBands(form, frame, &noTrace)
            if unfilled.count > 1 {
                open.bands = unfilled
                if explain { trace.append(.fillRuleCannotReassure(band: Self.name(form.bands[open.bands[0]]), missing: missingItems.count)) }
            }
            computeScores(form, frame, instrument, locale, fillRules: true, &quiet, &noTrace)
        }
        if let override = open.fired.compactMap(\.band).first, let b = form.bands.firstIndex(where: { $0.id == override }) {
            open.bands = [b]
        }
        return open
    }

    /// One band holds, whatever the missing answers would have been.
    /// `frame` may be nil only when the band's recommendations are `ready`.
    func settleScored(_ s: Scoring, _ instrument: Instrument, _ form: Form, _ k: Int, ready: PreparedBand?, _ frame: EvalFrame?, missing missingItems: [Int], formMismatch: Bool,
                      _ result: inout InstrumentResult, _ trace: inout [ExplanationStep]) {
        // The band's fields read in place: a copy of the whole band would retain all of them.
        result.status = .scored
        result.band = form.bands[k].id
        result.title = form.bands[k].title[s.locale]
        result.outcome = form.bands[k].outcome
        result.holdsForAnyMissing = !missingItems.isEmpty
        result.missing = missingItems.map { form.items[$0].id }
        if let ready {
            // Shared, not copied, when nothing was recommended before (always, today).
            if result.recommendations.isEmpty {
                result.recommendations = ready.recommendations
                result.preparedBand = ready
            } else {
                result.recommendations += ready.recommendations
            }
        } else {
            recommend(form.bands[k], frame!, s.ages, instrument, lowerBound: false, &result)
        }
        // A concern found on a form for another age stands; the form for the age is still due.
        if formMismatch, let right = instrument.form(forMonths: s.months) {
            result.actions.append(NextStep(kind: .useForm, ids: [right.id], dueBy: s.ages.assessedOn))
        }
        if explain && !missingItems.isEmpty { trace.append(.holdsForAnyMissing(band: Self.name(form.bands[k]), missing: missingItems.count)) }
    }

    /// Incomplete: the least severe band still possible is the least the visit must do; the
    /// reason says why, and the items that decide it are to be asked.
    func settleIncomplete(_ s: Scoring, _ instrument: Instrument, _ form: Form, _ frame: EvalFrame, _ open: OpenBands, missing missingItems: [Int], asked: Int,
                          tooFewAnswered: Bool, formMismatch: Bool, _ result: inout InstrumentResult, _ trace: inout [ExplanationStep]) {
        let (locale, months, ages) = (s.locale, s.months, s.ages)
        let possible = open.bands, undecidedCritical = open.undecidedCritical
        result.status = .incomplete
        result.outcome = .incomplete
        let relevant = Set(form.scores.flatMap(\.items) + undecidedCritical.flatMap(\.items))
        let deciding = missingItems.filter { relevant.contains($0) }
        result.missing = (deciding.isEmpty ? missingItems : deciding).map { form.items[$0].id }
        result.possibleBands = possible.map { form.bands[$0].id }
        if let least = possible.min(by: { (form.bands[$0].outcome, $0) < (form.bands[$1].outcome, $1) }) {
            let b = form.bands[least]
            result.bandAtLeast = b.id
            result.outcome = max(.incomplete, b.outcome)
            recommend(b, frame, ages, instrument, lowerBound: true, &result)
        }
        let titles = possible.map { form.bands[$0].title[locale] }.joined(separator: " / ")
        let answered = asked - missingItems.count
        if formMismatch {
            let right = instrument.form(forMonths: months)
            result.reasonCode = .wrongForm
            result.reason = WarningText.reason(.wrongForm, [form.id, form.ages.description(locale), Plural.months(months, locale), right?.ages.description(locale) ?? "-"], locale)
            if let right { result.actions.append(NextStep(kind: .useForm, ids: [right.id], dueBy: ages.assessedOn)) }
        } else if tooFewAnswered {
            result.reasonCode = .tooFewAnswered
            let needed = max(1, asked - (instrument.maxMissing ?? asked - 1))
            result.reason = WarningText.reason(.tooFewAnswered, ["\(answered)", "\(asked)", "\(needed)"], locale)
        } else if !undecidedCritical.isEmpty {
            result.reasonCode = .criticalOpen
            result.reason = WarningText.reason(.criticalOpen, [undecidedCritical.map { $0.title.isEmpty ? $0.id : $0.title[locale] }.joined(separator: ", ")], locale)
        } else if frame.divisionByZero && deciding.isEmpty {
            result.reasonCode = .scoreUndefined
            let undefined = form.scores.indices.filter { !frame.scores[$0].lo.isFinite || !frame.scores[$0].hi.isFinite }
            result.reason = WarningText.reason(.scoreUndefined, [undefined.map { form.scores[$0].id }.joined(separator: ", ")], locale)
        } else if possible.count > 1 {
            result.reasonCode = .bandOpen
            result.reason = WarningText.reason(.bandOpen, [titles], locale)
        } else {
            result.reasonCode = .noBand
            result.reason = WarningText.reason(.noBand, [], locale)
        }
        if !missingItems.isEmpty && !formMismatch {
            result.actions.append(NextStep(kind: .completeItems, ids: result.missing, dueBy: ages.assessedOn))
        }
        if explain { trace.append(.incomplete(reason: result.reason!)) }
    }

    /// The referrals and the outcome, as the last steps of the explanation.
    func explainRecommendations(_ form: Form, _ result: inout InstrumentResult, _ trace: inout [ExplanationStep]) {
        let catalog = set.referrals
        for r in result.recommendations {
            let because = r.critical.flatMap { id in form.critical.first { $0.id == id }.map { Self.name($0) } }
                ?? r.band.flatMap { id in form.bands.first { $0.id == id }.map { Self.name($0) } } ?? .init(id: "-", title: .empty)
            trace.append(.recommend(referral: .init(id: r.referral, title: catalog.referrals[r.referral]?.title ?? .empty),
                                    urgency: .init(id: r.urgency, title: catalog.urgency(r.urgency)?.title ?? .empty),
                                    because: because, critical: r.critical != nil, atLeast: r.lowerBound))
        }
        trace.append(.outcome(result.outcome))
    }

    /// Whether the response is scored against its form, and if not, why.
    package func gate(_ instrument: Instrument, months: Int, hasForm: Bool, ages: ChildAges, stage: StageContext?,
              locale: Locale, _ warnings: inout [Warning]) -> Gate {
        if let term = ages.termDate(for: instrument) { return .beforeTerm(term) }
        guard instrument.ages.contains(months), hasForm else { return .outOfRange }
        guard let stage, let link = instrument.follows else { return .applies }
        switch stage.status {
        case .scored:
            guard let band = stage.band, link.bands.contains(band) else { return .notNeeded(firstBand: stage.band ?? "-") }
            return .applies
        case .incomplete:
            // Every band still open calls for this stage (M-CHAT-R medium or high): it is needed.
            let open = stage.possibleBands
            return !open.isEmpty && open.allSatisfy(link.bands.contains) ? .applies : .firstStageOpen
        default:
            return .firstStageOpen
        }
    }

    /// Status, reason, outcome and next step of a response that is not scored.
    package func settle(_ gate: Gate, _ result: inout InstrumentResult, _ instrument: Instrument, months: Int, corrected: Bool,
                ages: ChildAges, locale: Locale) {
        let today = ages.assessedOn
        switch gate {
        case .applies:
            break
        case .beforeTerm(let term):
            let days = term.dayNumber - today.dayNumber
            result.status = .beforeTerm
            result.reasonCode = .beforeTerm
            result.reason = WarningText.reason(.beforeTerm, ["\(days / 7)", "\(days % 7)", term.description], locale)
            result.actions = [NextStep(kind: .screenAfterTerm, ids: [], dueBy: term)]
        case .outOfRange:
            result.status = .notApplicable
            result.reasonCode = .outOfAgeRange
            let alternatives = self.alternatives(to: instrument, ages)
            result.reason = WarningText.outOfRange(months: months, window: instrument.ages, corrected: corrected, locale: locale)
            result.actions = [NextStep(kind: .useInstrument, ids: alternatives, dueBy: today)]
        case .notNeeded(let firstBand):
            let link = instrument.follows!
            let firstTitle = set[link.instrument]?.forms.first?.bands.first { $0.id == firstBand }?.title[locale] ?? firstBand
            result.status = .notNeeded
            result.outcome = .noConcern
            result.reasonCode = .notNeeded
            result.reason = WarningText.reason(.notNeeded, [set[link.instrument]?.title[locale] ?? link.instrument, firstTitle], locale)
        case .firstStageOpen:
            let link = instrument.follows!
            result.status = .incomplete
            result.reasonCode = .firstStageOpen
            result.reason = WarningText.reason(.firstStageOpen, [set[link.instrument]?.title[locale] ?? link.instrument], locale)
            result.actions = [NextStep(kind: .completeFirstStage, ids: [link.instrument], dueBy: today)]
        }
    }

    /// Critical rules whose answers are given fire whatever else is missing, out of range or not needed.
    package func fireCritical(_ form: Form, _ frame: EvalFrame, _ result: inout InstrumentResult, _ trace: inout [ExplanationStep]) {
        for c in form.critical where c.condition.run(frame) == .yes {
            if explain { trace.append(.critical(Self.name(c), rule: c.source, value: .yes)) }
            result.critical.append(c.id)
            raise(by: c, frame, &result)
        }
    }

    /// A fired critical rule: its outcome at least, and its recommendations.
    package func raise(by c: CriticalRule, _ frame: EvalFrame, _ result: inout InstrumentResult) {
        if let o = c.outcome { result.outcome = max(result.outcome, o) }
        for r in c.recommendations where r.condition.map({ $0.run(frame) == .yes }) ?? true {
            result.recommendations.append(RecommendationResult(referral: r.referral, urgency: r.urgency, critical: c.id))
        }
    }

    /// A band's recommendations whose conditions hold, with the day each is due when it is an age.
    package func recommend(_ b: Band, _ frame: EvalFrame, _ ages: ChildAges, _ instrument: Instrument, lowerBound: Bool,
                   _ result: inout InstrumentResult) {
        for r in b.recommendations where r.condition.map({ $0.run(frame) == .yes }) ?? true {
            var rec = RecommendationResult(r, band: b.id)
            rec.lowerBound = lowerBound
            if let at = r.atAgeMonths {
                let start = result.ageBasis == .corrected
                    ? ages.corrected(termWeeks: instrument.prematurity?.termWeeks ?? 40)?.from ?? ages.birthDate : ages.birthDate
                rec.dueBy = max(ages.assessedOn, start.adding(months: at))
            }
            result.recommendations.append(rec)
        }
    }

    /// The bands the answers still allow, by intervals: every band whose condition is or may be
    /// true, down to the first that is surely true (band coverage is proved at load).
    package func possibleBands(_ form: Form, _ frame: EvalFrame, _ trace: inout [ExplanationStep]) -> [Int] {
        var out: [Int] = []
        // By index: a band is not copied (its strings and arrays retained) to run its condition.
        for k in form.bands.indices {
            let t = form.bands[k].condition.run(frame)
            if explain { trace.append(.band(Self.name(form.bands[k]), rule: form.bands[k].source, value: t)) }
            if t == .no { continue }
            if t == .yes && out.isEmpty { return form.oneBand[k] }
            out.append(k)
            if t == .yes { break }
        }
        return out
    }

    /// Instruments of the same screening in the schedule that fit the child now (none: the set
    /// has nothing for this age).
    package func alternatives(to instrument: Instrument, _ ages: ChildAges) -> [String] {
        guard let schedule = set.schedule else { return [] }
        var out: [String] = []
        for s in schedule.screenings where s.instruments.contains(instrument.id) {
            for id in s.instruments where id != instrument.id && !out.contains(id) {
                guard let other = set[id], ages.termDate(for: other) == nil,
                      other.ages.contains(ages.exactAge(for: other).months), other.follows == nil else { continue }
                out.append(id)
            }
        }
        return out
    }

    /// The form whose ages are nearest the child's, for reading critical answers out of range.
    package func nearestForm(_ instrument: Instrument, _ months: Int) -> Form {
        instrument.forms.min { distance($0.ages, months) < distance($1.ages, months) }!
    }

    package func distance(_ w: AgeWindow, _ months: Int) -> Int {
        months < w.minMonths ? w.minMonths - months : months > w.maxMonths ? months - w.maxMonths : 0
    }

    package func setAges(_ frame: EvalFrame, _ instrument: Instrument, _ ages: ChildAges, _ exact: (months: Int, days: Int, corrected: Bool)) {
        frame.setAges(Double(exact.months), chronological: Double(ages.chronological.months),
                      corrected: Double(ages.corrected(termWeeks: instrument.prematurity?.termWeeks ?? 40)?.age.months ?? ages.chronological.months),
                      days: Double(exact.days))
    }

    /// At most this many completions of the missing answers are tried one by one.
    package static let maxCompletions = 4096

    package struct Completions {
        /// The band indices the completions give, ascending.
        package var bands: [Int]
        /// Whether some completion gives no band.
        package var noBand: Bool
        /// The ids of the critical rules that fire for every completion, and for none.
        package var criticalAlways: [String]
        package var criticalNever: [String]
        /// Each score's exact lowest and highest over the completions, in the form's score order.
        package var ranges: [Interval]
    }

    /// Tries every completion of the missing answers, when there are few enough and every score
    /// that reads them uses the range rule (a published fill rule is not second-guessed).
    /// What it gathers is kept in memory on the stack, by index: it runs for most responses with
    /// an unanswered item, and sets and dictionaries keyed by id were most of their allocations.
    package func enumerateCompletions(_ form: Form, _ frame: EvalFrame, _ instrument: Instrument, _ locale: Locale,
                              missing: [Int], fillRules: Bool) -> Completions? {
        guard !missing.isEmpty else { return nil }
        guard !fillRules || form.scores.allSatisfy({ $0.fill == .interval || !$0.items.contains(where: missing.contains) }),
              missing.allSatisfy({ form.items[$0].selection == .one }) else { return nil }
        var total = 1
        for i in missing {
            total *= form.items[i].options.count
            if total > Self.maxCompletions { return nil }
        }
        let nScores = form.scores.count, nCritical = form.critical.count, nBands = form.bands.count
        return frame.preserving {
            withUnsafeTemporaryAllocation(of: Interval.self, capacity: nScores) { ranges in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: nCritical + nBands + 1) { flags in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: missing.count) { choice in
                // flags: per critical rule, 1 once it fired and 2 once it did not; then per band
                // (and one for no band), 1 once a completion gave it.
                flags.initialize(repeating: 0)
                choice.initialize(repeating: 0)
                var first = true
                var ignored: [Warning] = [], noTrace: [ExplanationStep] = []
                var quiet = self
                quiet.explain = false
                while true {
                    for (k, i) in missing.enumerated() {
                        let c = choice[k]
                        frame.selected[i] = 1 << UInt64(c)
                        frame.points[i] = Interval(exactly: form.items[i].options[c].points)
                    }
                    quiet.computeScores(form, frame, instrument, locale, fillRules: fillRules, &ignored, &noTrace)
                    for j in 0..<nScores {
                        let v = frame.scores[j]
                        ranges[j] = first ? v : Interval(min(ranges[j].lo, v.lo), max(ranges[j].hi, v.hi))
                    }
                    first = false
                    for (j, c) in form.critical.enumerated() { flags[j] |= c.condition.run(frame) == .yes ? 1 : 2 }
                    flags[nCritical + (form.bands.firstIndex { $0.condition.run(frame) == .yes } ?? nBands)] = 1
                    var k = 0
                    while k < missing.count {
                        choice[k] += 1
                        if choice[k] < form.items[missing[k]].options.count { break }
                        choice[k] = 0
                        k += 1
                    }
                    if k == missing.count { break }
                }
                return Completions(bands: (0..<nBands).filter { flags[nCritical + $0] == 1 }, noBand: flags[nCritical + nBands] == 1,
                                   criticalAlways: (0..<nCritical).filter { flags[$0] == 1 }.map { form.critical[$0].id },
                                   criticalNever: (0..<nCritical).filter { flags[$0] == 2 }.map { form.critical[$0].id },
                                   ranges: Array(ranges))
            }
            }
            }
        }
    }

    /// Puts the answers into the frame; every unknown item, option or type is a request error.
    /// `lenient`: answers already checked against every form; items not on this form are skipped.
    /// `base`: the response's JSON Pointer, made only for an error.
    package func fill(_ frame: EvalFrame, _ form: Form, _ response: Response, _ instrument: Instrument, _ base: @autoclosure () -> String,
              severalTicked: inout [String], lenient: Bool) throws(RequestError) {
        let table = form.answers, n = table.count
        if let picked = response.picked(for: table) {
            // Read and checked against this very form by the scanner: only the indices to copy.
            table.record(choices: picked.choices, in: frame)
            return
        }
        for i in 0..<n { frame.points[i] = table.unanswered[i] }
        try withUnsafeTemporaryAllocation(of: Bool.self, capacity: n) { seen throws(RequestError) in
            seen.initialize(repeating: false)
            try fill(frame, form, table, seen, response, instrument, base, severalTicked: &severalTicked, lenient: lenient)
        }
    }

    private func fill(_ frame: EvalFrame, _ form: Form, _ table: AnswerTable, _ seen: UnsafeMutableBufferPointer<Bool>, _ response: Response,
                      _ instrument: Instrument, _ base: () -> String, severalTicked: inout [String], lenient: Bool) throws(RequestError) {
        for (position, (itemID, answer)) in response.answers.enumerated() {
            var ptr: String { base() + "/answers/" + JSONPointer.escape(itemID) }
            // Answers usually come in the form's order: try that item before hashing the id.
            let guess = position < table.count && table.ids[position] == itemID ? position : nil
            guard let i = guess ?? form.itemIndex[itemID] else {
                if lenient { continue }
                let onOther = instrument.forms.contains { $0.itemIndex[itemID] != nil }
                throw RequestError(.unknownItem, onOther
                    ? "item \(itemID) of \(instrument.id) is not on form \(form.id)"
                    : "\(instrument.id) has no item \"\(itemID)\"" + Suggestion.hint(for: itemID, in: table.ids), pointer: ptr)
            }
            // The strict reader rejects duplicate keys; the fast scanner leaves that to here.
            if seen[i] { throw RequestError(.duplicateKey, "key \"\(itemID)\" appears twice in the same object", pointer: ptr) }
            seen[i] = true
            switch answer {
            case .missing:
                continue
            case .option(let o):
                table.record(i, option: try optionIndex(form, i, o, instrument, ptr), in: frame)
            case .options(let os):
                if os.isEmpty { continue }
                if table.takesOne[i] && os.count > 1 && !instrument.severalTickedTakesMostConcerning {
                    throw RequestError(.severalAnswers, "item \(itemID) of \(instrument.id) takes one answer; found \(os.count)", pointer: ptr)
                }
                // The most concerning box: the most points, or the fewest where points are skills.
                let worse: (Double, Double) -> Bool = instrument.higherPointsMoreConcerning ? { $0 > $1 } : { $0 < $1 }
                var bits: UInt64 = 0, best: (k: Int, points: Double)? = nil
                for (m, o) in os.enumerated() {
                    let k = try optionIndex(form, i, o, instrument, ptr + "/\(m)")
                    bits |= 1 << UInt64(k)
                    if best.map({ worse(table.points(i, k), $0.points) }) ?? true { best = (k, table.points(i, k)) }
                }
                if table.takesOne[i] && os.count > 1 {
                    // Only the most concerning box counts, for option tests as for points.
                    severalTicked.append(itemID)
                    bits = 1 << UInt64(best!.k)
                }
                frame.selected[i] = bits
                // Several ticked boxes score as the most concerning one.
                frame.points[i] = Interval(exactly: best!.points)
            case .number:
                let item = form.items[i]
                throw RequestError(.wrongType, "item \(itemID) of \(instrument.id) takes an option id (\(item.options.map { "\"\($0.id)\"" }.joined(separator: ", "))), not a number", pointer: ptr)
            }
        }
    }

    package func optionIndex(_ form: Form, _ i: Int, _ o: String, _ instrument: Instrument, _ ptr: @autoclosure () -> String) throws(RequestError) -> Int {
        guard let k = form.answers.option(i, o) else { return try optionIndex(form.items[i], o, instrument, ptr()) }
        return k
    }

    package func optionIndex(_ item: Item, _ o: String, _ instrument: Instrument, _ ptr: @autoclosure () -> String) throws(RequestError) -> Int {
        guard let k = item.optionIndex(o) else {
            throw RequestError(.unknownOption, "item \(item.id) of \(instrument.id) has no option \"\(o)\"; options are \(item.options.map(\.id).joined(separator: ", "))", pointer: ptr())
        }
        return k
    }

    package func validateAgainstAllForms(_ response: Response, _ instrument: Instrument, _ base: String) throws(RequestError) {
        var seen = Set<String>()
        for (itemID, answer) in response.answers {
            var ptr: String { base + "/answers/" + JSONPointer.escape(itemID) }
            // The fast scanner leaves repeated answer keys to the evaluator: out of range too.
            if !seen.insert(itemID).inserted {
                throw RequestError(.duplicateKey, "key \"\(itemID)\" appears twice in the same object", pointer: ptr)
            }
            guard let item = instrument.anyFormItems[itemID] else {
                throw RequestError(.unknownItem, "\(instrument.id) has no item \"\(itemID)\"", pointer: ptr)
            }
            switch answer {
            case .option(let o): _ = try optionIndex(item, o, instrument, ptr)
            case .options(let os): for (n, o) in os.enumerated() { _ = try optionIndex(item, o, instrument, ptr + "/\(n)") }
            case .number: throw RequestError(.wrongType, "item \(itemID) of \(instrument.id) takes an option id, not a number", pointer: ptr)
            case .missing: break
            }
        }
    }

    /// Scores in dependency order, each with its own missing-answer rule.
    /// `fillRules: false` scores every unanswered item as a range, whatever the score's own rule.
    package func computeScores(_ form: Form, _ frame: EvalFrame, _ instrument: Instrument, _ locale: Locale, fillRules: Bool,
                       _ warnings: inout [Warning], _ trace: inout [ExplanationStep]) {
        for j in form.scores.indices {
            let rule = fillRules ? form.scores[j].fill : .interval
            // The usual score (no fill rule, not explained) is run without copying the score.
            if rule == .interval && !explain {
                frame.scores[j] = form.scores[j].expression.run(frame)
                continue
            }
            let s = form.scores[j]
            var filled: ExplanationStep.Fill? = nil
            // Only a fill rule reads which items are missing (an interval covers them as they are).
            let missing = rule == .interval ? [] : s.items.filter { frame.selected[$0] == 0 }
            switch rule {
            case .interval:
                frame.scores[j] = s.expression.run(frame)
            case .zero:
                frame.scores[j] = withMissing(missing, setTo: 0, frame) { s.expression.run(frame) }
                if !missing.isEmpty {
                    filled = .countedAsZero(missing.map { Self.name(form.items[$0], $0) })
                    warnings.append(WarningText.make(.missingCountedAsZero, [instrument.title[locale], Plural.items(missing.count, locale), (s.title.isEmpty ? s.id : s.title[locale])], instrument: instrument.id, locale: locale))
                }
            case .prorate(let max):
                if !missing.isEmpty && missing.count <= max && missing.count < s.items.count {
                    let answeredSum = withMissing(missing, setTo: 0, frame) { s.expression.run(frame) }
                    let n = Double(s.items.count), m = Double(missing.count)
                    frame.scores[j] = Interval(exactly: answeredSum.lo * n / (n - m))
                    filled = .prorated(missing: missing.count)
                    warnings.append(WarningText.make(.missingProrated, [instrument.title[locale], (s.title.isEmpty ? s.id : s.title[locale]), Plural.items(missing.count, locale)], instrument: instrument.id, locale: locale))
                } else {
                    frame.scores[j] = s.expression.run(frame)
                }
            }
            if explain { trace.append(.score(.init(id: s.id, title: s.title), rule: s.source, value: frame.scores[j], fill: filled)) }
        }
    }

    package func withMissing(_ items: [Int], setTo v: Double, _ frame: EvalFrame, _ body: () -> Interval) -> Interval {
        if items.isEmpty { return body() }
        let saved = items.map { frame.points[$0] }
        for i in items { frame.points[i] = Interval(exactly: v) }
        let r = body()
        for (i, p) in zip(items, saved) { frame.points[i] = p }
        return r
    }

    package func explainItems(_ form: Form, _ frame: EvalFrame, _ trace: inout [ExplanationStep]) {
        for (i, item) in form.items.enumerated() {
            let bits = frame.selected[i]
            let ticked = item.options.indices.filter { bits & (1 << UInt64($0)) != 0 }.map { item.options[$0].label }
            trace.append(.answer(Self.name(item, i), options: ticked, points: frame.points[i]))
        }
    }

    package static func name(_ item: Item, _ index: Int) -> ExplanationStep.ItemName {
        .init(number: index + 1, id: item.id, label: item.label)
    }

    package static func name(_ b: Band) -> ExplanationStep.Name { .init(id: b.id, title: b.title) }
    package static func name(_ c: CriticalRule) -> ExplanationStep.Name { .init(id: c.id, title: c.title) }

    /// One entry per referral: the highest urgency, every reason, a due date from the catalog.
    package func merge(_ results: [InstrumentResult], assessedOn: CalendarDate, locale: Locale) -> [MergedReferral] {
        var out: [MergedReferral] = []
        let visitDay = assessedOn.dayNumber
        // By index: reading a result's or a recommendation's fields does not copy the whole of it.
        for i in results.indices where !results[i].recommendations.isEmpty {
            if let band = results[i].preparedBand, band.isShared(by: results[i]) {
                for k in band.merged.indices {
                    var m = band.merged[k][locale.slot]
                    m.dueBy = CalendarDate(dayNumber: visitDay + band.dueDays[k])
                    add(consume m, to: &out)
                }
                continue
            }
            let recs = results[i].recommendations
            for k in recs.indices {
                let facts = referralIDs.index(of: recs[k].referral).map { referralFacts[$0] }
                let due = recs[k].dueBy ?? CalendarDate(dayNumber: visitDay + (facts?.days(recs[k].urgency) ?? 0))
                add(MergedReferral(referral: recs[k].referral, urgency: recs[k].urgency, dueBy: due,
                                   title: facts?.titles[locale.slot] ?? recs[k].referral,
                                   reasons: [(results[i].instrument, recs[k].band, recs[k].critical, recs[k].lowerBound)]), to: &out)
            }
        }
        return out
    }

    /// Puts one recommendation's referral into `out`, beside the same referral's entry when there
    /// is one: the most urgent reason sets the urgency, and the earliest day any reason gives stands.
    private func add(_ m: consuming MergedReferral, to out: inout [MergedReferral]) {
        guard let j = out.firstIndex(where: { $0.referral == m.referral }) else {
            out.append(consume m)
            return
        }
        out[j].reasons += m.reasons
        let catalog = set.referrals
        if (catalog.urgency(m.urgency)?.rank ?? 0) > (catalog.urgency(out[j].urgency)?.rank ?? 0) { out[j].urgency = m.urgency }
        out[j].dueBy = min(out[j].dueBy, m.dueBy)
    }
}

extension RecommendationResult {
    /// A band's recommendation as a result, before anything the visit adds (a due day, lower bound).
    init(_ r: Recommendation, band: String) { self.init(referral: r.referral, urgency: r.urgency, band: band) }
}

extension EvalFrame {
    /// `withFrame` for a body that may refuse the request: the error is carried out of the frame's
    /// scope and thrown after it.
    static func withFrame(itemCount: Int, scoreCount: Int, _ body: (EvalFrame) throws(RequestError) -> Void) throws(RequestError) {
        var failure: RequestError? = nil
        withFrame(itemCount: itemCount, scoreCount: scoreCount) { frame in
            do throws(RequestError) { try body(frame) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}

