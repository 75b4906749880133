import ESSource
/// A token of the scoring-rule language; `offset` counts Unicode scalars from the start of the rule text.
package struct Token: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        case number(Double)
        case string(String)
        case name(String)
        case keyword(String)  // and, or, not, in, true, false
        case symbol(String)   // + - * / ( ) [ ] , < <= > >= == != ..
        case end
    }
    package var kind: Kind
    package var offset: Int
    package var length: Int
}

/// A problem inside a rule, positioned by offset; the checker turns it into a file location.
package struct ExprError: Error, Sendable, Equatable {
    package var code: Diagnostic.Code
    package var message: String
    package var offset: Int
    package init(_ code: Diagnostic.Code, _ message: String, at offset: Int) {
        self.code = code
        self.message = message
        self.offset = offset
    }
}

package struct Lexer {
    package static let keywords: Set<String> = ["and", "or", "not", "in", "true", "false"]
    package static let maxLength = 10_000
    package static let largestNumber = 1_000_000_000.0

    package static func tokens(_ text: String) throws(ExprError) -> [Token] {
        let s = Array(text.unicodeScalars)
        if s.count > maxLength {
            throw ExprError(.exprTooLong, "rule is \(s.count) characters long; rules may be at most \(maxLength)", at: 0)
        }
        var out: [Token] = []
        var i = 0
        func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
        func isNameStart(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" }
        while i < s.count {
            let c = s[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1; continue }
            let start = i
            if isDigit(c) {
                while i < s.count && isDigit(s[i]) { i += 1 }
                // `1..3` is a range, so a dot is a decimal point only when a digit follows it.
                if i + 1 < s.count && s[i] == "." && isDigit(s[i + 1]) {
                    i += 1
                    while i < s.count && isDigit(s[i]) { i += 1 }
                }
                if i < s.count && isNameStart(s[i]) {
                    throw ExprError(.exprSyntax, "a name cannot start with a digit", at: start)
                }
                let text = String(String.UnicodeScalarView(s[start..<i]))
                // Screening rules count points, months and days: a bound keeps every value finite.
                guard let value = Double(text), value <= Self.largestNumber else {
                    throw ExprError(.exprNumber, "a number in a rule may be at most 1,000,000,000", at: start)
                }
                out.append(Token(kind: .number(value), offset: start, length: i - start))
                continue
            }
            if isNameStart(c) {
                while i < s.count && (isNameStart(s[i]) || isDigit(s[i])) { i += 1 }
                let word = String(String.UnicodeScalarView(s[start..<i]))
                out.append(Token(kind: keywords.contains(word) ? .keyword(word) : .name(word), offset: start, length: i - start))
                continue
            }
            if c == "\"" || c == "'" {
                i += 1
                while i < s.count && s[i] != c { i += 1 }
                guard i < s.count else { throw ExprError(.exprSyntax, "string is not closed", at: start) }
                let text = String(String.UnicodeScalarView(s[(start + 1)..<i]))
                i += 1
                out.append(Token(kind: .string(text), offset: start, length: i - start))
                continue
            }
            let two = i + 1 < s.count ? String(String.UnicodeScalarView([c, s[i + 1]])) : ""
            if ["<=", ">=", "==", "!=", ".."].contains(two) {
                out.append(Token(kind: .symbol(two), offset: start, length: 2))
                i += 2
                continue
            }
            if "+-*/()[],<>".unicodeScalars.contains(c) {
                out.append(Token(kind: .symbol(String(c)), offset: start, length: 1))
                i += 1
                continue
            }
            if c == "=" { throw ExprError(.exprSyntax, "use == to compare (a single = is not an operator)", at: start) }
            if c == "&" || c == "|" || c == "!" {
                throw ExprError(.exprSyntax, "use the words and, or, not instead of \(c)", at: start)
            }
            throw ExprError(.exprSyntax, "unexpected character \"\(c)\"", at: start)
        }
        out.append(Token(kind: .end, offset: s.count, length: 0))
        return out
    }
}
