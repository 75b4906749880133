import ESSource
/// The inputs and intermediate values of one evaluation of one form; compiled rules read it.
///
/// Its values live in `FrameSlots`, held in `let`s: the evaluator (ESEval) and the lane (ESLane)
/// touch them from other modules, where every access to a `var` array of a class pays a dynamic
/// exclusivity check (the largest cost of the stage split, docs/performance.md).
package final class EvalFrame {
    /// Points of each item: exact when answered, the item's whole range when not.
    package let points: FrameSlots<Interval>
    /// Ticked options of each item as a bit set; 0 means unanswered.
    package let selected: FrameSlots<UInt64>
    /// Score values in the form's score order.
    package let scores: FrameSlots<Interval>
    /// `age_months` (by the instrument's age basis), `chronological_months`, `corrected_months`,
    /// `age_days` (by the basis), in the order of `ExprScope.ageNames`.
    package let ages: FrameSlots<Double>
    /// Set when a division had a divisor that is or may be zero.
    package var divisionByZero = false
    /// The item `it` stands for in each level of nested count(list, condition), set while counting.
    package let it: FrameSlots<Int>
    package static let itSlots = 4

    package init(itemCount: Int, scoreCount: Int) {
        points = FrameSlots(count: itemCount, repeating: .zero)
        selected = FrameSlots(count: itemCount, repeating: 0)
        scores = FrameSlots(count: scoreCount, repeating: .zero)
        ages = FrameSlots(count: 4, repeating: 0)
        it = FrameSlots(count: Self.itSlots, repeating: 0)
    }

    /// The ages in the order of `ages`, without an array.
    package func setAges(_ months: Double, chronological: Double, corrected: Double, days: Double) {
        ages[0] = months
        ages[1] = chronological
        ages[2] = corrected
        ages[3] = days
    }

    deinit {
        points.free()
        selected.free()
        scores.free()
        ages.free()
        it.free()
    }
}

/// A fixed number of plain values owned by one `EvalFrame`, which frees them. Reading or writing one
/// is a bounds check and a load or a store. Not a Collection on purpose: the standard library's
/// generic algorithms over it ran unspecialized across the module boundary.
package struct FrameSlots<Value: BitwiseCopyable> {
    @usableFromInline let base: UnsafeMutablePointer<Value>
    package let count: Int

    @inlinable init(count: Int, repeating value: Value) {
        base = .allocate(capacity: count)
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    @inlinable func free() { base.deallocate() }

    @inlinable package subscript(i: Int) -> Value {
        get {
            precondition(i >= 0 && i < count, "frame slot out of range")
            return base[i]
        }
        nonmutating set {
            precondition(i >= 0 && i < count, "frame slot out of range")
            base[i] = newValue
        }
    }

    /// All the values at once: to save and restore them around a search, or to set them in a test.
    @inlinable package var values: [Value] {
        get { Array(UnsafeBufferPointer(start: base, count: count)) }
        nonmutating set {
            precondition(newValue.count == count, "a frame's slots keep their number")
            for i in 0..<count { base[i] = newValue[i] }
        }
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
