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

/// The SWYC Developmental Milestones against a reference scorer written from the fact sheet's
/// table (shared/reference/instruments.md, section 3a), not from the YAML file.
@Suite struct SWYCMilestonesTests {
    let set: InstrumentSet
    init() throws { set = try Repo.shippedSet() }

    /// Section 3a, form by form: "needs review if total ≤" for each month of the form's window.
    static let reference: [(form: String, firstMonth: Int, thresholds: [Int])] = [
        ("4m", 4, [13, 15]), ("6m", 6, [11, 14, 16]), ("9m", 9, [11, 13, 14]), ("12m", 12, [12, 13, 14]),
        ("15m", 15, [10, 12, 13]), ("18m", 18, [8, 10, 11, 13, 14]), ("24m", 23, [10, 11, 12, 13, 14, 15]),
        ("30m", 29, [9, 10, 11, 12, 13, 13]), ("36m", 35, [10, 11, 12, 13, 13, 14, 14, 15, 15, 16, 16, 16]),
        ("48m", 47, [12, 13, 13, 13, 14, 14, 14, 15, 15, 15, 15, 16]),
    ]

    static func referenceBand(months: Int, total: Int) -> (form: String, band: String)? {
        for row in reference where months >= row.firstMonth && months < row.firstMonth + row.thresholds.count {
            return (row.form, total <= row.thresholds[months - row.firstMonth] ? "needs_review" : "meets_expectations")
        }
        return nil
    }

    func evaluate(months: Int, ga: Double? = nil, _ answers: [String: Answer]) throws -> ScreeningResult {
        let visit = CalendarDate(year: 2026, month: 1, day: 15)!
        return try Evaluator(set: set).evaluate(ScreeningRequest(
            birthDate: visit.adding(months: -months), assessedOn: visit, gestationalWeeks: ga,
            responses: [Response(instrument: "swyc-milestones", answers: answers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })]))
    }

    @Test func everyMonthAndTotalAgreesWithTheReference() throws {
        #expect(Self.reference.reduce(0) { $0 + $1.thresholds.count } == 55)  // months 4 to 58
        var rng = PublishedRulesTests.SplitMix(state: 2013)
        let options = ["not_yet", "somewhat", "very_much"]
        for months in 4...58 {
            for _ in 0..<40 {
                var answers: [String: Answer] = [:], total = 0
                for k in 1...10 {
                    let p = rng.int(3)
                    answers["m\(k)"] = .option(options[p])
                    total += p
                }
                let want = try #require(Self.referenceBand(months: months, total: total))
                let r = try evaluate(months: months, answers)
                #expect(r.results[0].form == want.form, "\(months) months")
                #expect(r.results[0].band == want.band, "\(months) months, total \(total)")
                #expect(r.results[0].scores.first?.1 == Double(total))
            }
        }
    }

    @Test func theTwoAndSixtyMonthFormsHaveNoCutOff() throws {
        let all = Dictionary(uniqueKeysWithValues: (1...10).map { ("m\($0)", Answer.option("very_much")) })
        for months in [1, 2, 3, 59, 62, 65] {
            let r = try evaluate(months: months, all).results[0]
            #expect(r.band == "surveillance_only" && r.outcome == .monitor, "\(months) months")
        }
    }

    @Test func everyResultSaysTheCutOffsAreSecondaryUntilADeploymentConfirmsThem() throws {
        let r = try evaluate(months: 9, [:])
        #expect(r.warnings.contains { $0.code == .cutoffsSecondary })
        let shipped = try Repo.shippedSet()
        let overlay = """
        format: earlyscreen/texts@1
        instrument: swyc-milestones
        locale: en
        version: "clinic-2026"
        status: source
        cutoffs_confirmed: true
        """
        let out = InstrumentSetLoader().load(texts: Repo.instrumentFiles() + [("confirm.yaml", overlay)], origin: "t")
        #expect(out.diagnostics.isEmpty)
        let confirmed = try #require(out.set)
        let visit = CalendarDate(year: 2026, month: 1, day: 15)!
        let again = try Evaluator(set: confirmed).evaluate(ScreeningRequest(birthDate: visit.adding(months: -9), assessedOn: visit,
                                                                            responses: [Response(instrument: "swyc-milestones", answers: [])]))
        #expect(!again.warnings.contains { $0.code == .cutoffsSecondary })
        #expect(shipped["swyc-milestones"]?.source.cutoffsSecondary == true)
    }

    @Test(arguments: [9, 18, 30])
    func isTheGeneralDevelopmentalScreenDueAt(months: Int) throws {
        let visit = CalendarDate(year: 2026, month: 1, day: 15)!
        let plan = try DuePlanner(set: set).plan(birthDate: visit.adding(months: -months), gestationalWeeks: nil, on: visit, locale: .en)
        let developmental = try #require(plan.dueNow.first { $0.screening == "developmental" })
        #expect(developmental.instruments == ["swyc-milestones"])
        // administer, with no instrument named, asks it first.
        let run = try Run.earlyscreen(["administer", "--birth-date", visit.adding(months: -months).description, "--on", visit.description,
                                       "--out", FileManager.default.temporaryDirectory.appendingPathComponent("es-\(getpid())-m\(months).json").path],
                                      stdin: Data("q\n".utf8))
        #expect(run.stdout.contains("== SWYC Developmental Milestones"), "\(run.stdout.prefix(400))")
    }

    @Test func missedScreeningsAreOverdueAt25Months() throws {
        let visit = CalendarDate(year: 2026, month: 1, day: 15)!
        let plan = try DuePlanner(set: set).plan(birthDate: visit.adding(months: -25), gestationalWeeks: nil, on: visit, locale: .en)
        let autism = try #require(plan.overdue.first { $0.screening == "autism" })
        #expect(autism.missedAt == [18, 24] && autism.instruments == ["mchat-r"])
        let developmental = try #require(plan.overdue.first { $0.screening == "developmental" })
        #expect(developmental.missedAt.last == 18 && developmental.instruments == ["swyc-milestones"])
        #expect(!plan.overdue.contains { $0.screening == "developmental-surveillance" })  // surveillance looks at the present
        #expect(!plan.overdue.contains { $0.screening == "maternal-depression" })  // nothing fits at 25 months
    }
}
