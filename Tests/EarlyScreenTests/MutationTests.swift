import Foundation
import Testing
@testable import EarlyScreen

/// Each cutoff and each option's points in the shipped instruments, changed by one (up and down,
/// one at a time, in memory), must be caught: the file no longer checks (a band gap, say) or one of
/// its own embedded tests fails. A threshold no test notices is a gap in the tests.
///
/// First-match-wins bands make some mutants equivalent: M-CHAT-R's `total >= 3 and …` as
/// `total >= 2 and …` changes nothing, because `low` already takes 2. A band mutant whose band
/// table (the band of every reachable combination of values, as the coverage proof enumerates them)
/// equals the original's is counted as equivalent, not as a survivor.
@Suite struct MutationTests {
    struct Mutant: CustomStringConvertible {
        var what: String
        var text: String
        var inBandRule: Bool
        var description: String { what }
    }

    /// The mutants of one file: every number in a `when:` rule and every `points:` value, ±1.
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
                    if let s = p.value.scalar, p.name == "when" {
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
                                out.append(Mutant(what: "\(path.joined(separator: "/"))/when \"\(s.value)\": \(number) → \(number + delta) at line \(at.line)",
                                                  text: replace(line: at.line, column: at.column, length: e - k, with: String(number + delta)),
                                                  inBandRule: path.count == 2 && path[0] == "bands"))
                            }
                            k = e
                        }
                    } else if let s = p.value.scalar, p.name == "points", let number = Int(s.value) {
                        for delta in [-1, 1] {
                            out.append(Mutant(what: "\(path.joined(separator: "/"))/points \(number) → \(number + delta) at line \(s.start.line)",
                                              text: replace(line: s.start.line, column: s.start.column, length: s.value.unicodeScalars.count, with: String(number + delta)),
                                              inBandRule: false))
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

    @Test(arguments: ["mchat-r", "mchat-rf", "epds", "swyc-bpsc"])
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
            survivors.append(m.what)
        }
        let score = Double(killed) / Double(mutants.count - equivalent) * 100
        print("mutation \(id): \(mutants.count) mutants, \(killed) killed, \(equivalent) equivalent, \(survivors.count) survived; score \(Int(score))%")
        #expect(survivors.isEmpty, "not caught by any test: \(survivors)")
    }
}
