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

/// `earlyscreen tally`: counts that are right on a known stream, merges that equal the whole for
/// any split, and output that cannot be turned against its reader.
@Suite struct TallyTests {
    /// Result lines of every Corpus request, each under a few contexts and visit days, plus error
    /// objects and lines that are no result at all.
    static let lines: [[UInt8]] = {
        let engine = try! Engine.builtIn()
        var rng = PublishedRulesTests.SplitMix(state: 7)
        var out: [[UInt8]] = []
        for name in CorpusTests.cases {
            let raw = Data(Repo.read("Corpus/cases/\(name).request.json").utf8)
            guard var request = try? JSONSerialization.jsonObject(with: raw) as? [String: Any] else { continue }
            for _ in 0..<3 {
                if rng.int(4) != 0 {
                    request["context"] = ["region": ["Baku", "Ganja", "Shaki"][rng.int(3)], "facility": "p-\(rng.int(3))"]
                } else {
                    request["context"] = nil
                }
                let bytes = Array(try! JSONSerialization.data(withJSONObject: request, options: [.sortedKeys]))
                out.append(engine.evaluate(json: bytes).output)
            }
        }
        out += [Array("not json".utf8), [], Array(#"{"format":"earlyscreen/result@1","x":1}"#.utf8)]
        return out
    }()

    static func tally(_ lines: ArraySlice<[UInt8]>, by: [String]) -> Tally {
        var t = Tally(by: by)
        for l in lines { t.add(line: l) }
        return t
    }

    /// The property `--partial`/`--merge` and the Spark job rest on: however a stream is split and
    /// shuffled, the merged partial states are the tally of the whole, byte for byte.
    @Test func mergingTheTalliesOfAnySplitGivesTheTallyOfTheWhole() throws {
        var rng = PublishedRulesTests.SplitMix(state: 2026)
        let groupings = [[], ["region"], ["month"], ["region", "facility"], ["year", "region", "month"]]
        for trial in 0..<60 {
            var lines = Self.lines
            for k in stride(from: lines.count - 1, to: 0, by: -1) { lines.swapAt(k, rng.int(k + 1)) }
            let by = groupings[trial % groupings.count]
            let whole = Self.tally(lines[...], by: by)
            var cuts = (0..<rng.int(6)).map { _ in rng.int(lines.count + 1) }.sorted()
            cuts = [0] + cuts + [lines.count]
            var parts: [Tally] = []
            for (a, b) in zip(cuts, cuts.dropFirst()) {
                // Through the state's bytes, as between processes.
                parts.append(try Tally.decodeState(Self.tally(lines[a..<b], by: by).encodeState(), at: "part"))
            }
            var merged = Tally(by: by)
            for k in stride(from: parts.count - 1, to: 0, by: -1) { parts.swapAt(k, rng.int(k + 1)) }
            for p in parts { merged.merge(p) }
            #expect(merged == whole, "trial \(trial): \(cuts)")
            #expect(merged.encodeState() == whole.encodeState())
        }
    }

    @Test func countsAKnownStreamExactly() throws {
        let engine = try Engine.builtIn()
        let lines = ["epds-self-harm", "mchat-r-medium-az", "mchat-r-low", "error-unknown-item"].map {
            engine.evaluate(json: Array(Repo.read("Corpus/cases/\($0).request.json").utf8)).output
        } + [Array("   ".utf8)]
        var t = Tally(by: [])
        for l in lines { t.add(line: l) }
        let c = t.total
        #expect(c.visits == 3)
        #expect(c.rejected == ["unknown_item": 1, "empty_line": 1])
        #expect(c.outcomes == ["refer": 1, "follow_up": 1, "no_concern": 1])
        #expect(c.instruments["epds"]?.critical == ["self_harm": 1])
        #expect(c.instruments["mchat-r"]?.responses == 2)
        #expect(c.instruments["mchat-r"]?.bands == ["medium": 1, "low": 1])
        let sameDay = try #require(c.referrals[ReferralKey(referral: "maternal-mental-health", urgency: "same_day")])
        #expect(sameDay.count == 1 && sameDay.daysMin == 0 && sameDay.daysMax == 0)
        let followUp = try #require(c.referrals.first { $0.key.referral == "mchat-follow-up" }?.value)
        #expect(followUp.count == 1 && followUp.daysSum == 14)
        let rows = TallyReport.rows(c)
        #expect(rows.contains(TallyReport.Row(measure: "screened_positive", instrument: nil, category: "follow_up_or_refer", n: 2, denominator: 3)))
        #expect(rows.contains(TallyReport.Row(measure: "rejected", instrument: nil, category: "unknown_item", n: 1, denominator: 5)))
    }

    /// The byte scanner reads what the strict reader reads, or leaves the line to it: on every
    /// result the engine writes (all of which it must take), and on those lines broken at random.
    @Test func theFastScannerAgreesWithTheStrictReader() throws {
        func scan(_ l: [UInt8]) -> ResultLine? { l.withUnsafeBufferPointer { ResultLine.scan($0) } }
        func read(_ l: [UInt8]) -> ResultLine? { l.withUnsafeBufferPointer { ResultLine.read($0) } }
        for l in Self.lines.dropLast(3) {
            let fast = try #require(scan(l), "the scanner left an engine result to the slow path: \(String(decoding: l, as: UTF8.self))")
            #expect(fast == read(l))
        }
        var rng = PublishedRulesTests.SplitMix(state: 99)
        let edits: [[UInt8]] = [Array(#"\u0041"#.utf8), Array("1e400".utf8), Array(#""outcome":"x","#.utf8), Array("-".utf8), Array("01".utf8), [0x22], [0x7D], [0x5D]]
        var taken = 0
        for _ in 0..<3000 {
            var l = Self.lines[rng.int(Self.lines.count - 3)]
            let at = rng.int(l.count)
            switch rng.int(3) {
            case 0: l.remove(at: at)
            case 1: l.insert(contentsOf: edits[rng.int(edits.count)], at: at)
            default: l.replaceSubrange(at..<min(l.count, at + 1 + rng.int(4)), with: edits[rng.int(edits.count)])
            }
            guard let fast = scan(l) else { continue }
            taken += 1
            #expect(fast == read(l), "\(String(decoding: l, as: UTF8.self))")
        }
        #expect(taken > 100)
    }

    /// Known values of the Wilson score interval (95%), as tabulated by Newcombe (1998).
    @Test func wilsonIntervalsMatchPublishedValues() throws {
        let a = try #require(Wilson.interval(0, 10))
        #expect(a.low == 0 && abs(a.high - 0.2775) < 5e-5)
        let b = try #require(Wilson.interval(5, 10))
        #expect(abs(b.low - 0.2366) < 5e-5 && abs(b.high - 0.7634) < 5e-5)
        let c = try #require(Wilson.interval(81, 263))
        #expect(abs(c.low - 0.2553) < 5e-5 && abs(c.high - 0.3662) < 5e-5)
        #expect(Wilson.interval(0, 0) == nil)
    }

    @Test func theCommandTalliesWhatEvaluateWrote() throws {
        let dir = try Repo.scratchDirectory("tally")
        let results = dir.appendingPathComponent("results.jsonl")
        try Data(Self.lines.map { $0 + [0x0A] }.joined()).write(to: results)
        let json = try Run.earlyscreen(["tally", "--by", "region", results.path])
        #expect(json.status == 0, "\(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        #expect(report["format"] as? String == "earlyscreen/tally@1")
        let total = try #require(report["total"] as? [String: Any])
        #expect(total["visits"] as? Int == Self.tally(Self.lines[...], by: []).total.visits)
        #expect((report["groups"] as? [Any])?.count == 4)  // three regions and none

        // Split in two files, partial, merged through a pipe: the same report.
        let half = Self.lines.count / 2
        let a = dir.appendingPathComponent("a.jsonl"), b = dir.appendingPathComponent("b.jsonl")
        try Data(Self.lines[..<half].map { $0 + [0x0A] }.joined()).write(to: a)
        try Data(Self.lines[half...].map { $0 + [0x0A] }.joined()).write(to: b)
        let pa = try Run.earlyscreen(["tally", "--partial", "--by", "region", a.path])
        let pb = try Run.earlyscreen(["tally", "--partial", "--by", "region", b.path, "--jobs", "1"])
        #expect(pa.stdout.filter { $0 == "\n" }.count == 1)
        let merged = try Run.earlyscreen(["tally", "--merge"], stdin: Data((pa.stdout + pb.stdout).utf8))
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == json.stdout)

        let html = try Run.earlyscreen(["tally", "--format", "html", results.path])
        #expect(html.stdout.hasPrefix("<!doctype html>"))
        #expect(!html.stdout.contains("http") && !html.stdout.contains("<script"), "the page fetches and runs nothing")

        let mismatch = try Run.earlyscreen(["tally", "--partial", "--by", "month", a.path])
        let refused = try Run.earlyscreen(["tally", "--merge"], stdin: Data((pa.stdout + mismatch.stdout).utf8))
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("cannot merge"))
        let notState = try Run.earlyscreen(["tally", "--merge", results.path])
        #expect(notState.status == 2)
        #expect(notState.stderr.contains("tally --partial"))
    }

    /// Context values come from requests: in CSV they cannot become formulas, in HTML markup.
    @Test func hostileContextValuesStayText() throws {
        let engine = try Engine.builtIn()
        var request = try #require(try JSONSerialization.jsonObject(with: Data(Repo.read("Corpus/cases/mchat-r-low.request.json").utf8)) as? [String: Any])
        request["context"] = ["region": "=HYPERLINK(\"http://x\",\"a,b\")", "facility": "<script>alert(1)</script><img src=x onerror=alert(2)>"]
        let line = engine.evaluate(json: Array(try JSONSerialization.data(withJSONObject: request))).output
        var t = Tally(by: ["region", "facility"])
        t.add(line: line)
        let report = TallyReport(t)
        let csv = report.csv()
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\""))
        #expect(!csv.contains(",=HYPERLINK"))
        let html = report.html()
        #expect(!html.contains("<script>") && !html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let md = report.markdown()
        #expect(!md.contains("<script>"))
    }

    @Test func badArgumentsSayWhatIsWrong() throws {
        let both = try Run.earlyscreen(["tally", "--partial", "--merge"])
        #expect(both.status == 2)
        let field = try Run.earlyscreen(["tally", "--by", "Region"])
        #expect(field.status == 2)
        #expect(field.stderr.contains("context key"))
        let missing = try Run.earlyscreen(["tally", "/nonexistent/results.jsonl"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/results.jsonl"))
    }
}
