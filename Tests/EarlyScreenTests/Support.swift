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

    /// An empty scratch folder of the test process's own under the temporary directory; the
    /// caller removes it (`defer { try? FileManager.default.removeItem(at: dir) }`).
    static func scratchDirectory(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("es-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
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
        // A child that exits without reading (a usage error) must not take the test process down
        // with SIGPIPE: the writer thread blocks it (a signal a write raises goes to the writing
        // thread, and children are not started from this one), and the write's error is dropped.
        let writer = Thread {
            var pipeSignal = sigset_t()
            sigemptyset(&pipeSignal)
            sigaddset(&pipeSignal, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
            try? inPipe.fileHandleForWriting.write(contentsOf: stdin)
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        // The reader thread's data is handed over through a semaphore: it happens before the
        // wait returns, with no polling of a field another thread writes.
        let errBox = DataBox(), errRead = DispatchSemaphore(value: 0)
        let errReader = Thread { errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile(); errRead.signal() }
        errReader.start()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        errRead.wait()
        return Run(status: p.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                   stderr: String(decoding: errBox.data!, as: UTF8.self), stdoutBytes: out)
    }
}

extension Run {
    /// Any program, its standard output and error together (for scripts and oracles the tests run).
    static func program(_ path: String, _ args: [String]) throws -> (status: Int32, out: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

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

/// A child process started with posix_spawn and reaped with wait4, for what Foundation's Process
/// cannot give: the child's own peak memory (getrusage(RUSAGE_CHILDREN) is the largest of every
/// child the test process ever reaped, such as a swiftc a parallel test ran), and a start that a
/// daemonizing child (tmux) cannot hang. Every descriptor above 2 is closed in the child; input
/// and output go through files, so nothing can fill a pipe.
struct Spawned {
    /// The exit status, or 128 + the signal that ended it (a crash under a memory limit shows here).
    var status: Int32
    var stdout: Data

    /// The memory bound of tests that measure it: a child needing more fails to allocate and
    /// crashes. (wait4's peak RSS cannot be used: glibc's posix_spawn is a vfork, and at exec the
    /// kernel carries the parent's high-water RSS into the child's, so a test process that once
    /// grew to 400 MB saw every child "peak" at 400 MB. A limit set before exec sees the child alone.)
    static let memoryLimitBytes = 400_000_000

    /// Runs `executable`; with `limitMemory`, under RLIMIT_DATA (heap and private writable
    /// mappings) of `memoryLimitBytes`, set by util-linux prlimit before exec.
    static func run(_ executable: String, _ arguments: [String], stdin: Data = Data(), limitMemory: Bool = false) throws -> Spawned {
        if limitMemory {
            return try run("/usr/bin/prlimit", ["--data=\(memoryLimitBytes)", "--", executable] + arguments, stdin: stdin)
        }
        let dir = FileManager.default.temporaryDirectory.path
        let tag = "es-spawn-\(getpid())-\(UUID().uuidString)"
        let inPath = "\(dir)/\(tag).in", outPath = "\(dir)/\(tag).out"
        try stdin.write(to: URL(fileURLWithPath: inPath))
        defer { try? FileManager.default.removeItem(atPath: inPath); try? FileManager.default.removeItem(atPath: outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        _ = spawnActionsCloseFrom(&actions, 3)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let env: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { env.forEach { free($0) } }
        var pid = pid_t()
        let err = posix_spawn(&pid, executable, &actions, nil, argv, env)
        guard err == 0 else { throw POSIXError(POSIXErrorCode(rawValue: err) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let out = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
        let signal = status & 0x7f
        return Spawned(status: signal != 0 ? 128 + signal : (status >> 8) & 0xff, stdout: out)
    }
}

/// glibc 2.34+ has posix_spawn_file_actions_addclosefrom_np, which the Glibc module does not
/// export; looked up at run time so the tests still build against an older C library.
private func spawnActionsCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ from: Int32) -> Int32 {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return -1 }
    return unsafeBitCast(symbol, to: CloseFrom.self)(actions, from)
}
