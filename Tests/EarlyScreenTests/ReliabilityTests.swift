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

/// The edges a hostile-input campaign found (issue 13): every contract date, the size of a line,
/// read and write failures, files that are not files. Each gives a clear error or a correct result.
@Suite struct ReliabilityTests {
    static let good = String(decoding: try! JSONSerialization.data(withJSONObject: try! JSONSerialization.jsonObject(
        with: Data(Repo.read("Corpus/cases/mchat-r-low.request.json").utf8))), as: UTF8.self)

    func request(birth: String, on: String) -> String {
        "{\"child\":{\"birth_date\":\"\(birth)\"},\"assessed_on\":\"\(on)\",\"responses\":[{\"instrument\":\"mchat-r\",\"answers\":{}},{\"instrument\":\"epds\",\"answers\":{}},{\"instrument\":\"swyc-milestones\",\"answers\":{}}]}"
    }

    /// The writer's byte-level dates are the dates' own text, across every year the engine can
    /// reach (due dates run past 9999 into five digits), and its integers are Swift's.
    @Test func writtenDatesAndIntegersAreTheirText() throws {
        var day = CalendarDate(year: 1, month: 1, day: 1)!
        let last = CalendarDate(year: 9999, month: 12, day: 31)!.adding(days: 1200)
        while day.dayNumber <= last.dayNumber {
            var w = JSONWriter()
            w.date(day)
            #expect(String(decoding: w.bytes, as: UTF8.self) == "\"\(day)\"")
            day = day.adding(days: 97)
        }
        for n in [0, 1, 9, 10, 99, 100, 12345, -1, -90, Int.max, Int.min] {
            var w = JSONWriter()
            w.int(n)
            #expect(String(decoding: w.bytes, as: UTF8.self) == String(n))
        }
    }

    /// The writer's eight-bytes-at-a-time test for escaping agrees with a byte-by-byte one on
    /// random bytes (every position, every length, bytes above 0x80 included), and what it writes
    /// reads back as the same string through Foundation's JSON parser.
    @Test func writtenStringsAreEscapedExactlyWhereNeeded() throws {
        var rng = SystemRandomNumberGenerator()
        let special: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
        for _ in 0..<4000 {
            let count = Int.random(in: 0...40, using: &rng)
            var bytes = (0..<count).map { _ in Bool.random(using: &rng) ? UInt8.random(in: 0x30...0x7A, using: &rng) : special.randomElement(using: &rng)! }
            if count > 0, Bool.random(using: &rng) { for i in bytes.indices where [0x00, 0x09, 0x0A, 0x1F, 0x22, 0x5C].contains(bytes[i]) { bytes[i] = 0x41 } }
            let naive = bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
            var copy = [UInt8](repeating: 0xEE, count: count + 1)
            let copied = bytes.withUnsafeBufferPointer { b in copy.withUnsafeMutableBufferPointer { JSONWriter.copyUnlessEscaping(b, to: $0.baseAddress!) } }
            #expect(copied == !naive, "\(bytes)")
            if copied { #expect(Array(copy[..<count]) == bytes && copy[count] == 0xEE, "\(bytes)") }
        }
        let samples = ["", "plain", "Ребёнок \"в\" риске\\", "tab\there\nline", "\u{01}\u{1F}", String(repeating: "ağ", count: 40) + "\"",
                       "2 yaşdan sonra \\ yoxlanış", String(repeating: "x", count: 15) + "\u{0}"]
        for text in samples {
            var w = JSONWriter()
            w.beginArray(); w.string(text); w.endArray()
            let back = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String]
            #expect(back == [text])
        }
    }

    /// Keys are copied in words and overlapping pieces: every length from 1 to 24 bytes, after a
    /// comma and without one, reads back through Foundation's JSON parser as the key given.
    @Test func writtenKeysOfEveryLengthAreTheirText() throws {
        let keys: [StaticString] = ["a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghij",
                                    "abcdefghijk", "abcdefghijkl", "abcdefghijklm", "abcdefghijklmn", "abcdefghijklmno", "abcdefghijklmnop",
                                    "abcdefghijklmnopq", "abcdefghijklmnopqr", "abcdefghijklmnopqrs", "abcdefghijklmnopqrst",
                                    "abcdefghijklmnopqrstu", "abcdefghijklmnopqrstuv", "abcdefghijklmnopqrstuvw", "abcdefghijklmnopqrstuvwx"]
        var w = JSONWriter()
        w.beginObject()
        for (n, k) in keys.enumerated() { w.key(k); w.int(n) }
        w.endObject()
        let back = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Int])
        #expect(back == Dictionary(uniqueKeysWithValues: keys.enumerated().map { ("\($0.element)", $0.offset) }))
        #expect(keys.map(\.utf8CodeUnitCount) == Array(1...24))
    }

    /// Whole numbers are written without a String, exactly as `Number.format` writes them.
    @Test func writtenNumbersAreNumberFormat() {
        var values: [Double] = [0, -0.0, 1, -1, 12, 0.5, -2.5, 1e15, 9_007_199_254_740_991, 9_007_199_254_740_992, -9_007_199_254_740_992, 1e300, 0.1 + 0.2]
        for _ in 0..<2000 { values.append((Double.random(in: -1e6...1e6) * (Bool.random() ? 1 : 0.001)).rounded(Bool.random() ? .toNearestOrEven : .towardZero)) }
        for v in values {
            var w = JSONWriter()
            w.number(v)
            #expect(String(decoding: w.bytes, as: UTF8.self) == Number.format(v), "\(v)")
        }
    }

    /// Every year the contract's YYYY can write, at the year's end (due dates then run past it).
    @Test func everyContractDateWorksInAStreamWithoutLosingTheBlock() throws {
        var lines: [String] = []
        for year in [1, 2, 1899, 1900, 2199, 2200, 2201, 5000, 9991, 9999] {
            let y = String(repeating: "0", count: 4 - String(year).count) + String(year)
            lines += Array(repeating: Self.good, count: 2)
            lines.append(request(birth: "\(y)-11-01", on: "\(y)-12-15"))
            lines.append(request(birth: "\(y)-01-10", on: "\(y)-12-31"))
        }
        let run = try Spawned.run(Repo.executable, ["evaluate", "--lines"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == 0)
        let out = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        #expect(out.count == lines.count)
        #expect(out.allSatisfy { $0.contains("\"results\"") })
        for (args, ok) in [(["due", "--birth-date", "2200-01-01", "--on", "2200-06-01"], 0), (["due", "--birth-date", "9999-01-01", "--on", "9999-12-31"], 0)] {
            let r = try Run.earlyscreen(args)
            #expect(r.status == Int32(ok), "\(args): \(r.stderr)")
        }
        let administer = try Run.earlyscreen(["administer", "epds", "--birth-date", "9999-11-01", "--on", "9999-12-15", "--out",
                                              FileManager.default.temporaryDirectory.appendingPathComponent("es-\(getpid())-9999.json").path],
                                             stdin: Data("q\n".utf8))
        #expect(administer.status == 0, "\(administer.stderr)")
    }

    /// A line within --max-line-bytes is read whole however long; the lines after it are all answered.
    @Test func aLongLineWithinTheLimitIsAnsweredAndNothingAfterItIsLost() throws {
        let big = String(Self.good.dropLast()) + String(repeating: " ", count: 5_000_000) + "}"
        let input = (Array(repeating: Self.good, count: 5) + [big] + Array(repeating: Self.good, count: 5)).joined(separator: "\n") + "\n"
        let run = try Run.earlyscreen(["evaluate", "--lines", "--max-line-bytes", "10000000"], stdin: Data(input.utf8))
        let out = run.stdout.split(separator: "\n")
        #expect(run.status == 0)
        #expect(out.count == 11 && out.allSatisfy { $0.contains("\"id\":\"mchat-low\"") && !$0.contains("\"error\"") })
        // Over the default limit: that line alone is an error, the rest are answered.
        let limited = try Run.earlyscreen(["evaluate", "--lines"], stdin: Data(input.utf8)).stdout.split(separator: "\n")
        #expect(limited.count == 11 && limited[5].contains("line_too_long") && limited[6].contains("\"id\":\"mchat-low\""))
        let huge = try Run.earlyscreen(["evaluate", "--lines", "--max-line-bytes", "9223372036854775807"])
        #expect(huge.status == 2 && huge.stderr.contains("--max-line-bytes must be from 16 to"))
    }

    /// A failed write or read is said and exits 2; a reader that leaves (| head -1) ends it quietly.
    @Test func readAndWriteFailuresAreNeverASilentSuccess() throws {
        let e = Repo.executable, file = Repo.path("Corpus/cases/mchat-r-low.request.json"), stream = Repo.path("Corpus/bench/mchat-r-1000.jsonl")
        func bash(_ script: String) throws -> (status: Int32, stderr: String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = ["-c", script]
            p.environment = ["SWIFT_BACKTRACE": "enable=no", "PATH": "/usr/bin:/bin"]
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            return (p.terminationStatus, text)
        }
        for script in ["'\(e)' evaluate '\(file)' > /dev/full", "'\(e)' evaluate --lines < '\(stream)' > /dev/full"] {
            let r = try bash(script)
            #expect(r.status == 2 && r.stderr.contains("cannot write the output: No space left on device"), "\(script)")
        }
        for script in ["'\(e)' evaluate --lines /tmp", "'\(e)' evaluate --lines <&-", "'\(e)' evaluate <&-", "'\(e)' evaluate /tmp"] {
            let r = try bash(script)
            #expect(r.status == 2 && r.stderr.contains("cannot read"), "\(script): \(r.stderr)")
        }
        let head = try bash("'\(e)' evaluate --lines < '\(stream)' | head -1 > /dev/null; exit ${PIPESTATUS[0]}")
        #expect(head.status == 0 && head.stderr.isEmpty)
    }

    /// Instrument "files" that are not regular files are never read; a huge one is refused before reading.
    @Test func notAFileAndHugeFilesAreRefusedWithoutReadingThem() throws {
        let dir = try Repo.scratchDirectory("not-files")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("zero.yaml").path, withDestinationPath: "/dev/zero")
        let sparse = dir.appendingPathComponent("sparse.yaml").path
        #expect(truncate(sparse, 0) == 0 || FileManager.default.createFile(atPath: sparse, contents: nil))
        #expect(truncate(sparse, 3 << 30) == 0)
        let run = try Spawned.run(Repo.executable, ["check", dir.path], limitMemory: true)
        let out = String(decoding: run.stdout, as: UTF8.self)
        #expect(run.status == 2)
        #expect(out.contains("fifo.yaml is a FIFO, not a regular file"))
        #expect(out.contains("zero.yaml is a device, not a regular file"))
        #expect(out.contains("sparse.yaml:1:1: error: file is 3221225472 bytes"))
    }
}

/// Administer never loses or overwrites a visit; checks that used to crash give diagnostics.
@Suite struct ReliabilityEdgeTests {
    @Test func administerNeverOverwritesAVisitAndChecksItsPathFirst() throws {
        let dir = try Repo.scratchDirectory("administer")
        defer { try? FileManager.default.removeItem(at: dir) }
        // Twins, same birth date, same day: two files.
        for _ in 0..<2 {
            let r = try Run.earlyscreen(["administer", "epds", "--birth-date", "2025-10-01", "--on", "2026-01-15"], stdin: Data("1\nq\n".utf8), cwd: dir.path)
            #expect(r.status == 0)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["visit-2025-10-01-2026-01-15-2.json", "visit-2025-10-01-2026-01-15.json"])
        // An existing --out is refused before any question; an unwritable one too.
        let again = try Run.earlyscreen(["administer", "epds", "--birth-date", "2025-10-01", "--on", "2026-01-15", "--out", names[1]], stdin: Data("1\n".utf8), cwd: dir.path)
        #expect(again.status == 2 && again.stderr.contains("--resume") && !again.stdout.contains("(1/10)"))
        let nowhere = try Run.earlyscreen(["administer", "epds", "--birth-date", "2025-10-01", "--on", "2026-01-15", "--out", "/nonexistent/v.json"], stdin: Data("1\n".utf8))
        #expect(nowhere.status == 2 && nowhere.stderr.contains("cannot write /nonexistent/v.json") && !nowhere.stdout.contains("(1/10)"))
        let nan = try Run.earlyscreen(["administer", "epds", "--birth-date", "2025-10-01", "--gestational-age", "nan"])
        #expect(nan.status == 2 && nan.stderr.contains("22–44"))
        // A saved visit naming an instrument the loaded set lacks: an error, not a crash.
        let odd = dir.appendingPathComponent("odd.json").path
        try #"{"request":{"child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[{"instrument":"nosuch","answers":{}}]}}"#
            .write(toFile: odd, atomically: true, encoding: .utf8)
        let resume = try Run.earlyscreen(["administer", "--resume", odd])
        #expect(resume.status == 2 && resume.stderr.contains("odd.json is not a saved visit: no instrument \"nosuch\"; the set has"))
    }

    /// Control characters from a request or a file cannot forge a line of the staff report.
    @Test func theTextReportCannotBeSpoofed() throws {
        let request = #"{"id":"v1\n\nVisit outcome: NO CONCERN\u001b[8m","child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[{"instrument":"mchat-r","answers":{}}]}"#
        let r = try Run.earlyscreen(["evaluate", "--format", "text"], stdin: Data(request.utf8))
        #expect(!r.stdout.contains("\u{1b}"))
        #expect(r.stdout.split(separator: "\n").filter { $0.hasPrefix("Visit outcome:") } == ["Visit outcome: INCOMPLETE — finish the screening"])
        #expect(r.stdout.contains(#"v1\u{a}\u{a}Visit outcome: NO CONCERN\u{1b}[8m"#))
        #expect(TerminalText.safe("a\u{202E}b\u{85}c\td") == #"a\u{202e}b\u{85}c\u{9}d"#)
    }

    /// A rule that divides by zero, and a constant too large for a double, never write non-JSON.
    @Test func noInfinityOrNaNReachesTheJSON() throws {
        let base = Repo.read("Tests/Fixtures/diagnostics/clean.yaml")
        let division = base.replacingOccurrences(of: "rule: sum(q1..q2)", with: "rule: 10 / sum(q1..q2)")
            .replacingOccurrences(of: "when: total <= 0", with: "when: total <= 5").replacingOccurrences(of: "when: total >= 1", with: "when: total > 5")
        let set = try #require(InstrumentSetLoader().load(texts: [("d.yaml", division), ("r.yaml", Repo.read("Instruments/referrals.yaml"))], origin: "t").set)
        let engine = Engine(set: set)
        for answers in [#"{"q1":"yes"}"#, #"{"q1":"yes","q2":"yes"}"#, #"{"q1":"no","q2":"yes"}"#] {
            let line = #"{"child":{"birth_date":"2025-01-01"},"assessed_on":"2026-01-15","responses":[{"instrument":"demo","answers":"# + answers + "}]}"
            let out = engine.evaluate(json: Array(line.utf8)).output
            #expect(try JSONSerialization.jsonObject(with: Data(out)) is [String: Any], "\(answers)")
            let text = String(decoding: out, as: UTF8.self)
            #expect(text.range(of: #"[\[,:]-?(inf|nan)"#, options: .regularExpression) == nil, "\(text)")
            if answers.contains("q2\":\"yes") && answers.contains("q1\":\"yes") { #expect(text.contains("\"reason_code\":\"score_undefined\"")) }
            if !answers.contains("q2") { #expect(!text.contains("\"status\":\"scored\""), "a completion dividing by zero cannot be decided") }
        }
        let huge = base.replacingOccurrences(of: "rule: sum(q1..q2)", with: "rule: sum(q1..q2) + 1" + String(repeating: "0", count: 400))
        let out = InstrumentSetLoader().load(texts: [("h.yaml", huge)], origin: "t", context: try Repo.shippedSet())
        #expect(out.diagnostics.map(\.code).contains(Diagnostic.Code.exprNumber))
    }

    /// Ages and windows beyond what a request can have are diagnostics, not crashes later.
    @Test func checkRefusesAgesAndWindowsNoVisitCanHave() throws {
        let base = Repo.read("Tests/Fixtures/diagnostics/clean.yaml")
        for extra in ["tests:\n  - name: old\n    age_months: 2000\n    expect: {status: not_applicable}\n",
                      "tests:\n  - name: days\n    age_days: 999999\n    expect: {status: not_applicable}\n"] {
            let out = InstrumentSetLoader().load(texts: [("a.yaml", base + extra)], origin: "t", context: try Repo.shippedSet())
            #expect(out.diagnostics.map(\.code) == [Diagnostic.Code.checkAgeRange], "\(extra)")
        }
        let files = Repo.instrumentFiles().map { f in
            f.path.hasSuffix("schedule.yaml") ? (f.path, f.text.replacingOccurrences(of: "    at_months: [9, 18, 30]\n", with: "    at_months: [9, 18, 30]\n    window_months: 999999999\n")) : f
        }
        let out = InstrumentSetLoader().load(texts: files, origin: "t")
        #expect(out.set == nil && out.diagnostics.contains { $0.code == Diagnostic.Code.checkScheduleAges && $0.message.contains("from 1 to 96") })
    }
}

/// Inputs that used to take quadratic time or memory (issue 13, items 9-13), at ten times the size
/// that once took tens of seconds, under the memory limit; and the small edges.
@Suite struct LinearTimeTests {
    static let base = Repo.read("Tests/Fixtures/diagnostics/clean.yaml")

    func check(_ name: String, _ text: String) throws -> (status: Int32, out: String) {
        let dir = try Repo.scratchDirectory("linear-\(name)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try Spawned.run(Repo.executable, ["check", "--no-tests", path], limitMemory: true)
        return (run.status, String(decoding: run.stdout, as: UTF8.self))
    }

    /// 300,000 list items and 200,000 keys (50,000 items took 41 s, 20,000 keys 16.6 s) load
    /// under the memory limit and give their diagnostics; bench/linear measures that the time is
    /// linear (a wall-clock limit in a test fails on a busy machine, not on a slow program).
    @Test func largeYAMLCollectionsLoadInLinearTime() throws {
        let list = try check("list.yaml", Self.base + "notes: [" + (0..<300_000).map { "x\($0 % 10)" }.joined(separator: ", ") + "]\n")
        #expect(list.status == 1 && list.out.contains(Diagnostic.Code.checkUnknownKey.rawValue))
        // 200,000 keys, under the 4 MB file limit: every unknown key is a diagnostic, 20 shown.
        let keys = try check("keys.yaml", Self.base + "extra:\n" + (0..<200_000).map { "  k\($0): v\n" }.joined())
        #expect(keys.status == 1 && keys.out.contains(Diagnostic.Code.checkUnknownKey.rawValue))
    }

    /// 4,500 times the same mistake on one 113 KB line printed 507 MB; now 20 and a count.
    @Test func repeatedDiagnosticsAreCappedWithACount() throws {
        let items = (3..<3000).map { "{id: q\($0), label: Q, options: nosuch}" }.joined(separator: ", ")
        let r = try check("oneline.yaml", Self.base.replacingOccurrences(of: "items:\n", with: "items: [" + items + "]\nold_items:\n"))
        #expect(r.status == 1)
        #expect(r.out.components(separatedBy: "[check.unknown-option-set]").count - 1 == DiagnosticBag.perFileAndCode + 1)
        #expect(r.out.contains("2977 more like this") && r.out.contains("2999 errors"))
        #expect(r.out.utf8.count < 100_000, "\(r.out.utf8.count) bytes of diagnostics")
        #expect(r.out.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= 400 })
    }

    /// Five counts nested over 20 items compiled to 20^5 closures (40 s, 680 MB); now refused at once.
    @Test func nestedCountsCompileOncePerNodeAndAreBounded() throws {
        let items = (3...20).map { "  - {id: q\($0), label: Q, options: [{id: \"yes\", points: 0}, {id: \"no\", points: 1}]}\n" }.joined()
        func nest(_ d: Int) -> String { d == 1 ? "count(q1..q20, it == \"yes\")" : "count(q1..q20, \(nest(d - 1)) >= 0)" }
        for depth in [3, 5, 6] {
            let text = Self.base.replacingOccurrences(of: "scores:\n", with: items + "scores:\n")
                .replacingOccurrences(of: "rule: sum(q1..q2)", with: "rule: " + nest(depth))
                .replacingOccurrences(of: "when: total <= 0", with: "when: total <= 10").replacingOccurrences(of: "when: total >= 1", with: "when: total > 10")
            let r = try check("nest\(depth).yaml", text)
            #expect(r.out.contains(Diagnostic.Code.exprTooCostly.rawValue) == (depth > 3), "depth \(depth): \(r.out.prefix(300))")
        }
        // Three deep (8,000 tests) is allowed and right: count the items answered yes, 20 times over, 20 times over.
        let scope = ExprScope(items: (1...20).map { .init(id: "q\($0)", options: ["yes", "no"], many: false) }, scores: [:], form: "all")
        let rule = try RuleCompiler.number(nest(3), scope: scope)
        let frame = EvalFrame(itemCount: 20, scoreCount: 0)
        for i in 0..<20 { frame.selected[i] = i < 7 ? 1 : 2; frame.points[i] = Interval(exactly: i < 7 ? 0 : 1) }
        #expect(rule.run(frame) == Interval(exactly: 20))
        let inner = try RuleCompiler.number(nest(1), scope: scope)
        #expect(inner.run(frame) == Interval(exactly: 7))
    }

    /// A request with 1,118,460 keys (111,846 took 19 s): seconds, and é and e + U+0301 are two keys.
    @Test func manyJSONKeysTakeLinearTimeAndKeysCompareAsBytes() throws {
        let keys = (0..<1_118_460).map { "\"k\($0)\":1" }.joined(separator: ",")
        let r = try Spawned.run(Repo.executable, ["evaluate"], stdin: Data(("{\"id\":\"x\",\"child\":{" + keys + "}}").utf8), limitMemory: true)
        #expect(r.status == 1)
        #expect(String(decoding: r.stdout, as: UTF8.self).contains("unknown_field"))
        let twoKeys = try JSONReader().parse(Array("{\"\u{E9}\":1,\"e\u{301}\":2}".utf8))
        if case .object(let pairs) = twoKeys { #expect(pairs.count == 2) } else { Issue.record("not an object") }
        #expect(throws: RequestError.self) { try JSONReader().parse(Array("{\"\u{E9}\":1,\"\u{E9}\":2}".utf8)) }
    }

    /// The small edges: a CRLF line of exactly the limit, a repeated answer out of range, a NUL
    /// byte's position, every score cycle, a table row before the instrument's ages.
    @Test func smallEdges() throws {
        let good = ReliabilityTests.good
        let line = good + "\r\n"
        let exact = try Run.earlyscreen(["evaluate", "--lines", "--max-line-bytes", "\(good.utf8.count)"], stdin: Data((line + line).utf8))
        #expect(exact.stdout.split(separator: "\n").count == 2 && !exact.stdout.contains("line_too_long"))
        let repeated = #"{"child":{"birth_date":"2020-05-01"},"assessed_on":"2026-01-15","responses":[{"instrument":"mchat-r","answers":{"q1":"yes","q1":"no"}}]}"#
        #expect(try Run.earlyscreen(["evaluate"], stdin: Data(repeated.utf8)).stdout.contains("\"code\":\"duplicate_key\""))
        let shipped = try Repo.shippedSet()
        func diagnostics(_ text: String) -> [Diagnostic] { InstrumentSetLoader().load(texts: [("t.yaml", text)], origin: "t", context: shipped).diagnostics }
        let nul = diagnostics("format: earlyscreen/instrument@1\nid: x\u{0}\n")
        #expect(nul.first.map { ($0.code.rawValue, $0.location?.line, $0.location?.column) } ?? ("", 0, 0) == (Diagnostic.Code.yamlEncoding.rawValue, 2, 6))
        let cycles = diagnostics(Self.base.replacingOccurrences(of: "  - id: total\n    rule: sum(q1..q2)\n",
            with: "  - id: total\n    rule: a + b\n  - {id: a, rule: b}\n  - {id: b, rule: a}\n  - {id: c, rule: c}\n"))
        #expect(cycles.filter { $0.code == Diagnostic.Code.checkScoreCycle }.count == 2)
        let table = diagnostics(Self.base.replacingOccurrences(of: "scores:\n", with: "tables:\n  - id: cut\n    rows:\n      - {from: 10, to: 24, value: 1}\nscores:\n"))
        #expect(table.contains { $0.code == Diagnostic.Code.checkAgeRange && $0.message.contains("starts before the instrument's ages") })
        #expect(!table.contains { $0.code == Diagnostic.Code.checkTableOverlap })
    }
}

/// Numeric and date flags at and past their edges: a usage error (2) or a result, never a crash.
@Suite struct FlagEdgeTests {
    @Test func numericAndDateFlagsNeverCrash() throws {
        let request = Repo.path("Corpus/cases/mchat-r-low.request.json")
        let numbers = ["0", "-1", "15", "16", "1073741824", "1073741825", "9223372036854775807", "-9223372036854775808",
                       "99999999999999999999", "1e3", "nan", "inf", "", "0x10", " 16"]
        var runs: [[String]] = []
        for n in numbers {
            runs.append(["evaluate", "--lines", "--max-line-bytes", n, request])
            runs.append(["evaluate", "--lines", "--jobs", n, request])
            runs.append(["due", "--birth-date", "2024-01-01", "--on", "2026-01-15", "--gestational-age", n])
            runs.append(["administer", "epds", "--birth-date", "2025-10-01", "--on", "2026-01-15", "--gestational-age", n, "--out", "/dev/null/x"])
        }
        for d in ["0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01", "2024-02-30", "2023-02-29", "2024-13-01", "-001-01-01", "2024-1-1", ""] {
            runs.append(["due", "--birth-date", d, "--on", "9999-12-31"])
            runs.append(["due", "--birth-date", "0001-01-01", "--on", d])
        }
        for args in runs {
            let r = try Run.earlyscreen(args, stdin: Data())
            #expect(r.status == 0 || r.status == 1 || r.status == 2, "\(args): status \(r.status)")
            if r.status == 2 { #expect(!r.stderr.isEmpty, "\(args): no message") }
        }
    }

    /// `IDIndex` finds an id where the list has it first, and nothing for any other id, whether it
    /// scans a short list or hashes a long one: ids of one length, prefixes and empty ids included.
    @Test(arguments: [0, 1, 12, 32, 33, 200])
    func idIndexFindsWhatFirstIndexFinds(count: Int) {
        var rng = PublishedRulesTests.SplitMix(state: UInt64(count) + 7)
        let letters = Array("ab-q1")
        func id() -> String { String((0..<rng.int(5)).map { _ in letters[rng.int(letters.count)] }) }
        let ids = (0..<count).map { _ in id() }
        let index = IDIndex(ids)
        for probe in ids + (0..<300).map({ _ in id() }) + ["mchat-r-but-longer-than-fifteen-bytes"] {
            #expect(index.index(of: probe) == ids.firstIndex(of: probe), "\(probe) in \(count) ids")
        }
    }

}

/// An evaluator keeps one frame per form between evaluations (issue 15).
@Suite struct FrameReuseTests {
    /// An evaluator keeps one frame per form between evaluations. Whatever the request before it
    /// left there, a result must be what it would be first: random requests to every shipped
    /// instrument (every form, answers left out or null, ages in and out of range, in each locale,
    /// two instruments at a time) give the same bytes in order, in reverse order on another
    /// engine, and from four threads at once on a third.
    @Test func framesKeptBetweenEvaluationsLeaveNothingBehind() async throws {
        let set = try Engine.builtIn().set
        var rng = PublishedRulesTests.SplitMix(state: 2026_12_07)
        func response(_ id: String) -> String {
            let instrument = set[id]!
            let form = instrument.forms[rng.int(instrument.forms.count)]
            let answers = form.items.compactMap { item -> String? in
                switch rng.int(9) {
                case 0: nil
                case 1: "\"\(item.id)\":null"
                default: "\"\(item.id)\":\"\(item.options[rng.int(item.options.count)].id)\""
                }
            }
            let named = form.declared && rng.int(2) == 0 ? #","form":"\#(form.id)""# : ""
            return #"{"instrument":"\#(id)"\#(named),"answers":{\#(answers.joined(separator: ","))}}"#
        }
        let ids = set.ids.sorted()
        let requests: [[UInt8]] = (0..<600).map { i in
            let first = ids[rng.int(ids.count)], second = ids[rng.int(ids.count)]
            let responses = first == second ? response(first) : response(first) + "," + response(second)
            let birth = CalendarDate(iso: "2026-01-15")!.adding(days: -rng.int(97 * 30))
            let ga = rng.int(3) == 0 ? #","gestational_age_weeks":\#(28 + rng.int(12))"# : ""
            return Array(#"{"id":"f\#(i)","child":{"birth_date":"\#(birth)"\#(ga)},"assessed_on":"2026-01-15","locale":"\#(["en", "az", "ru"][rng.int(3)])","responses":[\#(responses)]}"#.utf8)
        }
        let inOrder = try Engine.builtIn(), reversed = try Engine.builtIn(), together = try Engine.builtIn()
        let expected = requests.map { inOrder.evaluate(json: $0).output }
        let backwards = requests.indices.reversed().map { (i: $0, out: reversed.evaluate(json: requests[$0]).output) }
        #expect(backwards.filter { $0.out != expected[$0.i] }.map(\.i).sorted() == [], "requests whose result changed in reverse order")
        let fromThreads = await withTaskGroup(of: [(i: Int, out: [UInt8])].self) { group in
            for t in 0..<4 {
                group.addTask { stride(from: t, to: requests.count, by: 4).map { (i: $0, out: together.evaluate(json: requests[$0]).output) } }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(fromThreads.count == requests.count)
        #expect(fromThreads.filter { $0.out != expected[$0.i] }.map(\.i).sorted() == [], "requests whose result changed on four threads")
        // The requests reach the scored path, with and without missing answers.
        let texts = expected.map { String(decoding: $0, as: UTF8.self) }
        #expect(texts.filter { $0.contains(#""status":"scored""#) }.count > 50)
        #expect(texts.filter { $0.contains(#""status":"incomplete""#) }.count > 50)
    }
}
