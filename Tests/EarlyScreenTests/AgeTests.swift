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

@Suite struct AgeTests {
    func date(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    @Test func datesAreRealDates() {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2023-02-29") == nil)
        #expect(CalendarDate(iso: "1900-02-29") == nil)
        #expect(CalendarDate(iso: "2000-02-29") != nil)
        #expect(CalendarDate(iso: "2024-04-31") == nil)
        #expect(CalendarDate(iso: "2024-4-01") == nil)
        #expect(date("2024-12-31").adding(days: 1) == date("2025-01-01"))
        #expect(date("2024-01-31").adding(months: 1) == date("2024-02-29"))
    }

    /// Dates compare field by field. For every real date that is the order of their day numbers,
    /// and for any value at all it is a total order that agrees with `==`.
    @Test func datesCompareInCalendarOrder() {
        var rng = PublishedRulesTests.SplitMix(state: 1582)
        func real() -> CalendarDate {
            let y = 1 + rng.int(9999), m = 1 + rng.int(12)
            return CalendarDate(year: y, month: m, day: 1 + rng.int(CalendarDate.daysIn(m, y)))!
        }
        for _ in 0..<20_000 {
            let a = real()
            // Half the pairs near each other: the order must hold across month and year ends too.
            let b = rng.int(2) == 0 ? real() : a.adding(days: rng.int(800) - 400)
            #expect((a < b) == (a.dayNumber < b.dayNumber), "\(a) < \(b)")
            #expect((a == b) == (!(a < b) && !(b < a)), "\(a) == \(b)")
        }
        // Set out of range through the public fields: 32 January and 1 February share a day number
        // but are not equal, so they must not compare as equal either.
        var odd = date("2026-01-31")
        odd.day = 32
        #expect(odd != date("2026-02-01") && (odd < date("2026-02-01") || date("2026-02-01") < odd))
    }

    /// An age is the most whole months that do not pass the visit, then the days left, counted
    /// here by day numbers (the age counts them within a month, without them).
    @Test func agesAreWholeMonthsThenTheDaysLeft() {
        var rng = PublishedRulesTests.SplitMix(state: 1970)
        for _ in 0..<20_000 {
            let y = 1900 + rng.int(300), m = 1 + rng.int(12)
            let from = CalendarDate(year: y, month: m, day: 1 + rng.int(CalendarDate.daysIn(m, y)))!
            // Up to 8 years on, month ends and 29 February among them.
            let to = from.adding(days: rng.int(97 * 31))
            let age = Age(from: from, to: to)
            #expect(from.adding(months: age.months) <= to && !(from.adding(months: age.months + 1) <= to), "\(from) → \(to)")
            #expect(age.days == to.dayNumber - from.adding(months: age.months).dayNumber, "\(from) → \(to)")
        }
    }

    /// The worked examples of docs/age.md: birth, visit, weeks → chronological and corrected age.
    @Test func workedExamplesInTheAgeDocAreRight() throws {
        let rows = Repo.read("docs/age.md").split(separator: "\n").filter { $0.hasPrefix("| 20") }
        #expect(rows.count >= 6)
        for row in rows {
            let c = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let ages = ChildAges(birthDate: date(c[0]), assessedOn: date(c[1]), gestationalWeeks: Double(c[2]))
            #expect("\(ages.chronological.months) m \(ages.chronological.days) d" == c[3], "\(row)")
            let corrected = ages.corrected(termWeeks: 40).map { "\($0.age.months) m \($0.age.days) d" } ?? "—"
            #expect(corrected == c[4], "\(row)")
        }
    }

    @Test func cutoffTablesAreLookedUpByTheInstrumentsAge() throws {
        let shipped = try Repo.shippedSet()
        let out = InstrumentSetLoader().load(paths: [Repo.path("Tests/Fixtures/instruments/age-cutoffs.yaml")], context: shipped)
        #expect(out.diagnostics.isEmpty, "\(DiagnosticRenderer(sources: out.sources).render(out.diagnostics))")
        let set = try #require(out.set)
        let r = EmbeddedTestRunner(set: set).run(try #require(set["fixture-age-cutoffs"]))
        #expect(r.failures.isEmpty, "\(r.failures.map(\.message))")
        #expect(r.passed == 6)
        let page = InstrumentSummary.markdown(try #require(set["fixture-age-cutoffs"]), catalog: shipped.referrals)
        #expect(page.contains("## Table `review_at_or_below` (by age_months)"))
        #expect(page.contains("| 10 | 10 | 10 |"))
    }

    @Test(arguments: [false, true])
    func formsArePickedByAgeAndAMismatchIsAWarningOrAnError(asError: Bool) throws {
        var yaml = Repo.read("Tests/Fixtures/diagnostics/forms-gap-and-overlap.yaml")
            .replacingOccurrences(of: "min_months: 18, max_months: 20", with: "min_months: 16, max_months: 19")
        if asError { yaml = yaml.replacingOccurrences(of: "ages: {min_months: 12, max_months: 24}\n", with: "ages: {min_months: 12, max_months: 24}\nform_mismatch: error\n") }
        // The edits took: the fixture's gap and overlap are mended, and the policy is set.
        #expect(yaml.contains("min_months: 16, max_months: 19") && yaml.contains("form_mismatch: error") == asError)
        let shipped = try Repo.shippedSet()
        let out = InstrumentSetLoader().load(texts: [("forms.yaml", yaml)], origin: "t", context: shipped)
        #expect(out.diagnostics.isEmpty, "\(DiagnosticRenderer(sources: out.sources).render(out.diagnostics))")
        var set = try #require(out.set)
        set.referrals = shipped.referrals
        let evaluator = Evaluator(set: set)
        func visit(_ form: String?) throws(RequestError) -> ScreeningResult {
            try evaluator.evaluate(ScreeningRequest(birthDate: date("2024-07-10"), assessedOn: date("2026-01-15"),  // 18 months
                                                    responses: [Response(instrument: "demo", form: form, answers: [("q1", .option("yes")), ("q2", .option("yes"))])]))
        }
        let picked = try visit(nil)
        #expect(picked.results[0].form == "18m")
        #expect(picked.warnings.map(\.code) == [.formPicked])
        if asError {
            let error = #expect(throws: RequestError.self) { try visit("12m") }
            #expect(error?.code == .formAgeMismatch)
            #expect(error?.pointer == "/responses/0/form")
        } else {
            let r = try visit("12m")
            #expect(r.results[0].form == "12m")
            #expect(r.warnings.map(\.code) == [.formAgeMismatch])
        }
    }

    func plan(_ birth: String, _ on: String, weeks: Double? = nil) throws -> DuePlanner.Plan {
        try DuePlanner(set: try Repo.shippedSet()).plan(birthDate: date(birth), gestationalWeeks: weeks, on: date(on), locale: .en)
    }

    @Test func dueAtEighteenMonths() throws {
        let p = try plan("2024-07-10", "2026-01-15")
        #expect(p.dueNow.map(\.screening) == ["developmental", "developmental-surveillance", "autism", "social-emotional", "family"])
        // The validated screen, and the checklists apart as surveillance.
        #expect(p.dueNow.first?.instruments == ["swyc-milestones"])
        #expect(p.dueNow[1].instruments == ["swyc-milestones", "cdc-ltsae", "who-motor"])
        // At 18 months the BPSC's range has ended and the PPSC's begun: only the PPSC is listed.
        #expect(p.dueNow.first { $0.screening == "social-emotional" }?.instruments == ["swyc-ppsc"])
        #expect(p.next.map { "\($0.screening)@\($0.atMonths)" } == ["autism@24", "developmental-surveillance@24", "family@24", "social-emotional@24", "developmental@30"])
        #expect(p.next[1].instruments == ["swyc-milestones", "cdc-ltsae", "who-motor"])
        #expect(p.next.last?.instruments == ["swyc-milestones"])
        // Nothing shipped covers a screening whose instruments are all out of range: said, not hidden.
        let late = try plan("2019-01-10", "2026-01-15")  // 7 years: past every shipped instrument
        #expect(late.dueNow.isEmpty && late.next.isEmpty)
    }

    /// A screening due at an age no instrument of its row covers is listed with no instrument,
    /// and the staff report says to use the polyclinic's own tool: said, not hidden.
    @Test func aScreeningNoInstrumentCoversIsSaid() throws {
        let files = Repo.instrumentFiles().map { f in
            f.path.hasSuffix("schedule.yaml") ? (f.path, f.text.replacingOccurrences(of: "instruments: [swyc-milestones]\n", with: "instruments: [who-motor]\n")) : f
        }
        let set = try #require(InstrumentSetLoader().load(texts: files, origin: "t").set)
        let p = try DuePlanner(set: set).plan(birthDate: date("2024-07-10"), gestationalWeeks: nil, on: date("2026-01-15"), locale: .en)
        let thirty = try #require(p.next.first { $0.screening == "developmental" && $0.atMonths == 30 })
        #expect(thirty.instruments == [])
        #expect(DueReport.text(p, locale: .en).contains("the loaded set has no validated instrument for this age"))
    }

    @Test func windowEdges() throws {
        #expect(try plan("2024-07-10", "2026-02-09").dueNow.map(\.screening) == ["developmental", "developmental-surveillance", "autism", "social-emotional", "family"])  // last day
        #expect(try plan("2024-07-10", "2026-02-10").dueNow.isEmpty)
        #expect(try plan("2024-07-10", "2026-01-09").dueNow.isEmpty)  // the day before
    }

    /// SWYC counts weeks before term, the CDC counts weeks of gestation; they part at the edge.
    @Test func theTwoWaysOfSayingPrematureDifferOnlyAtTheEdge() {
        let swyc = PrematurityPolicy(termWeeks: 40, minWeeksEarly: 3, bornBeforeWeeks: nil, untilMonths: 24)
        let cdc = PrematurityPolicy(termWeeks: 40, minWeeksEarly: nil, bornBeforeWeeks: 37, untilMonths: nil)
        for (weeks, swycCorrects, cdcCorrects) in [(36.0, true, true), (36.9, true, true), (37.0, true, false), (37.1, false, false), (30.0, true, true)] {
            #expect(swyc.applies(gestationalWeeks: weeks, chronologicalMonths: 6) == swycCorrects, "SWYC at \(weeks)")
            #expect(cdc.applies(gestationalWeeks: weeks, chronologicalMonths: 6) == cdcCorrects, "CDC at \(weeks)")
        }
        // SWYC stops at 24 months; the CDC names no age to stop.
        #expect(!swyc.applies(gestationalWeeks: 30, chronologicalMonths: 24))
        #expect(cdc.applies(gestationalWeeks: 30, chronologicalMonths: 60))
    }

    @Test func prematureBabyCountsFromTheDueDateButTheMothersScreeningFromTheBirth() throws {
        let p = try plan("2025-11-20", "2026-01-15", weeks: 33)
        #expect(p.dueDate == date("2026-01-08"))
        #expect(p.dueNow.map(\.screening) == ["maternal-depression"])
        let social = try #require(p.next.first { $0.screening == "social-emotional" })
        #expect(social.from == date("2026-03-08"))
        #expect(social.corrected)
        // Born 2 weeks early: no correction under the schedule's 3-week rule.
        #expect(try plan("2025-11-20", "2026-01-15", weeks: 38).dueDate == nil)
    }

    @Test func dueCommandSpeaksJSONAndText() throws {
        let json = try Run.earlyscreen(["due", "--birth-date", "2024-07-10", "--on", "2026-01-15"])
        #expect(json.status == 0)
        let obj = try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any]
        #expect((obj?["due"] as? [[String: Any]])?.count == 5)
        let text = try Run.earlyscreen(["due", "--birth-date", "2024-07-10", "--on", "2026-01-15", "--format", "text", "--locale", "ru"])
        #expect(text.stdout.contains("Скрининг аутизма (18 мес.)"))
        #expect(try Run.earlyscreen(["due", "--birth-date", "2024-02-30"]).status == 2)
    }
}
