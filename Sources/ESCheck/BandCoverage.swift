import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
/// Proves at load that a form's bands cover every reachable value and that each band can match.
///
/// The values enumerated are those the band rules read: scores (their reachable values, exactly for
/// a plain sum of items, else every whole number in the score's range), items read directly (each
/// option), and ages (each month of the form's window). Scores are enumerated independently, which
/// may include combinations no answers produce; a gap reported there is still worth a look.
package struct BandCoverage {
    package let form: Form
    /// The names each band's rule reads, and where diagnostics about it point.
    package let rules: [(names: [String], location: SourceLocation)]
    /// Where a gap is reported: the first band.
    package let anchor: SourceLocation?

    /// Tables the bands read are read by an age, which is then enumerated too.
    package let tables: [String: AgeTable]

    package init(form: Form, bandDefs: [InstrumentLoader.BandDef], tables: [String: AgeTable] = [:]) {
        self.form = form
        self.tables = tables
        rules = bandDefs.map { ($0.when.names.map(\.name), $0.when.location) }
        anchor = bandDefs.first?.location
    }

    /// From a checked form alone (the mutation tests compare band tables this way).
    package init(form: Form, tables: [String: AgeTable] = [:]) {
        self.form = form
        self.tables = tables
        rules = form.bands.map { ($0.syntax?.names.map(\.name) ?? [], $0.location) }
        anchor = form.bands.first?.location
    }
    package static let maxCombinations = 1_000_000
    package static let maxValuesPerScore = 10_000

    package enum Variable {
        case score(slot: Int, name: String, values: [Double])
        case item(index: Int, name: String)
        case age(slot: Int, name: String, values: [Double])
    }

    /// The values the band rules read, or why they cannot be enumerated.
    package func variables() -> (vars: [Variable], unproven: String?) {
        var names: [String] = []
        for r in rules {
            for n in r.names where !names.contains(n) {
                names.append(n)
                if let t = tables[n], !names.contains(t.by) { names.append(t.by) }
            }
        }
        let ranges = scoreRanges()
        var vars: [Variable] = []
        for n in names {
            if let slot = form.scores.firstIndex(where: { $0.id == n }) {
                guard let values = reachable(slot, ranges) else {
                    return ([], "score \(n) has no finite whole-number range to enumerate")
                }
                vars.append(.score(slot: slot, name: n, values: values))
            } else if let i = form.itemIndex[n] {
                vars.append(.item(index: i, name: n))
            } else if n == "age_days" {
                // Every day from the first to the last of the form's months.
                vars.append(.age(slot: 3, name: n, values: ((form.ages.minMonths * 28)...((form.ages.maxMonths + 1) * 31)).map(Double.init)))
            } else if let k = ExprScope.ageNames.firstIndex(of: n) {
                vars.append(.age(slot: k, name: n, values: (form.ages.minMonths...form.ages.maxMonths).map(Double.init)))
            }
        }
        var total = 1
        for v in vars {
            total *= count(v)
            if total > Self.maxCombinations {
                return ([], "more than \(Self.maxCombinations) combinations of the values the bands read")
            }
        }
        return (vars, nil)
    }

    /// For every combination of the variables' values (odometer order), the index of the first band
    /// that matches it, or nil for a gap.
    package func assignments(_ vars: [Variable]) -> [Int?] {
        let frame = EvalFrame(itemCount: form.items.count, scoreCount: form.scores.count)
        var out: [Int?] = []
        var choice = Array(repeating: 0, count: vars.count)
        outer: while true {
            for (v, c) in zip(vars, choice) { set(v, c, frame) }
            out.append(form.bands.firstIndex { $0.condition.run(frame) == .yes })
            var k = 0
            while k < vars.count {
                choice[k] += 1
                if choice[k] < count(vars[k]) { continue outer }
                choice[k] = 0
                k += 1
            }
            return out
        }
    }

    /// The combination at `index` of the odometer order, described for a message.
    package func describe(_ vars: [Variable], combination index: Int) -> String {
        var rest = index
        return vars.map { v in
            let c = rest % count(v)
            rest /= count(v)
            return describe(v, c)
        }.joined(separator: ", ")
    }

    package mutating func prove() -> [Diagnostic] {
        guard let anchor else { return [] }
        let suffix = form.declared ? " (form \(form.id))" : ""
        let (vars, unproven) = variables()
        if let unproven {
            return [.warning(.checkCoverageUnproven, "band coverage not proven\(suffix): \(unproven)", at: anchor)]
        }
        let table = assignments(vars)
        let gaps = table.indices.filter { table[$0] == nil }
        var out: [Diagnostic] = []
        if !gaps.isEmpty {
            let shown = gaps.prefix(3).map { describe(vars, combination: $0) }
            let more = gaps.count > shown.count ? " and \(gaps.count - shown.count) more" : ""
            out.append(.error(.checkBandGap, "no band covers \(shown.joined(separator: "; "))\(more)\(suffix)", at: anchor))
        }
        let matched = Set(table.compactMap { $0 })
        for j in form.bands.indices where !matched.contains(j) {
            out.append(.error(.checkBandUnreachable, "band \(form.bands[j].id) can never match: every value it accepts is taken by an earlier band or cannot occur\(suffix)",
                              at: rules[j].location))
        }
        return out
    }

    package func count(_ v: Variable) -> Int {
        switch v {
        case .score(_, _, let values), .age(_, _, let values): values.count
        case .item(let i, _): form.items[i].options.count
        }
    }

    package func set(_ v: Variable, _ c: Int, _ f: EvalFrame) {
        switch v {
        case .score(let slot, _, let values): f.scores[slot] = Interval(exactly: values[c])
        case .age(let slot, _, let values): f.ages[slot] = values[c]
        case .item(let i, _):
            f.selected[i] = 1 << UInt64(c)
            f.points[i] = Interval(exactly: form.items[i].options[c].points)
        }
    }

    package func describe(_ v: Variable, _ c: Int) -> String {
        switch v {
        case .score(_, let n, let values), .age(_, let n, let values): "\(n) = \(Number.format(values[c]))"
        case .item(let i, let n): "\(n) = \(form.items[i].options[c].id)"
        }
    }

    /// Each score's range with every item unanswered (the interval over all answers), joined over
    /// every day of the form's age window, since rules may read the age.
    package func scoreRanges() -> [Interval] {
        let f = EvalFrame(itemCount: form.items.count, scoreCount: form.scores.count)
        for (i, item) in form.items.enumerated() { f.points[i] = Interval(item.minPoints, item.maxPoints) }
        var out: [Interval]? = nil
        for months in form.ages.minMonths...form.ages.maxMonths {
            let first = Int((Double(months) * 30.4375).rounded(.down)), last = Int((Double(months + 1) * 30.4375).rounded(.down))
            for days in first..<max(first + 1, last) {
                f.setAges(Double(months), chronological: Double(months), corrected: Double(months), days: Double(days))
                for (j, s) in form.scores.enumerated() { f.scores[j] = s.expression.run(f) }
                out = out.map { o in o.indices.map { Interval(Swift.min(o[$0].lo, f.scores[$0].lo), Swift.max(o[$0].hi, f.scores[$0].hi)) } } ?? f.scores.values
            }
        }
        return out ?? f.scores.values
    }

    package func reachable(_ slot: Int, _ ranges: [Interval]) -> [Double]? {
        let s = form.scores[slot]
        if let summed = s.syntax?.summedItems(form.itemIndex, itemCount: form.items.count) {
            var sums: Set<Double> = [0]
            for i in summed {
                let pts = Set(form.items[i].options.map(\.points))
                sums = Set(sums.flatMap { a in pts.map { a + $0 } })
                if sums.count > Self.maxValuesPerScore { return nil }
            }
            return sums.sorted()
        }
        let r = ranges[slot]
        guard r.lo.isFinite, r.hi.isFinite, r.lo == r.lo.rounded(), r.hi == r.hi.rounded(),
              r.hi - r.lo <= Double(Self.maxValuesPerScore) else { return nil }
        return stride(from: r.lo, through: r.hi, by: 1).map { $0 }
    }
}
