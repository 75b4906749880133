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

/// The request and result JSON Schemas come from the code's own table (ContractSchema), the same
/// one the request decoder checks fields against; an independent validator (Python's jsonschema)
/// checks them against every Corpus case and the engine's own output.
@Suite struct ContractSchemaTests {
    @Test(arguments: [("docs/request.schema.json", ContractSchema.requestSchema()),
                      ("docs/result.schema.json", ContractSchema.resultSchema())])
    func schemaFilesAreGeneratedAndCurrent(path: String, schema: String) throws {
        if ProcessInfo.processInfo.environment["EARLYSCREEN_RECORD"] == "1" {
            try schema.write(toFile: Repo.path(path), atomically: true, encoding: .utf8)
        }
        #expect(Repo.read(path) == schema, "\(path) is stale: run scripts/docs")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any])
        #expect(json["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test(arguments: ["request", "result", "instrument"])
    func theCommandPrintsTheSchemaInDocs(kind: String) throws {
        let run = try Run.earlyscreen(["schema", kind])
        #expect(run.status == 0)
        #expect(run.stdout == Repo.read("docs/\(kind).schema.json"))
    }

    @Test func theDecoderAllowsExactlyTheSchemasFields() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(ContractSchema.requestSchema().utf8)) as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: [String: Any]])
        let request = try #require(defs["request"]?["properties"] as? [String: Any])
        #expect(Set(request.keys) == Set(RequestDecoder.requestFields))
        // A field the schema does not list is refused by the engine, with the schema's list.
        let run = try Run.earlyscreen(["evaluate"], stdin: Data(#"{"child": {"birth_date": "2025-01-01"}, "assessed_on": "2026-01-01", "responses": [], "contxt": {}}"#.utf8))
        #expect(run.stdout.contains("\"code\":\"unknown_field\""))
        #expect(run.stdout.contains("fields here are \(RequestDecoder.requestFields.joined(separator: ", "))"))
    }

    static let validatorInstalled: Bool = {
        guard let p = try? FHIRTests.python(["-c", "import jsonschema"]) else { return false }
        return p.status == 0
    }()

    /// Under CI the validator must be there (a missing install fails, never skips).
    @Test(.enabled(if: validatorInstalled || FHIRTests.underCI))
    func everyCorpusRequestAndResultValidates() throws {
        let run = try FHIRTests.python([Repo.path("Tests/oracles/schema_oracle.py"), Repo.path(""), Repo.executable])
        #expect(run.status == 0, "\(run.out)")
        #expect(run.out.contains("; 0 mismatches"), "\(run.out)")
        #expect(run.out.contains("malformed requests rejected by both"), "\(run.out)")
    }
}
