import Foundation
import Testing
@testable import EarlyScreen

/// Paths and helpers shared by the tests.
enum Repo {
    /// The package root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    static func read(_ relative: String) -> String {
        (try? String(contentsOfFile: path(relative), encoding: .utf8)) ?? ""
    }

    /// The Instruments/ folder's YAML files, as the built-in set embeds them.
    static func instrumentFiles() -> [(path: String, text: String)] {
        let dir = path("Instruments")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        return names.map { ("Instruments/" + $0, (try? String(contentsOfFile: dir + "/" + $0, encoding: .utf8)) ?? "") }
    }

    /// The ids of the instruments in Instruments/ (file names without the catalog and schedule), so a
    /// test that runs per instrument covers a newly added file without anyone editing a list.
    static func shippedInstrumentIDs() -> [String] {
        instrumentFiles().map { String($0.path.dropFirst("Instruments/".count).dropLast(".yaml".count)) }
            .filter { $0 != "referrals" && $0 != "schedule" }
    }

    /// The shipped set loaded from Instruments/ (not the embedded copy), failing the test on any diagnostic.
    static func shippedSet() throws -> InstrumentSet {
        let out = InstrumentSetLoader().load(texts: instrumentFiles(), origin: "Instruments")
        let rendered = DiagnosticRenderer(sources: out.sources).render(out.diagnostics)
        #expect(out.diagnostics.isEmpty, "\(rendered)")
        return try #require(out.set)
    }

    /// The built executable, next to the test bundle in the build folder.
    static var executable: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var dir = bundle
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("earlyscreen").path
            if FileManager.default.isExecutableFile(atPath: candidate), !candidate.hasSuffix(".xctest") { return candidate }
            dir.deleteLastPathComponent()
        }
        return path(".build/debug/earlyscreen")
    }
}

/// Runs the earlyscreen executable with arguments and standard input.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: Data

    static func earlyscreen(_ args: [String], stdin: Data = Data(), env: [String: String] = [:], cwd: String = Repo.root) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Repo.executable)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        p.standardInput = inPipe
        p.standardOutput = outPipe
        p.standardError = errPipe
        try p.run()
        // Write stdin on another thread so a large input cannot deadlock against a full stdout pipe.
        let writer = Thread {
            inPipe.fileHandleForWriting.write(stdin)
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        let errBox = DataBox()
        let errReader = Thread { errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while errBox.data == nil { usleep(1000) }
        return Run(status: p.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                   stderr: String(decoding: errBox.data!, as: UTF8.self), stdoutBytes: out)
    }
}

extension Run {
    /// earlyscreen started with open pipes, for tests that talk to it line by line.
    static func coProcess(_ args: [String]) throws -> (Process, input: Pipe, output: Pipe) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Repo.executable)
        p.arguments = args
        let input = Pipe(), output = Pipe()
        p.standardInput = input
        p.standardOutput = output
        p.standardError = FileHandle.nullDevice
        try p.run()
        return (p, input, output)
    }
}

final class DataBox: @unchecked Sendable {
    var data: Data?
}
