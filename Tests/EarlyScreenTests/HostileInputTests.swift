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

/// Bad input gets its documented error, one output line per input line, in bounded time and memory.
@Suite struct HostileInputTests {
    nonisolated(unsafe) static let valid: [String: Any] = [
        "format": "earlyscreen/request@1", "id": "h1", "locale": "en", "assessed_on": "2026-01-15",
        "child": ["birth_date": "2024-05-01", "gestational_age_weeks": 39, "sex": "male"],
        "responses": [["instrument": "mchat-r", "form": "all", "answers": ["q1": "yes"]]],
    ]

    func json(_ v: Any) -> String { String(decoding: try! JSONSerialization.data(withJSONObject: v, options: [.sortedKeys]), as: UTF8.self) }

    /// Runs lines through `evaluate --lines`; returns each output line's error code (or "ok"),
    /// after checking one line out per line in and peak memory (time is bench/linear's to measure,
    /// not a test's: a wall-clock limit fails on a busy machine).
    func stream(_ lines: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [(code: String, pointer: String?)] {
        let run = try Spawned.run(Repo.executable, ["evaluate", "--lines"], stdin: Data(lines.joined(separator: "\n").utf8 + [0x0A]), limitMemory: true)
        #expect(run.status <= 1, "exit status \(run.status) under a \(Spawned.memoryLimitBytes)-byte memory limit", sourceLocation: sourceLocation)
        let out = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(out.count == lines.count, sourceLocation: sourceLocation)
        return try out.map { line in
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            guard let e = obj["error"] as? [String: Any] else { return ("ok", nil) }
            return (e["code"] as! String, e["pointer"] as? String)
        }
    }

    @Test func brokenLinesGetTheirCodes() throws {
        let ok = json(Self.valid)
        let cases: [(String, String)] = [
            ("{\"id\": ", "invalid_json"),
            ("{\"id\": \"caf\u{FFFD}\"}".replacingOccurrences(of: "\u{FFFD}", with: "\u{00E9}"), "missing_field"),
            ("\u{FEFF}" + ok, "invalid_json"),
            (ok.replacingOccurrences(of: "\"h1\"", with: "\"h\u{0000}1\""), "invalid_json"),
            ("\u{0000}", "invalid_json"),
            (String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000), "too_deep"),
            (ok.replacingOccurrences(of: "39", with: "1e400"), "number_out_of_range"),
            (ok.replacingOccurrences(of: "39", with: "-0"), "value_out_of_range"),
            (ok.replacingOccurrences(of: "39", with: "9007199254740993"), "value_out_of_range"),
            (ok.replacingOccurrences(of: "{\"answers\"", with: "{\"form\":\"all\",\"answers\""), "duplicate_key"),
            ("[" + ok + "]", "wrong_type"),
            ("\"" + "x" + "\"", "wrong_type"),
            (ok + "\r", "ok"),
        ]
        let codes = try stream(cases.map(\.0))
        for ((line, want), got) in zip(cases, codes) { #expect(got.code == want, "\(line.prefix(60))") }
    }

    @Test func invalidUTF8IsAnErrorNotACrash() throws {
        var bytes = Array(json(Self.valid).utf8)
        let i = bytes.firstIndex(of: UInt8(ascii: "h"))!
        bytes[i] = 0xFF
        let run = try Run.earlyscreen(["evaluate", "--lines"], stdin: Data(bytes + [0x0A]))
        #expect(run.stdout.contains("\"code\":\"invalid_utf8\""))
        #expect(run.stdout.split(separator: "\n").count == 1)
    }

    @Test func everyFieldMissingInTurn() throws {
        let required: [[String]] = [["child"], ["child", "birth_date"], ["assessed_on"], ["responses"], ["responses", "0", "instrument"], ["responses", "0", "answers"]]
        let optional: [[String]] = [["format"], ["id"], ["locale"], ["child", "gestational_age_weeks"], ["child", "sex"], ["responses", "0", "form"]]
        let lines = (required + optional).map { json(Self.edit(Self.valid, $0, to: nil)) }
        let got = try stream(lines)
        for (path, g) in zip(required, got) {
            #expect(g.code == "missing_field", "\(path)")
            #expect(g.pointer == "/" + path.joined(separator: "/"), "\(path)")
        }
        for (path, g) in zip(optional, got.dropFirst(required.count)) { #expect(g.code == "ok", "\(path)") }
    }

    @Test func everyFieldOfTheWrongTypeInTurn() throws {
        let bool: Any = true, array: Any = [1, 2], object: Any = ["k": 1]
        let cases: [([String], [Any])] = [
            (["format"], [bool, array, object]), (["id"], [bool, array, object]), (["locale"], [bool, array, object]),
            (["assessed_on"], [bool, array, object]), (["child"], [bool, array]), (["child", "birth_date"], [bool, array, object]),
            (["child", "gestational_age_weeks"], [bool, array, object]), (["child", "sex"], [bool, array, object]),
            (["responses"], [bool, object]), (["responses", "0"], [bool, array]), (["responses", "0", "instrument"], [bool, array, object]),
            (["responses", "0", "form"], [bool, array, object]), (["responses", "0", "answers"], [bool, array]),
            (["responses", "0", "answers", "q1"], [bool, object]),
        ]
        let lines = cases.flatMap { path, values in values.map { json(Self.edit(Self.valid, path, to: $0)) } }
        let got = try stream(lines)
        var k = 0
        for (path, values) in cases {
            for v in values {
                #expect(got[k].code == "wrong_type", "\(path) = \(v)")
                #expect(got[k].pointer == "/" + path.joined(separator: "/"), "\(path) = \(v)")
                k += 1
            }
        }
    }

    /// A copy of `v` with the value at `path` replaced (or removed, for nil).
    static func edit(_ v: Any, _ path: [String], to new: Any?) -> Any {
        guard let head = path.first else { return new as Any }
        if var d = v as? [String: Any] {
            if path.count == 1 { d[head] = new } else { d[head] = edit(d[head]!, Array(path.dropFirst()), to: new) }
            return d
        }
        var a = v as! [Any]
        let i = Int(head)!
        if path.count == 1 { if let new { a[i] = new } else { a.remove(at: i) } } else { a[i] = edit(a[i], Array(path.dropFirst()), to: new) }
        return a
    }

    @Test func hostileInstrumentFilesAreRejectedQuickly() throws {
        let dir = try Repo.scratchDirectory("hostile")
        defer { try? FileManager.default.removeItem(at: dir) }
        let base = Repo.read("Tests/Fixtures/diagnostics/clean.yaml")
        var chain = "a0: &a0 [x]\n"
        for i in 1..<2000 { chain += "a\(i): &a\(i) [*a\(i - 1)]\n" }
        let files: [(String, String, String)] = [
            ("big.yaml", base + "notes: |\n" + String(repeating: "  " + String(repeating: "x", count: 100) + "\n", count: 105_000), Diagnostic.Code.yamlTooLarge.rawValue),
            ("chain.yaml", base + chain, Diagnostic.Code.yamlAliasExpansion.rawValue),  // 2,000 aliases of aliases expand quadratically
            ("long-rule.yaml", base.replacingOccurrences(of: "when: total <= 0", with: "when: " + Array(repeating: "total", count: 20_000).joined(separator: " + ") + " <= 0"), Diagnostic.Code.exprTooLong.rawValue),
            ("cycle.yaml", Repo.read("Tests/Fixtures/diagnostics/score-cycle.yaml"), Diagnostic.Code.checkScoreCycle.rawValue),
            ("laughs.yaml", Repo.read("Tests/Fixtures/diagnostics/billion-laughs.yaml"), Diagnostic.Code.yamlAliasExpansion.rawValue),
        ]
        for (name, text, code) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let run = try Spawned.run(Repo.executable, ["check", "--format", "json", "--no-tests", dir.appendingPathComponent(name).path], limitMemory: true)
            let stdout = String(decoding: run.stdout, as: UTF8.self)
            #expect(run.status == 1, "\(name)")
            #expect(stdout.contains("\"code\":\"\(code)\""), "\(name): \(stdout.prefix(300))")

        }
    }

    /// The worst rule the parser accepts (at the length limit, nesting counts over every item)
    /// compiles within the compiler's work bound (Compilation.maxWork: conditions per evaluation)
    /// and gives the right value; its speed is a benchmark's to measure, not a test's.
    @Test func theLargestAcceptedRuleCompilesWithinTheWorkBound() throws {
        let scope = ExprScope(items: (1...20).map { .init(id: "q\($0)", options: ["yes", "no"], many: false) }, scores: [:], form: "all")
        let term = "count(q1..q20, it == \"yes\" or it == \"no\")"
        let terms = 9_900 / (term.count + 3)
        let text = Array(repeating: term, count: terms).joined(separator: " + ")
        #expect(text.count <= 10_000)
        let rule = try RuleCompiler.number(text, scope: scope)
        let frame = EvalFrame(itemCount: 20, scoreCount: 0)
        for i in 0..<20 { frame.selected[i] = 1 }
        #expect(rule.run(frame) == Interval(exactly: Double(20 * terms)))
        // One nesting more than the bound allows is refused at compile time, not run slowly.
        let nested = "count(q1..q20, count(q1..q20, count(q1..q20, count(q1..q20, it == \"yes\") >= 0) >= 0) >= 0)"
        #expect(throws: ExprError.self) { try RuleCompiler.number(nested, scope: scope) }
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalMidStreamLosesNoAnsweredLine(signal: Int32) throws {
        let (p, input, output) = try Run.coProcess(["evaluate", "--lines"])
        // 60 lines: small enough for both pipes' buffers, so neither side waits on the other.
        let lines60 = Repo.read("Corpus/bench/mchat-r-1000.jsonl").split(separator: "\n").prefix(60).joined(separator: "\n") + "\n"
        input.fileHandleForWriting.write(Data(lines60.utf8))
        // Wait until all 60 answers are out (availableData blocks until there is output), then stop
        // it while stdin is still open and it waits for more.
        var got = Data()
        while got.count(where: { $0 == 0x0A }) < 60 {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            got.append(chunk)
        }
        kill(p.processIdentifier, signal)
        got.append(output.fileHandleForReading.readDataToEndOfFile())
        p.waitUntilExit()
        #expect(p.terminationReason == .exit && p.terminationStatus == 128 + signal)
        let lines = String(decoding: got, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last == "")  // nothing cut mid-line
        #expect(lines.count - 1 == 60)  // every line it had read was answered and written
    }

    /// Inputs the fuzzers start from (and any crash found, kept in Tests/Fixtures/fuzz) replay
    /// cleanly through the same targets, built without libFuzzer.
    @Test func fuzzSeedsReplayWithoutACrash() throws {
        let replayer = URL(fileURLWithPath: Repo.executable).deletingLastPathComponent().appendingPathComponent("earlyscreen-fuzz").path
        let fm = FileManager.default
        func files(_ dir: String) -> [String] {
            ((try? fm.contentsOfDirectory(atPath: Repo.path(dir))) ?? []).sorted().map { Repo.path(dir + "/" + $0) }
        }
        for (target, inputs) in [("request", files("Corpus/cases") + files("Tests/Fixtures/fuzz/request")),
                                 ("instrument", files("Tests/Fixtures/diagnostics").filter { $0.hasSuffix(".yaml") } + files("Tests/Fixtures/fuzz/instrument")),
                                 ("dates", files("Tests/Fixtures/fuzz/dates")), ("expression", files("Tests/Fixtures/fuzz/expression")),
                                 ("yaml", files("Tests/Fixtures/fuzz/yaml"))] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: replayer)
            p.arguments = inputs
            p.environment = ["EARLYSCREEN_FUZZ": target, "SWIFT_BACKTRACE": "enable=no"]
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "\(target)")
            #expect(text.contains("replayed \(inputs.count) inputs through \(target)"))
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["CI"] == "true"))
    func aMillionLinesWithOnePercentBadGiveAMillionLinesInOrder() throws {
        let good = json(Self.valid)
        var text = ""
        text.reserveCapacity(1_000_000 * 200)
        for i in 0..<1_000_000 {
            text += i % 100 == 37 ? "{oops \(i)\n" : good.replacingOccurrences(of: "\"h1\"", with: "\"h\(i)\"") + "\n"
        }
        let run = try Run.earlyscreen(["evaluate", "--lines"], stdin: Data(text.utf8))
        var n = 0
        for line in run.stdout.split(separator: "\n") {
            if n % 100 == 37 { #expect(line.contains("invalid_json")) } else if !line.contains("\"id\":\"h\(n)\"") { Issue.record("line \(n) out of order"); break }
            n += 1
        }
        #expect(n == 1_000_000)
    }
}
