import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
/// A rule as written in the file: its text and where each character sits, for diagnostics.
package struct RuleText {
    package var text: String
    package var locator: ScalarLocator
    package var location: SourceLocation
    /// Parsed once, here; every later question about the rule asks the syntax.
    package var syntax: Result<Syntax, ExprError>
    /// The names it mentions (none when it does not parse: that error is reported where it is compiled).
    package var names: [(name: String, offset: Int)] { (try? syntax.get())?.names ?? [] }

    package init?(_ node: YAMLNode, _ key: String, source: SourceFile, _ d: inout DiagnosticBag) {
        guard let s = node.scalar, !s.isNull else {
            d.error(.checkType, "\(key) must be a rule such as total >= 3, found \(node.kindName)", at: node.location)
            return nil
        }
        text = s.value
        locator = ScalarLocator(s, in: source)
        location = node.location
        syntax = Result { () throws(ExprError) in try Parser.parse(s.value) }
    }

    /// The diagnostic for an error inside this rule, pointing at the offending character.
    package func diagnostic(_ e: ExprError) -> Diagnostic {
        .error(e.code, e.message, at: locator.location(ofOffset: e.offset))
    }
}
