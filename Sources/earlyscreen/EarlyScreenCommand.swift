import ArgumentParser
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

@main
struct EarlyScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "earlyscreen",
        abstract: "Score developmental screening questionnaires and recommend referrals.",
        discussion: """
        earlyscreen loads screening instruments (M-CHAT-R, EPDS, SWYC parts, ...) from YAML, scores a \
        visit's answers exactly as the published rules say, and explains the result. A missing answer \
        is never read as "no risk".

        Examples:
          earlyscreen administer --birth-date 2024-05-01 --locale az
          earlyscreen evaluate --format text Corpus/examples/mchat-r-medium.json
          earlyscreen evaluate --lines < visits.jsonl > results.jsonl
          earlyscreen due --birth-date 2024-07-10 --format text
          earlyscreen tally --by region,month --format html results.jsonl > tally.html
          earlyscreen diff --to drafts/ --format text visits.jsonl
          earlyscreen check Instruments/

        Each command has its own --help with examples (earlyscreen help evaluate).
        """,
        version: ResultEncoder.engineVersion,
        subcommands: [EvaluateCommand.self, AdministerCommand.self, DueCommand.self, CheckCommand.self, ListCommand.self, ShowCommand.self, FHIRCommand.self, TallyCommand.self, DiffCommand.self, StudyCommand.self, SchemaCommand.self]
    )

    /// The single funnel for errors: usage problems exit 2 (the contract's "could not run").
    static func main() {
        // A closed pipe is an error from write (EPIPE), handled where output is written, not a
        // signal that kills the process half-way through a line.
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CannotRun {
            Output.stderr("earlyscreen: " + failure.message + (failure.message.hasSuffix("\n") ? "" : "\n"))
            Glibc.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { Output.stderr(message + "\n") }
            let status = code.rawValue == 64 ? 2 : code.rawValue  // ArgumentParser's EX_USAGE
            Glibc.exit(status)
        }
    }
}

/// What stops a command before it can do its work (a file it cannot read or write, a set that
/// does not load): said once, in `main`, as "earlyscreen: …", with exit status 2.
struct CannotRun: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Where the instruments come from, shared by every command (docs/instrument-format.md, "Drafts"):
/// the built-in set, or a draft folder over it.
struct InstrumentOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A draft folder over the built-in set: its instruments replace the built-in ones with the same id, its catalog and schedule replace the built-in ones if it has them (also: EARLYSCREEN_INSTRUMENTS).",
        valueName: "dir"))
    var instruments: String?

    @Flag(help: "Score with a draft whose own embedded tests fail; every result is then stamped \"draft\" with the failing tests.")
    var allowFailingTests = false

    var path: String? {
        if let instruments { return instruments }
        if let env = getenv("EARLYSCREEN_INSTRUMENTS"), env.pointee != 0 { return String(cString: env) }
        return nil
    }

    /// The engine for one request: from the built-in set, only the instruments it names (a
    /// faster start); otherwise the whole set.
    func engine(forRequest bytes: [UInt8], explain: Bool = false, pretty: Bool = false) throws -> Engine {
        if path == nil, let ids = Engine.instrumentIDs(inRequest: bytes), !ids.isEmpty,
           let engine = Engine.builtIn(for: ids, explain: explain, pretty: pretty) {
            return engine
        }
        return try engine(explain: explain, pretty: pretty)
    }

    /// The engine, or exit 2 after printing why the set did not load. A draft whose own tests
    /// fail scores no one unless --allow-failing-tests, and then says so in every result.
    /// `scoring: false` (list, show) only reads the set.
    func engine(explain: Bool = false, pretty: Bool = false, scoring: Bool = true) throws -> Engine {
        var engine: Engine
        do {
            if let p = path { engine = try Engine.load(draft: [p], explain: explain, pretty: pretty) }
            else { return try Engine.builtIn(explain: explain, pretty: pretty) }
        } catch {
            throw CannotRun("the instrument set \(path ?? "(built-in)") does not load:\n" + DiagnosticRenderer(sources: error.sources).render(error.diagnostics))
        }
        guard scoring else { return engine }
        let failing = engine.failingDraftTests()
        guard !failing.isEmpty else { return engine }
        let list = failing.map { "  \($0.instrument): \($0.failure.message)\n" }.joined()
        if !allowFailingTests {
            throw CannotRun("the draft \(path!) fails \(failing.count) of its own embedded tests, so it scores no one:\n\(list)"
                + "Fix them (earlyscreen check --instruments \(path!)), or pass --allow-failing-tests to score anyway with every result stamped as a draft.")
        }
        Output.stderr("earlyscreen: warning: scoring with a draft whose own tests fail (\(failing.count)); every result is stamped \"draft\":\n\(list)")
        engine.markDraft(failingTests: failing.map { "\($0.instrument): \($0.failure.message)" })
        return engine
    }
}

/// Writes to the standard streams with write(2); stdout carries only results.
enum Output {
    static func stdout(_ bytes: [UInt8]) { write(fd: 1, bytes) }
    static func stdout(_ s: String) { write(fd: 1, Array(s.utf8)) }
    static func stderr(_ s: String) { write(fd: 2, Array(s.utf8)) }

    /// Writes everything, or stops the process: a reader that went away (EPIPE) ends it quietly
    /// with status 0, as `| head` expects; any other failure (a full disk, /dev/full) is said on
    /// standard error with status 2, so a lost result is never a silent success.
    static func write(fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(fd: fd, $0) }
    }

    static func write(fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        if let failure = tryWrite(fd: fd, bytes), fd == 1 {
            if failure == EPIPE { Glibc.exit(0) }
            stderr("earlyscreen: cannot write the output: \(String(cString: strerror(failure)))\n")
            Glibc.exit(2)
        }
    }

    /// nil when every byte was written, else the errno.
    static func tryWrite(fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var off = 0
        while off < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + off, bytes.count - off)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return n == 0 ? EIO : errno }
            off += n
        }
        return nil
    }

    /// Reads a whole input of at most `limit` bytes; nil and the reason when it cannot be read.
    static func readAll(fd: Int32, limit: Int) -> (bytes: [UInt8]?, failure: String?) {
        var input: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN { waitReadable(fd); continue }
                return (nil, String(cString: strerror(errno)))
            }
            if n == 0 { return (input, nil) }
            input.append(contentsOf: chunk[0..<n])
            if input.count > limit { return (nil, "the input is larger than \(limit >> 20) MiB") }
        }
    }

    /// For a non-blocking descriptor someone handed down: wait until it has data, not spin.
    static func waitReadable(_ fd: Int32) {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        _ = poll(&p, 1, -1)
    }
}
