import Foundation
import Testing
@testable import EarlyScreen
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

/// Each cutoff and each option's points in the shipped instruments, changed by one (up and down,
/// one at a time, in memory), must be caught: the file no longer checks (a band gap, say) or one of
/// its own embedded tests fails. A threshold no test notices is a gap in the tests.
///
/// First-match-wins bands make some mutants equivalent: M-CHAT-R's `total >= 3 and …` as
/// `total >= 2 and …` changes nothing, because `low` already takes 2. A band mutant whose band
/// table (the band of every reachable combination of values, as the coverage proof enumerates them)
/// equals the original's is counted as equivalent, not as a survivor. Any other mutant the tests
/// miss is equivalent only if, for an instrument small enough to enumerate, every complete set of
/// answers on every day of the age window gives the same result (WHO motor's points, which no rule
/// reads, are such a case).
@Suite struct MutationTests {
    struct Mutant: CustomStringConvertible {
        var what: String
        var text: String
        /// A band rule or an age table: equivalent when the band of every reachable combination is unchanged.
        var inBandRule: Bool
        var description: String { what }
    }

    /// The mutants of one file: every number in a `when:` rule, every `points:` value and every
    /// age-table cut-off (`tables/…/value`), ±1.
    static func mutants(path: String, text: String) -> [Mutant] {
        let source = SourceFile(path: path, text: text)
        var d = DiagnosticBag()
        guard let root = YAMLReader().read(source, diagnostics: &d) else { return [] }
        var out: [Mutant] = []
        func replace(line: Int, column: Int, length: Int, with new: String) -> String {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var scalars = Array(lines[line - 1].unicodeScalars)
            scalars.replaceSubrange((column - 1)..<(column - 1 + length), with: new.unicodeScalars)
            lines[line - 1] = String(String.UnicodeScalarView(scalars))
            return lines.joined(separator: "\n")
        }
        func walk(_ n: YAMLNode, _ path: [String]) {
            switch n.kind {
            case .mapping(let pairs):
                for p in pairs {
                    if let s = p.value.scalar, p.name == "when" || p.name == "rule" {
                        let locator = ScalarLocator(s, in: source)
                        let chars = Array(s.value.unicodeScalars)
                        var k = 0
                        while k < chars.count {
                            guard chars[k].properties.numericType != nil else { k += 1; continue }
                            var e = k
                            while e < chars.count && chars[e].properties.numericType != nil { e += 1 }
                            let number = Int(String(String.UnicodeScalarView(chars[k..<e])))!
                            let at = locator.location(ofOffset: k)
                            for delta in [-1, 1] {
                                out.append(Mutant(what: "\(path.joined(separator: "/"))/\(p.name) \"\(s.value)\": \(number) → \(number + delta) at line \(at.line)",
                                                  text: replace(line: at.line, column: at.column, length: e - k, with: String(number + delta)),
                                                  inBandRule: p.name == "when" && path.count == 2 && path[0] == "bands"))
                            }
                            k = e
                        }
                    } else if let s = p.value.scalar, p.name == "points" || (p.name == "value" && path.first == "tables"),
                              let number = Int(s.value) {
                        for delta in [-1, 1] {
                            out.append(Mutant(what: "\(path.joined(separator: "/"))/\(p.name) \(number) → \(number + delta) at line \(s.start.line)",
                                              text: replace(line: s.start.line, column: s.start.column, length: s.value.unicodeScalars.count, with: String(number + delta)),
                                              inBandRule: p.name == "value"))
                        }
                    } else if p.name != "tests" {
                        walk(p.value, path + [p.name])
                    }
                }
            case .sequence(let xs):
                for (i, x) in xs.enumerated() { walk(x, path + ["\(i)"]) }
            case .scalar:
                break
            }
        }
        walk(root, [])
        return out
    }

    static func bandTables(_ i: Instrument) -> [[Int?]] {
        i.forms.map { f in
            let c = BandCoverage(form: f)
            return c.assignments(c.variables().vars)
        }
    }

    /// Whether both versions give the same result for every complete set of answers on every day of
    /// the age window; nil when there are too many answer sets to enumerate.
    static func sameResultsEverywhere(_ a: Instrument, _ b: Instrument, _ setA: InstrumentSet, _ setB: InstrumentSet) -> Bool? {
        let visit = EmbeddedTestRunner.visit
        // Made once: an evaluator prepares every form of its set (and tables the forms of sums).
        let evaluatorA = Evaluator(set: setA), evaluatorB = Evaluator(set: setB)
        for (fa, fb) in zip(a.forms, b.forms) {
            let counts = fa.items.map(\.options.count)
            guard counts.reduce(1, *) <= 4096 else { return nil }
            let first = Int(Double(fa.ages.minMonths) * 30.4375), last = Int(Double(fa.ages.maxMonths + 1) * 30.4375)
            for day in first..<last {
                let ages = ChildAges(birthDate: visit.adding(days: -day), assessedOn: visit, gestationalWeeks: nil)
                var choice = Array(repeating: 0, count: counts.count)
                while true {
                    let answers = zip(fa.items, choice).map { (item: $0.id, answer: Answer.option($0.options[$1].id)) }
                    var w: [Warning] = []
                    let x = try? evaluatorA.evaluate(Response(instrument: a.id, answers: answers), index: 0, instrument: a,
                                                                ages: ages, stage: nil, locale: .en, warnings: &w)
                    let y = try? evaluatorB.evaluate(Response(instrument: b.id, answers: answers), index: 0, instrument: b,
                                                                ages: ages, stage: nil, locale: .en, warnings: &w)
                    guard let x, let y, x.status == y.status, x.band == y.band, x.outcome == y.outcome, x.critical == y.critical,
                          x.recommendations == y.recommendations, x.scores.map(\.1) == y.scores.map(\.1) else { return false }
                    var k = 0
                    while k < counts.count {
                        choice[k] += 1
                        if choice[k] < counts[k] { break }
                        choice[k] = 0
                        k += 1
                    }
                    if k == counts.count { break }
                }
            }
            _ = fb
        }
        return true
    }

    @Test(arguments: Repo.shippedInstrumentIDs())
    func everyCutoffAndPointsChangeIsCaught(id: String) throws {
        let shipped = try Repo.shippedSet()
        let original = try #require(shipped[id])
        let path = original.location.file
        let text = Repo.read(path)
        let mutants = Self.mutants(path: path, text: text)
        #expect(mutants.count >= 8)
        var killed = 0, equivalent = 0
        var survivors: [String] = []
        for m in mutants {
            let out = InstrumentSetLoader().load(texts: [(path, m.text)], origin: "mutant", context: shipped)
            guard let set = out.set, let mutated = set[id] else { killed += 1; continue }  // caught by check
            if EmbeddedTestRunner(set: set).run(mutated).failures.count > 0 { killed += 1; continue }
            if m.inBandRule && Self.bandTables(mutated) == Self.bandTables(original) { equivalent += 1; continue }
            if Self.sameResultsEverywhere(original, mutated, shipped, set) == true { equivalent += 1; continue }
            survivors.append(m.what)
        }
        let score = Double(killed) / Double(mutants.count - equivalent) * 100
        print("mutation \(id): \(mutants.count) mutants, \(killed) killed, \(equivalent) equivalent, \(survivors.count) survived; score \(Int(score))%")
        #expect(survivors.isEmpty, "not caught by any test: \(survivors)")
    }
}
