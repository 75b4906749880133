import ESSource
import ESExpr
import ESModel
/// Runs the tests written beside each instrument through the same evaluator that serves requests.
package struct EmbeddedTestRunner: Sendable {
    package let set: InstrumentSet
    /// The visit date every test is evaluated on; birth dates are derived from `age_months`.
    package static let visit = CalendarDate(year: 2026, month: 1, day: 15)!

    let evaluator: Evaluator

    package init(set: InstrumentSet) {
        self.set = set
        evaluator = Evaluator(set: set)
    }

    public struct Outcome: Sendable {
        public var passed = 0
        public var failures: [Diagnostic] = []
    }

    package func run(_ instrument: Instrument) -> Outcome {
        var out = Outcome()
        for t in instrument.tests {
            if let problem = run(t, instrument) {
                out.failures.append(.error(.testFailed, "test \"\(t.name)\" failed: \(problem)", at: t.location))
            } else {
                out.passed += 1
            }
        }
        return out
    }

    /// Builds the response a test describes: its answers, the rest filled as it asks.
    package func response(for t: EmbeddedTest, _ instrument: Instrument, months: Int) -> Response {
        let form = t.form.flatMap { instrument.form(id: $0) } ?? instrument.form(forMonths: months) ?? instrument.forms[0]
        var answers: [(item: String, answer: Answer)] = t.answers.map { a in
            (a.item, a.options.map { $0.count == 1 ? .option($0[0]) : .options($0) } ?? .missing)
        }
        if t.fill != .missing {
            let given = Set(t.answers.map(\.item))
            for item in form.items where !given.contains(item.id) {
                let pick = t.fill == .lowest
                    ? item.options.min { $0.points < $1.points }
                    : item.options.max { $0.points < $1.points }
                if let o = pick { answers.append((item.id, .option(o.id))) }
            }
        }
        return Response(instrument: instrument.id, form: t.form, answers: answers)
    }

    package func run(_ t: EmbeddedTest, _ instrument: Instrument) -> String? {
        let birth = t.ageDays.map { Self.visit.adding(days: -$0) } ?? Self.visit.adding(months: -t.ageMonths)
        let ages = ChildAges(birthDate: birth, assessedOn: Self.visit, gestationalWeeks: t.gestationalWeeks.map(Double.init))
        let stage = t.firstStage.map { Evaluator.StageContext(status: .scored, band: $0.band, failedItems: Set($0.failed)) }
        var warnings: [Warning] = []
        let r: InstrumentResult
        do {
            r = try evaluator.evaluate(response(for: t, instrument, months: ages.age(for: instrument).months), index: 0,
                                       instrument: instrument, ages: ages, stage: stage, locale: .en, warnings: &warnings)
        } catch {
            return "the request was rejected: \(error.message)"
        }
        var problems: [String] = []
        if let s = t.expectStatus, s != r.status.rawValue { problems.append("expected status \(s), got \(r.status.rawValue)") }
        if let b = t.expectBand, b != r.band { problems.append("expected band \(b), got \(r.band ?? "none")") }
        if t.expectBandIsNone, let b = r.band { problems.append("expected no band, got \(b)") }
        if let b = t.expectBandAtLeast, b != r.bandAtLeast { problems.append("expected band_at_least \(b), got \(r.bandAtLeast ?? "none")") }
        for (name, want, _) in t.expectScores {
            if let got = r.scores.first(where: { $0.0 == name })?.1 {
                if got != want { problems.append("expected \(name) = \(Number.format(want)), got \(Number.format(got))") }
            } else if let range = r.scoreRanges.first(where: { $0.0 == name })?.1 {
                problems.append("expected \(name) = \(Number.format(want)), got the range \(range)")
            } else {
                problems.append("expected score \(name), which the result does not have")
            }
        }
        if let f = t.expectForm, f != r.form { problems.append("expected form \(f), got \(r.form ?? "none")") }
        if let o = t.expectOutcome, o != r.outcome.rawValue { problems.append("expected outcome \(o), got \(r.outcome.rawValue)") }
        if let want = t.expectReferrals {
            let got = Array(Set(r.recommendations.map(\.referral))).sorted()
            if got != want.sorted() { problems.append("expected referrals [\(want.sorted().joined(separator: ", "))], got [\(got.joined(separator: ", "))]") }
        }
        if let want = t.expectMissing, Set(want) != Set(r.missing) {
            problems.append("expected missing [\(want.joined(separator: ", "))], got [\(r.missing.joined(separator: ", "))]")
        }
        guard !problems.isEmpty else { return nil }
        // What the engine computed, so the reader sees why without running it again.
        let computed = r.scores.map { "\($0.0) = \(Number.format($0.1))" }
            + r.scoreRanges.map { "\($0.0) in [\($0.1.lo.isFinite ? Number.format($0.1.lo) : "-∞"), \($0.1.hi.isFinite ? Number.format($0.1.hi) : "∞")]" }
        return problems.joined(separator: "; ") + (computed.isEmpty ? "" : " (computed: \(computed.joined(separator: ", ")))")
    }
}
