import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
/// Reads the `tests:` written beside an instrument: answers in, expected result out.
package enum TestCaseReader {
    package static func read(_ n: YAMLNode, _ d: inout DiagnosticBag) -> EmbeddedTest? {
        guard let m = MapReader(n, .test, &d) else { return nil }
        let name = m.string("name", &d) ?? "?"
        let ageDays = m.int("age_days", &d, required: false)
        let age = ageDays == nil ? (m.int("age_months", &d) ?? 0) : 0
        // Ages a request can have (up to 96 months); a test outside them could never be a visit.
        if let days = ageDays, !(0...Evaluator.maxAgeDays).contains(days) {
            d.error(.checkAgeRange, "age_days must be from 0 to \(Evaluator.maxAgeDays)", at: m.value("age_days")!.location)
        }
        if ageDays == nil, !(0...Evaluator.maxAgeMonths).contains(age) {
            d.error(.checkAgeRange, "age_months must be from 0 to \(Evaluator.maxAgeMonths)", at: m.value("age_months")?.location ?? n.location)
        }
        let ga = m.int("gestational_age_weeks", &d, required: false)
        if let w = ga, !(22...44).contains(w) {
            d.error(.checkAgeRange, "gestational_age_weeks must be from 22 to 44", at: m.value("gestational_age_weeks")!.location)
        }
        let form = m.string("form", &d, required: false)
        let fill = m.word("fill", ["missing", "lowest", "highest"], &d).flatMap(EmbeddedTest.Fill.init(rawValue:)) ?? .missing
        var answers: [(String, [String]?, SourceLocation)] = []
        if let a = m.value("answers") {
            if case .mapping(let pairs) = a.kind {
                for p in pairs {
                    switch p.value.kind {
                    case .scalar(let s) where s.isNull: answers.append((p.name, nil, p.key.location))
                    case .scalar(let s): answers.append((p.name, [s.value], p.key.location))
                    case .sequence(let xs): answers.append((p.name, xs.compactMap { Scalars.string($0, p.name, &d) }, p.key.location))
                    case .mapping: d.error(.checkType, "answer to \(p.name) must be an option id, a list of option ids or ~ (not answered)", at: p.value.location)
                    }
                }
            } else {
                d.error(.checkType, "answers must be a mapping of item id to option id", at: a.location)
            }
        }
        var firstStage: (String, [String])? = nil
        if let node = m.value("first_stage"), let f = MapReader(node, .firstStage, &d) {
            let band = f.string("band", &d) ?? ""
            let failed = (f.list("failed", &d) ?? []).compactMap { Scalars.string($0, "failed", &d) }
            f.finish(&d)
            firstStage = (band, failed)
        }
        var test = EmbeddedTest(name: name, ageMonths: age, ageDays: ageDays, gestationalWeeks: ga, form: form, answers: answers, fill: fill,
                                firstStage: firstStage, expectStatus: nil, expectBand: nil, expectBandIsNone: false,
                                expectScores: [], expectOutcome: nil, expectReferrals: nil, expectMissing: nil, location: n.location)
        if let e = m.required("expect", &d), let x = MapReader(e, .expect, &d) {
            test.expectStatus = x.string("status", &d, required: false)
            if let b = x.value("band") {
                if let s = b.scalar, s.isNull { test.expectBandIsNone = true } else { test.expectBand = Scalars.string(b, "band", &d) }
            }
            test.expectOutcome = x.string("outcome", &d, required: false)
            test.expectBandAtLeast = x.string("band_at_least", &d, required: false)
            test.expectForm = x.string("form", &d, required: false)
            if let s = x.value("scores") {
                if case .mapping(let pairs) = s.kind {
                    for p in pairs { if let v = Scalars.number(p.value, p.name, &d) { test.expectScores.append((p.name, v, p.value.location)) } }
                } else {
                    d.error(.checkType, "scores must be a mapping of score id to number", at: s.location)
                }
            }
            test.expectReferrals = x.list("referrals", &d)?.compactMap { Scalars.string($0, "referrals", &d) }
            test.expectMissing = x.list("missing", &d)?.compactMap { Scalars.string($0, "missing", &d) }
            x.finish(&d)
        }
        m.finish(&d)
        return test
    }
}
