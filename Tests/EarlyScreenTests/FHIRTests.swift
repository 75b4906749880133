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

/// FHIR in and out: checked by independent oracles (fhir.resources models, the fhirpathpy engine;
/// Tests/oracles/fhir_oracle.py) and by the rules a FHIR integrator relies on.
@Suite struct FHIRTests {
    static let underCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Whether python3 can import the oracles (scripts/setup installs them).
    static let oraclesInstalled: Bool = {
        guard let p = try? python(["-c", "import fhir.resources.R4B, fhirpathpy"]) else { return false }
        return p.status == 0
    }()

    static func python(_ args: [String]) throws -> (status: Int32, out: String) {
        try Run.program("/usr/bin/env", ["python3"] + args)
    }

    /// Under CI the oracles must be there (a missing install fails, never skips).
    @Test(.enabled(if: oraclesInstalled || underCI))
    func independentOraclesAgreeWithTheEngine() throws {
        let run = try Self.python([Repo.path("Tests/oracles/fhir_oracle.py"), Repo.executable, "20"])
        #expect(run.status == 0, "\(run.out)")
        #expect(run.out.contains("scores equal under fhirpathpy"), "\(run.out)")
    }

    static func json(_ s: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }

    static func resources(_ bundle: [String: Any], _ type: String) -> [[String: Any]] {
        ((bundle["entry"] as? [[String: Any]]) ?? []).compactMap { $0["resource"] as? [String: Any] }
            .filter { $0["resourceType"] as? String == type }
    }

    /// A QuestionnaireResponse on its own, the child contained.
    static func response(_ questionnaire: String, _ answers: [(String, String)], birth: String = "2025-11-20", extra: String = "") -> String {
        let items = answers.map { #"{"linkId":"\#($0.0)","answer":[{"valueCoding":{"code":"\#($0.1)"}}]}"# }.joined(separator: ",")
        return #"{"resourceType":"QuestionnaireResponse","id":"visit-1","questionnaire":"http://example.org/earlyscreen/Questionnaire/\#(questionnaire)","status":"completed","authored":"2026-01-15",\#(extra)"contained":[{"resourceType":"Patient","id":"child","birthDate":"\#(birth)"}],"item":[\#(items)]}"#
    }

    static let selfHarm = (1...10).map { ("q\($0)", $0 == 10 ? "a" : "d") }

    @Test func anUnknownLinkIdIsAnErrorPointingIntoTheFHIRInput() throws {
        let input = Self.response("epds", [("q1", "a"), ("q11", "a")])
        let run = try Run.earlyscreen(["evaluate"], stdin: Data(input.utf8))
        #expect(run.status == 1)
        let error = try #require(try Self.json(run.stdout)["error"] as? [String: Any])
        #expect(error["code"] as? String == "unknown_item")
        #expect(error["pointer"] as? String == "/item/1/linkId")
    }

    @Test func anUnknownOptionAndAnEvaluatorErrorPointIntoTheFHIRInput() throws {
        let option = try Run.earlyscreen(["evaluate"], stdin: Data(Self.response("epds", [("q1", "z")]).utf8))
        let e1 = try #require(try Self.json(option.stdout)["error"] as? [String: Any])
        #expect(e1["code"] as? String == "unknown_option")
        #expect(e1["pointer"] as? String == "/item/0/answer/0/valueCoding/code")
        // A visit before birth is found by the evaluator, on the native request; its pointer
        // (/assessed_on) is mapped back to where the day came from.
        let late = try Run.earlyscreen(["evaluate"], stdin: Data(Self.response("epds", [("q1", "a")], birth: "2026-02-01").utf8))
        let e2 = try #require(try Self.json(late.stdout)["error"] as? [String: Any])
        #expect(e2["code"] as? String == "assessed_before_birth")
        #expect(e2["pointer"] as? String == "/authored", "\(e2)")
    }

    @Test func clientTotalsAreIgnoredAndTheEngineScores() throws {
        let plain = try Run.earlyscreen(["evaluate"], stdin: Data(Self.response("epds", Self.selfHarm).utf8))
        let claimed = try Run.earlyscreen(["evaluate"], stdin: Data(Self.response("epds", Self.selfHarm + [("score.total", "999")]).utf8))
        #expect(claimed.status == 0, "\(claimed.stdout)")
        #expect(claimed.stdout == plain.stdout)
        let result = try #require((try Self.json(claimed.stdout)["results"] as? [[String: Any]])?.first)
        #expect((result["scores"] as? [String: Any])?["total"] as? Double == 12)
    }

    /// EPDS is about the mother: every Observation has her as subject and the child as focus; the
    /// self-harm finding stands and its referral is asap (from the catalog's same_day urgency).
    @Test func epdsSelfHarmIsAboutTheMotherAndAsap() throws {
        let run = try Run.earlyscreen(["evaluate", "--format", "fhir"], stdin: Data(Self.response("epds", Self.selfHarm).utf8))
        #expect(run.status == 0, "\(run.stdout)")
        let bundle = try Self.json(run.stdout)
        #expect(bundle["type"] as? String == "collection")
        let patients = Self.resources(bundle, "Patient")
        let child = try #require(patients.first { $0["birthDate"] != nil }?["id"] as? String)
        let mother = try #require(patients.first { $0["birthDate"] == nil }?["id"] as? String)
        let observations = Self.resources(bundle, "Observation")
        #expect(!observations.isEmpty)
        for o in observations {
            #expect((o["subject"] as? [String: Any])?["reference"] as? String == "urn:uuid:" + mother)
            #expect(((o["focus"] as? [[String: Any]])?.first?["reference"]) as? String == "urn:uuid:" + child)
        }
        let critical = observations.filter { (((($0["code"] as? [String: Any])?["coding"] as? [[String: Any]])?.first?["code"]) as? String)?.hasPrefix("critical.") == true }
        #expect(critical.count == 1)
        #expect(critical.first?["valueBoolean"] as? Bool == true)
        let requests = Self.resources(bundle, "ServiceRequest")
        #expect(requests.count == 1)
        #expect(requests.first?["intent"] as? String == "proposal")
        #expect(requests.first?["priority"] as? String == "asap")
        let reasons = ((requests.first?["reasonReference"] as? [[String: Any]]) ?? []).compactMap { $0["reference"] as? String }
        #expect(reasons.contains("urn:uuid:" + (critical.first?["id"] as? String ?? "?")), "\(reasons)")
    }

    @Test func theSameInputGivesTheSameBytesAndIdsFollowTheRequestId() throws {
        let input = Data(Self.response("epds", Self.selfHarm).utf8)
        let a = try Run.earlyscreen(["evaluate", "--format", "fhir"], stdin: input)
        let b = try Run.earlyscreen(["evaluate", "--format", "fhir"], stdin: input)
        #expect(a.stdoutBytes == b.stdoutBytes)
        let other = try Run.earlyscreen(["evaluate", "--format", "fhir"],
                                         stdin: Data(Self.response("epds", Self.selfHarm).replacingOccurrences(of: "visit-1", with: "visit-2").utf8))
        let ids = { (s: String) throws -> Set<String> in
            Set(((try Self.json(s)["entry"] as? [[String: Any]]) ?? []).compactMap { $0["fullUrl"] as? String })
        }
        #expect(try ids(a.stdout).isDisjoint(with: try ids(other.stdout)))
        #expect(try Self.json(a.stdout)["identifier"].flatMap { ($0 as? [String: Any])?["value"] as? String } == "visit-1")
    }

    /// One stream may mix earlyscreen requests and FHIR resources; a bad FHIR line is an error
    /// line in its place.
    @Test func linesModeReadsFHIRBesideNativeRequests() throws {
        let native = Repo.read("Corpus/cases/epds-none.request.json").replacingOccurrences(of: "\n", with: "")
        let fhir = Self.response("epds", Self.selfHarm)
        let bad = Self.response("epds", [("nope", "a")])
        let run = try Run.earlyscreen(["evaluate", "--lines", "--format", "fhir"], stdin: Data([native, fhir, bad, fhir].joined(separator: "\n").utf8 + [0x0A]))
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(try Self.json(lines[0])["resourceType"] as? String == "Bundle")
        #expect(try Self.json(lines[1])["resourceType"] as? String == "Bundle")
        #expect((try Self.json(lines[2])["error"] as? [String: Any])?["code"] as? String == "unknown_item")
        #expect(lines[1] == lines[3])
    }

    /// A form is a Questionnaire of its own: `ID-FORM`. A response to the wrong form's Questionnaire
    /// for the child's age is the form-mismatch rule, as in a native request.
    @Test func formsAreQuestionnairesOfTheirOwn() throws {
        let run = try Run.earlyscreen(["fhir", "questionnaire", "swyc-milestones"])
        #expect(run.status == 0)
        let bundle = try Self.json(run.stdout)
        let ids = Self.resources(bundle, "Questionnaire").compactMap { $0["id"] as? String }
        #expect(ids.count == (try Repo.shippedSet()["swyc-milestones"]?.forms.count))
        #expect(ids.contains("swyc-milestones-9m"))
        let one = try Run.earlyscreen(["fhir", "questionnaire", "swyc-milestones", "--form", "9m"])
        #expect(try Self.json(one.stdout)["url"] as? String == "http://example.org/earlyscreen/Questionnaire/swyc-milestones-9m")
        let unknown = try Run.earlyscreen(["fhir", "questionnaire", "swyc-milestones", "--form", "99m"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("9m"))
    }

    @Test func theBaseURLNamesEveryLocalArtefact() throws {
        let run = try Run.earlyscreen(["fhir", "questionnaire", "mchat-r", "--fhir-base", "https://fhir.example.az/screening"])
        #expect(!run.stdout.contains("example.org"))
        #expect(run.stdout.contains("https://fhir.example.az/screening/Questionnaire/mchat-r"))
        let env = try Run.earlyscreen(["fhir", "questionnaire", "mchat-r"], env: ["EARLYSCREEN_FHIR_BASE": "urn:x-es"])
        #expect(env.stdout.contains("urn:x-es/CodeSystem/mchat-r"))
        let bad = try Run.earlyscreen(["fhir", "questionnaire", "mchat-r", "--fhir-base", "not a url"])
        #expect(bad.status != 0)
    }

    /// Only codes marked verified leave the engine; the verified EPDS LOINC code does.
    @Test func unverifiedCodesAreNeverExported() throws {
        let dir = try Repo.scratchDirectory("fhir-codes")
        for f in try FileManager.default.contentsOfDirectory(atPath: Repo.path("Instruments")) where f.hasSuffix(".yaml") {
            var text = Repo.read("Instruments/" + f)
            if f == "epds.yaml" {
                text = text.replacingOccurrences(of: "codes:\n", with: "codes:\n  - {system: \"http://loinc.org\", code: 00000-0, display: \"Made up\", verified: false}\n")
            }
            try text.write(to: dir.appendingPathComponent(f), atomically: true, encoding: .utf8)
        }
        let run = try Run.earlyscreen(["fhir", "questionnaire", "epds", "--instruments", dir.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("00000-0"))
        #expect(run.stdout.contains("71354-5"))
        let shipped = try Repo.shippedSet()
        for id in shipped.ids {
            let out = try Run.earlyscreen(["fhir", "questionnaire", id])
            for code in shipped[id]!.codes where !code.verified { #expect(!out.stdout.contains(code.code)) }
            #expect(!out.stdout.contains("loinc.org") || shipped[id]!.codes.contains { $0.verified && $0.system == "http://loinc.org" })
        }
    }

    /// The exported FHIRPath is the rule, checked against the engine in-process too (the oracle
    /// checks it with an independent engine): every score of every form has one, or is an age-table
    /// or prorated rule that FHIRPath cannot carry (docs/fhir.md).
    @Test func everyPlainScoreHasAFHIRPathExpression() throws {
        let set = try Repo.shippedSet()
        var with = 0
        for id in set.ids {
            let instrument = try #require(set[id])
            for form in instrument.forms {
                let calculated = FHIRQuestionnaire.calculated(form)
                with += calculated.count
                for score in form.scores where calculated[score.id] == nil {
                    let names = try Parser.parse(score.source).names.map(\.name)
                    let readsAge = names.contains { n in
                        n == "age_days" || n == "age_months" || instrument.tables[n] != nil
                            || form.scores.contains { $0.id == n && calculated[n] == nil }
                    }
                    let prorated = if case .prorate = score.fill { true } else { false }
                    #expect(readsAge || prorated, "\(id) \(form.id) \(score.id) has no FHIRPath")
                }
            }
        }
        #expect(with > 30)
    }
}
