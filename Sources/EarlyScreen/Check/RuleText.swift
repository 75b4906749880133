/// A rule as written in the file: its text and where each character sits, for diagnostics.
struct RuleText {
    var text: String
    var locator: ScalarLocator
    var location: SourceLocation
    /// Parsed once, here; every later question about the rule asks the syntax.
    var syntax: Result<Syntax, ExprError>
    /// The names it mentions (none when it does not parse: that error is reported where it is compiled).
    var names: [(name: String, offset: Int)] { (try? syntax.get())?.names ?? [] }

    init?(_ node: YAMLNode, _ key: String, source: SourceFile, _ d: inout DiagnosticBag) {
        guard let s = node.scalar, !s.isNull else {
            d.error("check.type", "\(key) must be a rule such as total >= 3, found \(node.kindName)", at: node.location)
            return nil
        }
        text = s.value
        locator = ScalarLocator(s, in: source)
        location = node.location
        syntax = Result { () throws(ExprError) in try Parser.parse(s.value) }
    }

    /// The diagnostic for an error inside this rule, pointing at the offending character.
    func diagnostic(_ e: ExprError) -> Diagnostic {
        .error(e.code, e.message, at: locator.location(ofOffset: e.offset))
    }
}
