import ESSource
/// What a rule may name: the form's items, the scores defined so far, and the age variables.
package struct ExprScope: Sendable {
    package struct ItemInfo: Sendable {
        package var id: String
        package var options: [String]
        package var many: Bool
        package init(id: String, options: [String], many: Bool) {
            self.id = id
            self.options = options
            self.many = many
        }
    }

    package var items: [ItemInfo]
    package var itemIndex: [String: Int]
    /// Scores this rule may read, by name, with their slot in `EvalFrame.scores`.
    package var scores: [String: Int]
    /// The form's id, for messages.
    package var form: String
    /// Age-dependent tables: name → the age variable it is read by and its rows.
    package var tables: [String: AgeTable] = [:]

    package init(items: [ItemInfo], scores: [String: Int], form: String) {
        self.items = items
        self.scores = scores
        self.form = form
        var index: [String: Int] = [:]
        for (i, item) in items.enumerated() { index[item.id] = i }
        itemIndex = index
    }

    package static let ageNames = ["age_months", "chronological_months", "corrected_months", "age_days"]
    package static let functions = ["sum", "count", "min", "max", "answered", "missing"]
}

/// A value that depends on age: rows of [from, to] (both included) in the table's age unit.
/// The SWYC Milestones "needs review" cut-offs per month of age are such a table.
package struct AgeTable: Sendable {
    package struct Row: Sendable {
        package var from: Int
        package var to: Int
        package var value: Double

        package init(from: Int, to: Int, value: Double) {
            self.from = from
            self.to = to
            self.value = value
        }
    }
    /// The age name it is read by: age_months, chronological_months, corrected_months or age_days.
    package var by: String
    package var rows: [Row]

    package func value(at age: Double) -> Double? {
        rows.first { Double($0.from) <= age && age <= Double($0.to) }?.value
    }

    package init(by: String, rows: [Row]) {
        self.by = by
        self.rows = rows
    }
}

/// Type-checks a parsed rule against a scope and compiles it to closures.
package enum RuleCompiler {
    package static func number(_ text: String, scope: ExprScope) throws(ExprError) -> CompiledNumber {
        try number(try Parser.parse(text), scope: scope)
    }

    package static func condition(_ text: String, scope: ExprScope) throws(ExprError) -> CompiledBool {
        try condition(try Parser.parse(text), scope: scope)
    }

    package static func number(_ syntax: Syntax, scope: ExprScope) throws(ExprError) -> CompiledNumber {
        var c = Compilation(scope: scope)
        let v = try c.value(syntax)
        let (run, constant) = try c.asNumber(v.value, at: v.at)
        return CompiledNumber(run: run, constant: constant)
    }

    package static func condition(_ syntax: Syntax, scope: ExprScope) throws(ExprError) -> CompiledBool {
        var c = Compilation(scope: scope)
        let v = try c.value(syntax)
        return CompiledBool(run: try c.asBool(v.value, at: v.at))
    }
}

/// A value during compilation: items stay symbolic until the context says points or options.
private enum Typed {
    case number(NumberRule, constant: Double?)
    case bool(BoolRule)
    case item(Int)
    /// `it` inside count(list, condition): the item in `EvalFrame.it[slot]` at run time, whose
    /// options are `options` (the condition is compiled once per distinct option list).
    case it(slot: Int, options: [String])
    case items([Int])
    case string(String)
    case list([(Typed, Int)])
}

private struct Compilation {
    package let scope: ExprScope
    /// What `it` stands for inside count(list, condition): a run-time slot and the option list
    /// shared by the items the condition is compiled for.
    package var current: (slot: Int, options: [String])? = nil
    /// Conditions a single evaluation may test through nested counts (the product of their lists).
    package var work = 1
    package static let maxWork = 100_000

    package init(scope: ExprScope) { self.scope = scope }

    package func describe(_ v: Typed) -> String {
        switch v {
        case .number: "a number"
        case .bool: "a condition"
        case .item(let i): "item \(scope.items[i].id)"
        case .it: "the item it"
        case .items: "a list of items"
        case .string(let s): "the text \"\(s)\""
        case .list: "a list"
        }
    }

    package func asNumber(_ v: Typed, at: Int) throws(ExprError) -> (NumberRule, Double?) {
        switch v {
        case .number(let f, let c): return (f, c)
        case .item(let i): return ({ $0.points[i] }, nil)
        case .it(let slot, _): return ({ $0.points[$0.it[slot]] }, nil)
        case .string(let s):
            throw ExprError(.exprType, "the text \"\(s)\" is not a number; compare it with an item, as in q1 == \"\(s)\"", at: at)
        case .items: throw ExprError(.exprType, "a list of items is not a number; use sum(...) or count(...)", at: at)
        default: throw ExprError(.exprType, "expected a number, found \(describe(v))", at: at)
        }
    }

    package func asBool(_ v: Typed, at: Int) throws(ExprError) -> BoolRule {
        if case .bool(let f) = v { return f }
        throw ExprError(.exprType, "expected a condition such as total >= 3, found \(describe(v))", at: at)
    }

    package func asItems(_ v: Typed, at: Int) throws(ExprError) -> [Int] {
        switch v {
        case .item(let i): return [i]
        case .items(let xs): return xs
        default: throw ExprError(.exprType, "expected items (q1, q1..q5 or items), found \(describe(v))", at: at)
        }
    }

    package func item(named n: String, at: Int) throws(ExprError) -> Int {
        if let i = scope.itemIndex[n] { return i }
        throw ExprError(.exprUnknownName, "form \(scope.form) has no item \"\(n)\"" + Suggestion.hint(for: n, in: scope.items.map(\.id)), at: at)
    }

    package mutating func value(_ s: Syntax) throws(ExprError) -> (value: Typed, at: Int) {
        switch s {
        case .number(let n, let at): return (.number({ _ in Interval(exactly: n) }, constant: n), at)
        case .string(let t, let at): return (.string(t), at)
        case .bool(let b, let at):
            let t = Truth(b)
            return (.bool({ _ in t }), at)
        case .name(let n, let at): return (try name(n, at: at), at)
        case .range(let a, let b, let at):
            let from = try item(named: a, at: at), to = try item(named: b, at: at)
            guard from <= to else {
                throw ExprError(.exprRange, "\(a)..\(b) runs backwards: \(b) comes before \(a) in form \(scope.form)", at: at)
            }
            return (.items(Array(from...to)), at)
        case .list(let xs, let at):
            var out: [(Typed, Int)] = []
            for x in xs { let v = try value(x); out.append((v.value, v.at)) }
            return (.list(out), at)
        case .unary(let op, let x, let at):
            let v = try value(x)
            switch op {
            case .not:
                let f = try asBool(v.value, at: v.at)
                return (.bool({ !f($0) }), at)
            case .negate:
                let (f, c) = try asNumber(v.value, at: v.at)
                if let c { return (.number({ _ in Interval(exactly: -c) }, constant: -c), at) }
                return (.number({ -f($0) }, constant: nil), at)
            }
        case .binary(let op, let l, let r, let at):
            return (try binary(op, try value(l), try value(r), at: at), at)
        case .call(let fn, let args, let at):
            return (try call(fn, args, at: at), at)
        }
    }

    package func name(_ n: String, at: Int) throws(ExprError) -> Typed {
        if n == "it", let c = current { return .it(slot: c.slot, options: c.options) }
        if let i = scope.itemIndex[n] { return .item(i) }
        if let j = scope.scores[n] { return .number({ $0.scores[j] }, constant: nil) }
        if let k = ExprScope.ageNames.firstIndex(of: n) { return .number({ Interval(exactly: $0.ages[k]) }, constant: nil) }
        if let table = scope.tables[n] {
            let k = ExprScope.ageNames.firstIndex(of: table.by) ?? 0
            return .number({ f in table.value(at: f.ages[k]).map { Interval(exactly: $0) } ?? .unbounded }, constant: nil)
        }
        if n == "items" { return .items(Array(scope.items.indices)) }
        if ExprScope.functions.contains(n) {
            throw ExprError(.exprSyntax, "\(n) is a function; call it as \(n)(...)", at: at)
        }
        let candidates = scope.items.map(\.id) + Array(scope.scores.keys) + ExprScope.ageNames + ["items"] + Array(scope.tables.keys)
        throw ExprError(.exprUnknownName, "unknown name \"\(n)\"" + Suggestion.hint(for: n, in: candidates.sorted()), at: at)
    }

    /// `item == "option"` and `item in ["a", "b"]`: checks the options exist, compiles to a bit test.
    package func optionTest(_ v: Typed, _ options: [(String, Int)]) throws(ExprError) -> BoolRule {
        let (name, list): (String, [String])
        switch v {
        case .item(let i): (name, list) = (scope.items[i].id, scope.items[i].options)
        case .it(_, let opts): (name, list) = ("it", opts)
        default: return { _ in .unknown }
        }
        var mask: UInt64 = 0
        for (o, at) in options {
            guard let k = list.firstIndex(of: o) else {
                throw ExprError(.exprUnknownOption, "item \(name) has no option \"\(o)\"; its options are \(list.joined(separator: ", "))" + Suggestion.hint(for: o, in: list), at: at)
            }
            mask |= 1 << UInt64(k)
        }
        let bits = mask
        if case .it(let slot, _) = v {
            return { f in
                let s = f.selected[f.it[slot]]
                if s == 0 { return .unknown }
                return Truth(s & bits != 0)
            }
        }
        guard case .item(let i) = v else { return { _ in .unknown } }
        return { f in
            let s = f.selected[i]
            if s == 0 { return .unknown }
            return Truth(s & bits != 0)
        }
    }

    package func binary(_ op: BinaryOperator, _ l: (value: Typed, at: Int), _ r: (value: Typed, at: Int), at: Int) throws(ExprError) -> Typed {
        switch op {
        case .and, .or:
            let a = try asBool(l.value, at: l.at), b = try asBool(r.value, at: r.at)
            return op == .and ? .bool({ a($0) && b($0) }) : .bool({ a($0) || b($0) })
        case .plus, .minus, .times, .divide:
            let (a, ca) = try asNumber(l.value, at: l.at), (b, cb) = try asNumber(r.value, at: r.at)
            if op == .divide, cb == 0 { throw ExprError(.exprDivisionByZero, "division by zero", at: r.at) }
            if let x = ca, let y = cb {
                let v: Double = switch op { case .plus: x + y; case .minus: x - y; case .times: x * y; default: x / y }
                guard v.isFinite else {
                    throw ExprError(.exprNumber, "this constant arithmetic gives \(v) (too large for a rule)", at: at)
                }
                return .number({ _ in Interval(exactly: v) }, constant: v)
            }
            switch op {
            case .plus: return .number({ a($0) + b($0) }, constant: nil)
            case .minus: return .number({ a($0) - b($0) }, constant: nil)
            case .times: return .number({ a($0) * b($0) }, constant: nil)
            default:
                return .number({ f in
                    let x = a(f), y = b(f)
                    if y.lo <= 0 && y.hi >= 0 { f.divisionByZero = true; return .unbounded }
                    return x / y
                }, constant: nil)
            }
        case .in:
            guard case .list(let elements) = r.value else {
                throw ExprError(.exprType, "in needs a list such as [\"a\", \"b\"]", at: r.at)
            }
            if Self.isItem(l.value), elements.allSatisfy({ if case .string = $0.0 { true } else { false } }) {
                let opts = elements.map { e -> (String, Int) in
                    if case .string(let s) = e.0 { return (s, e.1) }
                    return ("", e.1)
                }
                return .bool(try optionTest(l.value, opts))
            }
            let (a, _) = try asNumber(l.value, at: l.at)
            var values: [Double] = []
            for (e, eAt) in elements {
                guard case .number(_, let c?) = e else {
                    throw ExprError(.exprType, "a list after in holds option names (for an item) or constant numbers; found \(describe(e))", at: eAt)
                }
                values.append(c)
            }
            let set = values
            return .bool({ f in
                let x = a(f)
                if x.isExact { return Truth(set.contains(x.lo)) }
                return set.contains { $0 >= x.lo && $0 <= x.hi } ? .unknown : .no
            })
        case .less, .lessOrEqual, .greater, .greaterOrEqual, .equal, .notEqual:
            return try comparison(op, l, r, at: at)
        }
    }

    package func comparison(_ op: BinaryOperator, _ l: (value: Typed, at: Int), _ r: (value: Typed, at: Int), at: Int) throws(ExprError) -> Typed {
        // An item compared with a text compares its answer with an option.
        for (a, b) in [(l, r), (r, l)] {
            if Self.isItem(a.value), case .string(let s) = b.value {
                guard op == .equal || op == .notEqual else {
                    throw ExprError(.exprType, "options are compared with == or !=, not \(op.rawValue)", at: b.at)
                }
                let test = try optionTest(a.value, [(s, b.at)])
                return op == .equal ? .bool(test) : .bool({ !test($0) })
            }
            if case .string(let s) = b.value {
                throw ExprError(.exprType, "\(describe(a.value)) is compared with the text \"\(s)\"; only an item's answer can equal an option", at: b.at)
            }
        }
        let (a, _) = try asNumber(l.value, at: l.at), (b, _) = try asNumber(r.value, at: r.at)
        switch op {
        case .less: return .bool({ f in let x = a(f), y = b(f); return x.hi < y.lo ? .yes : x.lo >= y.hi ? .no : .unknown })
        case .lessOrEqual: return .bool({ f in let x = a(f), y = b(f); return x.hi <= y.lo ? .yes : x.lo > y.hi ? .no : .unknown })
        case .greater: return .bool({ f in let x = a(f), y = b(f); return x.lo > y.hi ? .yes : x.hi <= y.lo ? .no : .unknown })
        case .greaterOrEqual: return .bool({ f in let x = a(f), y = b(f); return x.lo >= y.hi ? .yes : x.hi < y.lo ? .no : .unknown })
        case .equal: return .bool({ f in Self.equal(a(f), b(f)) })
        case .notEqual: return .bool({ f in !Self.equal(a(f), b(f)) })
        default: preconditionFailure("comparison(\(op.rawValue)): not a comparison")
        }
    }

    package static func isItem(_ v: Typed) -> Bool {
        switch v {
        case .item, .it: true
        default: false
        }
    }

    package static func equal(_ x: Interval, _ y: Interval) -> Truth {
        if x.isExact && y.isExact { return Truth(x.lo == y.lo) }
        return x.hi < y.lo || y.hi < x.lo ? .no : .unknown
    }

    package mutating func call(_ fn: String, _ args: [Syntax], at: Int) throws(ExprError) -> Typed {
        func arity(_ n: ClosedRange<Int>) throws(ExprError) {
            guard n.contains(args.count) else {
                let want = n.lowerBound == n.upperBound ? "\(n.lowerBound)" : "\(n.lowerBound) to \(n.upperBound)"
                throw ExprError(.exprArity, "\(fn) takes \(want) argument\(n.upperBound == 1 ? "" : "s"), found \(args.count)", at: at)
            }
        }
        switch fn {
        case "sum":
            try arity(1...1000)
            var terms: [NumberRule] = []
            var itemsRead: [Int] = []
            for a in args {
                let v = try value(a)
                switch v.value {
                case .item, .items: itemsRead += try asItems(v.value, at: v.at)
                default: terms.append(try asNumber(v.value, at: v.at).0)
                }
            }
            let idx = itemsRead, rest = terms
            return .number({ f in
                var lo = 0.0, hi = 0.0
                for i in idx { let p = f.points[i]; lo += p.lo; hi += p.hi }
                var t = Interval(lo, hi)
                for g in rest { t = t + g(f) }
                return t
            }, constant: nil)
        case "count":
            try arity(1...2)
            let list = try value(args[0])
            let idx = try asItems(list.value, at: list.at)
            if args.count == 1 {
                return .number({ f in
                    var sure = 0.0, maybe = 0.0
                    for i in idx { let p = f.points[i]; if p.lo > 0 { sure += 1 } else if p.hi > 0 { maybe += 1 } }
                    return Interval(sure, sure + maybe)
                }, constant: nil)
            }
            // The condition is compiled once per distinct option list among the items (not once per
            // item: nested counts would compile items^depth closures), with `it` read at run time.
            let slot = (current?.slot ?? -1) + 1
            guard slot < EvalFrame.itSlots else {
                throw ExprError(.exprTooDeep, "count with a condition may nest at most \(EvalFrame.itSlots) deep", at: at)
            }
            let savedWork = work
            work *= max(1, idx.count)
            guard work <= Self.maxWork else {
                throw ExprError(.exprTooCostly, "nested counts would test \(work) conditions per evaluation; at most \(Self.maxWork)", at: at)
            }
            var groups: [(options: [String], items: [Int], condition: BoolRule)] = []
            let saved = current
            for i in idx {
                let options = scope.items[i].options
                if let g = groups.firstIndex(where: { $0.options == options }) { groups[g].items.append(i); continue }
                current = (slot, options)
                let c = try value(args[1])
                groups.append((options, [i], try asBool(c.value, at: c.at)))
            }
            current = saved
            work = savedWork
            let compiled = groups.map { ($0.items, $0.condition) }
            return .number({ f in
                var sure = 0.0, maybe = 0.0
                for (items, c) in compiled {
                    for i in items {
                        f.it[slot] = i
                        switch c(f) {
                        case .yes: sure += 1
                        case .unknown: maybe += 1
                        case .no: break
                        }
                    }
                }
                return Interval(sure, sure + maybe)
            }, constant: nil)
        case "min", "max":
            try arity(1...100)
            var terms: [NumberRule] = []
            for a in args {
                let v = try value(a)
                terms.append(try asNumber(v.value, at: v.at).0)
            }
            let ts = terms, isMin = fn == "min"
            return .number({ f in
                var r = ts[0](f)
                for g in ts.dropFirst() {
                    let x = g(f)
                    r = isMin ? Interval(Swift.min(r.lo, x.lo), Swift.min(r.hi, x.hi)) : Interval(Swift.max(r.lo, x.lo), Swift.max(r.hi, x.hi))
                }
                return r
            }, constant: nil)
        case "answered", "missing":
            try arity(1...1)
            let list = try value(args[0])
            let idx = try asItems(list.value, at: list.at)
            let countAnswered = fn == "answered"
            return .number({ f in
                var n = 0.0
                for i in idx where (f.selected[i] != 0) == countAnswered { n += 1 }
                return Interval(exactly: n)
            }, constant: nil)
        default:
            throw ExprError(.exprUnknownFunction, "unknown function \(fn)" + Suggestion.hint(for: fn, in: ExprScope.functions), at: at)
        }
    }
}
