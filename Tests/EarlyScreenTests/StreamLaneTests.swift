import Foundation
import Testing
@testable import EarlyScreen
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

/// Issue 15: the stream's fast lane writes exactly the bytes the general path writes, on every
/// line it takes, for every shipped instrument; lines it does not take are left untouched.
@Suite struct StreamLaneTests {
    typealias SplitMix = PublishedRulesTests.SplitMix
    let engine: Engine
    init() throws { engine = try Engine.builtIn() }

    /// A random request line: mostly well-formed and complete, sometimes with what the lane must
    /// leave to the general path (a missing or unknown answer, a form, a gestational age, a context,
    /// a repeated key or instrument, a child too old, a visit before birth).
    func line(_ r: inout SplitMix, instruments: [String], months: Int, visit: CalendarDate, answers: [[String: String]]) -> String {
        let birth = visit.adding(months: -months).adding(days: -r.int(31))
        let ids = ["null", "\"r\(r.int(1000))\"", "\"visit-\(r.int(1_000_000))-long-enough-to-need-the-heap\"", "\"Əli-\(r.int(99))\""]
        var fields = [
            "\"format\":\"earlyscreen/request@1\"",
            "\"id\":\(ids[r.int(ids.count)])",
            "\"child\":{\"birth_date\":\"\(birth)\"\(r.int(4) == 0 ? ",\"sex\":\"female\"" : "")\(r.int(20) == 0 ? ",\"gestational_age_weeks\":33" : r.int(10) == 0 ? ",\"gestational_age_weeks\":null" : "")}",
            "\"assessed_on\":\"\(r.int(50) == 0 ? birth.adding(days: -3) : visit)\"",
        ]
        if r.int(3) > 0 { fields.append("\"locale\":\(["\"en\"", "\"az\"", "\"ru\"", "null"][r.int(4)])") }
        if r.int(25) == 0 { fields.append("\"context\":{\"region\":\"north\"}") }
        var responses: [String] = []
        for (k, id) in instruments.enumerated() {
            var pairs = answers[k].sorted { $0.key.localizedStandardCompare($1.key) == .orderedAscending }.map { "\"\($0.key)\":\"\($0.value)\"" }
            switch r.int(40) {
            case 0 where !pairs.isEmpty: pairs.remove(at: r.int(pairs.count))
            case 1 where !pairs.isEmpty: pairs[r.int(pairs.count)] = "\"q1\":null"
            case 2: pairs.append("\"zz\":\"yes\"")
            case 3 where !pairs.isEmpty: pairs.append(pairs[0])
            case 4 where !pairs.isEmpty: pairs.shuffle(using: &r)
            default: break
            }
            let form = r.int(30) == 0 ? "\"form\":\"all\"," : r.int(30) == 0 ? "\"form\":null," : ""
            responses.append("{\"instrument\":\"\(id)\",\(form)\"answers\":{\(pairs.joined(separator: ","))}}")
        }
        if r.int(60) == 0, let first = responses.first { responses.append(first) }
        fields.append("\"responses\":[\(responses.joined(separator: ","))]")
        fields.shuffle(using: &r)
        return "{" + fields.joined(separator: r.int(10) == 0 ? " , " : ",") + "}"
    }

    /// Random answers to every item of the instrument's form for `months` (or its first form).
    func answers(_ r: inout SplitMix, _ instrument: Instrument, months: Int) -> [String: String] {
        let form = instrument.form(forMonths: months) ?? instrument.forms[0]
        var out: [String: String] = [:]
        // A child's answers lean one way, as real ones do, so that keys repeat.
        let lean = r.int(3)
        for item in form.items {
            let k = r.int(4) < 3 ? min(lean, item.options.count - 1) : r.int(item.options.count)
            out[item.id] = item.options[k].id
        }
        return out
    }

    /// Runs every line through a lane and through the general path; returns how many the lane took.
    func check(_ lines: [String], lane: StreamLane, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        var taken = 0
        for text in lines {
            let bytes = Array(text.utf8)
            var writer = JSONWriter()
            writer.append(verbatim: [0x2A])  // the lane appends: what is there stays
            let took = bytes.withUnsafeBufferPointer { lane.answer($0, into: &writer) }
            let out = writer.bytes
            let general = engine.evaluate(json: bytes)
            if took {
                taken += 1
                #expect(general.error == nil, "the lane answered a line the general path rejects: \(text)", sourceLocation: sourceLocation)
                #expect(String(decoding: out.dropFirst(), as: UTF8.self) == String(decoding: general.output, as: UTF8.self),
                        "the lane wrote other bytes for: \(text)", sourceLocation: sourceLocation)
                #expect(out.first == 0x2A)
            } else {
                #expect(out == [0x2A], "the lane wrote something for a line it left: \(text)", sourceLocation: sourceLocation)
            }
        }
        return taken
    }

    @Test func writesTheGeneralPathsBytesForEveryShippedInstrument() throws {
        let lane = try #require(engine.makeLane(stepsAside: false))
        var r = SplitMix(state: 15)
        for id in engine.set.ids {
            let instrument = engine.set[id]!
            var lines: [String] = []
            for _ in 0..<400 {
                // Ages around the instrument's range, so that in range, out of range and the edges all occur.
                let months = max(0, instrument.ages.minMonths - 3 + r.int(instrument.ages.maxMonths - instrument.ages.minMonths + 7))
                let visit = CalendarDate(year: 2020 + r.int(8), month: 1 + r.int(12), day: 1 + r.int(28))!
                let a = answers(&r, instrument, months: months)
                // The same answers at another visit and age nearby: the lane's reused tails are tested too.
                for _ in 0..<3 {
                    lines.append(line(&r, instruments: [id], months: months + r.int(2), visit: visit.adding(days: r.int(400)), answers: [a]))
                }
            }
            let taken = check(lines, lane: lane)
            if LanePlan(instrument) != nil {
                #expect(taken > lines.count / 2, "\(id): the lane took \(taken) of \(lines.count) lines")
            } else {
                #expect(taken == 0, "\(id) has no plan, yet the lane took \(taken) lines")
            }
        }
        #expect(lane.stats.hits > 1000, "the lane reused a tail \(lane.stats.hits) times")
    }

    @Test func writesTheGeneralPathsBytesForVisitsOfSeveralInstruments() throws {
        let lane = try #require(engine.makeLane(stepsAside: false))
        var r = SplitMix(state: 16)
        let ids = engine.set.ids
        var lines: [String] = []
        for _ in 0..<1500 {
            var chosen: [String] = []
            for _ in 0..<(1 + r.int(3)) { let id = ids[r.int(ids.count)]; if !chosen.contains(id) { chosen.append(id) } }
            let months = r.int(72)
            let visit = CalendarDate(year: 2024 + r.int(4), month: 1 + r.int(12), day: 1 + r.int(28))!
            let a = chosen.map { answers(&r, engine.set[$0]!, months: months) }
            for _ in 0..<2 { lines.append(line(&r, instruments: chosen, months: months, visit: visit.adding(days: r.int(90)), answers: a)) }
        }
        let taken = check(lines, lane: lane)
        #expect(taken > lines.count / 5, "the lane took \(taken) of \(lines.count) lines")
    }

    /// Lines broken byte by byte (a byte changed, dropped or doubled, a piece cut off): the lane
    /// must never answer one the general path rejects or answer it differently.
    @Test func agreesOnBrokenLines() throws {
        let lane = try #require(engine.makeLane(stepsAside: false))
        var r = SplitMix(state: 20)
        let ids = ["mchat-r", "epds", "swyc-bpsc"]
        let significant = Array(#"{}[]:,"\ 0123456789-nullyesno.qaé"#.utf8)
        var lines: [String] = []
        for _ in 0..<1_500 {
            let id = ids[r.int(ids.count)]
            let months = engine.set[id]!.ages.minMonths + r.int(4)
            let good = Array(line(&r, instruments: [id], months: months, visit: CalendarDate(year: 2026, month: 3, day: 1)!,
                                  answers: [answers(&r, engine.set[id]!, months: months)]).utf8)
            lines.append(String(decoding: good, as: UTF8.self))  // the memo learns the good line first
            var bad = good
            for _ in 0..<(1 + r.int(2)) {
                let at = r.int(bad.count)
                switch r.int(5) {
                case 0: bad[at] = significant[r.int(significant.count)]
                case 3: bad += Array(["}", " x", ",", " {}", "\u{0}"][r.int(5)].utf8)  // after the object
                case 1: bad.remove(at: at)
                case 2: bad.insert(bad[at], at: at)
                default: bad = Array(bad[..<at])
                }
                if bad.isEmpty { bad = [0x7B] }
            }
            lines.append(String(decoding: bad, as: UTF8.self))
        }
        let taken = check(lines, lane: lane)
        #expect(taken > lines.count / 4, "the lane took \(taken) of \(lines.count)")
    }

    /// Which shipped instruments the lane reads: a change here is a change of speed, not of bytes.
    @Test func plansTheInstrumentsWithOneFormAndNoFirstStage() {
        let planned = engine.set.ids.filter { LanePlan(engine.set[$0]!) != nil }
        #expect(planned == engine.set.ids.filter { id in
            let i = engine.set[id]!
            return i.forms.count == 1 && !i.forms[0].declared && i.follows == nil
        })
        #expect(planned.contains("mchat-r") && planned.contains("epds") && planned.contains("swyc-bpsc"))
    }

    /// A stream whose keys do not come back makes every line a first line: the lane steps aside
    /// (those lines go the general way, as before it existed) and tries again later.
    @Test func stepsAsideWhenKeysDoNotComeBack() throws {
        let lane = try #require(engine.makeLane())
        var r = SplitMix(state: 19)
        let epds = engine.set["epds"]!, bpsc = engine.set["swyc-bpsc"]!
        var lines: [String] = []
        for n in 0..<(3 * StreamLane.window) {
            // Two instruments at every age: their scores and ages together are new on almost every line.
            let a = [answers(&r, epds, months: 2), answers(&r, bpsc, months: 2)]
            let text = line(&r, instruments: ["epds", "swyc-bpsc"], months: 1 + n % 60,
                            visit: CalendarDate(year: 2026, month: 1, day: 15)!, answers: a)
            lines.append(text.replacingOccurrences(of: #""gestational_age_weeks":33"#, with: #""sex":null"#))
        }
        _ = check(lines, lane: lane)
        #expect(lane.rest > 0 && lane.resting > 0, "scanned \(lane.stats.scanned), hits \(lane.stats.hits)")
        #expect(lane.memo.entries.isEmpty)
    }

    /// The lane's head is the encoder's head, split at its values: the same bytes for any day and id.
    @Test func headTemplateWritesWhatTheEncoderWrites() throws {
        let lane = try #require(engine.makeLane(stepsAside: false))
        let template = try #require(lane.headTemplate)
        let encoder = ResultEncoder()
        var r = SplitMix(state: 18)
        for _ in 0..<20_000 {
            let visit = CalendarDate(dayNumber: r.int(60_000))  // 1970 to 2134
            let ages = ChildAges(birthDate: visit.adding(days: -r.int(3_000)), assessedOn: visit, gestationalWeeks: nil)
            let id: String? = r.int(4) == 0 ? nil : "r\(r.int(10_000_000))"
            var general = JSONWriter(), lane = JSONWriter()
            encoder.head(&general, id: id, ages: ages, correctedAge: nil, correctedFrom: nil, context: [], draftFailures: [])
            if let id { Array(id.utf8).withUnsafeBufferPointer { template.write(id: $0, ages: ages, &lane) } } else { template.write(id: nil, ages: ages, &lane) }
            #expect(String(decoding: lane.bytes, as: UTF8.self) == String(decoding: general.bytes, as: UTF8.self))
        }
        // Ages in tenths of a month are written as the number writer writes them.
        for t in 0...1_200 {
            var a = JSONWriter(), b = JSONWriter()
            a.tenths(t)
            b.number(Double(t) / 10)
            #expect(a.bytes == b.bytes, "\(t)")
        }
    }

    /// A memo that fills up keeps what it has and leaves lines with new keys to the general path.
    /// Two threads' lanes share what they learnt: the second answers from the first one's tails,
    /// with the general path's bytes, and learns only what neither had seen.
    @Test func lanesShareWhatTheyLearnt() throws {
        let first = try #require(engine.makeLane(stepsAside: false)), second = try #require(engine.makeLane(stepsAside: false))
        var r = SplitMix(state: 21)
        let instrument = engine.set["mchat-r"]!
        var lines: [String] = []
        for _ in 0..<300 {
            let months = 14 + r.int(20)
            lines.append(line(&r, instruments: ["mchat-r"], months: months, visit: CalendarDate(year: 2026, month: 1 + r.int(12), day: 1 + r.int(28))!,
                              answers: [answers(&r, instrument, months: months)]))
        }
        _ = check(lines, lane: first)
        let learnt = first.stats.learnt
        #expect(learnt > 20 && first.memo.entries.count >= learnt, "learnt \(learnt), entries \(first.memo.entries.count)")
        StreamLane.share([first, second])
        #expect(second.memo.entries.count == first.memo.entries.count)
        // The same lines on the other thread: it learns none of them.
        _ = check(lines, lane: second)
        #expect(second.stats.learnt == 0 && second.stats.hits > 0, "learnt \(second.stats.learnt), hits \(second.stats.hits)")
        // What it learns from new keys goes back the other way, and only that.
        let before = first.memo.entries.count
        _ = check([line(&r, instruments: ["mchat-r"], months: 33, visit: CalendarDate(year: 2026, month: 5, day: 5)!,
                        answers: [answers(&r, instrument, months: 33).mapValues { _ in "no" }])], lane: second)
        StreamLane.share([first, second])
        #expect(first.memo.entries.count == second.memo.entries.count && first.memo.entries.count >= before)
    }

    @Test func staysRightWhenTheMemoIsFull() throws {
        let lane = try #require(StreamLane(evaluator: engine.evaluator, encoder: engine.encoder, stepsAside: false, memoEntries: 64))
        var r = SplitMix(state: 17)
        let instrument = engine.set["epds"]!
        var lines: [String] = []
        for n in 0..<600 {
            // Mothers' answers at every age of the child: many keys, some of them again.
            lines.append(line(&r, instruments: ["epds"], months: n % 40, visit: CalendarDate(year: 2026, month: 1, day: 15)!,
                              answers: [answers(&r, instrument, months: 2)]))
        }
        let taken = check(lines, lane: lane)
        #expect(lane.memo.isFull && lane.memo.entries.count == 64)
        #expect(taken > lane.stats.learnt && taken < lines.count, "took \(taken), learnt \(lane.stats.learnt)")
    }
}
