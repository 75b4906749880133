// Fuzz targets: a request line, an instrument file, a rule. Built with -sanitize=fuzzer and
// -DFUZZING (scripts/fuzz), libFuzzer calls LLVMFuzzerTestOneInput; built normally, this program
// replays the files it is given through the same code, so a crash input becomes a regression test.
import EarlyScreen

#if canImport(Glibc)
import Glibc
#endif

enum Target: String { case request, instrument, rule }

let engine = try! Engine.builtIn()
let scope = ExprScope(items: [
    .init(id: "q1", options: ["yes", "no"], many: false),
    .init(id: "q2", options: ["a", "b", "c"], many: true),
    .init(id: "q3", options: ["yes", "no"], many: false),
], scores: ["total": 0], form: "all")

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
        frame.points = [Interval(0, 1), Interval(exactly: 2), Interval(exactly: 0)]
        frame.selected = [0, 0b010, 0b01]
        frame.scores = [Interval(1, 4)]
        if let c = try? RuleCompiler.condition(text, scope: scope) { _ = c.run(frame) }
        if let n = try? RuleCompiler.number(text, scope: scope) { _ = n.run(frame) }
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
