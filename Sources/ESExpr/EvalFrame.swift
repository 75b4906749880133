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

    /// All the slots in one block (every value is 8 or 16 bytes): the frame's own, or memory on the
    /// caller's stack (`withFrame`).
    private let block: UnsafeMutableRawPointer
    private let ownsBlock: Bool

    /// The bytes of the block for a form of this size.
    static func byteCount(itemCount: Int, scoreCount: Int) -> Int {
        (MemoryLayout<Interval>.stride + MemoryLayout<UInt64>.stride) * itemCount + MemoryLayout<Interval>.stride * scoreCount
            + MemoryLayout<Double>.stride * 4 + MemoryLayout<Int>.stride * itSlots
    }

    package convenience init(itemCount: Int, scoreCount: Int) {
        self.init(itemCount: itemCount, scoreCount: scoreCount,
                  block: .allocate(byteCount: Self.byteCount(itemCount: itemCount, scoreCount: scoreCount), alignment: 16), owns: true)
    }

    private init(itemCount: Int, scoreCount: Int, block: UnsafeMutableRawPointer, owns: Bool) {
        self.block = block
        ownsBlock = owns
        var at = block
        func carve<V: BitwiseCopyable>(_ n: Int, _ v: V) -> FrameSlots<V> {
            defer { at += MemoryLayout<V>.stride * n }
            return FrameSlots(at.bindMemory(to: V.self, capacity: n), count: n, repeating: v)
        }
        points = carve(itemCount, Interval.zero)
        selected = carve(itemCount, UInt64(0))
        scores = carve(scoreCount, Interval.zero)
        ages = carve(4, 0.0)
        it = carve(Self.itSlots, 0)
    }

    /// Runs `body`, then puts every value back as it was (trying completions writes over answers
    /// and scores), keeping the copy on the stack.
    package func preserving<R>(_ body: () -> R) -> R {
        let bytes = Self.byteCount(itemCount: points.count, scoreCount: scores.count)
        return withUnsafeTemporaryAllocation(byteCount: bytes, alignment: 16) { saved in
            saved.baseAddress!.copyMemory(from: block, byteCount: bytes)
            defer { block.copyMemory(from: saved.baseAddress!, byteCount: bytes) }
            return body()
        }
    }

    /// Runs `body` with a frame whose values are on the stack: one evaluation of a request makes
    /// one frame per response, and this saves the heap block of each. The frame must not outlive
    /// `body` (checked: nothing else may hold it when `body` returns). Not generic on purpose: a
    /// generic one ran unspecialized from the evaluator's module, looking up the metadata of the
    /// standard library's `Result` at every call (a caller that throws wraps it, as ESEval does).
    package static func withFrame(itemCount: Int, scoreCount: Int, _ body: (EvalFrame) -> Void) {
        withUnsafeTemporaryAllocation(byteCount: byteCount(itemCount: itemCount, scoreCount: scoreCount), alignment: 16) { raw in
            var frame = EvalFrame(itemCount: itemCount, scoreCount: scoreCount, block: raw.baseAddress!, owns: false)
            defer { precondition(isKnownUniquelyReferenced(&frame), "EvalFrame.withFrame: the frame outlived its block") }
            body(frame)
        }
    }

    /// Every value back to what a new frame holds (all zero bits: 0 points, nothing ticked), for a
    /// frame kept to be used again.
    package func reset() {
        block.initializeMemory(as: UInt8.self, repeating: 0, count: Self.byteCount(itemCount: points.count, scoreCount: scores.count))
        divisionByZero = false
    }

    /// The ages in the order of `ages`, without an array.
    package func setAges(_ months: Double, chronological: Double, corrected: Double, days: Double) {
        ages[0] = months
        ages[1] = chronological
        ages[2] = corrected
        ages[3] = days
    }

    deinit { if ownsBlock { block.deallocate() } }
}

/// A fixed number of plain values in one `EvalFrame`'s block (which the frame frees, or which is on
/// the stack of `EvalFrame.withFrame`). Reading or writing one
/// is a bounds check and a load or a store. Not a Collection on purpose: the standard library's
/// generic algorithms over it ran unspecialized across the module boundary. Public, not `package`,
/// only so that the other stages inline its subscript: Swift 6.3 does not inline an `@inlinable
/// package` declaration into another module (docs/library.md, "Public for the optimizer only").
public struct FrameSlots<Value: BitwiseCopyable> {
    @usableFromInline let base: UnsafeMutablePointer<Value>
    public let count: Int

    /// Slots in the frame's block.
    @inlinable init(_ base: UnsafeMutablePointer<Value>, count: Int, repeating value: Value) {
        self.base = base
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    @inlinable public subscript(i: Int) -> Value {
        get {
            precondition(i >= 0 && i < count, "frame slot out of range")
            return base[i]
        }
        nonmutating set {
            precondition(i >= 0 && i < count, "frame slot out of range")
            base[i] = newValue
        }
    }

    /// The slots' memory, for a caller that checks `count` once for a whole pass over them.
    @inlinable public var unsafeBase: UnsafeMutablePointer<Value> { base }

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
