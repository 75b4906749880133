import Foundation
import Testing
@testable import EarlyScreen

/// A deployment's texts file changes texts, never a score, band or referral; results say which texts.
@Suite struct TextsOverlayTests {
    let request = Repo.read("Corpus/examples/mchat-r-medium.json")  // locale az, band medium

    @Test func overlayChangesTextsAndIsReportedButNotTheRules() throws {
        let plain = try Run.earlyscreen(["evaluate", "--instruments", "Instruments"], stdin: Data(request.utf8))
        let dir = try Repo.scratchDirectory("texts")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("texts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for f in try FileManager.default.contentsOfDirectory(atPath: Repo.path("Instruments")) where f.hasSuffix(".yaml") {
            try FileManager.default.copyItem(atPath: Repo.path("Instruments/\(f)"), toPath: dir.appendingPathComponent(f).path)
        }
        try FileManager.default.copyItem(atPath: Repo.path("Tests/Fixtures/texts/mchat-r.az.yaml"),
                                         toPath: dir.appendingPathComponent("texts/mchat-r.az.yaml").path)
        let deployed = try Run.earlyscreen(["evaluate", "--instruments", dir.path], stdin: Data(request.utf8))
        let a = try #require(try JSONSerialization.jsonObject(with: plain.stdoutBytes) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: deployed.stdoutBytes) as? [String: Any])
        let ra = try #require((a["results"] as? [[String: Any]])?.first), rb = try #require((b["results"] as? [[String: Any]])?.first)
        #expect(ra["title"] as? String == "Orta risk")
        #expect(rb["title"] as? String == "Orta risk (test mətni)")
        #expect(ra["texts_version"] is NSNull)
        #expect(rb["texts_version"] as? String == "fixture-2026-11")
        for key in ["digest", "band", "scores", "recommendations", "outcome"] {
            #expect(NSArray(array: [ra[key]!]).isEqual(to: [rb[key]!]), "\(key)")
        }
        // The file marks the az texts validated, so the draft-translation warning for mchat-r goes away.
        let warnings = (b["warnings"] as? [[String: Any]])?.compactMap { $0["instrument"] as? String } ?? []
        #expect(!warnings.contains("mchat-r"))
    }

    @Test func anOverlayCanCarryNoRulesAndOnlyKnownIds() throws {
        let run = try Run.earlyscreen(["check", "--no-tests", "Instruments", "Tests/Fixtures/texts/broken.az.yaml"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("broken.az.yaml:10:1: error: unknown key \"points\" in a texts file"))
        let fine = InstrumentSetLoader().load(paths: [Repo.path("Instruments"), Repo.path("Tests/Fixtures/texts/mchat-r.az.yaml")])
        #expect(fine.diagnostics.isEmpty)
        #expect(fine.set?["mchat-r"]?.textsVersions[.az] == "fixture-2026-11")
        #expect(fine.set?["mchat-r"]?.forms[0].items[0].label[.az] == "[1-ci sualın rəsmi mətni burada olacaq]")
    }

    @Test func anOverlayNamingUnknownIdsIsReportedWithPositions() throws {
        var text = Repo.read("Tests/Fixtures/texts/broken.az.yaml")
        text = text.replacingOccurrences(of: "points:\n  q1: 5\n", with: "")
        let shipped = try Repo.shippedSet()
        let out = InstrumentSetLoader().load(texts: Repo.instrumentFiles() + [("broken.az.yaml", text)], origin: "t", context: shipped)
        #expect(out.set == nil)
        #expect(out.diagnostics.map(\.code) == ["check.unknown-item"])
        #expect(out.diagnostics.first?.location?.line == 7)
    }
}
