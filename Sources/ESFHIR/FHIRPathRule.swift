import ESSource
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
/// A score rule written as FHIRPath, for SDC `calculatedExpression`s over a QuestionnaireResponse.
///
/// Each item's points are a variable `%pN` (N: the item's place in the form, from 1; its answer's
/// code looked up in the option table; the most concerning tick for check-all-that-apply items)
/// and each score a variable `%sN`. (Variable names are FHIR ids: no underscores, so not item ids.)
/// A score is empty (unknown) while an item it reads is unanswered, as the engine never guesses;
/// a score whose published rule counts unanswered items as 0 (SWYC BPSC) reads them as 0.
/// Rules that read the child's age or an age table have no FHIRPath form here (nil): the
/// questionnaire has no age item, and the engine's result carries those scores.
package struct FHIRPathRule {
    package let form: Form

    /// `%resource.repeat(item).where(linkId='ID').answer.value`
    package static func answers(_ id: String) -> String { "%resource.repeat(item).where(linkId='\(quote(id))').answer.value" }

    /// The expression of item `item`'s points (empty when unanswered).
    package static func points(_ item: Item, higherMoreConcerning: Bool) -> String {
        var table = "{}"
        for o in item.options.reversed() {
            table = "iif(code = '\(quote(o.id))', \(Number.format(o.points)), \(table))"
        }
        var e = "\(answers(item.id)).select(\(table))"
        if item.selection == .many {
            // Several ticks score the most concerning one, as the engine does.
            e += ".aggregate(iif($total \(higherMoreConcerning ? ">" : "<") $this, $total, $this))"
        }
        return e
    }

    /// The score `score` as FHIRPath, or nil when the rule reads something a questionnaire lacks.
    package func expression(_ score: Score) -> String? {
        guard let syntax = score.syntax, let body = translate(syntax, zeroFill: score.fill == .zero) else { return nil }
        if score.fill == .zero || score.items.isEmpty { return body }
        let guardAll = score.items.map { "\(Self.itemVariable($0)).exists()" }.joined(separator: " and ")
        return "iif(\(guardAll), \(body), {})"
    }

    package static func itemVariable(_ i: Int) -> String { "%p\(i + 1)" }
    package func scoreVariable(_ id: String) -> String? { form.scores.firstIndex { $0.id == id }.map { "%s\($0 + 1)" } }

    private func itemRef(_ i: Int, zeroFill: Bool) -> String {
        let v = Self.itemVariable(i)
        return zeroFill ? "iif(\(v).exists(), \(v), 0)" : v
    }

    /// Item indices a list argument names (`q1..q5`, `items`, one item), or nil.
    private func itemList(_ s: Syntax) -> [Int]? {
        switch s {
        case .name("items", _): return Array(form.items.indices)
        case .name(let n, _): return form.itemIndex[n].map { [$0] }
        case .range(let a, let b, _):
            guard let x = form.itemIndex[a], let y = form.itemIndex[b], x <= y else { return nil }
            return Array(x...y)
        default: return nil
        }
    }

    private func translate(_ s: Syntax, zeroFill: Bool, it: Int? = nil) -> String? {
        switch s {
        case .number(let n, _): return Number.format(n)
        case .bool(let b, _): return b ? "true" : "false"
        case .string: return nil  // only inside an option test
        case .name(let n, _):
            if n == "it", let it { return itemRef(it, zeroFill: zeroFill) }
            if let i = form.itemIndex[n] { return itemRef(i, zeroFill: zeroFill) }
            if let v = scoreVariable(n) { return v }
            return nil  // an age, an age table, or `items` out of a function
        case .range, .list: return nil
        case .unary(let op, let x, _):
            guard let e = translate(x, zeroFill: zeroFill, it: it) else { return nil }
            return op == .not ? "(\(e)).not()" : "(0 - \(e))"
        case .binary(let op, let l, let r, _):
            if let test = optionTest(op, l, r, it: it) { return test }
            if op == .in, case .list(let xs, _) = r {
                guard let e = translate(l, zeroFill: zeroFill, it: it) else { return nil }
                var values: [String] = []
                for x in xs { guard case .number(let n, _) = x else { return nil }; values.append(Number.format(n)) }
                return "(\(e) in (\(values.joined(separator: " | "))))"
            }
            guard let a = translate(l, zeroFill: zeroFill, it: it), let b = translate(r, zeroFill: zeroFill, it: it) else { return nil }
            let fop = op == .equal ? "=" : op.rawValue
            return "(\(a) \(fop) \(b))"
        case .call(let fn, let args, _):
            switch fn {
            case "sum":
                var terms: [String] = []
                for a in args {
                    if let items = itemList(a) {
                        terms += items.map { itemRef($0, zeroFill: zeroFill) }
                    } else {
                        guard let e = translate(a, zeroFill: zeroFill, it: it) else { return nil }
                        terms.append(e)
                    }
                }
                return "(" + terms.joined(separator: " + ") + ")"
            case "count":
                guard let first = args.first, let items = itemList(first) else { return nil }
                var terms: [String] = []
                for i in items {
                    if args.count == 1 {
                        terms.append("iif(\(itemRef(i, zeroFill: zeroFill)) > 0, 1, 0)")
                    } else {
                        guard let c = translate(args[1], zeroFill: zeroFill, it: i) else { return nil }
                        terms.append("iif(\(c), 1, 0)")
                    }
                }
                return "(" + terms.joined(separator: " + ") + ")"
            case "min", "max":
                var terms: [String] = []
                for a in args { guard let e = translate(a, zeroFill: zeroFill, it: it) else { return nil }; terms.append(e) }
                // Not `union`, which would merge equal values (harmless here) and reorder; aggregate
                // is FHIRPath's normative fold.
                let cmp = fn == "min" ? "<" : ">"
                return "(" + terms.joined(separator: " | ") + ").aggregate(iif($total \(cmp) $this, $total, $this))"
            case "answered", "missing":
                guard args.count == 1, let items = itemList(args[0]) else { return nil }
                let want = fn == "answered" ? "exists" : "empty"
                return "(" + items.map { "iif(\(Self.answers(form.items[$0].id)).\(want)(), 1, 0)" }.joined(separator: " + ") + ")"
            default: return nil
            }
        }
    }

    /// `item == "opt"`, `item != "opt"`, `item in ["a", "b"]` (also with `it`): a test on the answer's codes.
    private func optionTest(_ op: BinaryOperator, _ l: Syntax, _ r: Syntax, it: Int?) -> String? {
        func itemID(_ s: Syntax) -> String? {
            guard case .name(let n, _) = s else { return nil }
            if n == "it", let it { return form.items[it].id }
            return form.itemIndex[n] != nil ? n : nil
        }
        var codes: [String] = []
        var id: String? = nil
        switch (op, l, r) {
        case (.equal, _, .string(let o, _)), (.notEqual, _, .string(let o, _)): id = itemID(l); codes = [o]
        case (.equal, .string(let o, _), _), (.notEqual, .string(let o, _), _): id = itemID(r); codes = [o]
        case (.in, _, .list(let xs, _)):
            id = itemID(l)
            for x in xs { guard case .string(let o, _) = x else { return nil }; codes.append(o) }
        default: return nil
        }
        guard let id else { return nil }
        let any = codes.map { "code = '\(Self.quote($0))'" }.joined(separator: " or ")
        // Unanswered stays empty (unknown), as the engine's three-valued logic has it.
        let has = "iif(\(Self.answers(id)).exists(), \(Self.answers(id)).where(\(any)).exists(), {})"
        return op == .notEqual ? "(\(has)).not()" : has
    }

    package static func quote(_ s: String) -> String {
        s.replacingOccurrences("\\", "\\\\").replacingOccurrences("'", "\\'")
    }
}
