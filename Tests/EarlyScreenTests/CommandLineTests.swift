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

@Suite struct CommandLineTests {
    static let request = #"{"id":"r1","child":{"birth_date":"2024-05-01"},"assessed_on":"2026-01-15","responses":[{"instrument":"mchat-r","answers":{"q1":"no","q2":"yes","q3":"no"}}]}"#

    /// Start-up time and memory depend on what is linked: the engine and the tool use
    /// FoundationEssentials at most. Full Foundation (with ICU: 7 MB more resident at start, in a
    /// release build) once came in with one String(format:).
    @Test func theEngineAndToolDoNotImportFullFoundation() throws {
        for folder in ArchitectureTests.engineFolders() + ["Sources/earlyscreen"] {
            for file in try FileManager.default.subpathsOfDirectory(atPath: Repo.path(folder)) where file.hasSuffix(".swift") {
                let text = Repo.read(folder + "/" + file)
                #expect(!text.split(separator: "\n").contains { $0 == "import Foundation" || $0.hasPrefix("import Foundation ") }, "\(folder)/\(file) imports Foundation")
            }
        }
    }

    @Test func coProcessAnswersEachLineWithStdinStillOpen() throws {
        let (p, input, output) = try Run.coProcess(["evaluate", "--lines"])
        defer { p.terminate() }
        for round in 1...3 {
            input.fileHandleForWriting.write(Data((Self.request.replacingOccurrences(of: "r1", with: "r\(round)") + "\n").utf8))
            // availableData blocks until the co-process writes (or ends): no clock, no busy loop.
            var got = Data()
            while !got.contains(0x0A) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                got.append(chunk)
            }
            let line = String(decoding: got, as: UTF8.self)
            #expect(line.hasPrefix("{\"format\":\"earlyscreen/result@1\",\"id\":\"r\(round)\""))
            #expect(line.filter { $0 == "\n" }.count == 1)
        }
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    /// A block large enough for several threads is written by the writing thread while the stream
    /// waits for more input: every answer arrives, in order, before the input ends.
    @Test func coProcessGetsEveryAnswerOfALargeBlockWithStdinStillOpen() throws {
        let (p, input, output) = try Run.coProcess(["evaluate", "--lines", "--jobs", "4"])
        defer { p.terminate() }
        for (round, count) in [(1, 2000), (2, 1), (3, 700)] {
            let block = (0..<count).map { Self.request.replacingOccurrences(of: "\"r1\"", with: "\"b\(round)-\($0)\"") + "\n" }.joined()
            // Written from another thread: a block larger than the pipes would otherwise leave both
            // sides waiting to write.
            let writer = input.fileHandleForWriting
            let data = Data(block.utf8)
            DispatchQueue.global().async { writer.write(data) }
            var got = Data()
            while got.count(where: { $0 == 0x0A }) < count {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                got.append(chunk)
            }
            let lines = String(decoding: got, as: UTF8.self).split(separator: "\n")
            #expect(lines.count == count)
            #expect(lines.indices.allSatisfy { lines[$0].hasPrefix("{\"format\":\"earlyscreen/result@1\",\"id\":\"b\(round)-\($0)\"") })
        }
        try input.fileHandleForWriting.close()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    @Test func aStreamWithBadLinesGivesOneLineOutPerLineIn() throws {
        let n = 100_000
        var text = ""
        text.reserveCapacity(n * 160)
        for i in 0..<n {
            switch i % 50 {
            case 7: text += "{not json\n"
            case 19: text += "\n"
            case 23: text += Self.request.replacingOccurrences(of: "\"r1\"", with: "\"id\(i)\"").replacingOccurrences(of: "\"no\"", with: "\"maybe\"") + "\r\n"
            default: text += Self.request.replacingOccurrences(of: "\"r1\"", with: "\"id\(i)\"") + "\n"
            }
        }
        let run = try Run.earlyscreen(["evaluate", "--lines"], stdin: Data(text.utf8))
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == n)
        #expect(run.status == 1)
        var bad = 0
        for (i, line) in lines.enumerated() {
            switch i % 50 {
            case 7: if line.contains("\"code\":\"invalid_json\"") { bad += 1 }
            case 19: if line.contains("\"code\":\"empty_line\"") { bad += 1 }
            case 23: if line.contains("\"id\":\"id\(i)\"") && line.contains("\"code\":\"unknown_option\"") { bad += 1 }
            default: #expect(line.hasPrefix("{\"format\":\"earlyscreen/result@1\",\"id\":\"id\(i)\",\"assessed_on\""))
            }
        }
        #expect(bad == n / 50 * 3)
    }

    @Test func threadsNeverChangeTheOutputOrOrder() throws {
        let corpus = try String(contentsOfFile: Repo.path("Corpus/bench/mchat-r-1000.jsonl"), encoding: .utf8)
        let input = Data(String(repeating: corpus, count: 5).utf8)
        let one = try Run.earlyscreen(["evaluate", "--lines", "--jobs", "1"], stdin: input)
        let four = try Run.earlyscreen(["evaluate", "--lines", "--jobs", "4"], stdin: input)
        #expect(one.stdout.split(separator: "\n").count == 5000)
        #expect(one.stdoutBytes == four.stdoutBytes)
        // Lines answered by the reading thread itself (too long, the last without a newline)
        // between blocks that the writing thread writes.
        let long = String(repeating: " ", count: 3 << 20) + "\n"
        let mixed = Data((String(repeating: corpus, count: 3) + long + String(repeating: corpus, count: 2) + long + corpus + Self.request).utf8)
        let oneMixed = try Run.earlyscreen(["evaluate", "--lines", "--jobs", "1"], stdin: mixed)
        let fourMixed = try Run.earlyscreen(["evaluate", "--lines", "--jobs", "4"], stdin: mixed)
        #expect(oneMixed.stdout.split(separator: "\n").count == 6003)
        #expect(oneMixed.stdout.split(separator: "\n").filter { $0.contains("\"code\":\"line_too_long\"") }.count == 2)
        #expect(oneMixed.stdoutBytes == fourMixed.stdoutBytes)
    }

    @Test func longLinesAreRejectedAndTheStreamGoesOn() throws {
        let long = String(repeating: " ", count: 5000) + Self.request
        let run = try Run.earlyscreen(["evaluate", "--lines", "--max-line-bytes", "1000"],
                                      stdin: Data((Self.request + "\n" + long + "\n" + Self.request).utf8))
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains("\"code\":\"line_too_long\""))
        #expect(lines[2].contains("\"id\":\"r1\""))  // the last line has no newline and still counts
        #expect(run.status == 1)
    }

    @Test func badArgumentsAndUnloadableSetsExitTwo() throws {
        #expect(try Run.earlyscreen(["evaluate", "--no-such-flag"]).status == 2)
        #expect(try Run.earlyscreen(["evaluate", "--lines", "--pretty"]).status == 2)
        let missing = try Run.earlyscreen(["evaluate", "--instruments", "/nonexistent"], stdin: Data(Self.request.utf8))
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("does not load"))
        #expect(try Run.earlyscreen(["check", "/nonexistent.yaml"]).status == 2)
    }

    @Test func helpTeachesWithExamples() throws {
        let help = try Run.earlyscreen(["evaluate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("--lines"))
    }

    @Test func theBinaryCopiedAloneEvaluatesWithItsBuiltInSet() throws {
        let dir = try Repo.scratchDirectory("alone")
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("earlyscreen")
        try FileManager.default.copyItem(atPath: Repo.executable, toPath: copy.path)
        let p = Process()
        p.executableURL = copy
        p.arguments = ["evaluate"]
        p.currentDirectoryURL = dir
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        try p.run()
        input.fileHandleForWriting.write(try Data(contentsOf: URL(fileURLWithPath: Repo.path("Corpus/examples/mchat-r-medium.json"))))
        try input.fileHandleForWriting.close()
        let out = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(out.contains("\"band\":\"medium\""))
    }

    @Test func outputIsTheSameBytesUnderAnotherLocaleAndTimeZone() throws {
        let a = try Run.earlyscreen(["evaluate", "Corpus/cases/visit-merged-referrals.request.json"])
        let b = try Run.earlyscreen(["evaluate", "Corpus/cases/visit-merged-referrals.request.json"],
                                    env: ["LANG": "ru_RU.UTF-8", "LC_ALL": "az_AZ.UTF-8", "TZ": "Asia/Baku"])
        #expect(!a.stdoutBytes.isEmpty)
        #expect(a.stdoutBytes == b.stdoutBytes)
    }

    /// A critical answer is named in the staff report, in its language, above the total's band:
    /// an EPDS total of 1 with thoughts of self-harm must not read as "depression unlikely" first.
    @Test func theStaffReportNamesEveryCriticalFinding() throws {
        let epds = try Run.earlyscreen(["evaluate", "--format", "text", "Corpus/cases/epds-self-harm.request.json"])
        let lines = epds.stdout.split(separator: "\n").map(String.init)
        let result = try #require(lines.firstIndex { $0.contains("Nəticə:") })
        #expect(lines[result - 1] == "  ⚠ Özünə zərər vermək fikirləri bildirilib; təhlükəsizliyi bu gün qiymətləndirin")
        #expect(lines[result - 2] == "• EPDS — ananın depressiya skrininqi")
        // docs/administer.md shows these lines of this report.
        let doc = Repo.read("docs/administer.md")
        let block = try #require(doc.range(of: "```text\n• EPDS").flatMap { open in
            doc[open.upperBound...].range(of: "```").map { "• EPDS" + String(doc[open.upperBound..<$0.lowerBound]) }
        })
        #expect(!block.isEmpty && epds.stdout.contains(block), "docs/administer.md's report block is not what evaluate prints")
        let family = try Run.earlyscreen(["evaluate", "--format", "text", "Corpus/cases/swyc-family-risk-of-harm.request.json"])
        #expect(family.stdout.contains("⚠ Possible immediate risk of harm in the family; get help today"))
        #expect(family.stdout.contains("⚠ A family question was answered positively; monitor the family"))
        let low = try Run.earlyscreen(["evaluate", "--format", "text", "Corpus/cases/epds-none.request.json"])
        #expect(!low.stdout.contains("⚠"))
    }

    /// --progress speaks on standard error only: the results are the same bytes, and the summary
    /// counts every line and every rejection.
    @Test func progressGoesToStandardErrorAndCountsEveryLine() throws {
        let good = Repo.read("Corpus/bench/mchat-r-1000.jsonl")
        let input = Data((good + "{not json}\n\n").utf8)
        let quiet = try Run.earlyscreen(["evaluate", "--lines"], stdin: input)
        let loud = try Run.earlyscreen(["evaluate", "--lines", "--progress"], stdin: input)
        #expect(loud.stdoutBytes == quiet.stdoutBytes)
        #expect(loud.status == 1 && quiet.status == 1)
        #expect(quiet.stderr.isEmpty || !quiet.stderr.contains("lines,"))
        let summary = try #require(loud.stderr.split(separator: "\n").last)
        #expect(summary.hasPrefix("earlyscreen: done: 1,002 lines, 2 rejected, in "), "\(summary)")
        #expect(try Run.earlyscreen(["evaluate", "--progress"], stdin: input).status == 2)
    }

    @Test func aReaderThatClosesEarlyEndsTheStreamQuietly() throws {
        let lines = String(repeating: Self.request + "\n", count: 20_000)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("es-head-\(getpid()).jsonl")
        try lines.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let p = Process()
        // bash, for PIPESTATUS: earlyscreen's own exit status, not head's.
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "'\(Repo.executable)' evaluate --lines < '\(file.path)' | head -1; echo \"status=${PIPESTATUS[0]}\""]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(stdout.hasPrefix("{\"format\":\"earlyscreen/result@1\""))
        #expect(stdout.split(separator: "\n").count == 2)
        #expect(stdout.hasSuffix("\nstatus=0\n"), "\(stdout.suffix(40))")
        #expect(p.terminationStatus == 0)
        #expect(stderr.isEmpty, "\(stderr)")
    }

    @Test func textReportSpeaksTheRequestsLanguage() throws {
        let az = try Run.earlyscreen(["evaluate", "--format", "text", "Corpus/cases/epds-self-harm.request.json"])
        #expect(az.stdout.contains("Vizitin nəticəsi: YÖNLƏNDİRİN"))
        #expect(az.stdout.contains("Ananın psixi sağlamlığının qiymətləndirilməsi"))
        let ru = try Run.earlyscreen(["evaluate", "--format", "text", "Corpus/cases/mchat-r-high-ru.request.json"])
        #expect(ru.stdout.contains("Итог визита: НАПРАВИТЬ"))
        let bad = try Run.earlyscreen(["evaluate", "--format", "text", "Corpus/cases/error-unknown-option.request.json"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("/responses/0/answers/q3"))
    }
}
