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

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and check instrument files; run the tests written beside each instrument.",
        discussion: """
        Every problem in every file is reported in one run, sorted by file and position, as \
        file:line:column: error: message [code], followed by the line and a caret. Files checked on \
        their own resolve referrals and first stages against the built-in set.

        With no path, `check` checks the draft named by --instruments (or EARLYSCREEN_INSTRUMENTS), \
        over the built-in set, as every other command would load it; with neither, the built-in set.

        Exit status: 0 clean (warnings allowed), 1 problems found, 2 could not run.

        Examples:
          earlyscreen check                       # the built-in (shipped) set
          earlyscreen check --instruments drafts/ # the draft the other commands would use
          earlyscreen check Instruments/          # a folder of instrument files
          earlyscreen check my-draft.yaml --format json
        """
    )

    @Argument(help: ArgumentHelp("Instrument files or folders (default: the built-in set).", valueName: "path"))
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "Skip the embedded tests.")
    var noTests = false

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var source: InstrumentOptions

    func run() throws {
        // The same rule as every command: explicit paths, else the draft the environment names.
        let paths = self.paths.isEmpty ? (source.path.map { [$0] } ?? []) : self.paths
        let builtIn = InstrumentSetLoader().load(texts: Engine.shippedFiles, origin: "built-in")
        let out = paths.isEmpty ? builtIn : InstrumentSetLoader().load(paths: paths, context: builtIn.set)
        var diagnostics = out.diagnostics
        var passed = 0, failed = 0
        if let set = out.set, !noTests {
            let runner = EmbeddedTestRunner(set: set)
            for id in set.ids where paths.isEmpty || out.sources[set[id]!.location.file] != nil {
                let r = runner.run(set[id]!)
                passed += r.passed
                failed += r.failures.count
                diagnostics += r.failures
            }
        }
        let errors = diagnostics.count(.error)
        let warnings = diagnostics.count(.warning)
        let instruments = out.set?.ids.filter { paths.isEmpty || out.sources[out.set![$0]!.location.file] != nil } ?? []
        switch format {
        case .text:
            Output.stdout(DiagnosticRenderer(sources: out.sources).render(diagnostics))
            var line = DiagnosticRenderer.summary(errors: errors, warnings: warnings)
            if out.set != nil && !noTests { line += "; \(instruments.count) instrument\(instruments.count == 1 ? "" : "s"), \(passed) test\(passed == 1 ? "" : "s") passed, \(failed) failed" }
            Output.stdout(line + "\n")
        case .json:
            Output.stdout(DiagnosticJSON.encode(diagnostics, instruments: instruments, passed: passed, failed: failed) + [0x0A])
        }
        if diagnostics.contains(where: { $0.code.rawValue.hasPrefix("load.") }) { throw ExitCode(2) }
        if errors > 0 { throw ExitCode(1) }
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the instruments of the loaded set: id, version, ages, title.",
        discussion: "Examples:\n  earlyscreen list\n  earlyscreen list --format json   # ids, titles in every locale, ages, forms\n  earlyscreen list --instruments drafts/"
    )

    enum Format: String, ExpressibleByArgument { case text, json }

    @Option(help: "Output format: text, or json (earlyscreen/catalog@1, for tools).")
    var format: Format = .text

    @Flag(help: "Indent JSON output for people.")
    var pretty = false

    @OptionGroup var source: InstrumentOptions

    func run() throws {
        let engine = try source.engine(scoring: false)
        if format == .json { return Output.stdout(InstrumentCatalog.list(engine.set, pretty: pretty) + [0x0A]) }
        var out = "instrument set: \(engine.set.origin)\n"
        for id in engine.set.ids {
            let i = engine.set[id]!
            let forms = i.forms.count > 1 ? ", forms \(i.forms.map(\.id).joined(separator: " "))" : ""
            out += "\(pad(id, 12)) \(pad(i.version, 8)) \(pad(i.ages.description + forms, 24)) \(i.title[.en])\n"
        }
        Output.stdout(out)
    }

    func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one instrument: items, scores, bands, recommendations, source and license.",
        discussion: "Examples:\n  earlyscreen show mchat-r\n  earlyscreen show epds --locale az\n  earlyscreen show swyc-bpsc --format json   # items, options with points, scores, bands, rules"
    )

    @Argument(help: "The instrument id.")
    var id: String

    @Option(help: "Locale of the texts and the page's headings.")
    var locale: Locale = .en

    @Option(help: "Output format: markdown, or json (earlyscreen/catalog@1, every locale's texts, for tools).")
    var format: Format = .markdown

    @Flag(help: "Indent JSON output for people.")
    var pretty = false

    enum Format: String, ExpressibleByArgument { case markdown, json }

    @OptionGroup var source: InstrumentOptions

    func run() throws {
        let engine = try source.engine(scoring: false)
        guard let instrument = engine.set[id] else {
            throw CannotRun("no instrument \"\(id)\"; the set has \(engine.set.ids.joined(separator: ", "))")
        }
        let l = locale
        switch format {
        case .markdown: Output.stdout(InstrumentSummary.markdown(instrument, catalog: engine.set.referrals, locale: l))
        case .json: Output.stdout(InstrumentCatalog.show(instrument, pretty: pretty) + [0x0A])
        }
    }
}
