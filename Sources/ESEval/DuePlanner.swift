import ESSource
import ESExpr
import ESModel
#if canImport(Glibc)
import Glibc
#endif

/// Which screenings are due at a visit, and when each is next due, from the set's schedule.
package struct DuePlanner: Sendable {
    package let set: InstrumentSet

    package init(set: InstrumentSet) { self.set = set }

    package struct Entry: Sendable {
        package var screening: String
        package var title: String
        package var atMonths: Int
        /// The first and last day it is due.
        package var from: CalendarDate
        package var until: CalendarDate
        /// Whether the dates count from the due date rather than the birth date.
        package var corrected: Bool
        /// Instruments of the set valid at that age (for an overdue entry: valid now, to catch up with).
        package var instruments: [String]
        /// For an overdue entry: the ages whose screening, if not done, is overdue.
        package var missedAt: [Int] = []
    }

    package struct Plan: Sendable {
        package var ages: ChildAges
        /// The due date of a premature baby, from which developmental screenings count.
        package var dueDate: CalendarDate?
        package var dueNow: [Entry]
        package var next: [Entry]
        /// Screenings of earlier ages that, if not done, are done now (catch-up).
        package var overdue: [Entry] = []
        package var warnings: [Warning]
    }

    package func plan(birthDate: CalendarDate, gestationalWeeks: Double?, on date: CalendarDate, locale: Locale) throws(RequestError) -> Plan {
        guard let schedule = set.schedule else {
            throw RequestError(.noSchedule, "the instrument set has no schedule (a file with format: earlyscreen/schedule@1)")
        }
        guard date >= birthDate else {
            throw RequestError(.assessedBeforeBirth, "the date \(date) is before the birth date \(birthDate)")
        }
        let ages = ChildAges(birthDate: birthDate, assessedOn: date, gestationalWeeks: gestationalWeeks)
        guard ages.chronological.months <= Evaluator.maxAgeMonths else {
            throw RequestError(.ageOutOfRange, "the child is \(ages.chronological.months) months old; earlyscreen supports ages up to \(Evaluator.maxAgeMonths) months")
        }
        var dueFrom: CalendarDate? = nil
        var warnings: [Warning] = []
        if let p = schedule.prematurity, let ga = gestationalWeeks,
           p.applies(gestationalWeeks: ga, chronologicalMonths: ages.chronological.months), let c = ages.corrected(termWeeks: p.termWeeks) {
            dueFrom = c.from
            warnings.append(WarningText.make(.correctedAge, [c.from.description, Number.format(ga)], instrument: nil, locale: locale, template: "corrected_age_schedule"))
        }
        var dueNow: [Entry] = [], next: [Entry] = [], overdue: [Entry] = []
        for s in schedule.screenings {
            let from = s.basis == .corrected ? dueFrom ?? birthDate : birthDate
            var missed: [Int] = [], lastMissed: (CalendarDate, CalendarDate)? = nil
            for at in s.atMonths {
                let start = from.adding(months: at), end = from.adding(months: at + s.windowMonths).adding(days: -1)
                if end < date { missed.append(at); lastMissed = (start, end) }
            }
            let dueToday = s.atMonths.contains { at in
                from.adding(months: at) <= date && date <= from.adding(months: at + s.windowMonths).adding(days: -1)
            }
            // Catch up only with an instrument that fits the child now; the one due today covers it.
            let now = s.instruments.filter { id in
                guard let i = set[id] else { return false }
                return ages.termDate(for: i) == nil && i.ages.contains(ages.exactAge(for: i).months)
            }
            if s.catchUp, !dueToday, !missed.isEmpty, !now.isEmpty, let (start, end) = lastMissed {
                overdue.append(Entry(screening: s.id, title: s.title[locale], atMonths: missed.last!, from: start, until: end,
                                     corrected: from != birthDate, instruments: now, missedAt: missed))
            }
            for at in s.atMonths {
                let start = from.adding(months: at), end = from.adding(months: at + s.windowMonths).adding(days: -1)
                let instruments = s.instruments.filter { set[$0]?.ages.contains(at) ?? false }
                let entry = Entry(screening: s.id, title: s.title[locale], atMonths: at, from: start, until: end,
                                  corrected: from != birthDate, instruments: instruments)
                if start <= date && date <= end {
                    dueNow.append(entry)
                } else if start > date {
                    next.append(entry)
                    break
                }
            }
        }
        next.sort { ($0.from, $0.screening) < ($1.from, $1.screening) }
        return Plan(ages: ages, dueDate: dueFrom, dueNow: dueNow, next: next, overdue: overdue, warnings: warnings)
    }
}

extension CalendarDate {
    /// Today's date on this machine's clock and time zone: only `earlyscreen due` without --on reads it.
    public static func today() -> CalendarDate {
        var t = time(nil)
        var tm = tm()
        localtime_r(&t, &tm)
        return CalendarDate(year: Int(tm.tm_year) + 1900, month: Int(tm.tm_mon) + 1, day: Int(tm.tm_mday))!
    }
}
