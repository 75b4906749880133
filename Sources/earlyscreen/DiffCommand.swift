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

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what an edit to the instruments would change on a corpus of requests.",
        discussion: """
        Evaluates every request line (earlyscreen JSON or FHIR) under two instrument sets and counts, \
        per instrument, how bands and outcomes move (for example medium → low: 41), whose \
        recommendations and referral due dates change, and how visit outcomes move — with the first \
        ids of each change as examples. A set is `built-in` or a draft folder laid over the built-in \
        set, as --instruments loads it; a draft's failing embedded tests are listed but do not stop \
        the comparison (seeing their impact is the point).

        Exit status: 0 nothing changed, 1 something changed (for review gates), 2 could not run.

        Examples:
          earlyscreen diff --to drafts/ visits.jsonl
          earlyscreen diff --from releases/2026-06/ --to drafts/ --format text visits.jsonl
        """
    )

    enum Format: String, ExpressibleByArgument { case json, text }

    @Option(help: ArgumentHelp("The set before the edit: built-in or a draft folder.", valueName: "set"))
    var from = "built-in"

    @Option(help: ArgumentHelp("The set after the edit: built-in or a draft folder.", valueName: "set"))
    var to: String

    @Argument(help: ArgumentHelp("Request files (JSON Lines); none or - for standard input.", valueName: "file"))
    var files: [String] = []

    @Option(help: "Output format: json or text (only what changed, for a reviewer).")
    var format: Format = .json

    @Flag(help: "Indent JSON output for people.")
    var pretty = false

    static func engine(_ source: String) throws -> Engine {
        if source == "built-in" { return try Engine.builtIn() }
        do {
            let engine = try Engine.load(draft: [source])
            let failing = engine.failingDraftTests()
            if !failing.isEmpty {
                Output.stderr("earlyscreen: note: \(source) fails \(failing.count) of its own embedded tests:\n"
                    + failing.map { "  \($0.instrument): \($0.failure.message)\n" }.joined())
            }
            return engine
        } catch {
            throw CannotRun("the instrument set \(source) does not load:\n" + DiagnosticRenderer(sources: error.sources).render(error.diagnostics))
        }
    }

    func run() throws {
        let a = try Self.engine(from), b = try Self.engine(to)
        var diff = ImpactDiff()
        var line = 0
        try LineBlocks.read(files) { _, block in
            block.bytes.withUnsafeBufferPointer { bytes in
                for r in block.lines {
                    line += 1
                    if block.isBlank(r) { continue }
                    let text = UnsafeBufferPointer(rebasing: bytes[r])
                    func run(_ e: Engine) -> Result<ScreeningResult, RequestError> {
                        do throws(RequestError) { return .success(try e.evaluate(try e.request(json: text))) } catch { return .failure(error) }
                    }
                    let x = run(a), y = run(b)
                    let id = (try? x.get().id) ?? (try? y.get().id) ?? nil
                    diff.add(x, y, example: id ?? "line \(line)")
                }
            }
        }
        switch format {
        case .json: Output.stdout(diff.json(from: from, to: to, pretty: pretty) + [0x0A])
        case .text: Output.stdout(diff.text(from: from, to: to))
        }
        if diff.anyChange { throw ExitCode(1) }
    }
}
