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

@Suite struct YAMLReaderTests {
    func read(_ text: String) -> (YAMLNode?, [Diagnostic]) {
        var d = DiagnosticBag()
        let node = YAMLReader().read(SourceFile(path: "t.yaml", text: text), diagnostics: &d)
        return (node, d.all)
    }

    func pairs(_ n: YAMLNode?) -> [YAMLPair] {
        if case .mapping(let p)? = n?.kind { return p }
        return []
    }

    @Test func positionsAreOneBased() {
        let (root, diags) = read("id: x\nitems:\n  - id: q1\n")
        #expect(diags.isEmpty)
        let p = pairs(root)
        #expect(p[0].key.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
        #expect(p[0].value.location == SourceLocation(file: "t.yaml", line: 1, column: 5))
        guard case .sequence(let xs) = p[1].value.kind else { Issue.record("not a list"); return }
        #expect(pairs(xs[0])[0].key.location == SourceLocation(file: "t.yaml", line: 3, column: 5))
    }

    @Test func norwayAndVersionsStayText() {
        let (root, _) = read("a: no\nb: yes\nc: off\nv: 1.10\n")
        let values = pairs(root).map { $0.value.scalar!.value }
        #expect(values == ["no", "yes", "off", "1.10"])
    }

    @Test func duplicateKeyIsAnErrorWithANoteToTheFirst() {
        let (_, d) = read("id: a\nversion: 1\nid: b\n")
        #expect(d.map(\.code) == [Diagnostic.Code.yamlDuplicateKey])
        #expect(d[0].location?.line == 3)
        #expect(d[0].notes.first?.location?.line == 1)
    }

    @Test func billionLaughsIsRejectedQuickly() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1..<12 { text += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let (root, d) = read(text)
        #expect(root == nil)
        #expect(d.map(\.code) == [Diagnostic.Code.yamlAliasExpansion])
    }

    @Test func aliasesWithinTheBoundResolve() {
        let (root, d) = read("base: &b {points: 1}\nother: *b\n")
        #expect(d.isEmpty)
        let other = pairs(root)[1].value
        #expect(pairs(other).first?.name == "points")
        #expect(other.location.line == 2)
    }

    @Test func tabIndentationGetsAHint() {
        let (_, d) = read("items:\n\t- id: q1\n")
        #expect(d.first?.code == Diagnostic.Code.yamlSyntax)
        #expect(d.first?.message.contains("tab") == true)
    }

    @Test func emptyFileIsAnError() {
        #expect(read("").1.map(\.code) == [Diagnostic.Code.yamlEmpty])
        #expect(read("  \n\n").1.map(\.code) == [Diagnostic.Code.yamlEmpty])
    }

    @Test func secondDocumentIsAnError() {
        #expect(read("a: 1\n---\nb: 2\n").1.map(\.code) == [Diagnostic.Code.yamlMultipleDocuments])
    }

    @Test func tagsAreRejected() {
        #expect(read("a: !!str 1\n").1.map(\.code) == [Diagnostic.Code.yamlTag])
    }

    @Test func deepNestingIsBounded() {
        let text = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(read(text).1.map(\.code) == [Diagnostic.Code.yamlTooDeep])
    }

    @Test func locatorPointsInsidePlainAndQuotedScalars() {
        let src = SourceFile(path: "t.yaml", text: "when: total >= 3\nq: \"total <= x\"\n")
        var d = DiagnosticBag()
        let root = YAMLReader().read(src, diagnostics: &d)
        let p = pairs(root)
        let plain = ScalarLocator(p[0].value.scalar!, in: src)
        #expect(plain.location(ofOffset: 9) == SourceLocation(file: "t.yaml", line: 1, column: 16))
        let quoted = ScalarLocator(p[1].value.scalar!, in: src)
        #expect(quoted.location(ofOffset: 9) == SourceLocation(file: "t.yaml", line: 2, column: 14))
    }

    @Test func locatorFollowsFoldedAndLiteralScalarsAcrossLines() {
        let text = "a: >\n  total >= 3 and\n  bogus < 2\nb: |\n  x\n  y + z\n"
        let src = SourceFile(path: "t.yaml", text: text)
        var d = DiagnosticBag()
        let p = pairs(YAMLReader().read(src, diagnostics: &d))
        let folded = ScalarLocator(p[0].value.scalar!, in: src)
        let value = p[0].value.scalar!.value
        let offset = value.unicodeScalars.distance(from: value.unicodeScalars.startIndex, to: value.range(of: "bogus")!.lowerBound.samePosition(in: value.unicodeScalars)!)
        #expect(folded.location(ofOffset: offset) == SourceLocation(file: "t.yaml", line: 3, column: 3))
        let literal = ScalarLocator(p[1].value.scalar!, in: src)
        #expect(literal.location(ofOffset: 4) == SourceLocation(file: "t.yaml", line: 6, column: 5))  // "x\ny + z": offset 4 is "+"
    }
}
