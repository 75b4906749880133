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

/// The decision layer's promises (docs/decisions.md), checked on generated answers over every
/// shipped instrument and form — not on examples: a new instrument file is covered the day it ships.
@Suite struct SafetyInvariantTests {
    let set: InstrumentSet
    init() throws { set = try Repo.shippedSet() }

    typealias SplitMix = PublishedRulesTests.SplitMix
    static let visit = CalendarDate(year: 2026, month: 1, day: 15)!

    /// Every (instrument, form) pair with an age in months where both apply.
    var cases: [(Instrument, Form, Int)] {
        self.set.ids.compactMap { self.set[$0] }.flatMap { i in
            i.forms.compactMap { f -> (Instrument, Form, Int)? in
                let lo = max(f.ages.minMonths, i.ages.minMonths), hi = min(f.ages.maxMonths, i.ages.maxMonths)
                return lo <= hi ? (i, f, (lo + hi) / 2) : nil
            }
        }
    }

    func evaluate(_ i: Instrument, form: String? = nil, months: Int, ga: Double? = nil,
                  _ answers: [String: Answer]) throws -> ScreeningResult {
        let request = ScreeningRequest(birthDate: Self.visit.adding(months: -months), assessedOn: Self.visit, gestationalWeeks: ga,
                                       responses: [Response(instrument: i.id, form: form,
                                                            answers: answers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })])
        return try Evaluator(set: set).evaluate(request)
    }

    func random(_ f: Form, _ rng: inout SplitMix, lowBias: Bool = false) -> [String: Answer] {
        var out: [String: Answer] = [:]
        for item in f.items {
            let k = lowBias && rng.int(3) != 0 ? item.options.indices.min { item.options[$0].points < item.options[$1].points }!
                                                : rng.int(item.options.count)
            out[item.id] = .option(item.options[k].id)
        }
        return out
    }

    /// The least severe outcome of every completion must be given, and no_concern only when every
    /// completion is no_concern.
    @Test func certainMinimumOverEveryCompletion() throws {
        var rng = SplitMix(state: 12)
        var checked = 0
        for (i, f, months) in cases {
            for _ in 0..<60 {
                var answers = random(f, &rng, lowBias: rng.int(2) == 0)
                let k = 1 + rng.int(3)
                var missing: [Item] = []
                for item in f.items.shuffled(using: &rng).prefix(k) { answers[item.id] = .missing; missing.append(item) }
                let r = try evaluate(i, months: months, answers)
                var outcomes: [Outcome] = []
                try Self.forEachAnswering(missing) { chosen in
                    outcomes.append(try evaluate(i, months: months, answers.merging(chosen) { _, new in new }).outcome)
                }
                let least = outcomes.min()!
                #expect(r.outcome >= least, "\(i.id)/\(f.id): \(r.outcome) below the least completion \(least); missing \(missing.map(\.id))")
                if r.outcome == .noConcern {
                    #expect(outcomes.allSatisfy { $0 == .noConcern }, "\(i.id)/\(f.id): no concern though a completion gives \(outcomes.max()!)")
                }
                checked += 1
            }
        }
        #expect(checked == 60 * cases.count)
    }

    /// A more concerning answer (more points; fewer where points count skills) never lowers the
    /// outcome of a complete form, nor the least severe band still open when some answers are missing.
    @Test func moreConcerningAnswersNeverLowerTheOutcome() throws {
        var rng = SplitMix(state: 34)
        for (i, f, months) in cases {
            for round in 0..<60 {
                var answers = random(f, &rng)
                if round % 2 == 1 { for item in f.items.shuffled(using: &rng).prefix(2) { answers[item.id] = .missing } }
                guard let item = f.items.shuffled(using: &rng).first(where: { answers[$0.id] != .missing }),
                      case .option(let o)? = answers[item.id], let k = item.optionIndex(o),
                      let up = item.options.indices.filter({ i.higherPointsMoreConcerning ? item.options[$0].points > item.options[k].points
                                                                                          : item.options[$0].points < item.options[k].points }).randomElement(using: &rng)
                else { continue }
                let before = try evaluate(i, months: months, answers)
                answers[item.id] = .option(item.options[up].id)
                let after = try evaluate(i, months: months, answers)
                func severity(_ r: ScreeningResult) -> Outcome {
                    let x = r.results[0]
                    return (x.band ?? x.bandAtLeast).flatMap { b in f.bands.first { $0.id == b }?.outcome } ?? .noConcern
                }
                if round % 2 == 0 {
                    #expect(after.outcome >= before.outcome, "\(i.id)/\(f.id): \(item.id) \(o) → \(item.options[up].id) lowered \(before.outcome) to \(after.outcome)")
                }
                #expect(severity(after) >= severity(before), "\(i.id)/\(f.id): \(item.id) raised lowered the least band")
            }
        }
    }

    /// Nothing or next to nothing answered never reads as no concern, in JSON or in the report.
    @Test func blankAndNearlyBlankFormsNeverReassure() throws {
        var rng = SplitMix(state: 56)
        for (i, f, months) in cases {
            let limit = i.maxMissing ?? 0
            for answered in 0..<max(1, f.items.count - limit) {
                for _ in 0..<4 {
                    let full = random(f, &rng, lowBias: true)
                    var answers: [String: Answer] = [:]
                    for item in f.items.shuffled(using: &rng).prefix(answered) { answers[item.id] = full[item.id] }
                    let r = try evaluate(i, months: months, answers)
                    #expect(r.outcome != .noConcern, "\(i.id)/\(f.id): \(answered) of \(f.items.count) answered reads as no concern")
                    #expect(!TextReport.render(r, set: set).contains("No referral needed"))
                }
            }
        }
    }

    /// Calls `body` with every way of answering `items` (one option each).
    static func forEachAnswering(_ items: [Item], _ body: ([String: Answer]) throws -> Void) rethrows {
        var choice = [Int](repeating: 0, count: items.count)
        while true {
            var answers: [String: Answer] = [:]
            for (item, k) in zip(items, choice) { answers[item.id] = .option(item.options[k].id) }
            try body(answers)
            var n = 0
            while n < items.count {
                choice[n] += 1
                if choice[n] < items[n].options.count { break }
                choice[n] = 0
                n += 1
            }
            if n == items.count { return }
        }
    }

    /// Every way of answering a critical rule's items that fires it, found by trying them.
    func firing(_ c: CriticalRule, _ i: Instrument, _ f: Form, _ months: Int) throws -> [[String: Answer]] {
        var out: [[String: Answer]] = []
        try Self.forEachAnswering(c.items.map { f.items[$0] }) { answers in
            if try evaluate(i, months: months, answers).results[0].critical.contains(c.id) { out.append(answers) }
        }
        return out
    }

    /// A critical answer gives its referral at its urgency, and at least its outcome, at every age
    /// from birth to 96 months, before term or not, with every other answer missing and any form named.
    @Test func criticalAnswersStandAtEveryAgeAndForm() throws {
        var fired = 0
        for (i, f, months) in cases {
            for c in f.critical {
                let ways = try firing(c, i, f, months)
                #expect(!ways.isEmpty, "\(i.id)/\(f.id): no answer fires \(c.id)")
                for answers in ways {
                    for age in 0...Evaluator.maxAgeMonths {
                        for ga in [nil, 27.0] {
                            for form in [nil] + (f.declared ? [f.id] : []) {
                                let r = try evaluate(i, form: form, months: age, ga: ga, answers)
                                #expect(r.results[0].critical.contains(c.id), "\(i.id) \(c.id) lost at \(age) months, form \(form ?? "-")")
                                if let o = c.outcome { #expect(r.outcome >= o) }
                                for rec in c.recommendations {
                                    let merged = r.referrals.first { $0.referral == rec.referral }
                                    #expect(merged != nil, "\(i.id) \(c.id): no \(rec.referral) at \(age) months")
                                    if let m = merged {
                                        #expect((set.referrals.urgency(m.urgency)?.rank ?? 0) >= (set.referrals.urgency(rec.urgency)?.rank ?? 0))
                                    }
                                }
                                fired += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(fired > 97 * 2 * 3)
    }

    /// Out of age range, on a form for another age, or before term: never no concern, and the
    /// report says what to do instead.
    @Test func outOfRangeWrongFormAndBeforeTermNeverReassure() throws {
        var rng = SplitMix(state: 78)
        for (i, f, _) in cases {
            let lowest = f.items.reduce(into: [String: Answer]()) { a, item in
                a[item.id] = .option(item.options.min { $0.points < $1.points }!.id)
            }
            var checks: [(String, ScreeningResult)] = []
            for age in [i.ages.minMonths - 1, i.ages.maxMonths + 1, Evaluator.maxAgeMonths] where age >= 0 && age <= Evaluator.maxAgeMonths {
                checks.append(("\(age) months", try evaluate(i, form: f.declared ? f.id : nil, months: age, lowest)))
            }
            if f.declared && !i.formMismatchIsError {
                for age in i.ages.minMonths...i.ages.maxMonths where !f.ages.contains(age) && rng.int(3) == 0 {
                    checks.append(("form \(f.id) at \(age) months", try evaluate(i, form: f.id, months: age, lowest)))
                }
            }
            if i.prematurity != nil && i.ageBasis == .corrected {
                checks.append(("before term", try evaluate(i, months: 0, ga: 26, lowest)))
                checks.append(("before term, 1 month", try evaluate(i, months: 1, ga: 28, lowest)))
            }
            for (what, r) in checks {
                #expect(r.outcome != .noConcern, "\(i.id)/\(f.id) \(what): no concern")
                let report = TextReport.render(r, set: set)
                #expect(!report.contains("No referral needed"), "\(i.id)/\(f.id) \(what)")
                #expect(report.contains("  → "), "\(i.id)/\(f.id) \(what): the report names nothing to do\n\(report)")
            }
        }
    }
}

extension PublishedRulesTests.SplitMix: RandomNumberGenerator {}

/// Each case that once went wrong (Corpus/cases/safety-*), read as staff read it in each language.
@Suite struct SafetyReportTests {
    static let nothingNeeded: [Locale: String] = [.en: "No referral needed.", .az: "Yönləndirmə lazım deyil.", .ru: "Направление не требуется."]
    /// Words of the English reasons and steps that must not leak into an az or ru report.
    static let english = ["not valid", "unanswered", "could be", "term-equivalent", "not needed", "items answered", "Finish ", "Instead of", "use the form"]

    @Test(arguments: CorpusTests.cases.filter { $0.hasPrefix("safety-") })
    func theReportIsSafeAndInTheReadersLanguage(name: String) throws {
        let engine = try Engine.builtIn()
        let request = try engine.decoder.decode(engine.reader.parse(Array(Repo.read("Corpus/cases/\(name).request.json").utf8)))
        for locale in [Locale.en, .az, .ru] {
            var r = request
            r.locale = locale
            let result = try engine.evaluate(r)
            let report = TextReport.render(result, set: engine.set)
            let reassures = report.contains(Self.nothingNeeded[locale]!)
            if reassures {
                #expect(result.outcome == .noConcern && result.referrals.isEmpty
                        && result.results.allSatisfy { $0.status == .scored || $0.status == .notNeeded }, "\(name) \(locale): \(report)")
            }
            if result.outcome != .noConcern { #expect(report.contains("  → "), "\(name) \(locale): nothing to do\n\(report)") }
            if locale != .en {
                for word in Self.english { #expect(!report.contains(word), "\(name) \(locale): English \"\(word)\" in\n\(report)") }
            }
        }
    }
}
