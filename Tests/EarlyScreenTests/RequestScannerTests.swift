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
import ESReport
import ESTally
import ESFHIR

/// The fast scanner must never disagree with the strict reader: on every request it accepts, both
/// give the same decoded request; everything else it leaves to the strict path.
@Suite struct RequestScannerTests {
    func strict(_ bytes: [UInt8]) -> ScreeningRequest? {
        guard let v = try? JSONReader().parse(bytes) else { return nil }
        return try? RequestDecoder().decode(v)
    }

    func fast(_ bytes: [UInt8]) -> ScreeningRequest? {
        bytes.withUnsafeBufferPointer { RequestScanner.scan($0) }
    }

    func same(_ a: ScreeningRequest, _ b: ScreeningRequest) -> Bool {
        a.id == b.id && a.birthDate == b.birthDate && a.assessedOn == b.assessedOn && a.gestationalWeeks == b.gestationalWeeks
            && a.locale == b.locale && a.responses.count == b.responses.count
            && a.context.map(\.key) == b.context.map(\.key) && a.context.map(\.value) == b.context.map(\.value)
            && zip(a.responses, b.responses).allSatisfy { x, y in
                x.instrument == y.instrument && x.form == y.form && x.answers.count == y.answers.count
                    && zip(x.answers, y.answers).allSatisfy { $0.item == $1.item && $0.answer == $1.answer }
            }
    }

    /// Checks one input; returns whether the fast path took it.
    @discardableResult
    func agree(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        let bytes = Array(text.utf8)
        guard let f = fast(bytes) else { return false }
        let s = strict(bytes)
        #expect(s != nil, "the scanner accepted what the strict path rejects: \(text)", sourceLocation: sourceLocation)
        if let s { #expect(same(f, s), "decoded differently: \(text)", sourceLocation: sourceLocation) }
        // With the set, answers may be read into option indices: they must read back the same.
        let picked = bytes.withUnsafeBufferPointer { RequestScanner.scan($0, set: Self.engine.set) }
        #expect(picked.map { same($0, f) } == true, "decoded differently with the set: \(text)", sourceLocation: sourceLocation)
        return true
    }

    static let engine = try! Engine.builtIn()

    /// Answers read straight into option indices evaluate exactly as the same answers given as
    /// strings: random answers (some left out, some null) to every shipped instrument of one form,
    /// at ages inside and outside its window, in every locale.
    @Test func pickedAnswersEvaluateAsTheirStrings() throws {
        let engine = Self.engine
        var rng = PublishedRulesTests.SplitMix(state: 15)
        var picked = 0, outside = 0
        let visit = CalendarDate(iso: "2026-01-15")!
        for id in engine.set.ids {
            let instrument = try #require(engine.set[id])
            guard instrument.forms.count == 1, let form = instrument.forms.first else { continue }
            for _ in 0..<80 {
                var answers: [String] = []
                for item in form.items where rng.int(6) != 0 {
                    answers.append(rng.int(8) == 0 ? "\"\(item.id)\":null" : "\"\(item.id)\":\"\(item.options[rng.int(item.options.count)].id)\"")
                }
                let months = min(Evaluator.maxAgeMonths, rng.int(instrument.ages.maxMonths + 13))
                if !instrument.ages.contains(months) { outside += 1 }
                let birth = visit.adding(months: -months).adding(days: -rng.int(28))
                let locale = ["en", "az", "ru"][rng.int(3)]
                let text = #"{"child":{"birth_date":"\#(birth)"},"assessed_on":"2026-01-15","locale":"\#(locale)","responses":[{"instrument":"\#(id)","answers":{\#(answers.joined(separator: ","))}}]}"#
                let bytes = Array(text.utf8)
                let scanned = try #require(bytes.withUnsafeBufferPointer { RequestScanner.scan($0, set: engine.set) })
                if scanned.responses[0].picked != nil { picked += 1 }
                let decoded = try #require(strict(bytes))
                #expect(decoded.responses[0].picked == nil)
                var w = JSONWriter()
                do throws(RequestError) { engine.encoder.encode(try engine.evaluate(decoded), into: &w) } catch { engine.encoder.encode(error: error, id: nil, into: &w) }
                let same = engine.evaluate(json: bytes).output == w.bytes
                #expect(same, "evaluated differently: \(text)")
            }
        }
        #expect(picked > 500 && outside > 100)  // the scanner's indices were used, at many ages out of range
    }

    @Test func answersOutOfTheFormsOrderOrUnknownAreLeftAsStrings() throws {
        let head = #"{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[{"instrument":"mchat-r","answers":"#
        for answers in [#"{"q2":"yes","q1":"no"}"#, #"{"q1":"maybe"}"#, #"{"q1":"yes","q1":"yes"}"#, #"{"q1":["yes"]}"#, #"{"q99":"yes"}"#] {
            let bytes = Array((head + answers + "}]}").utf8)
            let r = bytes.withUnsafeBufferPointer { RequestScanner.scan($0, set: Self.engine.set) }
            #expect(r?.responses[0].picked == nil, "\(answers)")
        }
        let inOrder = Array((head + #"{"q1":"yes","q3":null}"# + "}]}").utf8)
        let r = try #require(inOrder.withUnsafeBufferPointer { RequestScanner.scan($0, set: Self.engine.set) })
        #expect(r.responses[0].picked != nil)
        #expect(r.responses[0].answers.map(\.item) == ["q1", "q3"] && r.responses[0].answers[1].answer == .missing)
    }

    @Test func agreesOnEveryCorpusRequest() throws {
        var taken = 0
        for name in CorpusTests.cases {
            let text = Repo.read("Corpus/cases/\(name).request.json")
            if agree(text) { taken += 1 }
        }
        #expect(taken >= 17)  // every valid visit in the corpus takes the fast path
    }

    @Test func takesTheUsualShapesAndAgrees() {
        #expect(agree(#"{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[{"instrument":"mchat-r","answers":{"q1":"yes","q2":null,"q3":["a","b"]}}]}"#))
        #expect(agree(#"  { "responses" : [ ] , "assessed_on":"2026-01-15" ,"child":{"sex":null,"gestational_age_weeks":34.5,"birth_date":"2024-05-01"}, "id":null, "locale":"ru", "format":"earlyscreen/request@1"}  "#))
        #expect(agree(#"{"id":"Əli-ğüş","child":{"birth_date":"2024-05-01","sex":"female"},"assessed_on":"2026-01-15","responses":[{"form":null,"answers":{},"instrument":"epds"}]}"#))
    }

    @Test func leavesEverythingUnusualToTheStrictPath() {
        let unusual = [
            #"{"id":"a\"b","child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[]}"#,   // escape
            #"{"id":"a","id":"b","child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[]}"#,  // duplicate
            #"{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[],"extra":1}"#,  // unknown field
            #"{"child":{"birth_date":"2024-02-30"},"assessed_on":"2026-01-15","responses":[]}"#,  // impossible date
            #"{"child":{"birth_date":"2024-05-01","gestational_age_weeks":1e1},"assessed_on":"2026-01-15","responses":[]}"#,
            #"{"child":{"birth_date":"2024-05-01","gestational_age_weeks":50},"assessed_on":"2026-01-15","responses":[]}"#,
            #"{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[{"instrument":"x","answers":{"q1":1}}]}"#,
            #"{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[]} x"#,  // trailing data
            #"{"child":{"birth_date":"2024-05-01"},"responses":[]}"#,  // missing field
            #"{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","locale":"fr","responses":[]}"#,
            "{\"id\":\"caf\u{00E9}\u{0001}\",\"child\":{\"birth_date\":\"2024-05-01\"},\"assessed_on\":\"2026-01-15\",\"responses\":[]}",
            #"{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[],"context":{"r":"a","r":"b"}}"#,  // duplicate
            #"{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[],"context":{"Region":"a"}}"#,  // key case
            #"{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[],"context":{"n":1}}"#,  // not a string
            #"{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[],"context":[]}"#,
        ]
        for text in unusual { #expect(!agree(text), "\(text)") }
    }

    /// The scanners' string reader looks at eight bytes at a time: a quote, backslash, control or
    /// non-ASCII byte at every place in and across those words, strings cut short, each against
    /// the rule read plainly byte by byte.
    @Test func plainStringsAreReadAsTheRuleSaysAtEveryByte() {
        func byRule(_ b: [UInt8], _ start: Int) -> (Range<Int>, Int)? {
            var i = start + 1
            while i < b.count, b[i] != 0x22 {
                if b[i] == 0x5C || b[i] < 0x20 { return nil }
                i += 1
            }
            guard i < b.count, String(validating: b[(start + 1)..<i], as: UTF8.self) != nil else { return nil }
            return ((start + 1)..<i, i + 1)
        }
        let odd: [[UInt8]] = [[0x22], [0x5C], [0x00], [0x1F], [0x20], [0x7F], Array("ə".utf8), Array("€".utf8), [0xFF], [0xC3], [0x80]]
        var checked = 0
        for length in 0...20 {
            for at in 0...length {
                for o in odd {
                    for cut in [false, true] {
                        var b: [UInt8] = Array("{\"k\":".utf8)
                        let start = b.count
                        b.append(0x22)
                        b += (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
                        b.insert(contentsOf: o, at: start + 1 + at)
                        if !cut { b += Array("\",\"x\":1}".utf8) }
                        var i = start
                        let got = b.withUnsafeBufferPointer { JSONBytes.plainString($0, &i) }
                        let want = byRule(b, start)
                        #expect(got == want?.0, "\(b)")
                        if let want, got != nil { #expect(i == want.1, "\(b)") }
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 2 * 11 * (1...21).reduce(0, +))
    }

    @Test func agreesOnRandomlyShapedRequests() {
        var rng = PublishedRulesTests.SplitMix(state: 42)
        let fields = [#""format":"earlyscreen/request@1""#, #""id":"v1""#, #""child":{"birth_date":"2024-05-01","gestational_age_weeks":33}"#,
                      #""assessed_on":"2026-01-15""#, #""locale":"az""#, #""context":{"region":"Gəncə","facility_id":"p-12","programme":""}"#,
                      #""context":null"#]
        var taken = 0
        for _ in 0..<500 {
            var parts = fields.filter { _ in rng.int(4) != 0 }
            var answers: [String] = []
            for q in 1...(1 + rng.int(20)) {
                switch rng.int(5) {
                case 0: answers.append("\"q\(q)\":null")
                case 1: answers.append("\"q\(q)\":[\"yes\",\"no\"]")
                case 2: answers.append("\"q\(q)\" : \"no\"")
                default: answers.append("\"q\(q)\":\"yes\"")
                }
            }
            parts.append(#""responses":[{"instrument":"mchat-r","answers":{"# + answers.joined(separator: rng.int(2) == 0 ? "," : " ,\n ") + "}}]")
            for k in stride(from: parts.count - 1, to: 0, by: -1) { parts.swapAt(k, rng.int(k + 1)) }
            if agree("{" + parts.joined(separator: ",") + "}") { taken += 1 }
        }
        #expect(taken > 50)
    }
}
