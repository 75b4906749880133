import ArgumentParser
import EarlyScreen
import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
import ESReport
import ESTally
import ESFHIR

#if canImport(Glibc)
import Glibc
#endif

struct AdministerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "administer",
        abstract: "Ask a questionnaire at the desk, item by item, in az, ru or en; then score it.",
        discussion: """
        Asks each item with its options numbered. Answer with the number or the option's id; \
        b goes back, s skips (recorded as not answered), q saves what was entered and quits. \
        With no instrument named, the screenings due for the child's age are asked (see `due`). \
        At the end: the report, and the visit (request and result, as JSON) saved to --out or to \
        visit-CHILD-DATE.json (--child) or visit-BIRTHDATE-DATE.json, after every answer, readable by \
        its owner only. Skipped items are asked again before the report. A saved partial visit \
        continues with --resume FILE. \
        Answers can come from a pipe, so a visit can be scripted.

        Examples:
          earlyscreen administer --birth-date 2024-05-01 --locale az
          earlyscreen administer mchat-r --birth-date 2024-05-01 --on 2026-01-15 --out visit.json
          earlyscreen administer --resume visit.json
          earlyscreen administer --child AZ-0012 --birth-date 2024-05-01 --html visit.html
        """
    )

    @Argument(help: ArgumentHelp("Instruments to ask (default: those due for the age).", valueName: "instrument"))
    var instruments: [String] = []

    @Option(help: ArgumentHelp("The child's birth date (YYYY-MM-DD).", valueName: "date"))
    var birthDate: String?

    @Option(help: ArgumentHelp("Gestational age at birth in weeks (22–44).", valueName: "weeks"))
    var gestationalAge: Double?

    @Option(help: ArgumentHelp("The visit date (default: today).", valueName: "date"))
    var on: String?

    @Option(help: "Language of the questions and the report.")
    var locale: Locale = .en

    @Option(help: ArgumentHelp("The child's identifier in the polyclinic's records (letters, digits, - and _); kept in the visit and its file name.", valueName: "id"))
    var child: String?

    @Option(help: ArgumentHelp("Where to save the visit (default: visit-CHILD-DATE.json, or visit-BIRTHDATE-DATE.json without --child).", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("Also write the visit's printable page (HTML, A4) to this file at the end.", valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp("Continue a visit saved by quitting (or go over its skipped items again).", valueName: "file"))
    var resume: String?

    @OptionGroup var source: InstrumentOptions

    func run() throws {
        // Messages in the staff's language.
        let l = locale
        let say = DeskWords.all[l]!
        let engine = try source.engine()
        var session: Session
        if let resume {
            session = try Session.load(resume, engine: engine, locale: l)
        } else {
            guard let b = birthDate else { throw CannotRun(say.needBirthDate) }
            guard let birth = CalendarDate(iso: b) else { throw CannotRun(say.badDate("--birth-date", b)) }
            var date = CalendarDate.today()
            if let on {
                guard let d = CalendarDate(iso: on) else { throw CannotRun(say.badDate("--on", on)) }
                date = d
            }
            if let ga = gestationalAge, !(22...44).contains(ga) { throw CannotRun(say.badGestation) }
            guard date >= birth else { throw CannotRun(say.visitBeforeBirth) }
            if let child, !Self.isChildID(child) { throw CannotRun(say.badChild(child)) }
            let ages = ChildAges(birthDate: birth, assessedOn: date, gestationalWeeks: gestationalAge)
            guard ages.chronological.months <= Evaluator.maxAgeMonths else {
                throw CannotRun(say.tooOld(ages.chronological.months, Evaluator.maxAgeMonths))
            }
            let id = "visit-\(child ?? birth.description)-\(date)"
            session = Session(engine: engine, request: ScreeningRequest(id: id, birthDate: birth, assessedOn: date,
                                                                         gestationalWeeks: gestationalAge, locale: l, responses: []), child: child)
            for name in instruments where engine.set[name] == nil {
                throw CannotRun(say.unknownInstrument(name, engine.set.ids.joined(separator: ", ")))
            }
            try session.choose(instruments)
            // Nothing is written for a visit that has nothing to ask (a visit file with no answers
            // marked complete would read as a screening done).
            if session.request.responses.isEmpty { throw CannotRun(say.nothingToAsk(ages.chronological.months)) }
        }
        session.path = try outPath(session, say)
        // Saved before the first question: a path that cannot be written fails now, not after the visit.
        try session.save(finished: false)
        session.introduce()
        let finished = try session.ask()
        try session.save(finished: finished)
        if finished {
            let result = try session.evaluate()
            Output.stdout("\n" + TextReport.render(result, set: engine.set))
            Output.stdout("\n\(session.words.saved) \(session.path)\n")
            if let html {
                guard FileSystem.writeAtomically(html, Array(HTMLReport.render(result, set: engine.set).utf8), ownerOnly: true) else {
                    throw CannotRun(session.words.cannotWrite(html))
                }
                Output.stdout("\(session.words.saved) \(html)\n")
            }
        } else {
            Output.stdout("\n\(session.words.paused) \(session.path)\n  earlyscreen administer --resume \(session.path)\n")
        }
    }

    /// A child id goes into a file name: letters, digits, "-" and "_" only, at most 64.
    static func isChildID(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 64 && s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }
}

extension AdministerCommand {
    /// Where the visit is saved. A visit file is never overwritten by a new visit: twins seen the
    /// same day get `-2`, `-3`… on the default name, and an existing --out needs --resume.
    func outPath(_ session: Session, _ say: DeskWords) throws -> String {
        if let resume { return out ?? resume }
        if let out {
            if FileSystem.exists(out) {
                throw CannotRun(say.outExists(out))
            }
            return out
        }
        let base = "visit-\(session.child ?? session.request.birthDate.description)-\(session.request.assessedOn)"
        var path = base + ".json", n = 1
        while FileSystem.exists(path) {
            n += 1
            path = "\(base)-\(n).json"
        }
        return path
    }
}

/// One visit being taken: the instruments to ask and the answers so far.
struct Session {
    let engine: Engine
    var request: ScreeningRequest
    var child: String?
    /// Where the visit is saved, after every answer.
    var path = ""
    var words: DeskWords { DeskWords.all[request.locale]! }
    var ages: ChildAges { ChildAges(birthDate: request.birthDate, assessedOn: request.assessedOn, gestationalWeeks: request.gestationalWeeks) }

    init(engine: Engine, request: ScreeningRequest, child: String?) {
        self.engine = engine
        self.request = request
        self.child = child
    }

    /// The instruments to ask: those named, else those due now, else every one valid at this age;
    /// a named one that is not for this age is left out with a notice.
    mutating func choose(_ named: [String]) throws {
        let ages = self.ages
        func fits(_ id: String) -> Bool { engine.set[id].map { $0.ages.contains(ages.age(for: $0).months) } ?? false }
        var ids: [String] = []
        for id in named {
            if fits(id) || engine.set[id]?.follows != nil { ids.append(id) } else {
                Output.stdout("\(engine.set[id]!.title[request.locale].terminalSafe): \(words.notThisAge)\n")
            }
        }
        if named.isEmpty, let plan = try? DuePlanner(set: engine.set).plan(birthDate: request.birthDate, gestationalWeeks: request.gestationalWeeks,
                                                                            on: request.assessedOn, locale: request.locale) {
            for e in plan.dueNow { for i in e.instruments where !ids.contains(i) { ids.append(i) } }
        }
        if named.isEmpty && ids.isEmpty {
            ids = engine.set.ids.filter { fits($0) && engine.set[$0]!.follows == nil }
            if !ids.isEmpty { Output.stdout(words.nothingDue + "\n") }
        }
        // First stages in the order given; then each second stage of them (it asks itself only
        // when the first stage's band calls for it).
        var ordered = ids.filter { engine.set[$0]?.follows == nil }
        for id in engine.set.ids {
            if let first = engine.set[id]?.follows?.instrument, ordered.contains(first), !ordered.contains(id) { ordered.append(id) }
        }
        request.responses = ordered.map { Response(instrument: $0, answers: []) }
    }

    /// The items to ask of response `r` now, or nil with the reason it is not asked: not for this
    /// age, or a second stage its first stage's answers do not call for (yet).
    func items(_ r: Int) -> (items: [Item], skip: String?) {
        switch engine.itemsToAsk(request, response: r) {
        case .ask(let items): (items, nil)
        case .notForThisAge: ([], words.notThisAge)
        case .notCalledFor: ([], words.stageSkipped)
        }
    }

    /// The visit as it stands: instruments not asked left out, and a second stage's answers only
    /// for the items it asks now.
    var settled: ScreeningRequest {
        var out = request
        out.responses = request.responses.indices.compactMap { r in
            let (asked, skip) = items(r)
            guard skip == nil else { return nil }
            var response = request.responses[r]
            let ids = Set(asked.map(\.id))
            response.answers = response.answers.filter { ids.contains($0.item) }
            return response
        }
        return out
    }

    func evaluate() throws -> ScreeningResult {
        do throws(RequestError) { return try engine.evaluate(settled) } catch {
            throw CannotRun(words.cannotScore(error.message))
        }
    }

    /// Before the first question: the child's age, the plan, and what the texts shown are.
    func introduce() {
        let w = words, ages = self.ages
        var s = "\(w.child)\(child.map { " \($0)" } ?? ""): \(w.age) \(w.months(ages.chronological.months)) \(w.days(ages.chronological.days))"
        if let c = ages.corrected(termWeeks: 40) {
            s += c.from > request.assessedOn ? "; \(w.beforeTerm) \(c.from)" : "; \(w.corrected) \(w.months(c.age.months)) \(w.days(c.age.days))"
        }
        s += "\n\(w.plan):\n"
        for r in request.responses.indices {
            let i = engine.set[request.responses[r].instrument]!
            let answered = request.responses[r].answers.filter { if case .missing = $0.answer { false } else { true } }.count
            s += "  - \(i.title[request.locale].terminalSafe)" + (i.follows != nil ? " (\(w.ifNeeded))" : "") + (answered > 0 ? " — \(w.answered(answered))" : "") + "\n"
        }
        if request.responses.contains(where: { engine.set[$0.instrument]!.textsVersions[request.locale] == nil }) { s += w.summaries + "\n" }
        Output.stdout(s + w.help + "\n")
    }

    enum Reply { case answer(Answer), keep, skip, back, quit }

    /// Asks every item not answered yet, across the instruments in order (back goes into the
    /// instrument before); an instrument's skipped items once more before the next instrument (so
    /// a second stage is decided on the first stage as complete as it can be); and again anything
    /// a changed answer now calls for. False when the user quit (or input ended) first.
    mutating func ask() throws -> Bool {
        var reasked = Set<String>(), noticed = Set<String>()
        func open(_ r: Int) -> (unanswered: Bool, skipped: [Item]) {
            let list = items(r).items
            let skipped = list.filter { item in
                guard case .missing? = answer(r, item.id) else { return false }
                return !reasked.contains("\(r) \(item.id)")
            }
            return (list.contains { answer(r, $0.id) == nil }, skipped)
        }
        while request.responses.indices.contains(where: { open($0).unanswered || !open($0).skipped.isEmpty }) {
            var r = 0, i = 0, reviewing = 0, announced = -1
            while r < request.responses.count {
                let (list, skip) = items(r)
                // Why an instrument is not asked is said once; a title only above a question.
                if let skip, noticed.insert("\(r) \(skip)").inserted { announce(r, skip); announced = r }
                if i >= list.count {
                    let skipped = open(r).skipped
                    if !skipped.isEmpty {
                        Output.stdout("\n" + words.askingSkipped(skipped.count) + "\n")
                        var k = 0
                        while k < skipped.count {
                            let item = skipped[k]
                            let n = list.firstIndex { $0.id == item.id }! + 1
                            switch prompt(r, item, "(\(n)/\(list.count))", answer(r, item.id)) {
                            case .quit: return false
                            case .back: k = max(0, k - 1); continue
                            case .keep, .skip: break
                            case .answer(let a): try record(r, item.id, a)
                            }
                            reasked.insert("\(r) \(item.id)")
                            k += 1
                        }
                    }
                    r += 1; i = 0
                    continue
                }
                let current = answer(r, list[i].id)
                if current != nil && reviewing == 0 { i += 1; continue }
                if announced != r { announce(r, nil); announced = r }
                switch prompt(r, list[i], "(\(i + 1)/\(list.count))", current) {
                case .quit: return false
                case .back:
                    if i > 0 { i -= 1; reviewing += 1 }
                    else if let p = (0..<r).reversed().first(where: { !items($0).items.isEmpty }) {
                        r = p; i = items(p).items.count - 1; reviewing += 1
                    } else { Output.stdout(words.atFirst + "\n") }
                    continue
                case .keep: break
                case .skip: try record(r, list[i].id, .missing)
                case .answer(let a): try record(r, list[i].id, a)
                }
                reviewing = max(0, reviewing - 1)
                i += 1
            }
        }
        return true
    }

    func announce(_ r: Int, _ skip: String?) {
        let instrument = engine.set[request.responses[r].instrument]!
        let draft = instrument.locales[request.locale] == .notValidated ? " " + words.notValidated : ""
        Output.stdout("\n== \(instrument.title[request.locale].terminalSafe)\(draft)\n")
        if let skip { Output.stdout("   \(skip)\n") }
    }

    func answer(_ r: Int, _ item: String) -> Answer? {
        request.responses[r].answers.last { $0.item == item }?.answer
    }

    /// Records an answer (replacing an earlier one) and saves the visit at once.
    mutating func record(_ r: Int, _ item: String, _ a: Answer) throws {
        request.responses[r].answers.removeAll { $0.item == item }
        request.responses[r].answers.append((item, a))
        try save(finished: false)
    }

    /// Shows one item and reads a reply, asking again until it is one.
    func prompt(_ r: Int, _ item: Item, _ counter: String, _ current: Answer?) -> Reply {
        let instrument = engine.set[request.responses[r].instrument]!
        let many = item.selection == .many || instrument.severalTickedTakesMostConcerning
        let w = words
        func label(_ o: AnswerOption) -> String { (o.label.isEmpty ? o.id : o.label[request.locale]).terminalSafe }
        Output.stdout("\n\(counter) \(item.label[request.locale].terminalSafe)\n")
        for (k, o) in item.options.enumerated() { Output.stdout("  \(k + 1)) \(label(o))\n") }
        switch current {
        case nil: break
        case .missing?: Output.stdout("   \(w.wasSkipped)\n")
        case let a?:
            let shown = Self.ids(a).compactMap { id in item.options.firstIndex { $0.id == id }.map { "\($0 + 1)) \(label(item.options[$0]))" } }
            Output.stdout("   \(w.now(shown.joined(separator: ", ")))\n")
        }
        while true {
            Output.stdout(many ? "> (1,3) " : "> ")
            guard let line = readLine(strippingNewline: true) else { return .quit }
            let input = line.trimmingSpaces().lowercased()
            if input.isEmpty, current != nil { return .keep }
            if ["q", "й"].contains(input) { return .quit }
            if ["b", "и"].contains(input) { return .back }
            if ["s", "ы"].contains(input) { return .skip }
            if let a = Self.parse(input, item, many: many) { return .answer(a) }
            let ids = item.options.map(\.id).joined(separator: ", ")
            Output.stdout(w.notAnOption(item.options.count, ids, many) + "\n")
        }
    }

    static func ids(_ a: Answer) -> [String] {
        switch a {
        case .option(let id): [id]
        case .options(let ids): ids
        default: []
        }
    }

    /// "2", "no", a label's leading letter ("б" for "б (второй ответ)"), or for an item that takes
    /// several answers "1,3": the option(s) meant. Cyrillic letters that look like Latin ones
    /// count as those ("а" for the id "a"), so the ru keyboard layout works.
    static func parse(_ input: String, _ item: Item, many: Bool) -> Answer? {
        let parts = input.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        var ids: [String] = []
        for p in parts {
            let folded = String(p.map { Self.latin[$0] ?? $0 })
            if let n = Int(p), n >= 1, n <= item.options.count { ids.append(item.options[n - 1].id) }
            else if let o = item.options.first(where: { $0.id == p || $0.id == folded }) { ids.append(o.id) }
            else if let o = item.options.first(where: { o in o.label.texts.values.contains { $0.lowercased() == p || $0.lowercased().hasPrefix(p + " ") } }) { ids.append(o.id) }
            else { return nil }
        }
        guard !ids.isEmpty else { return nil }
        if ids.count == 1 { return .option(ids[0]) }
        return many ? .options(ids) : nil
    }

    /// Cyrillic letters that look like Latin ones.
    static let latin: [Character: Character] = ["а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "к": "k", "м": "m", "т": "t"]

    /// Writes the visit: to a temporary file, flushed, then renamed over the last save, readable
    /// by its owner only (it holds health data).
    func save(finished: Bool) throws {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("format"); w.string("earlyscreen/visit@1")
        if let child { w.key("child"); w.string(child) }
        w.key("complete"); w.bool(finished)
        w.key("request")
        RequestEncoder().write(finished ? settled : request, into: &w)
        w.key("result")
        if finished, let result = try? engine.evaluate(settled) {
            w.raw(ResultEncoder(pretty: false).encode(result))
        } else {
            w.null()
        }
        w.endObject()
        guard FileSystem.writeAtomically(path, w.bytes + [0x0A], ownerOnly: true) else {
            throw CannotRun(words.cannotWrite(path))
        }
    }

    static func load(_ path: String, engine: Engine, locale: Locale) throws -> Session {
        let w = DeskWords.all[locale]!
        guard let bytes = FileSystem.read(path) else {
            throw CannotRun(w.cannotRead(path))
        }
        do throws(RequestError) {
            guard case .object(let top) = try JSONReader().parse(bytes), let req = top.first(where: { $0.key == "request" })?.value else {
                throw RequestError(.wrongType, w.notAVisit)
            }
            var child: String? = nil
            if case .string(let c)? = top.first(where: { $0.key == "child" })?.value { child = c }
            let request = try RequestDecoder().decode(req)
            for (i, r) in request.responses.enumerated() where engine.set[r.instrument] == nil {
                throw RequestError(.unknownInstrument, w.unknownInstrument(r.instrument, engine.set.ids.joined(separator: ", ")) + " (/request/responses/\(i))")
            }
            return Session(engine: engine, request: request, child: child)
        } catch {
            throw CannotRun(w.badVisit(path, error.message))
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" || s.first == "\r" { s = s.dropFirst() }
        while s.last == " " || s.last == "\t" || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }
}
