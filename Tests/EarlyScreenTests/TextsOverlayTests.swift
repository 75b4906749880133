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
        #expect(out.diagnostics.map(\.code) == [Diagnostic.Code.checkUnknownItem])
        #expect(out.diagnostics.first?.location?.line == 7)
    }

    /// Issue 17, problem 5: `m1` is a different milestone at 2, 4 and 6 months, so its wording is
    /// given per form, and a text for every form is refused where it would label another question.
    @Test func textsCanBeGivenPerAgeForm() throws {
        let fine = InstrumentSetLoader().load(paths: [Repo.path("Instruments"), Repo.path("Tests/Fixtures/texts/swyc-milestones.ru.yaml")])
        #expect(fine.diagnostics.isEmpty, "\(fine.diagnostics)")
        let swyc = try #require(fine.set?["swyc-milestones"])
        let shipped = try #require(try Repo.shippedSet()["swyc-milestones"])
        #expect(swyc.form(id: "2m")?.items[0].label[.ru] == "[2 мес., пункт 1 — тест]")
        #expect(swyc.form(id: "4m")?.items[0].label[.ru] == "[4 мес., пункт 1 — тест]")
        // A form the file does not name keeps its own text.
        #expect(swyc.form(id: "6m")?.items[0].label[.ru] == shipped.form(id: "6m")?.items[0].label[.ru])
        // A text given once lands on every form.
        #expect(swyc.forms.allSatisfy { $0.items[0].options.last?.label[.ru] == "[очень — тест]" })
    }

    @Test func aTextForEveryFormIsRefusedWhereTheIdMeansDifferentQuestions() throws {
        let shipped = try Repo.shippedSet()
        func load(_ text: String) -> [Diagnostic] {
            InstrumentSetLoader().load(texts: Repo.instrumentFiles() + [("swyc.ru.yaml", text)], origin: "t", context: shipped).diagnostics
        }
        let head = "format: earlyscreen/texts@1\ninstrument: swyc-milestones\nlocale: ru\nversion: v\nstatus: not_validated\n"
        let ambiguous = load(head + "items:\n  m1: one text\n")
        #expect(ambiguous.map(\.code) == [Diagnostic.Code.checkAmbiguousText])
        #expect(ambiguous.first?.message.hasPrefix("item \"m1\" is a different question in forms 2m, 4m, 6m,") == true)
        #expect(ambiguous.first?.location?.line == 7)
        #expect(load(head + "forms:\n  \"2m\":\n    scores: {}\n").map(\.message) == ["unknown key \"scores\" in a form's texts"])
        let wrongForm = load(head + "forms:\n  \"4mo\":\n    items: {m1: x}\n  \"2m\":\n    items: {m99: x}\n")
        #expect(wrongForm.map(\.code) == [Diagnostic.Code.checkUnknownForm, Diagnostic.Code.checkUnknownItem])
        #expect(wrongForm.map(\.message).contains("swyc-milestones has no form \"4mo\" (did you mean \"4m\"?)"))
        #expect(wrongForm.map(\.message).contains { $0.hasPrefix("swyc-milestones has no item \"m99\" in form \"2m\"") })
    }

    /// The same refusal as `check` prints it, at the text's line and column.
    @Test func checkShowsTheAmbiguousTextAtItsPosition() throws {
        let dir = try Repo.scratchDirectory("texts-forms")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("swyc-milestones.az.yaml")
        try "format: earlyscreen/texts@1\ninstrument: swyc-milestones\nlocale: az\nversion: v\nstatus: not_validated\nitems:\n  m3: bir mətn\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let run = try Run.earlyscreen(["check", "--no-tests", "Instruments", file.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("swyc-milestones.az.yaml:7:3: error: item \"m3\" is a different question in forms 2m, 4m, 6m, 9m, 12m, 15m, 18m, 24m, 30m, 36m, 48m, 60m; give its text per form, under forms: {\"2m\": {items: {m3: …}}} [check.ambiguous-text]"), "\(run.stdout)")
    }
}
