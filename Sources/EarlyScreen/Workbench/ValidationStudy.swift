import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
import ESReport
import ESTally
import ESFHIR
#if canImport(Glibc)
import Glibc
#endif

/// Validation statistics on labelled local data (`earlyscreen study`): how well each instrument's
/// screen agrees with a reference standard (a clinical diagnosis), at its own cut-off and at every
/// other cut-off of each score, with the ROC curve and its area.
///
/// A study line is `{"request": REQUEST, "reference": {"mchat-r": true, …}}`: the request as
/// `evaluate` reads it, and per instrument whether the reference standard found the condition.
/// Responses that are not scored (incomplete, not applicable, …) are excluded and counted by status.
package struct ValidationStudy: Sendable {
    package static let format = "earlyscreen/study@1"

    /// Per instrument: the 2×2 table at its own cut-off, and per score how many reference-positive
    /// and -negative responses had each value. Memory grows with the distinct values, not the lines.
    struct Counts: Sendable {
        var own = Table()
        var scores: [String: [Double: (positive: Int, negative: Int)]] = [:]
    }

    package private(set) var lines = 0
    /// Lines that are not a study line or whose request is rejected, by reason.
    package private(set) var rejected: [String: Int] = [:]
    var counts: [String: Counts] = [:]
    /// Labelled responses left out, by instrument and status.
    package private(set) var excluded: [String: [String: Int]] = [:]
    /// Per instrument, whether more points mean more concern (skills scales count the other way).
    var higherIsWorse: [String: Bool] = [:]

    package init() {}

    package mutating func add(line bytes: [UInt8], engine: Engine) {
        lines += 1
        guard let value = try? JSONReader().parse(bytes), case .object(let top) = value,
              let request = ResultLine.field(top, "request"), case .object(let labels)? = ResultLine.field(top, "reference") else {
            rejected["not_a_study_line", default: 0] += 1
            return
        }
        let result: ScreeningResult
        do throws(RequestError) {
            result = try engine.evaluate(try engine.request(request))
        } catch {
            rejected[error.code.rawValue, default: 0] += 1
            return
        }
        for (id, label) in labels {
            guard case .bool(let positive) = label else { rejected["reference_not_boolean", default: 0] += 1; continue }
            guard let r = result.results.first(where: { $0.instrument == id }) else {
                excluded[id, default: [:]]["not_in_request", default: 0] += 1
                continue
            }
            guard r.status == .scored else {
                excluded[id, default: [:]][r.status.rawValue, default: 0] += 1
                continue
            }
            higherIsWorse[id] = engine.set[id]?.higherPointsMoreConcerning ?? true
            var c = counts[id] ?? Counts()
            c.own.add(screened: r.outcome >= .followUp, positive: positive)
            for (name, value) in r.scores {
                var h = c.scores[name, default: [:]][value, default: (0, 0)]
                if positive { h.positive += 1 } else { h.negative += 1 }
                c.scores[name, default: [:]][value] = h
            }
            counts[id] = c
        }
    }

    // MARK: - Statistics

    /// A 2×2 table against the reference: true/false positives and negatives.
    package struct Table: Sendable, Equatable {
        package var tp = 0, fp = 0, fn = 0, tn = 0

        mutating func add(screened: Bool, positive: Bool, _ n: Int = 1) {
            switch (screened, positive) {
            case (true, true): tp += n
            case (true, false): fp += n
            case (false, true): fn += n
            case (false, false): tn += n
            }
        }

        package var sensitivity: Proportion { Proportion(tp, tp + fn) }
        package var specificity: Proportion { Proportion(tn, tn + fp) }
        package var ppv: Proportion { Proportion(tp, tp + fp) }
        package var npv: Proportion { Proportion(tn, tn + fn) }

        /// Likelihood ratios with the usual log-method 95% interval (Simel, Samsa & Matchar 1991);
        /// nil where a cell is zero and the ratio or its interval is undefined.
        package var positiveLR: Ratio? { Self.ratio(tp, tp + fn, fp, fp + tn) }
        package var negativeLR: Ratio? { Self.ratio(fn, tp + fn, tn, fp + tn) }

        static func ratio(_ a: Int, _ n1: Int, _ b: Int, _ n2: Int) -> Ratio? {
            guard a > 0, b > 0, n1 > 0, n2 > 0 else { return nil }
            let lr = (Double(a) / Double(n1)) / (Double(b) / Double(n2))
            let se = (1 / Double(a) - 1 / Double(n1) + 1 / Double(b) - 1 / Double(n2)).squareRoot()
            let z = 1.959963984540054
            return Ratio(value: lr, low: lr * exp(-z * se), high: lr * exp(z * se))
        }
    }

    package struct Proportion: Sendable, Equatable {
        package var k: Int, n: Int
        init(_ k: Int, _ n: Int) { self.k = k; self.n = n }
        package var value: Double? { n > 0 ? Double(k) / Double(n) : nil }
        package var ci95: (low: Double, high: Double)? { Wilson.interval(k, n) }
        package static func == (a: Proportion, b: Proportion) -> Bool { a.k == b.k && a.n == b.n }
    }

    package struct Ratio: Sendable { public var value, low, high: Double }

    package struct ScoreAnalysis: Sendable {
        package var score: String
        /// Positive when the score is at least the cut-off (at most, for a skills scale).
        package var atLeast: Bool
        package var cutoffs: [(cutoff: Double, table: Table)]
        /// ROC points (1 − specificity, sensitivity), from the strictest cut-off to the loosest.
        package var roc: [(fpr: Double, tpr: Double)]
        package var auc: Double?
        /// DeLong et al. (1988) standard error, as a 95% interval clipped to [0, 1].
        package var aucCI: (low: Double, high: Double)?
    }

    package struct InstrumentAnalysis: Sendable {
        package var instrument: String
        package var cases: Int, positives: Int
        /// At the instrument's own cut-off (screen positive: follow-up or referral).
        package var own: Table
        package var scores: [ScoreAnalysis]
    }

    package func analyses() -> [InstrumentAnalysis] {
        counts.keys.sorted().map { id in
            let c = counts[id]!
            let higher = higherIsWorse[id] ?? true
            let scores = c.scores.keys.sorted().map { Self.analyse($0, c.scores[$0]!, higherIsWorse: higher) }
            return InstrumentAnalysis(instrument: id, cases: c.own.tp + c.own.fp + c.own.fn + c.own.tn,
                                      positives: c.own.tp + c.own.fn, own: c.own, scores: scores)
        }
    }

    static func analyse(_ name: String, _ histogram: [Double: (positive: Int, negative: Int)], higherIsWorse: Bool) -> ScoreAnalysis {
        // Oriented so that a larger value is more concerning, strictest cut-off first.
        let values = histogram.map { (x: higherIsWorse ? $0.key : -$0.key, pos: $0.value.positive, neg: $0.value.negative) }.sorted { $0.x > $1.x }
        let positives = values.reduce(0) { $0 + $1.pos }, negatives = values.reduce(0) { $0 + $1.neg }
        var tables: [(Double, Table)] = []
        var roc: [(Double, Double)] = [(0, 0)]
        var tp = 0, fp = 0
        for v in values {
            tp += v.pos
            fp += v.neg
            let t = Table(tp: tp, fp: fp, fn: positives - tp, tn: negatives - fp)
            tables.append((higherIsWorse ? v.x : -v.x, t))
            if let sens = t.sensitivity.value, let spec = t.specificity.value { roc.append((1 - spec, sens)) }
        }
        let (auc, se) = delong(values.map { ($0.x, $0.pos, $0.neg) })
        let ci = auc.flatMap { a in se.map { (max(0, a - 1.959963984540054 * $0), min(1, a + 1.959963984540054 * $0)) } }
        return ScoreAnalysis(score: name, atLeast: higherIsWorse, cutoffs: tables, roc: roc, auc: auc, aucCI: ci)
    }

    /// The area under the ROC curve (ties count half) and DeLong et al.'s (1988) standard error,
    /// from how many positives and negatives had each value: every case with one value shares its
    /// placement value, so the variance sums over values instead of cases.
    static func delong(_ histogram: [(x: Double, positive: Int, negative: Int)]) -> (Double?, Double?) {
        let h = histogram.sorted { $0.x < $1.x }
        let m = h.reduce(0) { $0 + $1.positive }, n = h.reduce(0) { $0 + $1.negative }
        guard m > 0, n > 0 else { return (nil, nil) }
        var negativesBelow = 0, positivesAbove = m
        var v10: [(value: Double, weight: Int)] = [], v01: [(value: Double, weight: Int)] = []
        for b in h {
            positivesAbove -= b.positive
            // A positive here: share of negatives below it, ties half; a negative: share of positives above.
            if b.positive > 0 { v10.append(((Double(negativesBelow) + Double(b.negative) / 2) / Double(n), b.positive)) }
            if b.negative > 0 { v01.append(((Double(positivesAbove) + Double(b.positive) / 2) / Double(m), b.negative)) }
            negativesBelow += b.negative
        }
        let auc = v10.reduce(0) { $0 + $1.value * Double($1.weight) } / Double(m)
        guard m > 1, n > 1 else { return (auc, nil) }
        func variance(_ a: [(value: Double, weight: Int)], _ count: Int) -> Double {
            let mean = a.reduce(0) { $0 + $1.value * Double($1.weight) } / Double(count)
            return a.reduce(0) { $0 + Double($1.weight) * ($1.value - mean) * ($1.value - mean) } / Double(count - 1)
        }
        return (auc, (variance(v10, m) / Double(m) + variance(v01, n) / Double(n)).squareRoot())
    }

    /// From two lists of values (positives, negatives); the histogram form above does the work.
    static func delong(positives x: [Double], negatives y: [Double]) -> (Double?, Double?) {
        var h: [Double: (positive: Int, negative: Int)] = [:]
        for v in x { h[v, default: (0, 0)].positive += 1 }
        for v in y { h[v, default: (0, 0)].negative += 1 }
        return delong(h.map { ($0.key, $0.value.positive, $0.value.negative) })
    }
}
