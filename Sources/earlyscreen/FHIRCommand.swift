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

/// `--locale en|az|ru` for every command: ArgumentParser checks it and lists the values in help
/// and in its one error message.
extension LocalizedText.Locale: ExpressibleByArgument {}

/// Where local FHIR codes and canonical URLs live, shared by `fhir` and `evaluate --format fhir`.
struct FHIROptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Base URL of this deployment's FHIR artefacts: Questionnaire URLs and local code systems (also: EARLYSCREEN_FHIR_BASE; default http://example.org/earlyscreen).",
        valueName: "url"))
    var fhirBase: String?

    var base: FHIRBase {
        if let fhirBase { return FHIRBase(url: fhirBase) }
        if let env = getenv("EARLYSCREEN_FHIR_BASE"), env.pointee != 0 { return FHIRBase(url: String(cString: env)) }
        return .example
    }

    func validate() throws {
        if let fhirBase, !(fhirBase.hasPrefix("http://") || fhirBase.hasPrefix("https://") || fhirBase.hasPrefix("urn:")) || fhirBase.contains(where: \.isWhitespace) {
            throw ValidationError("--fhir-base must be an absolute URL such as https://fhir.example.az/screening")
        }
    }
}

struct FHIRCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fhir",
        abstract: "Export instruments as FHIR R4 resources (see docs/fhir.md).",
        discussion: """
        To score FHIR QuestionnaireResponses and get a FHIR Bundle back, use \
        `earlyscreen evaluate --format fhir`: it reads earlyscreen requests and FHIR input alike.
        """,
        subcommands: [QuestionnaireCommand.self]
    )
}

struct QuestionnaireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "questionnaire",
        abstract: "Write an instrument as an SDC Questionnaire (one per age form).",
        discussion: """
        Items keep their ids as linkIds; each option is a Coding of the instrument's local code \
        system with its points in the ordinalValue and itemWeight extensions; each score is a \
        read-only item with a FHIRPath calculatedExpression (empty until every item it reads is \
        answered). Labels are earlyscreen's own summaries, never the official wording; the other \
        locales come as translation extensions. Without --form, an instrument with age forms is \
        written as a Bundle of one Questionnaire per form.

        Examples:
          earlyscreen fhir questionnaire epds --pretty
          earlyscreen fhir questionnaire swyc-milestones --form 9m --locale az
          earlyscreen fhir questionnaire mchat-r --fhir-base https://fhir.example.az/screening
        """
    )

    @Argument(help: ArgumentHelp("The instrument id (earlyscreen list).", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("One age form (e.g. 9m).", valueName: "form"))
    var form: String?

    @Option(help: "The Questionnaire's language: en, az or ru (the others are added as translations).")
    var locale: LocalizedText.Locale = .en

    @Flag(help: "Indent the JSON for people.")
    var pretty = false

    @OptionGroup var fhir: FHIROptions
    @OptionGroup var source: InstrumentOptions

    func run() throws {
        let engine = try source.engine()
        guard let instrument = engine.set[id] else {
            throw ValidationError("no instrument \"\(id)\" in the set; earlyscreen list shows them")
        }
        let out: [UInt8]
        if let form {
            guard let f = instrument.form(id: form) else {
                throw ValidationError("\(id) has no form \"\(form)\"; its forms are \(instrument.forms.map(\.id).joined(separator: ", "))")
            }
            out = FHIRQuestionnaire.export(instrument, form: f, locale: locale, base: fhir.base, pretty: pretty)
        } else if instrument.forms.count == 1 {
            out = FHIRQuestionnaire.export(instrument, form: instrument.forms[0], locale: locale, base: fhir.base, pretty: pretty)
        } else {
            out = FHIRQuestionnaire.exportAll(instrument, locale: locale, base: fhir.base, pretty: pretty)
        }
        Output.stdout(out + [0x0A])
    }
}
