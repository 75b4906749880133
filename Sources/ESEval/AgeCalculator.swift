import ESSource
import ESExpr
import ESModel
/// The child's ages at a visit: chronological and, when the birth was premature, corrected.
package struct ChildAges: Sendable {
    package let birthDate: CalendarDate
    package let assessedOn: CalendarDate
    package let gestationalWeeks: Double?
    package let chronological: Age
    /// Days from birth to the visit (`age_days`), counted once for every instrument of the visit.
    package let daysOld: Int

    package init(birthDate: CalendarDate, assessedOn: CalendarDate, gestationalWeeks: Double?) {
        self.birthDate = birthDate
        self.assessedOn = assessedOn
        self.gestationalWeeks = gestationalWeeks
        chronological = Age(from: birthDate, to: assessedOn)
        daysOld = assessedOn.dayNumber - birthDate.dayNumber
    }

    /// The ages of the child a request describes, on its visit day.
    package init(_ request: ScreeningRequest) {
        self.init(birthDate: request.birthDate, assessedOn: request.assessedOn, gestationalWeeks: request.gestationalWeeks)
    }

    /// The age counted from the due date at `termWeeks` (corrected for prematurity), if born before it.
    package func corrected(termWeeks: Int) -> (age: Age, from: CalendarDate)? {
        guard let ga = gestationalWeeks, ga < Double(termWeeks) else { return nil }
        let earlyDays = Int(((Double(termWeeks) - ga) * 7).rounded())
        let due = birthDate.adding(days: earlyDays)
        guard due <= assessedOn else { return (Age(months: 0, days: 0), due) }
        return (Age(from: due, to: assessedOn), due)
    }

    /// The day a premature baby reaches term-equivalent age under the instrument's policy, when that
    /// day is still to come at the visit: an instrument that counts from term does not apply yet.
    package func termDate(for instrument: Instrument) -> CalendarDate? {
        // A pattern, not `==`: the enum's `==` from another module went through a generic witness.
        guard case .corrected = instrument.ageBasis, let p = instrument.prematurity, let ga = gestationalWeeks,
              p.applies(gestationalWeeks: ga, chronologicalMonths: chronological.months),
              let c = corrected(termWeeks: p.termWeeks), c.from > assessedOn else { return nil }
        return c.from
    }

    /// The due date at 40 weeks when it is still to come at the visit (the baby is before term).
    package var termDateAhead: CalendarDate? {
        guard let c = corrected(termWeeks: 40), c.from > assessedOn else { return nil }
        return c.from
    }

    /// The age an instrument uses, and whether correction applied, under its own policy.
    package func age(for instrument: Instrument) -> (months: Int, corrected: Bool) {
        let a = exactAge(for: instrument)
        return (a.months, a.corrected)
    }

    /// The same, with the age in days too (`age_days` in rules).
    package func exactAge(for instrument: Instrument) -> (months: Int, days: Int, corrected: Bool) {
        // A pattern, not `==`: the enum's `==` from another module went through a generic witness.
        guard case .corrected = instrument.ageBasis, let p = instrument.prematurity, let ga = gestationalWeeks,
              p.applies(gestationalWeeks: ga, chronologicalMonths: chronological.months),
              let c = corrected(termWeeks: p.termWeeks) else {
            return (chronological.months, daysOld, false)
        }
        return (c.age.months, max(0, assessedOn.dayNumber - c.from.dayNumber), true)
    }
}

extension Age {
    package init(months: Int, days: Int) {
        self.months = months
        self.days = days
    }
}
