import ESSource
/// The inputs and intermediate values of one evaluation of one form; compiled rules read it.
package final class EvalFrame {
    /// Points of each item: exact when answered, the item's whole range when not.
    package var points: [Interval]
    /// Ticked options of each item as a bit set; 0 means unanswered.
    package var selected: [UInt64]
    /// Score values in the form's score order.
    package var scores: [Interval]
    /// `age_months` (by the instrument's age basis), `chronological_months`, `corrected_months`,
    /// `age_days` (by the basis), in the order of `ExprScope.ageNames`.
    package var ages: [Double]
    /// Set when a division had a divisor that is or may be zero.
    package var divisionByZero = false
    /// The item `it` stands for in each level of nested count(list, condition), set while counting.
    package var it: [Int] = [0, 0, 0, 0]
    package static let itSlots = 4

    package init(itemCount: Int, scoreCount: Int) {
        points = Array(repeating: .zero, count: itemCount)
        selected = Array(repeating: 0, count: itemCount)
        scores = Array(repeating: .zero, count: scoreCount)
        ages = [0, 0, 0, 0]
    }
}

package typealias NumberRule = @Sendable (EvalFrame) -> Interval
package typealias BoolRule = @Sendable (EvalFrame) -> Truth

/// A numeric rule compiled once at load; evaluation never re-parses.
package struct CompiledNumber: Sendable {
    package let run: NumberRule
    /// The value when the rule reads nothing (folded at compile time).
    package let constant: Double?

    package init(run: @escaping NumberRule, constant: Double? = nil) {
        self.run = run
        self.constant = constant
    }
}

/// A condition compiled once at load.
package struct CompiledBool: Sendable {
    package let run: BoolRule

    package init(run: @escaping BoolRule) {
        self.run = run
    }
}
