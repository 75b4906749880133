import ESSource
/// A number known to lie in [lo, hi]. An exact value has lo == hi.
///
/// Every score is computed as an interval: with all answers given it is exact; with answers
/// missing it spans every way they could have been answered. Numbers are IEEE-754 doubles:
/// + - * / are correctly rounded, so results are the same on every machine, and sums of
/// integer points are exact.
///
/// Public with its bounds and initializers only so that the other stages inline them (see
/// `FrameSlots`); the arithmetic is for this stage's compiled rules and stays `package`.
public struct Interval: Sendable, Hashable, CustomStringConvertible, BitwiseCopyable {
    public var lo: Double
    public var hi: Double

    /// A NaN bound (∞ − ∞ in a runaway product) widens to the unbounded side: never NaN.
    @inlinable public init(_ lo: Double, _ hi: Double) {
        self.lo = lo.isNaN ? -.infinity : lo
        self.hi = hi.isNaN ? .infinity : hi
    }

    @inlinable public init(exactly v: Double) { self.init(v, v) }

    @inlinable public var isExact: Bool { lo == hi }
    package static let zero = Interval(exactly: 0)
    package static let unbounded = Interval(-.infinity, .infinity)

    package static func + (a: Interval, b: Interval) -> Interval { Interval(a.lo + b.lo, a.hi + b.hi) }
    package static func - (a: Interval, b: Interval) -> Interval { Interval(a.lo - b.hi, a.hi - b.lo) }
    package static func * (a: Interval, b: Interval) -> Interval {
        // 0 × ∞ is 0 here, not NaN: a bound of an unbounded interval times an exact 0 is 0.
        func times(_ x: Double, _ y: Double) -> Double { x == 0 || y == 0 ? 0 : x * y }
        let p = [times(a.lo, b.lo), times(a.lo, b.hi), times(a.hi, b.lo), times(a.hi, b.hi)]
        return Interval(p.min()!, p.max()!)
    }
    /// `b` must not contain 0 (the caller reports that as a division by zero).
    package static func / (a: Interval, b: Interval) -> Interval {
        let q = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi]
        // ∞ / ∞ has no value: the quotient could be anything.
        if q.contains(where: \.isNaN) { return .unbounded }
        return Interval(q.min()!, q.max()!)
    }
    package static prefix func - (a: Interval) -> Interval { Interval(-a.hi, -a.lo) }

    public var description: String { isExact ? Number.format(lo) : "\(Number.format(lo))–\(Number.format(hi))" }
}

/// Kleene's three-valued logic: a condition on missing answers may be unknown.
package enum Truth: Sendable, Hashable {
    case no, yes, unknown

    package init(_ b: Bool) { self = b ? .yes : .no }

    package static func && (a: Truth, b: Truth) -> Truth {
        if a == .no || b == .no { return .no }
        if a == .yes && b == .yes { return .yes }
        return .unknown
    }
    package static func || (a: Truth, b: Truth) -> Truth {
        if a == .yes || b == .yes { return .yes }
        if a == .no && b == .no { return .no }
        return .unknown
    }
    package static prefix func ! (a: Truth) -> Truth {
        switch a {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }
}

/// One canonical text form for numbers everywhere (JSON, reports, explanations).
package enum Number {
    package static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 9_007_199_254_740_992 {
            return v == 0 ? "0" : String(Int64(v))  // -0 prints as 0
        }
        return v.description  // Swift's shortest round-trip form: locale-free and the same everywhere.
    }
}
