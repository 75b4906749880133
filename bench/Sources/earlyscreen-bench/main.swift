// In-process figures for bench/run: instrument loading beside a bare libyaml parse of the same
// files, and library evaluations per second on already-decoded requests. Prints one JSON object.
import CYAML
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

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The median of `runs` timings of `body`, in seconds.
func median(_ runs: Int, _ body: () -> Void) -> Double {
    var t: [Double] = []
    for _ in 0..<runs {
        let a = now()
        body()
        t.append(now() - a)
    }
    return t.sorted()[runs / 2]
}

let files = Engine.shippedFiles
let bytes = files.reduce(0) { $0 + $1.text.utf8.count }

/// ES_BENCH_EVALS=N with ES_BENCH_VISIT=mchat, mchat-json or mixed: only N library evaluations of that visit,
/// timed once; with ES_BENCH_VISIT=load or libyaml: only N loads of the shipped set, or N bare
/// parses of its files. Runs small enough for valgrind's instruction counts (bench/run (f)), which
/// do not move with the machine's load as timings do.
let countOnly = getenv("ES_BENCH_EVALS").flatMap { Int(String(cString: $0)) }
let onlyVisit = getenv("ES_BENCH_VISIT").map { String(cString: $0) }

/// libyaml alone: events only, no nodes, no checks.
func bareParse() {
    for (_, text) in files {
        var parser = yaml_parser_t()
        yaml_parser_initialize(&parser)
        var event = yaml_event_t()
        let utf8 = Array(text.utf8)
        utf8.withUnsafeBufferPointer { b in
            yaml_parser_set_input_string(&parser, b.baseAddress, b.count)
            while yaml_parser_parse(&parser, &event) == 1 {
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if done { break }
            }
        }
        yaml_parser_delete(&parser)
    }
}
if let n = countOnly, onlyVisit == "load" || onlyVisit == "libyaml" {
    for _ in 0..<n { if onlyVisit == "load" { _ = try? Engine.builtIn() } else { bareParse() } }
    exit(0)
}
let bare = countOnly != nil ? 0 : median(50) { bareParse() }
let load = countOnly != nil ? 0 : median(50) { _ = try? Engine.builtIn() }

// Library evaluations on decoded requests: an M-CHAT-R visit and a three-instrument visit.
let engine = try! Engine.builtIn()
let visit = CalendarDate(iso: "2026-01-15")!
func mchat(_ risk: Set<Int>) -> [(item: String, answer: Answer)] {
    (1...20).map { q in
        let atRiskYes = [2, 5, 12].contains(q)
        let risky = risk.contains(q)
        return ("q\(q)", .option((atRiskYes == risky) ? "yes" : "no"))
    }
}
let single = ScreeningRequest(birthDate: visit.adding(months: -20), assessedOn: visit,
                              responses: [Response(instrument: "mchat-r", answers: mchat([2, 3, 6, 10]))])
let mixed = ScreeningRequest(birthDate: visit.adding(months: -16), assessedOn: visit, gestationalWeeks: 35, responses: [
    Response(instrument: "mchat-r", answers: mchat([3])),
    Response(instrument: "swyc-bpsc", answers: (1...12).map { ("q\($0)", .option($0 % 5 == 0 ? "somewhat" : "not_at_all")) }),
    Response(instrument: "epds", answers: (1...10).map { ("q\($0)", .option([1, 2, 4].contains($0) ? "a" : "d")) }),
])
// The same M-CHAT-R visit as a service sends it: decoded by `Engine.request(json:)`, whose answers
// are already option indices of the form (what every JSON request becomes before evaluation).
let singleJSON = try! RequestEncoder(pretty: false).encode(single).withUnsafeBufferPointer { try engine.request(json: $0) }
func rate(_ r: ScreeningRequest) -> Double {
    let n = countOnly ?? 200_000
    let t = median(countOnly != nil ? 1 : 3) {
        for _ in 0..<n { _ = try? engine.evaluate(r) }
    }
    return Double(n) / t
}
func wanted(_ visit: String) -> Bool { onlyVisit == nil || onlyVisit == visit }
let singleRate = wanted("mchat") ? rate(single) : 0, mixedRate = wanted("mixed") ? rate(mixed) : 0
let decodedRate = wanted("mchat-json") ? rate(singleJSON) : 0
print("{\"instrument_files\":\(files.count),\"instrument_bytes\":\(bytes),\"load_ms\":\(load * 1000),\"libyaml_parse_ms\":\(bare * 1000),\"library_evals_per_s_mchat\":\(Int(singleRate)),\"library_evals_per_s_mixed\":\(Int(mixedRate)),\"library_evals_per_s_mchat_json\":\(Int(decodedRate))}")
