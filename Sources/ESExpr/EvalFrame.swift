import ESSource
/// The inputs and intermediate values of one evaluation of one form; compiled rules read it.
public final class EvalFrame {
    /// Points of each item: exact when answered, the item's whole range when not.
    public var points: [Interval]
    /// Ticked options of each item as a bit set; 0 means unanswered.
    public var selected: [UInt64]
    /// Score values in the form's score order.
    public var scores: [Interval]
    /// `age_months` (by the instrument's age basis), `chronological_months`, `corrected_months`,
    /// `age_days` (by the basis), in the order of `ExprScope.ageNames`.
    public var ages: [Double]
    /// Set when a division had a divisor that is or may be zero.
    public var divisionByZero = false
    /// The item `it` stands for in each level of nested count(list, condition), set while counting.
    public var it: [Int] = [0, 0, 0, 0]
    public static let itSlots = 4

    public init(itemCount: Int, scoreCount: Int) {
        points = Array(repeating: .zero, count: itemCount)
        selected = Array(repeating: 0, count: itemCount)
        scores = Array(repeating: .zero, count: scoreCount)
        ages = [0, 0, 0, 0]
    }
}

public typealias NumberRule = @Sendable (EvalFrame) -> Interval
public typealias BoolRule = @Sendable (EvalFrame) -> Truth

/// A numeric rule compiled once at load; evaluation never re-parses.
public struct CompiledNumber: Sendable {
    public let run: NumberRule
    /// The value when the rule reads nothing (folded at compile time).
    public let constant: Double?

    package init(run: @escaping NumberRule, constant: Double? = nil) {
        self.run = run
        self.constant = constant
    }
}

/// A condition compiled once at load.
public struct CompiledBool: Sendable {
    public let run: BoolRule

    package init(run: @escaping BoolRule) {
        self.run = run
    }
}
