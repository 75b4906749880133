/// The parsed form of a rule, before names are resolved.
indirect enum Syntax: Sendable {
    case number(Double, at: Int)
    case string(String, at: Int)
    case bool(Bool, at: Int)
    case name(String, at: Int)
    /// `q1..q20`: the items from one to the other in the form's order.
    case range(String, String, at: Int)
    case list([Syntax], at: Int)
    case unary(String, Syntax, at: Int)
    case binary(String, Syntax, Syntax, at: Int)
    case call(String, [Syntax], at: Int)

    var offset: Int {
        switch self {
        case .number(_, let at), .string(_, let at), .bool(_, let at), .name(_, let at), .range(_, _, let at),
             .list(_, let at), .unary(_, _, let at), .call(_, _, let at):
            return at
        case .binary(_, let l, _, _):
            return l.offset
        }
    }
}

/// Recursive descent, one function per precedence level:
/// or < and < not < comparison / in < + - < * / < unary minus < primary.
struct Parser {
    private var tokens: [Token]
    private var i = 0
    private var depth = 0
    static let maxDepth = 64

    static func parse(_ text: String) throws(ExprError) -> Syntax {
        var p = Parser(tokens: try Lexer.tokens(text))
        if case .end = p.peek.kind {
            throw ExprError("expr.syntax", "rule is empty", at: 0)
        }
        let e = try p.orExpr()
        guard case .end = p.peek.kind else {
            throw ExprError("expr.syntax", "unexpected \(p.describe(p.peek)) after a complete rule", at: p.peek.offset)
        }
        return e
    }

    private init(tokens: [Token]) { self.tokens = tokens }

    private var peek: Token { tokens[i] }

    private func describe(_ t: Token) -> String {
        switch t.kind {
        case .number(let n): return "number \(n)"
        case .string(let s): return "\"\(s)\""
        case .name(let n): return "name \(n)"
        case .keyword(let k): return "\"\(k)\""
        case .symbol(let s): return "\"\(s)\""
        case .end: return "end of rule"
        }
    }

    private mutating func accept(_ symbol: String) -> Bool {
        switch peek.kind {
        case .symbol(symbol), .keyword(symbol):
            i += 1
            return true
        default:
            return false
        }
    }

    private mutating func expect(_ symbol: String) throws(ExprError) {
        guard accept(symbol) else {
            throw ExprError("expr.syntax", "expected \"\(symbol)\", found \(describe(peek))", at: peek.offset)
        }
    }

    private mutating func nested<T>(_ body: (inout Parser) throws(ExprError) -> T) throws(ExprError) -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            throw ExprError("expr.too-deep", "rule nests deeper than \(Self.maxDepth) levels", at: peek.offset)
        }
        return try body(&self)
    }

    private mutating func orExpr() throws(ExprError) -> Syntax {
        var l = try andExpr()
        while case .keyword("or") = peek.kind { i += 1; l = .binary("or", l, try andExpr(), at: l.offset) }
        return l
    }

    private mutating func andExpr() throws(ExprError) -> Syntax {
        var l = try notExpr()
        while case .keyword("and") = peek.kind { i += 1; l = .binary("and", l, try notExpr(), at: l.offset) }
        return l
    }

    private mutating func notExpr() throws(ExprError) -> Syntax {
        if case .keyword("not") = peek.kind {
            let at = peek.offset
            i += 1
            return .unary("not", try nested { (p: inout Parser) throws(ExprError) in try p.notExpr() }, at: at)
        }
        return try comparison()
    }

    private mutating func comparison() throws(ExprError) -> Syntax {
        let l = try additive()
        if case .symbol(let op) = peek.kind, ["<", "<=", ">", ">=", "==", "!="].contains(op) {
            i += 1
            let r = try additive()
            if case .symbol(let op2) = peek.kind, ["<", "<=", ">", ">=", "==", "!="].contains(op2) {
                throw ExprError("expr.syntax", "comparisons do not chain; write `a <= x and x <= b`", at: peek.offset)
            }
            return .binary(op, l, r, at: l.offset)
        }
        if case .keyword("in") = peek.kind {
            i += 1
            guard case .symbol("[") = peek.kind else {
                throw ExprError("expr.syntax", "expected a list such as [\"a\", \"b\"] after in", at: peek.offset)
            }
            return .binary("in", l, try primary(), at: l.offset)
        }
        return l
    }

    private mutating func additive() throws(ExprError) -> Syntax {
        var l = try multiplicative()
        while case .symbol(let op) = peek.kind, op == "+" || op == "-" {
            i += 1
            l = .binary(op, l, try multiplicative(), at: l.offset)
        }
        return l
    }

    private mutating func multiplicative() throws(ExprError) -> Syntax {
        var l = try unary()
        while case .symbol(let op) = peek.kind, op == "*" || op == "/" {
            i += 1
            l = .binary(op, l, try unary(), at: l.offset)
        }
        return l
    }

    private mutating func unary() throws(ExprError) -> Syntax {
        if case .symbol("-") = peek.kind {
            let at = peek.offset
            i += 1
            return .unary("-", try nested { (p: inout Parser) throws(ExprError) in try p.unary() }, at: at)
        }
        return try primary()
    }

    private mutating func primary() throws(ExprError) -> Syntax {
        let t = peek
        switch t.kind {
        case .number(let n):
            i += 1
            return .number(n, at: t.offset)
        case .string(let s):
            i += 1
            return .string(s, at: t.offset)
        case .keyword("true"), .keyword("false"):
            i += 1
            return .bool(t.kind == .keyword("true"), at: t.offset)
        case .name(let n):
            i += 1
            if accept("(") {
                var args: [Syntax] = []
                if !accept(")") {
                    repeat {
                        args.append(try nested { (p: inout Parser) throws(ExprError) in try p.orExpr() })
                    } while accept(",")
                    try expect(")")
                }
                return .call(n, args, at: t.offset)
            }
            if accept("..") {
                guard case .name(let to) = peek.kind else {
                    throw ExprError("expr.syntax", "expected an item name after .., found \(describe(peek))", at: peek.offset)
                }
                i += 1
                return .range(n, to, at: t.offset)
            }
            return .name(n, at: t.offset)
        case .symbol("("):
            i += 1
            let e = try nested { (p: inout Parser) throws(ExprError) in try p.orExpr() }
            try expect(")")
            return e
        case .symbol("["):
            i += 1
            var elements: [Syntax] = []
            if !accept("]") {
                repeat {
                    elements.append(try nested { (p: inout Parser) throws(ExprError) in try p.additive() })
                } while accept(",")
                try expect("]")
            }
            return .list(elements, at: t.offset)
        default:
            throw ExprError("expr.syntax", "expected a number, a name or \"(\", found \(describe(t))", at: t.offset)
        }
    }
}
