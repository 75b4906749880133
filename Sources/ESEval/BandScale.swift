import ESSource
import ESExpr
import ESModel
/// Which band each whole value of a score gives on its own, every other answer unknown: the
/// cut-offs a printed report draws a score against. Computed from the compiled band rules, so it
/// can never disagree with the scoring; a value whose band depends on other answers (a subscale
/// of several) is left undecided rather than guessed.
package struct BandScale: Sendable, Hashable {
    package struct Segment: Sendable, Hashable {
        package var from: Int, to: Int
        /// The band's index in the form, or nil where other answers decide.
        package var band: Int?
    }
    package var score: Int
    package var low: Int, high: Int
    package var segments: [Segment]

    /// nil when the score has no finite whole-number range of at most 1,000 values.
    package static func of(_ form: Form, score j: Int, instrument: Instrument, ages: ChildAges) -> BandScale? {
        let frame = EvalFrame(itemCount: form.items.count, scoreCount: form.scores.count)
        for (i, item) in form.items.enumerated() { frame.points[i] = Interval(item.minPoints, item.maxPoints) }
        let exact = ages.exactAge(for: instrument)
        frame.setAges(Double(exact.months), chronological: Double(ages.chronological.months),
                      corrected: Double(ages.corrected(termWeeks: instrument.prematurity?.termWeeks ?? 40)?.age.months ?? ages.chronological.months),
                      days: Double(exact.days))
        for k in form.scores.indices { frame.scores[k] = form.scores[k].expression.run(frame) }
        let range = frame.scores[j]
        guard range.lo.isFinite, range.hi.isFinite, range.hi - range.lo <= 1000 else { return nil }
        let low = Int(range.lo.rounded(.down)), high = Int(range.hi.rounded(.up))
        var segments: [Segment] = []
        for v in low...high {
            frame.scores[j] = Interval(exactly: Double(v))
            var band: Int? = nil
            for (b, rule) in form.bands.enumerated() {
                let t = rule.condition.run(frame)
                if t == .yes { band = b; break }
                if t == .unknown { break }  // an earlier band may still match: undecided
            }
            if let last = segments.last, last.band == band, last.to == v - 1 { segments[segments.count - 1].to = v } else {
                segments.append(Segment(from: v, to: v, band: band))
            }
        }
        return BandScale(score: j, low: low, high: high, segments: segments)
    }
}
