// Fuzz targets: a request line, an instrument file, a rule. Built with -sanitize=fuzzer and
// -DFUZZING (scripts/fuzz), libFuzzer calls LLVMFuzzerTestOneInput; built normally, this program
// replays the files it is given through the same code, so a crash input becomes a regression test.
import EarlyScreen
import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
import ESLane
import ESReport
import ESTally
import ESFHIR

#if canImport(Glibc)
import Glibc
#endif

/// request, instrument, rule: the input is the text. dates, expression, yaml: the input drives a
/// generator (structure-aware), so the fuzzer explores every contract date, deeply nested
/// aggregates with division, and collections far larger than its 64 KB inputs.
enum Target: String { case request, instrument, rule, dates, expression, yaml }

/// Reads the fuzzer's bytes as a stream of choices.
struct Choices {
    var bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    mutating func next(_ n: Int) -> Int {
        guard n > 1 else { return 0 }
        var v = 0
        for _ in 0..<3 { v = v << 8 | Int(i < bytes.count ? bytes[i] : 0); i += 1 }
        return v % n
    }
    var done: Bool { i >= bytes.count }
}

func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }

/// A visit with dates anywhere in 0001-9999, several instruments and forms, and the due plan.
func dates(_ c: inout Choices) {
    let year = 1 + c.next(9999), month = 1 + c.next(12), day = 1 + c.next(31)
    let ageDays = c.next(3200)
    guard let birth = CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month, year))) else { return }
    let on = birth.adding(days: ageDays)
    let ga = [nil, "24", "27.5", "33", "36.9", "37", "40", "44"][c.next(8)]
    let instruments = ["mchat-r", "mchat-rf", "epds", "swyc-milestones", "swyc-bpsc", "swyc-ppsc", "cdc-ltsae", "who-motor", "swyc-family"]
    var responses: [String] = []
    for id in instruments where c.next(2) == 1 {
        let form = c.next(4) == 0 ? ",\"form\":\"\(["2m", "12m", "30m", "60m", "all"][c.next(5)])\"" : ""
        let answers = c.next(2) == 1 ? "{}" : (engine.set[id]?.forms.first?.items.prefix(c.next(30)).map { "\"\($0.id)\":\"\($0.options[c.next($0.options.count)].id)\"" }
            .joined(separator: ",")).map { "{\($0)}" } ?? "{}"
        responses.append("{\"instrument\":\"\(id)\"\(form),\"answers\":\(answers)}")
    }
    let child = "{\"birth_date\":\"\(birth)\"" + (ga.map { ",\"gestational_age_weeks\":\($0)" } ?? "") + "}"
    let request = "{\"child\":\(child),\"assessed_on\":\"\(on.year <= 9999 ? on.description : "9999-12-31")\",\"locale\":\"\(["en", "az", "ru"][c.next(3)])\",\"responses\":[\(responses.joined(separator: ","))]}"
    let out = Array(request.utf8).withUnsafeBufferPointer { engine.evaluate(json: $0) }
    checkJSONLine(out.output)
    if let request = try? RequestDecoder().decode(JSONReader().parse(Array(request.utf8))), let r = try? engine.evaluate(request) {
        _ = TextReport.render(r, set: engine.set)
    }
    if on.year <= 9999, let plan = try? DuePlanner(set: engine.set).plan(birthDate: birth, gestationalWeeks: ga.flatMap(Double.init), on: on, locale: .az) {
        checkJSONLine(DueReport.json(plan, pretty: false))
        _ = DueReport.text(plan, locale: .ru)
    }
}

/// One JSON value on one line, with no infinity or NaN in it.
func checkJSONLine(_ out: [UInt8]) {
    precondition(out.first == UInt8(ascii: "{") && !out.contains(0x0A), "output is not one JSON line")
    let text = String(decoding: out, as: UTF8.self)
    for bad in [":inf", ":-inf", "[inf", "[-inf", ",inf", ",-inf", ":nan", "[nan", ",nan"] {
        precondition(!text.contains(bad), "a non-finite number in JSON: \(bad)")
    }
}

/// A rule built from aggregates nested in aggregates, division and comparisons.
func expression(_ c: inout Choices) -> String {
    func number(_ depth: Int) -> String {
        if depth > 6 || c.done { return ["q1", "q3", "total", "age_days", "\(c.next(1000))", "0"][c.next(6)] }
        switch c.next(9) {
        case 0: return "sum(q1..q3)"
        case 1: return "count(q1..q3, \(condition(depth + 1)))"
        case 2: return "count(items, it == \"yes\" or \(condition(depth + 1)))"
        case 3: return "min(\(number(depth + 1)), \(number(depth + 1)))"
        case 4: return "max(\(number(depth + 1)), \(number(depth + 1)))"
        case 5: return "\(number(depth + 1)) / \(number(depth + 1))"
        case 6: return "(\(number(depth + 1)) \(["+", "-", "*"][c.next(3)]) \(number(depth + 1)))"
        case 7: return "answered(q1..q3)"
        default: return "\(c.next(100_000))"
        }
    }
    func condition(_ depth: Int) -> String {
        if depth > 6 || c.done { return "q1 == \"yes\"" }
        switch c.next(4) {
        case 0: return "\(number(depth + 1)) \(["<", "<=", ">", ">=", "==", "!="][c.next(6)]) \(number(depth + 1))"
        case 1: return "(\(condition(depth + 1)) \(["and", "or"][c.next(2)]) \(condition(depth + 1)))"
        case 2: return "not \(condition(depth + 1))"
        default: return "\(number(depth + 1)) in [1, 2, 3]"
        }
    }
    return c.next(2) == 0 ? number(0) : condition(0)
}

/// An instrument file with lists and maps of up to 300,000 entries (built, not read from input).
func bigYAML(_ c: inout Choices) -> String {
    let base = """
    format: earlyscreen/instrument@1
    id: fuzz-big
    version: "1"
    title: Big
    source: {citation: fuzz}
    license: {holder: none, terms: fuzz}
    ages: {min_months: 12, max_months: 24}
    items:
      - {id: q1, label: One, options: [{id: "yes", points: 0}, {id: "no", points: 1}]}
    scores:
      - {id: total, rule: sum(q1..q1)}
    bands:
      - {id: low, title: Low, when: total <= 0, outcome: no_concern}
      - {id: high, title: High, when: total >= 1, outcome: monitor}

    """
    // Sizes spread over orders of magnitude: most inputs small and quick, some of 100,000s.
    let n = c.next([10, 100, 1_000, 10_000, 300_000][c.next(5)])
    switch c.next(4) {
    case 0: return base + "notes: [" + (0..<n).map { "x\($0 % 7)" }.joined(separator: ", ") + "]\n"
    case 1: return base + "extra:\n" + (0..<min(n, 200_000)).map { "  k\($0): v\n" }.joined()
    case 2: return base + "notes:\n" + (0..<min(n, 200_000)).map { _ in "  - [a, {b: c}]\n" }.joined()
    default: return base + "items2: [" + (0..<min(n, 50_000)).map { "{id: q\($0), options: nosuch}" }.joined(separator: ", ") + "]\n"
    }
}

let engine = try! Engine.builtIn()
/// One lane for the whole run (the fuzzer calls from one thread), so inputs meet a warm memo.
nonisolated(unsafe) let lane = engine.makeLane(stepsAside: false)!
let scope = ExprScope(items: [
    .init(id: "q1", options: ["yes", "no"], many: false),
    .init(id: "q2", options: ["a", "b", "c"], many: true),
    .init(id: "q3", options: ["yes", "no"], many: false),
], scores: ["total": 0], form: "all")

/// A decoded request's result (or error) as the contract's bytes.
func encoded(_ request: ScreeningRequest) -> [UInt8] {
    var w = JSONWriter()
    do throws(RequestError) { engine.encoder.encode(try engine.evaluate(request), into: &w) } catch { engine.encoder.encode(error: error, id: nil, into: &w) }
    return w.bytes
}

func target() -> Target {
    guard let env = getenv("EARLYSCREEN_FUZZ"), let t = Target(rawValue: String(cString: env)) else { return .request }
    return t
}

/// One input through one target. Anything but a crash, hang or leak is a pass: errors are answers.
func run(_ bytes: UnsafeBufferPointer<UInt8>, _ t: Target) {
    switch t {
    case .request:
        let out = engine.evaluate(json: bytes)
        // Every answer is one JSON object on one line.
        precondition(out.output.first == UInt8(ascii: "{") && !out.output.contains(0x0A), "output is not one JSON line")
        // Answers the scanner read into option indices evaluate as the same answers read as strings.
        if let picked = RequestScanner.scan(bytes, set: engine.set), picked.responses.contains(where: { $0.picked != nil }),
           let plain = RequestScanner.scan(bytes) {
            precondition(plain.responses.allSatisfy { $0.picked == nil }, "scanned without the set, yet picked")
            precondition(encoded(picked) == encoded(plain), "answers as indices and as strings evaluate differently")
        }
        // The stream's fast lane, on a line it takes, writes exactly the general path's bytes (twice:
        // learning, then from its memo).
        for _ in 0..<2 {
            var fast = JSONWriter()
            if lane.answer(bytes, into: &fast) {
                precondition(out.error == nil && fast.bytes == out.output, "the fast lane disagrees with the general path")
            }
        }
    case .instrument:
        let text = String(decoding: bytes, as: UTF8.self)
        let out = InstrumentSetLoader().load(texts: [("fuzz.yaml", text)], origin: "fuzz", context: engine.set)
        _ = DiagnosticRenderer(sources: out.sources).render(out.diagnostics)
        if let set = out.set {
            for id in set.ids where engine.set[id] == nil { _ = EmbeddedTestRunner(set: set).run(set[id]!) }
        }
    case .rule:
        let text = String(decoding: bytes, as: UTF8.self)
        let frame = EvalFrame(itemCount: 3, scoreCount: 1)
        frame.points.values = [Interval(0, 1), Interval(exactly: 2), Interval(exactly: 0)]
        frame.selected.values = [0, 0b010, 0b01]
        frame.scores.values = [Interval(1, 4)]
        if let c = try? RuleCompiler.condition(text, scope: scope) { _ = c.run(frame) }
        if let n = try? RuleCompiler.number(text, scope: scope) { _ = n.run(frame) }
    case .dates:
        var c = Choices(bytes: bytes)
        dates(&c)
    case .expression:
        var c = Choices(bytes: bytes)
        let text = expression(&c)
        let frame = EvalFrame(itemCount: 3, scoreCount: 1)
        frame.points.values = [Interval(0, 1), Interval(exactly: 2), Interval(exactly: 0)]
        frame.selected.values = [0, 0b010, 0b01]
        frame.scores.values = [Interval(1, 4)]
        frame.ages.values = [20, 20, 20, Double(c.next(3000))]
        if let n = try? RuleCompiler.number(text, scope: scope) {
            let v = n.run(frame)
            precondition(v.lo.isNaN == false && v.hi.isNaN == false && v.lo <= v.hi, "a rule gave \(v) for \(text)")
        }
        if let b = try? RuleCompiler.condition(text, scope: scope) { _ = b.run(frame) }
    case .yaml:
        var c = Choices(bytes: bytes)
        let text = bigYAML(&c)
        let out = InstrumentSetLoader().load(texts: [("big.yaml", text)], origin: "fuzz", context: engine.set)
        let rendered = DiagnosticRenderer(sources: out.sources).render(out.diagnostics)
        precondition(rendered.utf8.count < 1 << 20, "diagnostics of \(rendered.utf8.count) bytes")
    }
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    run(UnsafeBufferPointer(start: data, count: size), target())
    return 0
}

/// SwiftPM links an executable's entry under this name; libFuzzer's driver takes it from here.
@_cdecl("earlyscreen_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v) { data, size in fuzzOne(data, size) }
}
#else
@main
struct Replay {
    static func main() {
        let t = target()
        for path in CommandLine.arguments.dropFirst() {
            guard let bytes = FileSystem.read(path) else { print("cannot read \(path)"); exit(2) }
            bytes.withUnsafeBufferPointer { run($0, t) }
        }
        print("replayed \(CommandLine.arguments.count - 1) inputs through \(t.rawValue)")
    }
}
#endif
