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

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema (2020-12): of a request, of a result, or of an instrument file.",
        discussion: """
        The schemas describe this build exactly; they are generated from the tables the engine itself \
        checks against, and are also in docs/ (request.schema.json, result.schema.json, \
        instrument.schema.json).

        Examples:
          earlyscreen schema request > request.schema.json   # validate requests before sending them
          earlyscreen schema result                          # what evaluate writes, result or error
          earlyscreen schema instrument                      # for editors with a YAML language server
        """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case request, result, instrument }

    @Argument(help: "request, result or instrument.")
    var kind: Kind

    func run() throws {
        switch kind {
        case .request: Output.stdout(ContractSchema.requestSchema())
        case .result: Output.stdout(ContractSchema.resultSchema())
        case .instrument: Output.stdout(FormatKeys.jsonSchema())
        }
    }
}
