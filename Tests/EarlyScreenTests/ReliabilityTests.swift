import Foundation
import Testing
@testable import EarlyScreen

/// The edges a hostile-input campaign found (issue 13): every contract date, the size of a line,
/// read and write failures, files that are not files. Each gives a clear error or a correct result.
@Suite struct ReliabilityTests {
    static let good = String(decoding: try! JSONSerialization.data(withJSONObject: try! JSONSerialization.jsonObject(
        with: Data(Repo.read("Corpus/cases/mchat-r-low.request.json").utf8))), as: UTF8.self)

    func request(birth: String, on: String) -> String {
        "{\"child\":{\"birth_date\":\"\(birth)\"},\"assessed_on\":\"\(on)\",\"responses\":[{\"instrument\":\"mchat-r\",\"answers\":{}},{\"instrument\":\"epds\",\"answers\":{}},{\"instrument\":\"swyc-milestones\",\"answers\":{}}]}"
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
