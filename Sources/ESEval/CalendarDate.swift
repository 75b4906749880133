import ESSource
import ESExpr
import ESModel
/// A date without a time or zone: screening ages are counted in calendar days and months.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// nil unless the date exists (30 February does not; 29 February only in leap years) and its
    /// year is one `YYYY` can write, 0001 to 9999 (the contract's dates).
    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1, year <= 9999, month >= 1, month <= 12, day >= 1, day <= Self.daysIn(month, year) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// A date arithmetic produced: valid by construction, and may pass 9999 (a due date after
    /// 9999-12-31 is written with five digits rather than lost).
    package init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso text: some StringProtocol) {
        var s = String(text)
        guard let d = s.withUTF8({ CalendarDate(iso: $0) }) else { return nil }
        self = d
    }

    /// The same from bytes (a request line's, without making a String).
    package init?(iso u: UnsafeBufferPointer<UInt8>) {
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var n = 0
            for b in u[r] { guard b >= 0x30 && b <= 0x39 else { return nil }; n = n * 10 + Int(b - 0x30) }
            return n
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for day arithmetic. Wrapping operators: no step
    /// comes near overflow for any date the engine reads or makes, and the checks cost more than the sums.
    public var dayNumber: Int {
        let y = month <= 2 ? year &- 1 : year
        let era = y / 400
        let yoe = y &- era &* 400
        let mp = (month &+ 9) % 12
        let doy = (153 &* mp &+ 2) / 5 &+ day &- 1
        let doe = yoe &* 365 &+ yoe / 4 &- yoe / 100 &+ doy
        return era &* 146097 &+ doe &- 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 &+ 719468
        let era = z / 146097
        let doe = z &- era &* 146097
        let yoe = (doe &- doe / 1460 &+ doe / 36524 &- doe / 146096) / 365
        let doy = doe &- (365 &* yoe &+ yoe / 4 &- yoe / 100)
        let mp = (5 &* doy &+ 2) / 153
        let d = doy &- (153 &* mp &+ 2) / 5 &+ 1
        let m = mp < 10 ? mp &+ 3 : mp &- 9
        year = yoe &+ era &* 400 &+ (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// The same day `n` months later; a day past the month's end becomes its last day (31 Jan + 1 month = 28/29 Feb).
    public func adding(months n: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + n
        let y = total / 12, m = total % 12 + 1
        return CalendarDate(unchecked: y, m, min(day, Self.daysIn(m, y)))
    }

    public var description: String {
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Year, then month, then day: the calendar's order without counting days, and a total order
    /// that agrees with `==` even for a date set out of range through the public fields.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        a.year != b.year ? a.year < b.year : a.month != b.month ? a.month < b.month : a.day < b.day
    }
}

/// An age as completed months and the days past them.
package struct Age: Sendable, Hashable {
    package var months: Int
    package var days: Int

    /// Completed months from `from` to `to`, then the remaining days: calendar-correct across month ends and leap years.
    package init(from: CalendarDate, to: CalendarDate) {
        var m = (to.year - from.year) * 12 + (to.month - from.month)
        var start = from.adding(months: m)
        if start > to {
            m -= 1
            start = from.adding(months: m)
        }
        months = m
        // `start` is in `to`'s month or the one before it: the days between, without counting from the era.
        days = start.month == to.month ? to.day - start.day : CalendarDate.daysIn(start.month, start.year) - start.day + to.day
    }

    /// Months with one decimal: completed months plus the fraction of the month under way (for display).
    package func decimalMonths(from start: CalendarDate) -> Double { Double(tenthsOfMonths(from: start)) / 10 }

    /// The same in tenths of a month, as a whole number (what the result writes).
    package func tenthsOfMonths(from start: CalendarDate) -> Int {
        let a = start.adding(months: months), b = start.adding(months: months + 1)
        let length = b.dayNumber - a.dayNumber
        let tenths = (days * 10 * 2 + length) / (2 * length)  // rounded half up, in whole numbers
        return months * 10 + tenths
    }
}
