import ESSource
import ESExpr
import ESModel
/// A form scored by sums alone, as a table made at load: with every item answered, its scores are
/// added up from the options' points and its band looked up by them, without the rule interpreter
/// or a frame of intervals. Any other response (an item unanswered, a form for another age, a
/// second stage, an explanation asked for) is scored the general way, so missing answers, critical
/// findings and open bands keep their one place.
///
/// A form gets a plan only when the plan cannot differ from its rules:
/// - no critical rules (a finding that must stand is always read by the rules);
/// - every score a plain sum of distinct items (`Syntax.summedItems`), every option's points
///   whole and not negative, so each total is exact and each score takes few values;
/// - every band rule reads only the scores (numbers, comparisons, `and`, `or`, `not`), and is run
///   here, by the compiled rule itself, for every combination of totals: a combination gets a band
///   only when that band's rule is true and every other band's false;
/// - recommendation conditions read only scores and ages, which the evaluator sets in a frame
///   when a band's recommendations are not prepared.
final class SumPlan: Sendable {
    /// The totals as one key: score `j`'s total times `stride[j]`.
    let stride: [Int]
    /// What option `c` of item `i` adds to the key, at `keyPoints[optionStart[i] + c]` (the form's
    /// answer table's starts): its points times the stride of each score that sums the item. The
    /// key is linear in the totals, so it is one sum over the items.
    let optionStart: [Int]
    let keyPoints: [Int]
    /// The band of each key, -1 where the rules give none or several (the general way decides).
    let bandOf: [Int8]

    /// At most this many combinations of totals are tabled (each evaluator tables its forms when
    /// it is made); a form with more has no plan: SWYC BPSC's three scores of 0–8 make 729.
    static let maxKeys = 128

    init?(_ form: Form, secondStage: Bool, tables: Set<String>) {
        guard !secondStage, form.critical.isEmpty, !form.items.isEmpty, !form.scores.isEmpty, form.bands.count < Int(Int8.max) else { return nil }
        let options = form.items.flatMap(\.options)
        guard options.allSatisfy({ $0.points >= 0 && $0.points.sign == .plus && $0.points == $0.points.rounded() && $0.points <= 1e6 }) else { return nil }
        var summed: [[Int]] = [], stride: [Int] = [], keys = 1
        for s in form.scores {
            guard let items = s.syntax?.summedItems(form.itemIndex, itemCount: form.items.count) else { return nil }
            let most = items.reduce(0) { $0 + Int(form.items[$1].maxPoints) }
            stride.append(keys)
            guard keys <= Self.maxKeys / (most + 1) else { return nil }
            keys *= most + 1
            summed.append(items)
        }
        // A name that could mean something else (an item, an age, a table) is not read as a score:
        // the table below is made with every age and item at 0.
        let others = Set(form.itemIndex.keys).union(ExprScope.ageNames).union(tables)
        let scoreIDs = Set(form.scores.map(\.id)).subtracting(others)
        let readable = scoreIDs.union(Set(ExprScope.ageNames).subtracting(form.itemIndex.keys).subtracting(tables))
        for b in form.bands {
            guard let rule = b.syntax, Self.reads(only: scoreIDs, rule) else { return nil }
            for r in b.recommendations where r.condition != nil {
                guard let text = r.source, let rule = try? Parser.parse(text), Self.reads(only: readable, rule) else { return nil }
            }
        }
        optionStart = form.answers.optionStart
        var keyPoints = [Int](repeating: 0, count: options.count)
        for (j, items) in summed.enumerated() {
            for i in items {
                for (c, o) in form.items[i].options.enumerated() { keyPoints[optionStart[i] + c] += Int(o.points) * stride[j] }
            }
        }
        self.keyPoints = keyPoints
        self.stride = stride
        // Each combination of totals through the form's own band rules, as the interpreter would
        // run them on exact scores. Every evaluator builds its plans (tests build thousands), so
        // the loop makes no array.
        let frame = EvalFrame(itemCount: form.items.count, scoreCount: form.scores.count)
        var bandOf = [Int8](repeating: -1, count: keys)
        for key in 0..<keys {
            for j in form.scores.indices { frame.scores[j] = Interval(exactly: Double(Self.total(key, j, stride, keys))) }
            var found = -1, single = true
            for k in form.bands.indices {
                switch form.bands[k].condition.run(frame) {
                case .yes: if found >= 0 { single = false } else { found = k }
                case .unknown: single = false
                case .no: break
                }
            }
            if single && found >= 0 { bandOf[key] = Int8(found) }
        }
        self.bandOf = bandOf
    }

    /// Score `j`'s total in `key`.
    static func total(_ key: Int, _ j: Int, _ stride: [Int], _ keys: Int) -> Int {
        let next = j + 1 < stride.count ? stride[j + 1] : keys
        return key % next / stride[j]
    }
    func total(_ key: Int, _ j: Int) -> Int { Self.total(key, j, stride, bandOf.count) }

    /// The key of the totals, or nil when an item is unanswered (or null). Read through unsafe
    /// buffers: it runs for every response a plan scores, and each array read checked its bounds.
    func key(_ choices: [Int8]) -> Int? {
        guard choices.count == optionStart.count - 1 else { return nil }
        return choices.withUnsafeBufferPointer { c -> Int? in
            optionStart.withUnsafeBufferPointer { start in
                keyPoints.withUnsafeBufferPointer { points in
                    var key = 0
                    for i in c.indices {
                        let x = c[i]
                        guard x >= 0 else { return nil }
                        key &+= points[start[i] &+ Int(x)]
                    }
                    return key
                }
            }
        }
    }

    /// Whether `rule` names nothing but `names`, through numbers, booleans, arithmetic and
    /// comparisons (no item, list, range, string or function).
    static func reads(only names: Set<String>, _ rule: Syntax) -> Bool {
        var ok = true
        rule.visit { node in
            switch node {
            case .number, .bool, .unary, .binary: break
            case .name(let n, _): if !names.contains(n) { ok = false }
            case .string, .range, .list, .call: ok = false
            }
        }
        return ok
    }
}
