import ESSource
import ESExpr
import ESModel
import ESEval
import ESJSON
/// Programme indicators counted over result lines (`earlyscreen/result@1` and error objects):
/// visits, outcomes, bands, referrals, critical findings, incomplete and not-applicable rates,
/// grouped by context fields and by month.
///
/// Every count is a sum, so tallies merge: the tally of a stream is the merge of the tallies of
/// any split of it (`TallyTests` proves it over random splits). That is what lets `tally --partial`
/// run per partition on a cluster and `tally --merge` combine them.
package struct Tally: Sendable, Equatable {
    package static let stateFormat = "earlyscreen/tally-state@1"

    /// The fields results are grouped by: `month` and `year` of `assessed_on`, or a context key.
    package let by: [String]
    /// Counts per group key (one value per `by` field; nil where a line has none).
    package internal(set) var groups: [[String?]: Counts] = [:]

    package init(by: [String]) { self.by = by }

    /// Counts one line. A line that is neither a result nor an error object is counted as rejected
    /// with the code `not_a_result`, never skipped.
    package mutating func add(line: UnsafeBufferPointer<UInt8>) {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            groups[Array(repeating: nil, count: by.count), default: Counts()].rejected["empty_line", default: 0] += 1
            return
        }
        if let summary = ResultLine.scan(line) ?? ResultLine.read(line) {
            count(summary)
        } else {
            groups[Array(repeating: nil, count: by.count), default: Counts()].rejected["not_a_result", default: 0] += 1
        }
    }

    package mutating func add(line: [UInt8]) { line.withUnsafeBufferPointer { add(line: $0) } }

    package mutating func count(_ line: ResultLine) {
        let key: [String?] = by.map { field in
            switch field {
            case "month": line.assessedOn.map { String($0.prefix(7)) }
            case "year": line.assessedOn.map { String($0.prefix(4)) }
            default: line.context.first { $0.key == field }?.value
            }
        }
        var c = groups[key] ?? Counts()
        groups[key] = nil  // counted in place, without a copy
        defer { groups[key] = c }
        if let code = line.error {
            c.rejected[code, default: 0] += 1
            return
        }
        guard let outcome = line.outcome else {
            c.rejected["not_a_result", default: 0] += 1
            return
        }
        c.visits += 1
        c.outcomes[outcome, default: 0] += 1
        if let m = line.chronologicalMonths { c.ageBands[Self.ageBand(m), default: 0] += 1 }
        for r in line.results {
            var i = c.instruments[r.instrument] ?? InstrumentCounts()
            c.instruments[r.instrument] = nil
            i.responses += 1
            if let s = r.status { i.statuses[s, default: 0] += 1 }
            if let f = r.form { i.forms[f, default: 0] += 1 }
            if let m = r.ageMonths { i.ageBands[Self.ageBand(m), default: 0] += 1 }
            if let b = r.band { i.bands[b, default: 0] += 1 }
            else if let b = r.bandAtLeast { i.bandsAtLeast[b, default: 0] += 1 }
            if let o = r.outcome { i.outcomes[o, default: 0] += 1 }
            if let code = r.reasonCode { i.reasons[code, default: 0] += 1 }
            for name in r.critical { i.critical[name, default: 0] += 1 }
            c.instruments[r.instrument] = i
        }
        let day = line.assessedOn.flatMap(CalendarDate.init(iso:))
        for m in line.referrals {
            let days = m.dueBy.flatMap(CalendarDate.init(iso:)).flatMap { due in day.map { due.dayNumber - $0.dayNumber } }
            c.referrals[ReferralKey(referral: m.referral, urgency: m.urgency), default: ReferralCounts()].add(days: days)
        }
    }

    /// Adds another tally of the same grouping.
    package mutating func merge(_ other: Tally) {
        precondition(other.by == by, "tallies grouped differently do not merge")
        for (key, counts) in other.groups { groups[key, default: Counts()].merge(counts) }
    }

    /// Every group merged: the whole stream's counts.
    package var total: Counts {
        var all = Counts()
        for c in groups.values { all.merge(c) }
        return all
    }

    /// Completed months → the band programme reports use (half-years in the first two years).
    package static func ageBand(_ months: Int) -> String {
        switch months {
        case ..<0: "unknown"
        case 0..<6: "00-05m"
        case 6..<12: "06-11m"
        case 12..<18: "12-17m"
        case 18..<24: "18-23m"
        case 24..<36: "24-35m"
        case 36..<48: "36-47m"
        case 48..<60: "48-59m"
        default: "60m+"
        }
    }

}

/// What one group counted. Every field is a sum (or a min/max), so counts merge by adding.
package struct Counts: Sendable, Equatable {
    package var visits = 0
    /// Rejected lines by error code (`not_a_result` for a line that is no result at all).
    package var rejected: [String: Int] = [:]
    package var outcomes: [String: Int] = [:]
    /// Visits by the child's chronological age band.
    package var ageBands: [String: Int] = [:]
    package var instruments: [String: InstrumentCounts] = [:]
    package var referrals: [ReferralKey: ReferralCounts] = [:]

    package init() {}

    package mutating func merge(_ o: Counts) {
        visits += o.visits
        Self.add(&rejected, o.rejected)
        Self.add(&outcomes, o.outcomes)
        Self.add(&ageBands, o.ageBands)
        for (k, v) in o.instruments { instruments[k, default: InstrumentCounts()].merge(v) }
        for (k, v) in o.referrals { referrals[k, default: ReferralCounts()].merge(v) }
    }

    package static func add(_ a: inout [String: Int], _ b: [String: Int]) {
        for (k, v) in b { a[k, default: 0] += v }
    }
}

package struct InstrumentCounts: Sendable, Equatable {
    package var responses = 0
    package var statuses: [String: Int] = [:]
    package var forms: [String: Int] = [:]
    /// Responses by the age the instrument used (corrected where it corrects).
    package var ageBands: [String: Int] = [:]
    /// Bands given (status scored); `bandsAtLeast`: the least severe band still possible when
    /// unanswered items left it open.
    package var bands: [String: Int] = [:]
    package var bandsAtLeast: [String: Int] = [:]
    package var outcomes: [String: Int] = [:]
    /// Why results were not scored (`reason_code`).
    package var reasons: [String: Int] = [:]
    package var critical: [String: Int] = [:]

    package init() {}

    package mutating func merge(_ o: InstrumentCounts) {
        responses += o.responses
        for (mine, theirs) in [(\InstrumentCounts.statuses, o.statuses), (\.forms, o.forms), (\.ageBands, o.ageBands),
                               (\.bands, o.bands), (\.bandsAtLeast, o.bandsAtLeast), (\.outcomes, o.outcomes),
                               (\.reasons, o.reasons), (\.critical, o.critical)] {
            Counts.add(&self[keyPath: mine], theirs)
        }
    }
}

package struct ReferralKey: Sendable, Hashable, Comparable {
    package var referral: String
    package var urgency: String
    package static func < (a: ReferralKey, b: ReferralKey) -> Bool { (a.referral, a.urgency) < (b.referral, b.urgency) }

    package init(referral: String, urgency: String) {
        self.referral = referral
        self.urgency = urgency
    }
}

/// Referrals made, and how many days after the visit they are due.
package struct ReferralCounts: Sendable, Equatable {
    package var count = 0
    /// Over the referrals whose visit day and due date are known.
    package var timed = 0, daysSum = 0, daysMin = Int.max, daysMax = Int.min

    package init() {}

    package mutating func add(days: Int?) {
        count += 1
        guard let days else { return }
        timed += 1
        daysSum += days
        daysMin = min(daysMin, days)
        daysMax = max(daysMax, days)
    }

    package mutating func merge(_ o: ReferralCounts) {
        count += o.count
        timed += o.timed
        daysSum += o.daysSum
        daysMin = min(daysMin, o.daysMin)
        daysMax = max(daysMax, o.daysMax)
    }
}

/// The Wilson score interval for a proportion (95%): well behaved at 0, at 1 and for small counts,
/// where the plain p ± 1.96·se is not.
package enum Wilson {
    package static func interval(_ k: Int, _ n: Int, z: Double = 1.959963984540054) -> (low: Double, high: Double)? {
        guard n > 0 else { return nil }
        let n = Double(n), p = Double(k) / n, z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / (1 + z2 / n)
        return (max(0, centre - half), min(1, centre + half))
    }
}
