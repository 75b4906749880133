import ESEval
import ESJSON
/// The head of a lane result (`{"format":…,"id":…,"assessed_on":…,"engine":…,"age":{…}`) as the
/// general encoder writes it, split at the five values that change from line to line: the id, the
/// visit day, the age in tenths of months, in months and in days. Made once from a head the encoder
/// wrote with marker values; nil when the markers cannot be found exactly once each (the lane then
/// writes heads with the encoder). `StreamLane.learn` compares it with the encoder on every line it
/// learns from, and `StreamLaneTests` over thousands of dates.
package struct HeadTemplate {
    /// The constant bytes before, between and after the five values: `bytes[cuts[k]..<cuts[k + 1]]`.
    let bytes: [UInt8]
    let cuts: [Int]

    static let markerID = "#lane-id#"
    static let markerVisit = CalendarDate(year: 2999, month: 12, day: 31)!
    static let markerBirth = CalendarDate(year: 2996, month: 11, day: 19)!

    init?(_ encoder: ResultEncoder, draftFailures: [String]) {
        let ages = ChildAges(birthDate: Self.markerBirth, assessedOn: Self.markerVisit, gestationalWeeks: nil)
        var w = JSONWriter(capacity: 512)
        encoder.head(&w, id: Self.markerID, ages: ages, correctedAge: nil, correctedFrom: nil, context: [], draftFailures: draftFailures)
        let head = w.bytes
        func text(_ write: (inout JSONWriter) -> Void) -> [UInt8] {
            var v = JSONWriter(capacity: 32)
            write(&v)
            return v.bytes
        }
        // Each value with the byte before and after it, so that one cannot be found inside another.
        let values: [(before: UInt8, value: [UInt8], after: UInt8)] = [
            (0x3A, text { $0.string(Self.markerID) }, 0x2C),
            (0x3A, text { $0.date(Self.markerVisit) }, 0x2C),
            (0x3A, text { $0.tenths(ages.chronological.tenthsOfMonths(from: Self.markerBirth)) }, 0x2C),
            (0x3A, text { $0.int(ages.chronological.months) }, 0x2C),
            (0x3A, text { $0.int(ages.chronological.days) }, 0x7D),
        ]
        var pieces: [[UInt8]] = []
        var at = 0
        for v in values {
            let pattern = [v.before] + v.value + [v.after]
            let hits = (0...(head.count - pattern.count)).filter { head[$0..<($0 + pattern.count)].elementsEqual(pattern) }
            guard hits.count == 1, hits[0] + 1 >= at else { return nil }
            pieces.append(Array(head[at..<(hits[0] + 1)]))
            at = hits[0] + 1 + v.value.count
        }
        pieces.append(Array(head[at...]))
        bytes = pieces.flatMap { $0 }
        cuts = pieces.reduce(into: [0]) { $0.append($0.last! + $1.count) }
    }

    /// Writes the head of a result for this id (a plain string's bytes, or nil) and these ages.
    package func write(id: UnsafeBufferPointer<UInt8>?, ages: ChildAges, _ w: inout JSONWriter) {
        bytes.withUnsafeBufferPointer { b in
            func piece(_ k: Int) { w.append(verbatim: UnsafeBufferPointer(rebasing: b[cuts[k]..<cuts[k + 1]])) }
            piece(0)
            w.append(plainString: id)
            piece(1)
            w.append(date: ages.assessedOn)
            piece(2)
            w.append(tenths: ages.chronological.tenthsOfMonths(from: ages.birthDate))
            piece(3)
            w.append(int: ages.chronological.months)
            piece(4)
            w.append(int: ages.chronological.days)
            piece(5)
        }
    }
}
