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

/// Corpus/cases: each request beside the exact result the executable must write (`--pretty`).
@Suite struct CorpusTests {
    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: Repo.path("Corpus/cases"))) ?? [])
            .filter { $0.hasSuffix(".request.json") }.map { String($0.dropLast(".request.json".count)) }.sorted()
    }

    @Test(arguments: cases)
    func evaluateWritesTheExpectedResult(name: String) throws {
        let request = "Corpus/cases/\(name).request.json"
        let run = try Run.earlyscreen(["evaluate", "--pretty", request])
        let expectedPath = "Corpus/cases/\(name).result.json"
        if ProcessInfo.processInfo.environment["EARLYSCREEN_RECORD"] == "1" {
            try run.stdout.write(toFile: Repo.path(expectedPath), atomically: true, encoding: .utf8)
        }
        #expect(run.stdout == Repo.read(expectedPath))
        #expect(run.status == (name.hasPrefix("error-") ? 1 : 0))
        // The compact default is the same value on one line.
        let compact = try Run.earlyscreen(["evaluate", request])
        #expect(compact.stdout.filter { $0 == "\n" }.count == 1)
        let a = try JSONSerialization.jsonObject(with: compact.stdoutBytes) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: run.stdoutBytes) as? NSDictionary
        #expect(a != nil && a == b)
    }

    /// One request at start-up loads only the instruments it names: the answer must be the same
    /// bytes as with the whole built-in set, explanations included.
    @Test func loadingOnlyTheNamedInstrumentsGivesTheSameBytes() throws {
        let full = try Engine.builtIn(explain: true)
        var partial = 0
        for name in Self.cases {
            let bytes = Array(Repo.read("Corpus/cases/\(name).request.json").utf8)
            guard let ids = Engine.instrumentIDs(inRequest: bytes), let engine = Engine.builtIn(for: ids, explain: true) else { continue }
            partial += 1
            #expect(engine.set.ids.count < full.set.ids.count)
            #expect(engine.evaluate(json: bytes).output == full.evaluate(json: bytes).output, "\(name)")
        }
        #expect(partial > 20)
        // A second stage loads with its first stage; without it, or with an unknown name, there is
        // no partial set and the whole set answers.
        #expect(Engine.builtIn(for: ["mchat-r", "mchat-rf"])?.set.ids == ["mchat-r", "mchat-rf"])
        #expect(Engine.builtIn(for: ["mchat-rf"]) == nil)
        #expect(Engine.builtIn(for: ["epds", "mchat"]) == nil)
    }

    /// The error codes are read from docs/contract.md's table, which must list exactly the
    /// engine's codes; every one has a Corpus case but those the table says belong to a mode the
    /// Corpus does not run (`--lines`, `due`) or to a rule no shipped instrument sets.
    @Test func everyErrorCodeOfTheContractHasACase() throws {
        let codes = Set(Self.cases.filter { $0.hasPrefix("error-") }.compactMap { name -> String? in
            let text = Repo.read("Corpus/cases/\(name).result.json")
            guard let r = text.range(of: "\"code\": \"") else { return nil }
            return String(text[r.upperBound...].prefix { $0 != "\"" })
        })
        let contract = Repo.read("docs/contract.md")
        let errors = contract[contract.range(of: "## Errors")!.upperBound...]
        var documented: [String] = [], elsewhere: Set<String> = []
        for line in errors.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let names = cells[0].split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "` ")) }
            documented += names
            if cells[1].contains("only:") || cells[1].contains("for an instrument with") { elsewhere.formUnion(names) }
        }
        #expect(documented.sorted() == RequestError.Code.allCases.map(\.rawValue).sorted())
        #expect(elsewhere == ["empty_line", "line_too_long", "no_schedule", "form_age_mismatch"])
        let required = Set(documented).subtracting(elsewhere)
        #expect(required.count > 20)
        #expect(required.subtracting(codes).isEmpty, "no corpus case for \(required.subtracting(codes).sorted())")
    }

    @Test func aStreamOfTheCorpusMatchesOneRequestAtATime() throws {
        var lines: [String] = []
        var expected: [String] = []
        for name in Self.cases where !name.hasSuffix("byte-order-mark") {
            let data = try Data(contentsOf: URL(fileURLWithPath: Repo.path("Corpus/cases/\(name).request.json")))
            // One request per line: re-serialise the valid ones compactly, keep the broken ones as they are.
            if let obj = try? JSONSerialization.jsonObject(with: data), !name.hasPrefix("error-duplicate") {
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: obj), as: UTF8.self))
            } else {
                lines.append(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: ""))
            }
            let one = try Run.earlyscreen(["evaluate"], stdin: Data((lines.last! + "\n").utf8))
            expected.append(one.stdout)
        }
        let stream = try Run.earlyscreen(["evaluate", "--lines"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
        #expect(stream.stdout == expected.joined())
        #expect(stream.status == 1)
    }
}
