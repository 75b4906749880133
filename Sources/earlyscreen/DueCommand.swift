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

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "List the screenings due at a visit and when each is next due.",
        discussion: """
        Reads the schedule of the instrument set (Instruments/schedule.yaml: which screening at which \
        ages, a file a methodologist changes to the national schedule). For a baby born early enough, \
        due ages count from the due date, as the schedule's prematurity policy says.

        Examples:
          earlyscreen due --birth-date 2024-07-10 --on 2026-01-15
          earlyscreen due --birth-date 2025-11-20 --gestational-age 33 --format text --locale az
        """
    )

    @Option(help: ArgumentHelp("The child's birth date (YYYY-MM-DD).", valueName: "date"))
    var birthDate: String

    @Option(help: ArgumentHelp("Gestational age at birth in weeks (22–44).", valueName: "weeks"))
    var gestationalAge: Double?

    @Option(help: ArgumentHelp("The visit date (YYYY-MM-DD; default: today on this machine).", valueName: "date"))
    var on: String?

    @Option(help: "Output format: json or text.")
    var format: EvaluateCommand.Format = .json

    @Option(help: "Locale of the texts.")
    var locale: Locale = .en

    @Flag(help: "Indent the JSON for people.")
    var pretty = false

    @OptionGroup var source: InstrumentOptions

    func run() throws {
        guard let birth = CalendarDate(iso: birthDate) else { throw ValidationError("--birth-date \(birthDate) is not a real date YYYY-MM-DD") }
        let date: CalendarDate
        if let on {
            guard let d = CalendarDate(iso: on) else { throw ValidationError("--on \(on) is not a real date YYYY-MM-DD") }
            date = d
        } else {
            date = .today()
        }
        if let ga = gestationalAge, ga < 22 || ga > 44 { throw ValidationError("--gestational-age must be 22–44 weeks") }
        let l = locale
        let engine = try source.engine()
        do {
            let plan = try DuePlanner(set: engine.set).plan(birthDate: birth, gestationalWeeks: gestationalAge, on: date, locale: l)
            if format == .text { Output.stdout(DueReport.text(plan, locale: l)) } else { Output.stdout(DueReport.json(plan, pretty: pretty) + [0x0A]) }
        } catch {
            Output.stderr("earlyscreen: \(error.message) [\(error.code.rawValue)]\n")
            throw ExitCode(error.code == .noSchedule ? 2 : 1)
        }
    }
}
