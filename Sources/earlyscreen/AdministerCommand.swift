import ArgumentParser
import EarlyScreen

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
        visit-BIRTHDATE-DATE.json. A saved partial visit continues with --resume FILE. \
        Answers can come from a pipe, so a visit can be scripted.

        Examples:
          earlyscreen administer --birth-date 2024-05-01 --locale az
          earlyscreen administer mchat-r --birth-date 2024-05-01 --on 2026-01-15 --out visit.json
          earlyscreen administer --resume visit.json
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

    @Option(help: "Language of the questions and the report: en, az or ru.")
    var locale: String = "en"

    @Option(help: ArgumentHelp("Where to save the visit (default: visit-BIRTHDATE-DATE.json).", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("Continue a visit saved by quitting.", valueName: "file"))
    var resume: String?

    @OptionGroup var source: InstrumentOptions

    func run() throws {
        let engine = try source.engine()
        var session: Session
        if let resume {
            session = try Session.load(resume, engine: engine)
        } else {
            guard let b = birthDate, let birth = CalendarDate(iso: b) else { throw ValidationError("--birth-date YYYY-MM-DD is required (or --resume FILE)") }
            guard let l = Locale(rawValue: locale) else { throw ValidationError("--locale must be en, az or ru") }
            var date = CalendarDate.today()
            if let on {
                guard let d = CalendarDate(iso: on) else { throw ValidationError("--on \(on) is not a real date") }
                date = d
            }
            if let ga = gestationalAge, !(22...44).contains(ga) { throw ValidationError("--gestational-age must be 22–44 weeks") }
            guard date >= birth else { throw ValidationError("the visit date is before the birth date") }
            session = Session(engine: engine, request: ScreeningRequest(id: "visit-\(birth)-\(date)", birthDate: birth, assessedOn: date,
                                                                         gestationalWeeks: gestationalAge, locale: l, responses: []))
            try session.choose(instruments)
        }
        let path = try outPath(session)
        // Saved before the first question: a path that cannot be written fails now, not after the visit.
        try session.save(to: path, finished: false)
        let finished = session.ask()
        try session.save(to: path, finished: finished)
        let w = Session.words[session.request.locale]!
        if finished {
            Output.stdout("\n" + TextReport.render(try engine.evaluate(session.request), set: engine.set))
            Output.stdout("\n\(w.saved) \(path)\n")
        } else {
            Output.stdout("\n\(w.paused) \(path)\n  earlyscreen administer --resume \(path)\n")
        }
    }
}

extension AdministerCommand {
    /// Where the visit is saved. A visit file is never overwritten by a new visit: twins seen the
    /// same day get `-2`, `-3`… on the default name, and an existing --out needs --resume.
    func outPath(_ session: Session) throws -> String {
        if let resume { return out ?? resume }
        if let out {
            if FileSystem.exists(out) {
                Output.stderr("earlyscreen: \(out) already holds a visit; continue it with --resume \(out), or choose another --out\n")
                throw ExitCode(2)
            }
            return out
        }
        let base = "visit-\(session.request.birthDate)-\(session.request.assessedOn)"
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

    struct Words {
        var help, back, skip, quit, notValidated, notThisAge, stageSkipped, saved, paused, unknown, nothingDue: String
    }

    static let words: [Locale: Words] = [
        .en: Words(help: "Answer with a number or an option id; b = back, s = skip, q = save and quit.", back: "b", skip: "s", quit: "q",
                   notValidated: "(translation not validated)", notThisAge: "is not for this age; skipped", stageSkipped: "not needed after the first stage",
                   saved: "Visit saved to", paused: "Stopped. What was entered is saved in", unknown: "Not an option here; try again.",
                   nothingDue: "Nothing is due at this age; asking every instrument valid for it."),
        .az: Words(help: "Nömrə və ya cavabın id-si ilə cavab verin; b = geri, s = keç, q = saxla və çıx.", back: "b", skip: "s", quit: "q",
                   notValidated: "(tərcümə təsdiqlənməyib)", notThisAge: "bu yaş üçün deyil; keçildi", stageSkipped: "birinci mərhələdən sonra lazım deyil",
                   saved: "Vizit saxlanıldı:", paused: "Dayandırıldı. Daxil edilənlər saxlanıldı:", unknown: "Belə cavab yoxdur; yenidən cəhd edin.",
                   nothingDue: "Bu yaşda skrininq vaxtı deyil; bu yaş üçün bütün alətlər soruşulur."),
        .ru: Words(help: "Ответьте номером или id варианта; b = назад, s = пропустить, q = сохранить и выйти.", back: "b", skip: "s", quit: "q",
                   notValidated: "(перевод не валидирован)", notThisAge: "не для этого возраста; пропущено", stageSkipped: "не нужен после первого этапа",
                   saved: "Визит сохранён в", paused: "Остановлено. Введённое сохранено в", unknown: "Такого варианта нет; попробуйте ещё раз.",
                   nothingDue: "В этом возрасте скрининг не запланирован; задаются все подходящие инструменты."),
    ]

    var words: Words { Self.words[request.locale]! }

    init(engine: Engine, request: ScreeningRequest) {
        self.engine = engine
        self.request = request
    }

    /// The instruments to ask: those named, else those due now, else every one valid at this age.
    mutating func choose(_ named: [String]) throws {
        let ages = ChildAges(birthDate: request.birthDate, assessedOn: request.assessedOn, gestationalWeeks: request.gestationalWeeks)
        var ids = named
        for id in ids where engine.set[id] == nil {
            Output.stderr("earlyscreen: no instrument \"\(id)\"; the set has \(engine.set.ids.joined(separator: ", "))\n")
            throw ExitCode(2)
        }
        if ids.isEmpty, let plan = try? DuePlanner(set: engine.set).plan(birthDate: request.birthDate, gestationalWeeks: request.gestationalWeeks,
                                                                          on: request.assessedOn, locale: request.locale) {
            for e in plan.dueNow { for i in e.instruments where !ids.contains(i) { ids.append(i) } }
        }
        if ids.isEmpty {
            Output.stdout(words.nothingDue + "\n")
            ids = engine.set.ids.filter { engine.set[$0]!.ages.contains(ages.age(for: engine.set[$0]!).months) && engine.set[$0]!.follows == nil }
        }
        // First stages in the order given; then each second stage of them (it asks itself only
        // when the first stage's band calls for it).
        var ordered = ids.filter { engine.set[$0]?.follows == nil }
        for id in engine.set.ids {
            if let first = engine.set[id]?.follows?.instrument, ordered.contains(first) { ordered.append(id) }
        }
        request.responses = ordered.map { Response(instrument: $0, answers: []) }
    }

    /// Asks every unanswered item; false when the user quit (or input ended) before the end.
    mutating func ask() -> Bool {
        Output.stdout(words.help + "\n")
        let ages = ChildAges(birthDate: request.birthDate, assessedOn: request.assessedOn, gestationalWeeks: request.gestationalWeeks)
        var r = 0
        while r < request.responses.count {
            let instrument = engine.set[request.responses[r].instrument]!
            let (months, _) = ages.age(for: instrument)
            let status = instrument.locales[request.locale]
            Output.stdout("\n== \(instrument.title[request.locale].terminalSafe) \(status == .notValidated ? words.notValidated : "")\n")
            guard instrument.ages.contains(months), let form = instrument.form(forMonths: months) else {
                Output.stdout("   \(instrument.id) \(words.notThisAge)\n")
                request.responses.remove(at: r)
                continue
            }
            var items = form.items
            if let link = instrument.follows {
                // Ask a second stage only after a first-stage band it follows, and only the failed items.
                let first = request.responses.first { $0.instrument == link.instrument }
                let result = first.flatMap { f in try? engine.evaluate(ScreeningRequest(birthDate: request.birthDate, assessedOn: request.assessedOn,
                                                                                       gestationalWeeks: request.gestationalWeeks, responses: [f])) }
                let band = result?.results.first?.band
                guard let band, link.bands.contains(band), let f = first else {
                    Output.stdout("   \(words.stageSkipped)\n")
                    request.responses.remove(at: r)
                    continue
                }
                if link.onlyFailedItems {
                    let firstForm = engine.set[link.instrument]?.forms.first { $0.id == (result?.results.first?.form ?? "all") }
                    let failed = Set(Evaluator.failedItems(firstForm, f))
                    items = items.filter { failed.contains($0.id) }
                }
            }
            var i = 0
            while i < items.count {
                let item = items[i]
                if request.responses[r].answers.contains(where: { $0.item == item.id }) { i += 1; continue }  // resumed
                Output.stdout("\n(\(i + 1)/\(items.count)) \(item.label[request.locale].terminalSafe)\n")
                for (k, o) in item.options.enumerated() {
                    Output.stdout("  \(k + 1)) \((o.label.texts.isEmpty ? o.id : o.label[request.locale]).terminalSafe)\n")
                }
                Output.stdout(item.selection == .many ? "> (1,3) " : "> ")
                guard let line = readLine(strippingNewline: true) else { return false }
                let input = line.trimmingSpaces().lowercased()
                if input == words.quit || input == "q" { return false }
                if input == words.back || input == "b" {
                    // Back one item (into the previous instrument when at the first).
                    if i > 0, let last = request.responses[r].answers.lastIndex(where: { $0.item == items[i - 1].id }) {
                        request.responses[r].answers.remove(at: last)
                        i -= 1
                    }
                    continue
                }
                if input == words.skip || input == "s" {
                    request.responses[r].answers.append((item.id, .missing))
                    i += 1
                    continue
                }
                guard let answer = Self.parse(input, item) else {
                    Output.stdout(words.unknown + "\n")
                    continue
                }
                request.responses[r].answers.append((item.id, answer))
                i += 1
            }
            r += 1
        }
        return true
    }

    /// "2", "no", or for a many-answer item "1,3": the option(s) meant.
    static func parse(_ input: String, _ item: Item) -> Answer? {
        let parts = input.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
        var ids: [String] = []
        for p in parts {
            if let n = Int(p), n >= 1, n <= item.options.count { ids.append(item.options[n - 1].id) }
            else if let o = item.options.first(where: { $0.id == p }) { ids.append(o.id) }
            else { return nil }
        }
        guard !ids.isEmpty else { return nil }
        if item.selection == .one { return ids.count == 1 ? .option(ids[0]) : nil }
        return .options(ids)
    }

    func save(to path: String, finished: Bool) throws {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("format"); w.string("earlyscreen/visit@1")
        w.key("complete"); w.bool(finished)
        w.key("request")
        RequestEncoder().write(request, into: &w)
        w.key("result")
        if finished, let result = try? engine.evaluate(request) {
            w.raw(ResultEncoder(pretty: false).encode(result))
        } else {
            w.null()
        }
        w.endObject()
        guard FileSystem.writeAtomically(path, w.bytes + [0x0A]) else {
            Output.stderr("earlyscreen: cannot write \(path)\n")
            throw ExitCode(2)
        }
    }

    static func load(_ path: String, engine: Engine) throws -> Session {
        guard let bytes = FileSystem.read(path) else {
            Output.stderr("earlyscreen: cannot read \(path)\n")
            throw ExitCode(2)
        }
        do throws(RequestError) {
            guard case .object(let top) = try JSONReader().parse(bytes), let req = top.first(where: { $0.key == "request" })?.value else {
                throw RequestError(.wrongType, "not a saved visit")
            }
            let request = try RequestDecoder().decode(req)
            for (i, r) in request.responses.enumerated() where engine.set[r.instrument] == nil {
                throw RequestError(.unknownInstrument, "responses/\(i) names instrument \"\(r.instrument)\", which is not in the loaded set (\(engine.set.ids.joined(separator: ", ")))")
            }
            return Session(engine: engine, request: request)
        } catch {
            Output.stderr("earlyscreen: \(path) is not a saved visit: \(error.message)\n")
            throw ExitCode(2)
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
