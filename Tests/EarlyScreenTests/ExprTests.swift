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

@Suite struct ExprTests {
    let scope = ExprScope(items: [
        .init(id: "q1", options: ["yes", "no"], many: false),
        .init(id: "q2", options: ["yes", "no"], many: false),
        .init(id: "q3", options: ["a", "b", "c"], many: true),
    ], scores: ["total": 0], form: "all")

    /// A frame with q1 = no (1 point), q2 unanswered (0–1), q3 = b (2 points), total = [3, 4].
    func frame() -> EvalFrame {
        let f = EvalFrame(itemCount: 3, scoreCount: 1)
        f.selected.values = [0b10, 0, 0b010]
        f.points.values = [Interval(exactly: 1), Interval(0, 1), Interval(exactly: 2)]
        f.scores.values = [Interval(3, 4)]
        f.setAges(20, chronological: 20, corrected: 18, days: 609)
        return f
    }

    func number(_ t: String) throws -> Interval { try RuleCompiler.number(t, scope: scope).run(frame()) }
    func cond(_ t: String) throws -> Truth { try RuleCompiler.condition(t, scope: scope).run(frame()) }
    func error(_ t: String, bool: Bool = true) -> ExprError? {
        do {
            if bool { _ = try RuleCompiler.condition(t, scope: scope) } else { _ = try RuleCompiler.number(t, scope: scope) }
            return nil
        } catch { return error }
    }

    @Test func precedenceOfArithmetic() throws {
        #expect(try number("1 + 2 * 3") == Interval(exactly: 7))
        #expect(try number("(1 + 2) * 3") == Interval(exactly: 9))
        #expect(try number("10 - 4 - 3") == Interval(exactly: 3))
        #expect(try number("-2 * 3") == Interval(exactly: -6))
        #expect(try number("7 / 2") == Interval(exactly: 3.5))
    }

    @Test func precedenceOfLogic() throws {
        #expect(try cond("1 < 2 or 1 > 2 and 1 > 2") == .yes)   // and binds tighter than or
        #expect(try cond("not 1 > 2 and 2 > 1") == .yes)
    }

    @Test func itemsReadAsPointsAndOptions() throws {
        #expect(try number("q1 + q3") == Interval(exactly: 3))
        #expect(try cond("q1 == \"no\"") == .yes)
        #expect(try cond("q1 != \"no\"") == .no)
        #expect(try cond("q3 in [\"b\", \"c\"]") == .yes)
        #expect(try cond("q2 == \"yes\"") == .unknown)  // unanswered
    }

    @Test func missingAnswersGiveIntervalsAndUnknowns() throws {
        #expect(try number("sum(q1..q3)") == Interval(3, 4))
        #expect(try cond("total >= 3") == .yes)
        #expect(try cond("total >= 4") == .unknown)
        #expect(try cond("total >= 5") == .no)
        #expect(try cond("total >= 5 or 1 == 1") == .yes)   // Kleene: unknown or true is true
        #expect(try cond("total >= 4 and 1 == 2") == .no)   // unknown and false is false
    }

    @Test func countAndItsCondition() throws {
        #expect(try number("count(q1..q3)") == Interval(2, 3))
        #expect(try number("count(q1..q2, it == \"yes\")") == Interval(0, 1))
        #expect(try number("answered(items)") == Interval(exactly: 2))
        #expect(try number("missing(items)") == Interval(exactly: 1))
        #expect(try number("max(q1, q3, 0)") == Interval(exactly: 2))
        #expect(try number("min(q1, q2)") == Interval(0, 1))
    }

    @Test func ageVariables() throws {
        #expect(try cond("age_months < 24 and corrected_months == 18") == .yes)
    }

    @Test func unknownNameIsReportedAtItsOffsetWithAHint() {
        let e = error("totl >= 3")
        #expect(e?.code == Diagnostic.Code.exprUnknownName)
        #expect(e?.offset == 0)
        #expect(e?.message.contains("did you mean \"total\"") == true)
        #expect(error("total >= 3 and q9 > 0")?.offset == 15)
    }

    @Test func typeMixUpsAreErrors() {
        #expect(error("total == \"yes\"")?.code == Diagnostic.Code.exprType)
        #expect(error("total + 1")?.code == Diagnostic.Code.exprType)           // a number where a condition belongs
        #expect(error("total >= 3", bool: false)?.code == Diagnostic.Code.exprType)
        #expect(error("q1 > \"yes\"")?.code == Diagnostic.Code.exprType)
        #expect(error("\"a\" + 1")?.code == Diagnostic.Code.exprType)
    }

    @Test func unknownOptionIsReportedAtTheText() {
        let e = error("q1 == \"maybe\"")
        #expect(e?.code == Diagnostic.Code.exprUnknownOption)
        #expect(e?.offset == 6)
    }

    @Test func divisionByAConstantZeroIsAnError() {
        #expect(error("total / 0 > 1")?.code == Diagnostic.Code.exprDivisionByZero)
        #expect(error("total / (2 - 2) > 1")?.code == Diagnostic.Code.exprDivisionByZero)
    }

    @Test func divisionByAnAnswerThatMayBeZeroIsFlaggedAtRuntime() throws {
        let f = frame()
        let r = try RuleCompiler.number("q3 / q2", scope: scope).run(f)
        #expect(r == .unbounded)
        #expect(f.divisionByZero)
    }

    /// Found by the expression fuzzer: an unknown quotient times a possible 0 gave NaN–NaN.
    @Test func unboundedArithmeticNeverGivesNaN() throws {
        // (q3 / q2) is unbounded; q2 may be 0: the product spans everything, never NaN.
        #expect(try number("(q3 / q2) * q2") == .unbounded)
        #expect(try number("(q3 / q2) * 0") == Interval.zero)
        #expect(try number("(q3 / q2) - (q3 / q2)") == .unbounded)
        #expect(Interval(exactly: .infinity) / Interval(exactly: .infinity) == .unbounded)
        let runaway = try number(Array(repeating: "(q1 + 1000000000)", count: 40).joined(separator: " * ") + " - " +
                                 Array(repeating: "(q1 + 1000000000)", count: 40).joined(separator: " * "))
        #expect(!runaway.lo.isNaN && !runaway.hi.isNaN && runaway.lo <= runaway.hi)
        #expect(error("1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 * 1000000000 > 1")?.code == Diagnostic.Code.exprNumber)
    }

    @Test func syntaxErrorsSayWhatWasExpected() {
        #expect(error("total >= ")?.code == Diagnostic.Code.exprSyntax)
        #expect(error("total = 3")?.message.contains("==") == true)
        #expect(error("total >= 3 && total <= 7")?.message.contains("and") == true)
        #expect(error("1 < total < 3")?.message.contains("chain") == true)
        #expect(error("q3..q1 == 1")?.code == Diagnostic.Code.exprRange)
        #expect(error("")?.code == Diagnostic.Code.exprSyntax)
    }

    @Test func nestingAndLengthAreBounded() {
        let deep = String(repeating: "(", count: 100) + "1" + String(repeating: ")", count: 100) + " > 0"
        #expect(error(deep)?.code == Diagnostic.Code.exprTooDeep)
        let long = Array(repeating: "1", count: 6000).joined(separator: "+") + " > 0"
        #expect(error(long)?.code == Diagnostic.Code.exprTooLong)
    }

    /// Issue 14, item 3: "a plain sum of items" is decided on the parsed rule, not by filtering
    /// its characters: a score or an item counted twice is not one.
    @Test func aPlainSumOfItemsIsDecidedOnTheParsedRule() throws {
        let index = ["q1": 0, "q2": 1, "q3": 2]
        func summed(_ text: String) throws -> [Int]? { try Parser.parse(text).summedItems(index, itemCount: 3) }
        #expect(try summed("sum(q1..q2)") == [0, 1])
        #expect(try summed("sum( q3 , q1 )") == [2, 0])
        #expect(try summed("sum(items)") == [0, 1, 2])
        #expect(try summed("sum(q1, total)") == nil)
        #expect(try summed("sum(q1, q1)") == nil)
        #expect(try summed("sum(q1..q2, q2)") == nil)
        #expect(try summed("sum(q1, 2)") == nil)
        #expect(try summed("q1 + q2") == nil)
        #expect(try summed("sum(q2..q1)") == nil)
        // Band coverage enumerates sum(q1, q1) over its whole range, 0 to 2: the band for 2 can
        // match (it was reported unreachable when the rule was taken for a sum of q1 once).
        let yaml = Repo.read("Tests/Fixtures/diagnostics/not-a-plain-sum.yaml")
            .replacingOccurrences(of: "    missing: {fill: prorate, max: 1}\n", with: "")
        let out = InstrumentSetLoader().load(texts: [("twice.yaml", yaml)], origin: "t", context: try Repo.shippedSet())
        #expect(out.diagnostics.map(\.code) == [], "\(out.diagnostics.map(\.message))")
    }
}
