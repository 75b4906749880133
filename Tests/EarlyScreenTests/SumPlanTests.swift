import Testing
@testable import EarlyScreen
import ESModel
import ESEval

/// A form scored by sums alone is scored from a table when every item is answered (`SumPlan`).
/// The table is derived from the form's rules; these tests hold it to them.
@Suite struct SumPlanTests {
    /// Plans exist where a table cannot differ from the rules, and nowhere else: not for a form
    /// with a critical rule (EPDS item 10, a family at risk, lost skills), a second stage, an age
    /// table or a count over ages; not for one whose table would be too big (SWYC BPSC).
    @Test func plansAreMadeOnlyForFormsOfSums() throws {
        let engine = try Engine.builtIn()
        #expect(engine.evaluator.plannedForms == ["mchat-r/all", "swyc-ppsc/all"])
    }

    /// Random requests to every form with a plan, answered in full, in part or with nulls, at ages
    /// in and out of range, born at term or early, in each locale: the decoded request (option
    /// indices, which the plan reads) and the same answers given as strings (which only the rules
    /// read) must give the same bytes.
    @Test func planAndRulesGiveTheSameResult() throws {
        let engine = try Engine.builtIn()
        let set = engine.evaluator.set
        var rng = PublishedRulesTests.SplitMix(state: 2026_12_07_2)
        var byPlan = 0, bands: [String: Set<String>] = [:], differ: [String] = []
        for planned in engine.evaluator.plannedForms {
            let parts = planned.split(separator: "/").map(String.init)
            let instrument = try #require(set[parts[0]])
            let form = try #require(instrument.forms.first { $0.id == parts[1] })
            for n in 0..<1500 {
                // Most answered in full, where the plan is used; some with a gap or a null.
                let gaps = n % 5 == 4
                let answers = form.items.compactMap { item -> String? in
                    if gaps && rng.int(6) == 0 { return rng.int(2) == 0 ? nil : "\"\(item.id)\":null" }
                    // The most points with a chance that grows over the requests, else the fewest,
                    // sometimes any: every band is reached, not only the middle one.
                    let byPoints = item.options.indices.sorted { item.options[$0].points < item.options[$1].points }
                    let k = rng.int(5) == 0 ? rng.int(item.options.count) : rng.int(100) < n % 100 ? byPoints.last! : byPoints[0]
                    return "\"\(item.id)\":\"\(item.options[k].id)\""
                }
                let months = instrument.ages.minMonths - 2 + rng.int(instrument.ages.maxMonths - instrument.ages.minMonths + 5)
                let birth = CalendarDate(iso: "2026-06-15")!.adding(months: -max(0, months)).adding(days: -rng.int(28))
                let ga = rng.int(4) == 0 ? #","gestational_age_weeks":\#(27 + rng.int(13))"# : ""
                let json = #"{"id":"p\#(n)","child":{"birth_date":"\#(birth)"\#(ga)},"assessed_on":"2026-06-15","locale":"\#(["en", "az", "ru"][rng.int(3)])","responses":[{"instrument":"\#(instrument.id)","answers":{\#(answers.joined(separator: ","))}}]}"#
                var decoded = try Array(json.utf8).withUnsafeBufferPointer { try engine.request(json: $0) }
                let viaPlan = try engine.evaluate(decoded)
                for i in decoded.responses.indices { decoded.responses[i].answers = decoded.responses[i].answers }
                let viaRules = try engine.evaluate(decoded)
                if engine.encoder.encode(viaPlan) != engine.encoder.encode(viaRules) { differ.append(json) }
                let r = viaPlan.results[0]
                if r.status == .scored && r.missing.isEmpty && !gaps {
                    byPlan += 1
                    bands[planned, default: []].insert(r.band ?? "-")
                }
            }
        }
        #expect(differ.count == 0, "requests whose result the plan changed, the first: \(differ.first ?? "")")
        // The plan is reached, at every band of every planned form.
        #expect(byPlan > 1000)
        #expect(bands == ["mchat-r/all": ["low", "medium", "high"], "swyc-ppsc/all": ["needs_review", "low_risk"]])
    }

    /// Merging copies a band's prepared referrals only while the result still holds that band's
    /// own recommendations. Each visit's referrals must be the same merged from the result as
    /// scored and from a copy of its recommendations (which only the general way reads), and a
    /// result changed after scoring merges what it now holds.
    @Test func mergingReadsPreparedReferralsOnlyWhileUnchanged() throws {
        let engine = try Engine.builtIn()
        let evaluator = engine.evaluator
        func text(_ m: [ScreeningResult.MergedReferral]) -> [String] {
            m.map { "\($0.referral) \($0.urgency) \($0.dueBy) \($0.title) \($0.reasons.map { "\($0.instrument)/\($0.band ?? "-")/\($0.critical ?? "-")/\($0.lowerBound)" })" }
        }
        var prepared = 0
        for locale in ["en", "az", "ru"] {
            for risky in [[2, 5, 12], [2, 5, 12, 1, 3], Array(1...20)] {
                // M-CHAT-R, where items 2, 5 and 12 score on yes and the others on no, and SWYC PPSC at its most.
                let mchat = (1...20).map { #""q\#($0)":"\#(risky.contains($0) == [2, 5, 12].contains($0) ? "yes" : "no")""# }
                let json = #"{"child":{"birth_date":"2024-10-01"},"assessed_on":"2026-06-15","locale":"\#(locale)","responses":[{"instrument":"mchat-r","answers":{\#(mchat.joined(separator: ","))}}]}"#
                let result = try Array(json.utf8).withUnsafeBufferPointer { try engine.evaluate(engine.request(json: $0)) }
                var results = result.results
                #expect(text(evaluator.merge(results, assessedOn: result.ages.assessedOn, locale: result.locale)) == text(result.referrals))
                // Two visits in one band share one array of recommendations: the band's prepared one.
                let again = try Array(json.utf8).withUnsafeBufferPointer { try engine.evaluate(engine.request(json: $0)) }
                let shared = results[0].recommendations.withUnsafeBufferPointer { a in
                    again.results[0].recommendations.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
                if shared && !results[0].recommendations.isEmpty { prepared += 1 }
                results[0].recommendations = results[0].recommendations.map { $0 }
                #expect(text(evaluator.merge(results, assessedOn: result.ages.assessedOn, locale: result.locale)) == text(result.referrals))
                // Changed after scoring: the merged referral follows the change.
                guard !results[0].recommendations.isEmpty else { continue }
                var changed = result.results
                changed[0].recommendations[0].urgency = "changed"
                #expect(evaluator.merge(changed, assessedOn: result.ages.assessedOn, locale: result.locale).first?.urgency == "changed")
            }
        }
        // The prepared way was taken (M-CHAT-R's medium and high bands have fixed recommendations).
        #expect(prepared == 9)
    }
}
