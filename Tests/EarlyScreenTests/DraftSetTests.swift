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

/// One rule for where instruments come from (issue 17): a draft folder over the built-in set,
/// for every command; and a draft whose own tests fail scores no one unless told, then says so.
@Suite struct DraftSetTests {
    /// A folder holding a copy of M-CHAT-R with `edit` applied to its text.
    static func draft(_ name: String, _ edit: (String) -> String) throws -> URL {
        let dir = try Repo.scratchDirectory(name)
        try edit(Repo.read("Instruments/mchat-r.yaml")).write(to: dir.appendingPathComponent("mchat-r.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    /// The medium band moved from 3 to 4 at-risk answers: two of the file's own tests then fail.
    static func thresholdMoved() throws -> URL {
        try draft("draft-moved") {
            $0.replacingOccurrences(of: "total >= 3 and total <= 7", with: "total >= 4 and total <= 7")
                .replacingOccurrences(of: "when: total <= 2", with: "when: total <= 3")
        }
    }

    @Test func aDraftOfOneInstrumentKeepsTheRestOfTheBuiltInSet() throws {
        let dir = try Self.draft("draft-version") { $0.replacingOccurrences(of: "version: \"2009\"", with: "version: \"2009-local-1\"") }
        #expect(Repo.read("Instruments/mchat-r.yaml").contains("version: \"2009\""))
        let mchat = try Run.earlyscreen(["evaluate", "--instruments", dir.path, "Corpus/cases/mchat-r-low.request.json"])
        #expect(mchat.status == 0, "\(mchat.stderr)")
        #expect(mchat.stdout.contains("\"version\":\"2009-local-1\""))
        // EPDS, the catalog and the schedule come from the built-in set.
        let epds = try Run.earlyscreen(["evaluate", "--instruments", dir.path, "Corpus/cases/epds-self-harm.request.json"])
        #expect(epds.status == 0, "\(epds.stderr)")
        #expect(epds.stdout.contains("maternal-mental-health"))
        let due = try Run.earlyscreen(["due", "--birth-date", "2024-07-10", "--on", "2026-01-15"], env: ["EARLYSCREEN_INSTRUMENTS": dir.path])
        #expect(due.status == 0, "\(due.stderr)")
        let list = try Run.earlyscreen(["list", "--instruments", dir.path])
        #expect(list.stdout.contains("over the built-in set") && list.stdout.contains("epds") && list.stdout.contains("2009-local-1"))
    }

    @Test func aDraftWhoseOwnTestsFailScoresNoOneUnlessToldAndThenSaysSo() throws {
        let dir = try Self.thresholdMoved()
        let request = "Corpus/cases/mchat-r-medium-az.request.json"
        let refused = try Run.earlyscreen(["evaluate", "--instruments", dir.path, request])
        #expect(refused.status == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("fails 2 of its own embedded tests") && refused.stderr.contains("total 3 is medium"))
        for command in [["due", "--birth-date", "2024-07-10"], ["administer", "mchat-r", "--birth-date", "2024-05-01"]] {
            let run = try Run.earlyscreen(command + ["--instruments", dir.path])
            #expect(run.status == 2, "\(command)")
        }
        let allowed = try Run.earlyscreen(["evaluate", "--instruments", dir.path, "--allow-failing-tests", request])
        #expect(allowed.status == 0)
        let result = try #require(try JSONSerialization.jsonObject(with: allowed.stdoutBytes) as? [String: Any])
        let failed = try #require((result["draft"] as? [String: Any])?["failed_tests"] as? [String])
        #expect(failed.count == 2 && failed.allSatisfy { $0.hasPrefix("mchat-r: test ") })
        #expect(allowed.stderr.contains("warning"))
        let text = try Run.earlyscreen(["evaluate", "--format", "text", "--instruments", dir.path, "--allow-failing-tests", request])
        #expect(text.stdout.hasPrefix("!!! QARALAMA"), "the az report opens with the draft warning")
        // The built-in set never carries the stamp.
        #expect(!(try Run.earlyscreen(["evaluate", request])).stdout.contains("\"draft\""))
    }

    @Test func checkFollowsTheSameRuleAsTheOtherCommands() throws {
        let dir = try Self.thresholdMoved()
        for run in [try Run.earlyscreen(["check", "--instruments", dir.path]),
                    try Run.earlyscreen(["check"], env: ["EARLYSCREEN_INSTRUMENTS": dir.path])] {
            #expect(run.status == 1)
            #expect(run.stdout.contains("1 instrument, 19 tests passed, 2 failed"), "\(run.stdout)")
        }
        #expect(try Run.earlyscreen(["check", "--no-tests"]).stdout.contains("0 errors"))
    }

    /// `diff` counts what the moved threshold changes; checked against the plain results: every
    /// medium M-CHAT-R with exactly 3 at-risk answers, and only those, becomes low.
    @Test func diffShowsTheImpactOfAnEditOnACorpus() throws {
        let dir = try Self.thresholdMoved()
        let corpus = try Repo.scratchDirectory("diff").appendingPathComponent("visits.jsonl")
        let gen = try FHIRTests.python([Repo.path("bench/gen.py"), "mchat", "3000", corpus.path, "17"])
        #expect(gen.status == 0, "\(gen.out)")
        let plain = try Run.earlyscreen(["evaluate", "--lines", corpus.path])
        var expected = 0
        for line in plain.stdout.split(separator: "\n") {
            let r = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let m = try #require((r["results"] as? [[String: Any]])?.first)
            if m["band"] as? String == "medium", (m["scores"] as? [String: Any])?["total"] as? Double == 3 { expected += 1 }
        }
        #expect(expected > 20)
        let run = try Run.earlyscreen(["diff", "--to", dir.path, corpus.path])
        #expect(run.status == 1)
        let diff = try #require(try JSONSerialization.jsonObject(with: run.stdoutBytes) as? [String: Any])
        let bands = try #require(((diff["instruments"] as? [String: Any])?["mchat-r"] as? [String: Any])?["bands"] as? [[String: Any]])
        let mediumToLow = bands.first { $0["from"] as? String == "medium" && $0["to"] as? String == "low" }
        #expect(mediumToLow?["n"] as? Int == expected)
        #expect((mediumToLow?["examples"] as? [String])?.count == 3)
        #expect(!bands.contains { $0["changed"] as? Bool == true && $0["from"] as? String == "high" }, "high is untouched")
        #expect(run.stderr.contains("fails 2 of its own embedded tests"))
        let text = try Run.earlyscreen(["diff", "--to", dir.path, "--format", "text", corpus.path])
        #expect(text.stdout.contains("medium → low: \(expected)"))
        let same = try Run.earlyscreen(["diff", "--to", "built-in", "--format", "text", corpus.path])
        #expect(same.status == 0)
        #expect(same.stdout.contains("No result changes."))
    }

    /// A deployment folder with only a texts file dresses the built-in instrument.
    @Test func aTextsFileAloneDressesTheBuiltInInstrument() throws {
        let dir = try Repo.scratchDirectory("draft-texts")
        try FileManager.default.copyItem(atPath: Repo.path("Tests/Fixtures/texts/mchat-r.az.yaml"), toPath: dir.appendingPathComponent("mchat-r.az.yaml").path)
        let run = try Run.earlyscreen(["evaluate", "--instruments", dir.path, "Corpus/examples/mchat-r-medium.json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Orta risk (test mətni)"))
        #expect(run.stdout.contains("\"texts_version\":\"fixture-2026-11\""))
    }
}
