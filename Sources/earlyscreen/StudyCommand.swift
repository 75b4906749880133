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

struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Validation statistics of each instrument against a reference standard (docs/methodologist.md).",
        discussion: """
        Each line is {"request": REQUEST, "reference": {"mchat-r": true, ...}}: a request as evaluate \
        reads it, and per instrument whether the reference standard (for example a diagnostic \
        evaluation) found the condition. For each instrument: sensitivity, specificity, PPV, NPV and \
        likelihood ratios at its own cut-off (screen positive = follow-up or referral) and at every \
        cut-off of each score, the ROC curve and its area, with 95% intervals; responses that are \
        not scored are excluded and counted by status.

        Examples:
          earlyscreen study labelled.jsonl --format markdown
          earlyscreen study --instruments drafts/ labelled.jsonl --format html > study.html
        """
    )

    enum Format: String, ExpressibleByArgument { case json, markdown, html }

    @Argument(help: ArgumentHelp("Study files (JSON Lines); none or - for standard input.", valueName: "file"))
    var files: [String] = []

    @Option(help: "Output format: json, markdown or html (a self-contained page with ROC curves).")
    var format: Format = .json

    @Flag(help: "Indent JSON output for people.")
    var pretty = false

    @OptionGroup var source: InstrumentOptions

    func run() throws {
        let engine = try source.engine()
        var study = ValidationStudy()
        try LineBlocks.read(files) { _, block in
            for r in block.lines where !block.isBlank(r) { study.add(line: Array(block.bytes[r]), engine: engine) }
        }
        switch format {
        case .json: Output.stdout(study.json(pretty: pretty) + [0x0A])
        case .markdown: Output.stdout(study.markdown())
        case .html: Output.stdout(study.html())
        }
    }
}
