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

/// Every broken instrument file in Tests/Fixtures/diagnostics beside the exact text `check` prints.
@Suite struct GoldenDiagnosticsTests {
    static let folder = "Tests/Fixtures/diagnostics"
    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Repo.path(folder))) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test(arguments: cases)
    func checkPrintsTheExpectedDiagnostics(name: String) throws {
        let run = try Run.earlyscreen(["check", "\(Self.folder)/\(name).yaml"])
        let expectedPath = "\(Self.folder)/\(name).expected"
        if ProcessInfo.processInfo.environment["EARLYSCREEN_RECORD"] == "1" {
            try run.stdout.write(toFile: Repo.path(expectedPath), atomically: true, encoding: .utf8)
        }
        let expected = Repo.read(expectedPath)
        #expect(!expected.isEmpty, "no \(expectedPath); record it with EARLYSCREEN_RECORD=1")
        #expect(run.stdout == expected)
        #expect(run.status == (name == "clean" ? 0 : 1))
    }

    @Test func jsonFormatCarriesTheSameDiagnostics() throws {
        let run = try Run.earlyscreen(["check", "--format", "json", "\(Self.folder)/unknown-key.yaml"])
        #expect(run.status == 1)
        let json = try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any]
        let diags = json?["diagnostics"] as? [[String: Any]]
        #expect(diags?.count == 1)
        #expect(diags?.first?["code"] as? String == Diagnostic.Code.checkUnknownKey.rawValue)
        #expect(diags?.first?["line"] as? Int == 32)
        #expect(diags?.first?["column"] as? Int == 5)
        #expect(json?["errors"] as? Int == 1)
    }

    @Test func everyProblemInAFolderIsReportedInOneRun() throws {
        let run = try Run.earlyscreen(["check", "--no-tests", Self.folder])
        #expect(run.status == 1)
        // One run names problems in many files, sorted by file.
        let files = run.stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix(Self.folder) else { return nil }
            return String(line.split(separator: ":")[0])
        }
        #expect(Set(files).count >= 15)
        #expect(files == files.sorted())
    }

    @Test func shippedSetChecksCleanWithEveryEmbeddedTest() throws {
        let run = try Run.earlyscreen(["check", "Instruments"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.hasPrefix("0 errors, 0 warnings"))
        #expect(run.stdout.contains(" 0 failed"))
    }

    /// "Did you mean" never depends on the order candidates come in (sets and dictionaries change
    /// it from run to run): equally close ones go to the first by name. Swapped letters are one slip.
    @Test func suggestionsAreTheSameWhateverTheOrder() {
        #expect(Suggestion.closest(to: "bab", in: ["bac", "baa"]) == "baa")
        #expect(Suggestion.closest(to: "bab", in: ["baa", "bac"]) == "baa")
        #expect(Suggestion.closest(to: "titel", in: ["id", "title", "tests"]) == "title")
        #expect(Suggestion.closest(to: "scroes", in: ["scores", "bands"]) == "scores")
        #expect(Suggestion.closest(to: "zzz", in: ["scores"]) == nil)
    }

    /// The same instrument id in two files: the error points at the second file's `id`, not at
    /// its first line.
    @Test func aDuplicateInstrumentIsReportedAtItsId() throws {
        let dir = try Repo.scratchDirectory("duplicate-instrument")
        let copy = dir.appendingPathComponent("clean-copy.yaml")
        try Repo.read("Tests/Fixtures/diagnostics/clean.yaml").write(to: copy, atomically: true, encoding: .utf8)
        let run = try Run.earlyscreen(["check", "--no-tests", "Tests/Fixtures/diagnostics/clean.yaml", copy.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("clean-copy.yaml:2:5: error: instrument id \"demo\" is also defined in") || run.stdout.contains("clean.yaml:2:5: error: instrument id \"demo\" is also defined in"), "\(run.stdout)")
    }
}
