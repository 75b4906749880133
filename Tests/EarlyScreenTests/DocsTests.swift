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

/// The docs' examples run here, so the docs say what the tool does.
@Suite struct DocsTests {
    static func blocks(_ text: String, _ fence: String) -> [String] {
        var out: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "```" + fence + "\n") {
            let body = rest[start.upperBound...]
            guard let end = body.range(of: "```") else { break }
            out.append(String(body[..<end.lowerBound]))
            rest = body[end.upperBound...]
        }
        return out
    }

    @Test func contractExamplesGiveTheResultsShown() throws {
        let doc = Repo.read("docs/contract.md")
        let requests = Self.blocks(doc, "json request"), results = Self.blocks(doc, "json result")
        #expect(requests.count == 2 && results.count == 2)
        var doc2 = doc
        for (req, res) in zip(requests, results) {
            let run = try Run.earlyscreen(["evaluate", "--pretty"], stdin: Data(req.utf8))
            if ProcessInfo.processInfo.environment["EARLYSCREEN_RECORD"] == "1" {
                doc2 = doc2.replacingOccurrences(of: "```json result\n" + res, with: "```json result\n" + run.stdout)
            } else {
                #expect(run.stdout == res)
            }
        }
        if doc2 != doc { try doc2.write(toFile: Repo.path("docs/contract.md"), atomically: true, encoding: .utf8) }
    }

    /// docs/methodologist.md: the walkthrough runs in bash from the repository, with this build's
    /// earlyscreen first on PATH, and prints what the page shows.
    @Test func theMethodologistWalkthroughPrintsWhatThePageShows() throws {
        let doc = Repo.read("docs/methodologist.md")
        let script = try #require(Self.blocks(doc, "sh methodologist").first)
        let shown = try #require(Self.blocks(doc, "text methodologist-output").first)
        let bin = URL(fileURLWithPath: Repo.executable).deletingLastPathComponent().path
        let run = try Run.program("/usr/bin/env", ["PATH=\(bin):" + (ProcessInfo.processInfo.environment["PATH"] ?? ""), "bash", "-c", "cd \"\(Repo.root)\" && " + script])
        if ProcessInfo.processInfo.environment["EARLYSCREEN_RECORD"] == "1" {
            try doc.replacingOccurrences(of: "```text methodologist-output\n" + shown, with: "```text methodologist-output\n" + run.out)
                .write(toFile: Repo.path("docs/methodologist.md"), atomically: true, encoding: .utf8)
        } else {
            #expect(run.out == shown)
        }
        #expect(run.out.contains("19 tests passed, 2 failed") && run.out.contains("medium → low: "))
    }

    /// docs/fhir.md: its QuestionnaireResponse evaluates to a Bundle holding each resource shown.
    @Test func fhirExamplesAreInTheBundleTheToolWrites() throws {
        let doc = Repo.read("docs/fhir.md")
        let request = try #require(Self.blocks(doc, "json fhir-request").first)
        let excerpts = Self.blocks(doc, "json fhir-excerpt")
        #expect(excerpts.count == 2)
        let run = try Run.earlyscreen(["evaluate", "--format", "fhir"], stdin: Data(request.utf8))
        #expect(run.status == 0, "\(run.stdout)")
        let bundle = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        let resources = ((bundle["entry"] as? [[String: Any]]) ?? []).compactMap { $0["resource"] as? NSDictionary }
        for excerpt in excerpts {
            let shown = try #require(try JSONSerialization.jsonObject(with: Data(excerpt.utf8)) as? NSDictionary)
            #expect(resources.contains(shown), "docs/fhir.md shows a resource the Bundle does not hold:\n\(excerpt)")
        }
    }

    @Test func theSmallInstrumentInTheFormatDocLoadsAndPassesItsTests() throws {
        let yaml = try #require(Self.blocks(Repo.read("docs/instrument-format.md"), "yaml").first)
        let shipped = try Repo.shippedSet()
        let out = InstrumentSetLoader().load(texts: [("docs/instrument-format.md", yaml)], origin: "doc", context: shipped)
        #expect(out.diagnostics.isEmpty, "\(DiagnosticRenderer(sources: out.sources).render(out.diagnostics))")
        let set = try #require(out.set)
        let r = EmbeddedTestRunner(set: set).run(try #require(set["demo-walk"]))
        #expect(r.failures.isEmpty, "\(r.failures.map(\.message))")
        #expect(r.passed == 3)
    }

    @Test func readmeShowsTheDemoReportAsItIs() throws {
        let report = try #require(Self.blocks(Repo.read("README.md"), "text").first)
        let run = try Run.earlyscreen(["evaluate", "--format", "text", "Corpus/examples/mchat-r-medium.json"])
        #expect(run.stdout == report)
    }

    @Test func everyDiagnosticCodeIsDocumented() throws {
        let doc = Repo.read("docs/diagnostics.md")
        let sources = try ArchitectureTests.engineFolders().flatMap { folder in
            try FileManager.default.subpathsOfDirectory(atPath: Repo.path(folder)).filter { $0.hasSuffix(".swift") }.map { Repo.read(folder + "/" + $0) }
        }.joined()
        let pattern = try Regex(#""((yaml|check|expr|load|test)\.[a-z-]+)""#)
        let codes = Set(sources.matches(of: pattern).map { String($0.output[1].substring!) })
        #expect(codes.count > 40)
        // One catalogue, alphabetical, holding exactly the codes the sources name.
        let catalogue = Diagnostic.Code.allCases.map(\.rawValue)
        #expect(catalogue == catalogue.sorted())
        #expect(Set(catalogue) == codes.union(["note"]))
        for code in codes.sorted() { #expect(doc.contains("`\(code)`"), "\(code) is not in docs/diagnostics.md") }
    }

    @Test func everyRequestErrorCodeIsDocumentedInTheContract() throws {
        let doc = Repo.read("docs/contract.md")
        #expect(RequestError.Code.allCases.count > 15)
        for code in RequestError.Code.allCases { #expect(doc.contains("`\(code.rawValue)`"), "\(code) is not in docs/contract.md") }
    }

    @Test(arguments: Repo.shippedInstrumentIDs())
    func instrumentPagesAreCurrent(id: String) throws {
        let set = try Repo.shippedSet()
        let page = InstrumentSummary.markdown(try #require(set[id]), catalog: set.referrals)
        let path = "docs/instruments/\(id).md"
        if ProcessInfo.processInfo.environment["EARLYSCREEN_RECORD"] == "1" {
            try page.write(toFile: Repo.path(path), atomically: true, encoding: .utf8)
        }
        #expect(Repo.read(path) == page, "\(path) is stale: run scripts/docs")
    }

    @Test func jsonSchemaIsGeneratedFromTheLoadersKeysAndIsCurrent() throws {
        let schema = FormatKeys.jsonSchema()
        if ProcessInfo.processInfo.environment["EARLYSCREEN_RECORD"] == "1" {
            try schema.write(toFile: Repo.path("docs/instrument.schema.json"), atomically: true, encoding: .utf8)
        }
        #expect(Repo.read("docs/instrument.schema.json") == schema, "docs/instrument.schema.json is stale: run scripts/docs")
        let json = try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any]
        let defs = json?["$defs"] as? [String: Any]
        let band = defs?["band"] as? [String: Any]
        #expect((band?["properties"] as? [String: Any])?.keys.sorted() == ["id", "outcome", "recommend", "title", "when"])
        #expect(band?["additionalProperties"] as? Bool == false)
        #expect((band?["required"] as? [String])?.sorted() == ["id", "outcome", "title", "when"])
    }

    /// One page per shipped instrument and the index, nothing left over from a removed one; the
    /// index names every instrument and every one left out.
    @Test func instrumentPagesAreExactlyTheShippedSet() throws {
        let set = try Repo.shippedSet()
        let pages = try FileManager.default.contentsOfDirectory(atPath: Repo.path("docs/instruments")).sorted()
        #expect(pages == (set.ids.map { "\($0).md" } + ["README.md"]).sorted())
        let index = Repo.read("docs/instruments/README.md")
        for id in set.ids + ["swyc-milestones", "swyc-posi"] { #expect(index.contains("`\(id)`"), "\(id) is not in docs/instruments/README.md") }
    }
}
