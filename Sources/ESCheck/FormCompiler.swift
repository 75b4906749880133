import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
extension InstrumentLoader {
    /// Compiles the instrument's scores, bands and critical rules against one form's items.
    package mutating func compileForm(_ f: FormDef, scores: [ScoreDef], bands: [BandDef], critical: [CriticalDef]) -> Form {
        let scopeItems = f.items.map { ExprScope.ItemInfo(id: $0.id, options: $0.options.map(\.id), many: $0.selection == .many) }
        let itemIDs = Set(f.items.map(\.id))
        let order = scoreOrder(scores, itemIDs: itemIDs)
        var slot: [String: Int] = [:]
        var compiled: [Score] = []
        var itemsOf: [String: Set<Int>] = [:]
        var poisoned: [ScoreDef] = []
        let where_ = f.declared ? " (form \(f.id))" : ""
        for def in order {
            var scope = ExprScope(items: scopeItems, scores: slot, form: f.id)
            scope.tables = tables
            do {
                let syntax = try def.rule.syntax.get()
                let rule = try RuleCompiler.number(syntax, scope: scope)
                var read = Set<Int>()
                for (name, _) in syntax.names {
                    if let i = scope.itemIndex[name] { read.insert(i) }
                    if name == "items" { read.formUnion(f.items.indices) }
                    if let other = itemsOf[name] { read.formUnion(other) }
                }
                // A range q1..q5 names only its ends; the items between are read too.
                read.formUnion(syntax.rangeItems(scope.itemIndex))
                itemsOf[def.id] = read
                if case .prorate = def.fill, syntax.summedItems(scope.itemIndex, itemCount: f.items.count) == nil {
                    d.error(.checkProrateNeedsSum, "score \(def.id) prorates missing answers, which needs a plain sum of items such as sum(q1..q6)", at: def.location)
                }
                slot[def.id] = compiled.count
                compiled.append(Score(id: def.id, title: def.title, expression: rule, source: def.rule.text, syntax: syntax,
                                      items: read.sorted(), fill: def.fill, location: def.location))
            } catch {
                var diag = def.rule.diagnostic(error)
                diag.message += where_
                d.add(diag)
                poisoned.append(def)
            }
        }
        // A score that failed (or sits in a cycle) still gets a slot, so the bands reading it
        // report their own problems rather than a cascade of "unknown name".
        for def in poisoned + scores.filter({ s in !order.contains { $0.id == s.id } }) where slot[def.id] == nil {
            slot[def.id] = compiled.count
            compiled.append(Score(id: def.id, title: def.title, expression: CompiledNumber(run: { _ in .unbounded }, constant: nil),
                                  source: def.rule.text, items: [], fill: def.fill, location: def.location))
        }
        var scope = ExprScope(items: scopeItems, scores: slot, form: f.id)
        scope.tables = tables
        var outBands: [Band] = []
        for b in bands {
            guard let cond = compileCondition(b.when, scope, where_) else { continue }
            outBands.append(Band(id: b.id, title: b.title, condition: cond, source: b.when.text, syntax: try? b.when.syntax.get(), outcome: b.outcome,
                                 recommendations: compileRecommendations(b.recommend, scope, where_), location: b.location))
        }
        var outCritical: [CriticalRule] = []
        for c in critical {
            guard let cond = compileCondition(c.when, scope, where_) else { continue }
            var read = Set<Int>()
            for (name, _) in c.when.names {
                if let i = scope.itemIndex[name] { read.insert(i) }
                if let other = itemsOf[name] { read.formUnion(other) }
            }
            outCritical.append(CriticalRule(id: c.id, title: c.title, condition: cond, source: c.when.text, syntax: try? c.when.syntax.get(), items: read.sorted(),
                                            band: c.band, outcome: c.outcome,
                                            recommendations: compileRecommendations(c.recommend, scope, where_), location: c.location))
        }
        var index: [String: Int] = [:]
        for (i, item) in f.items.enumerated() { index[item.id] = i }
        let form = Form(id: f.id, ages: f.ages, items: f.items, itemIndex: index, scores: compiled, bands: outBands,
                        critical: outCritical, declared: f.declared)
        if embeddedDigest == nil && !d.hasErrors && outBands.count == bands.count {
            var coverage = BandCoverage(form: form, bandDefs: bands, tables: tables)
            // A band may belong to some age forms only (SWYC Milestones: no cut-off on the 2- and
            // 60-month forms); it is an error only when no form can reach it (see load()).
            for diag in coverage.prove() {
                if diag.code == .checkBandUnreachable { unreachable.append((form.id, diag)) } else { d.add(diag) }
            }
        }
        return form
    }

    /// The same problem found while compiling each age form ("unknown name totl (form 2m)", then
    /// 4m, …) becomes one diagnostic naming the forms, or none where it is in every form.
    package static func mergeAcrossForms(_ found: [Diagnostic], forms: [String]) -> [Diagnostic] {
        var order: [Diagnostic] = []
        var formsOf: [Diagnostic: [String]] = [:]
        for diag in found {
            guard let form = forms.first(where: { diag.message.hasSuffix(" (form \($0))") }) else {
                order.append(diag)
                continue
            }
            var shared = diag
            shared.message.removeLast(" (form \(form))".count)
            if formsOf[shared] == nil { order.append(shared) }
            formsOf[shared, default: []].append(form)
        }
        return order.map { diag in
            guard let named = formsOf[diag] else { return diag }
            var one = diag
            if named.count == 1 { one.message += " (form \(named[0]))" }
            else if named.count < forms.count { one.message += " (forms \(named.joined(separator: ", ")))" }
            return one
        }
    }

    package mutating func compileCondition(_ rule: RuleText, _ scope: ExprScope, _ where_: String) -> CompiledBool? {
        do {
            return try RuleCompiler.condition(try rule.syntax.get(), scope: scope)
        } catch {
            var diag = rule.diagnostic(error)
            diag.message += where_
            d.add(diag)
            return nil
        }
    }

    package mutating func compileRecommendations(_ defs: [RecommendDef], _ scope: ExprScope, _ where_: String) -> [Recommendation] {
        defs.map { r in
            Recommendation(referral: r.referral, urgency: r.urgency,
                           condition: r.when.flatMap { compileCondition($0, scope, where_) },
                           source: r.when?.text, atAgeMonths: r.atAgeMonths, location: r.location)
        }
    }

    /// Scores in an order where each comes after the scores it reads; a cycle is an error.
    package mutating func scoreOrder(_ scores: [ScoreDef], itemIDs: Set<String>) -> [ScoreDef] {
        let byID = Dictionary(scores.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var out: [ScoreDef] = []
        var reported = Set<[String]>()  // each cycle once, by its members
        func visit(_ s: ScoreDef, _ path: [String]) {
            if state[s.id] == 2 { return }
            if state[s.id] == 1 {
                let members = Array(path.drop { $0 != s.id }) + [s.id]
                if reported.insert(Set(members).sorted()).inserted {
                    d.error(.checkScoreCycle, "scores depend on each other in a cycle: \(members.joined(separator: " → "))", at: s.rule.location)
                }
                return
            }
            state[s.id] = 1
            for (name, _) in s.rule.names where !itemIDs.contains(name) {
                if let dep = byID[name] { visit(dep, path + [s.id]) }
            }
            state[s.id] = 2
            out.append(s)
        }
        for s in scores { visit(s, []) }
        return reported.isEmpty ? out : []
    }
}
