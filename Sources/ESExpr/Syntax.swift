import ESSource
/// The operators a rule may use; the compiler switches over them exhaustively, so a new one
/// cannot compile silently as another.
package enum BinaryOperator: String, Sendable, CaseIterable {
    case and, or, `in`
    case plus = "+", minus = "-", times = "*", divide = "/"
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">=", equal = "==", notEqual = "!="

    package static let comparisons: [BinaryOperator] = [.less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual]
}

package enum UnaryOperator: String, Sendable {
    case not, negate = "-"
}

/// The parsed form of a rule, before names are resolved.
package indirect enum Syntax: Sendable {
    case number(Double, at: Int)
    case string(String, at: Int)
    case bool(Bool, at: Int)
    case name(String, at: Int)
    /// `q1..q20`: the items from one to the other in the form's order.
    case range(String, String, at: Int)
    case list([Syntax], at: Int)
    case unary(UnaryOperator, Syntax, at: Int)
    case binary(BinaryOperator, Syntax, Syntax, at: Int)
    case call(String, [Syntax], at: Int)

    package var offset: Int {
        switch self {
        case .number(_, let at), .string(_, let at), .bool(_, let at), .name(_, let at), .range(_, _, let at),
             .list(_, let at), .unary(_, _, let at), .call(_, _, let at):
            return at
        case .binary(_, let l, _, _):
            return l.offset
        }
    }
}

extension Syntax {
    /// Calls `body` on this node and every node under it, parents first: the one walk that
    /// name, range and sum questions about a rule share.
    package func visit(_ body: (Syntax) -> Void) {
        body(self)
        switch self {
        case .list(let xs, _), .call(_, let xs, _): for x in xs { x.visit(body) }
        case .unary(_, let x, _): x.visit(body)
        case .binary(_, let l, let r, _): l.visit(body); r.visit(body)
        case .number, .string, .bool, .name, .range: break
        }
    }

    /// Every name the rule mentions, with its offset (a range names both its ends).
    package var names: [(name: String, offset: Int)] {
        var out: [(String, Int)] = []
        visit { node in
            switch node {
            case .name(let n, let at): out.append((n, at))
            case .range(let a, let b, let at): out.append((a, at)); out.append((b, at))
            default: break
            }
        }
        return out
    }

    /// Items named through ranges such as q1..q20, expanded in the form's order.
    package func rangeItems(_ itemIndex: [String: Int]) -> [Int] {
        var out: [Int] = []
        visit { node in
            if case .range(let a, let b, _) = node, let x = itemIndex[a], let y = itemIndex[b], x <= y { out += Array(x...y) }
        }
        return out
    }

    /// The items of a plain sum of distinct items (`sum(q1..q6)`, `sum(q1, q3)`, `sum(items)`),
    /// or nil for any other rule: the reachable totals then follow from the options' points.
    /// A name that is not an item (a score, an age) or an item counted twice is not a plain sum.
    package func summedItems(_ itemIndex: [String: Int], itemCount: Int) -> [Int]? {
        guard case .call("sum", let args, _) = self, !args.isEmpty else { return nil }
        var out: [Int] = []
        for a in args {
            switch a {
            case .name(let n, _):
                if let i = itemIndex[n] { out.append(i) } else if n == "items" { out += 0..<itemCount } else { return nil }
            case .range(let x, let y, _):
                guard let i = itemIndex[x], let j = itemIndex[y], i <= j else { return nil }
                out += i...j
            default:
                return nil
            }
        }
        return Set(out).count == out.count ? out : nil
    }
}

/// Recursive descent, one function per precedence level:
/// or < and < not < comparison / in < + - < * / < unary minus < primary.
package struct Parser {
    private var tokens: [Token]
    private var i = 0
    private var depth = 0
    package static let maxDepth = 64

    package static func parse(_ text: String) throws(ExprError) -> Syntax {
        var p = Parser(tokens: try Lexer.tokens(text))
        if case .end = p.peek.kind {
            throw ExprError(.exprSyntax, "rule is empty", at: 0)
        }
        let e = try p.orExpr()
        guard case .end = p.peek.kind else {
            throw ExprError(.exprSyntax, "unexpected \(p.describe(p.peek)) after a complete rule", at: p.peek.offset)
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
            throw ExprError(.exprSyntax, "expected \"\(symbol)\", found \(describe(peek))", at: peek.offset)
        }
    }

    private mutating func nested<T>(_ body: (inout Parser) throws(ExprError) -> T) throws(ExprError) -> T {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            throw ExprError(.exprTooDeep, "rule nests deeper than \(Self.maxDepth) levels", at: peek.offset)
        }
        return try body(&self)
    }

    private mutating func orExpr() throws(ExprError) -> Syntax {
        var l = try andExpr()
        while case .keyword("or") = peek.kind { i += 1; l = .binary(.or, l, try andExpr(), at: l.offset) }
        return l
    }

    private mutating func andExpr() throws(ExprError) -> Syntax {
        var l = try notExpr()
        while case .keyword("and") = peek.kind { i += 1; l = .binary(.and, l, try notExpr(), at: l.offset) }
        return l
    }

    private mutating func notExpr() throws(ExprError) -> Syntax {
        if case .keyword("not") = peek.kind {
            let at = peek.offset
            i += 1
            return .unary(.not, try nested { (p: inout Parser) throws(ExprError) in try p.notExpr() }, at: at)
        }
        return try comparison()
    }

    private mutating func comparison() throws(ExprError) -> Syntax {
        let l = try additive()
        if case .symbol(let symbol) = peek.kind, let op = BinaryOperator(rawValue: symbol), BinaryOperator.comparisons.contains(op) {
            i += 1
            let r = try additive()
            if case .symbol(let next) = peek.kind, let op2 = BinaryOperator(rawValue: next), BinaryOperator.comparisons.contains(op2) {
                throw ExprError(.exprSyntax, "comparisons do not chain; write `a <= x and x <= b`", at: peek.offset)
            }
            return .binary(op, l, r, at: l.offset)
        }
        if case .keyword("in") = peek.kind {
            i += 1
            guard case .symbol("[") = peek.kind else {
                throw ExprError(.exprSyntax, "expected a list such as [\"a\", \"b\"] after in", at: peek.offset)
            }
            return .binary(.in, l, try primary(), at: l.offset)
        }
        return l
    }

    private mutating func additive() throws(ExprError) -> Syntax {
        var l = try multiplicative()
        while case .symbol(let symbol) = peek.kind, let op = BinaryOperator(rawValue: symbol), op == .plus || op == .minus {
            i += 1
            l = .binary(op, l, try multiplicative(), at: l.offset)
        }
        return l
    }

    private mutating func multiplicative() throws(ExprError) -> Syntax {
        var l = try unary()
        while case .symbol(let symbol) = peek.kind, let op = BinaryOperator(rawValue: symbol), op == .times || op == .divide {
            i += 1
            l = .binary(op, l, try unary(), at: l.offset)
        }
        return l
    }

    private mutating func unary() throws(ExprError) -> Syntax {
        if case .symbol("-") = peek.kind {
            let at = peek.offset
            i += 1
            return .unary(.negate, try nested { (p: inout Parser) throws(ExprError) in try p.unary() }, at: at)
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
                    throw ExprError(.exprSyntax, "expected an item name after .., found \(describe(peek))", at: peek.offset)
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
            throw ExprError(.exprSyntax, "expected a number, a name or \"(\", found \(describe(t))", at: t.offset)
        }
    }
}
