import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
/// Checks one instrument file's node tree and builds the `Instrument` model, collecting every problem.
package struct InstrumentLoader {
    package static let format = "earlyscreen/instrument@1"

    package let source: SourceFile
    package var d = DiagnosticBag()
    /// Age-dependent tables, visible to every rule.
    package var tables: [String: AgeTable] = [:]
    /// Bands band coverage found unreachable, per form; reported when unreachable on every form.
    package var unreachable: [(form: String, diagnostic: Diagnostic)] = []

    /// The file's digest, when it was computed and its band coverage proved as it was embedded
    /// (the built-in set, scripts/embed-instruments): loading then neither hashes nor proves again.
    package let embeddedDigest: String?

    package init(source: SourceFile, embeddedDigest: String? = nil) {
        self.source = source
        self.embeddedDigest = embeddedDigest
    }

    /// Checks the file; the instrument comes back even with errors (see `d.hasErrors`).
    /// Raw rule definitions, compiled once per form against that form's items.
    package struct ScoreDef { var id: String; var title: LocalizedText; var rule: RuleText; var fill: MissingFill; var location: SourceLocation }
    package struct RecommendDef { var referral: String; var urgency: String; var when: RuleText?; var atAgeMonths: Int?; var location: SourceLocation }
    package struct BandDef { var id: String; var title: LocalizedText; var when: RuleText; var outcome: Outcome; var recommend: [RecommendDef]; var location: SourceLocation }
    package struct CriticalDef { var id: String; var title: LocalizedText; var when: RuleText; var band: String?; var outcome: Outcome?; var recommend: [RecommendDef]; var location: SourceLocation }
    package struct FormDef { var id: String; var ages: AgeWindow; var items: [Item]; var declared: Bool; var location: SourceLocation }

    package mutating func load(_ root: YAMLNode) -> Instrument? {
        guard let m = MapReader(root, .instrument, &d) else { return nil }
        m.expectFormat(Self.format, "this build reads", &d)
        let id = m.id("id", &d, allowHyphen: true) ?? ""
        let version = m.string("version", &d) ?? ""
        let title = m.text("title", &d) ?? .empty
        let summary = m.text("summary", &d, required: false) ?? .empty
        let locales = m.locales(&d)
        let sourceInfo = m.sourceInfo(&d)
        let license = m.license(&d)
        var ages = AgeWindow(minMonths: 0, maxMonths: 0)
        var basis = AgeBasis.chronological
        if let node = m.required("ages", &d), let a = MapReader(node, .ages, &d) {
            ages = a.ageWindow(&d)
            basis = a.word("basis", ["chronological", "corrected"], &d).flatMap(AgeBasis.init(rawValue:)) ?? .chronological
            a.finish(&d)
        }
        let prematurity = m.prematurity(&d)
        if basis == .corrected && prematurity == nil {
            d.error(.checkPrematurity, "ages.basis is corrected, but the file declares no prematurity policy; add prematurity: with term_weeks and min_weeks_early", at: m.location)
        }
        let optionSets = readOptionSets(m)
        var forms: [FormDef] = []
        let topItems = m.list("items", &d)
        let formNodes = m.list("forms", &d)
        if let topItems, formNodes == nil {
            forms = [FormDef(id: "all", ages: ages, items: readItems(topItems, optionSets), declared: false, location: m.location)]
        } else if let formNodes, topItems == nil {
            forms = readForms(formNodes, optionSets, instrumentAges: ages)
        } else if topItems != nil {
            d.error(.checkItemsAndForms, "an instrument has either items (one form) or forms (each with its items), not both", at: m.value("forms")!.location)
        } else {
            d.error(.checkMissingKey, "an instrument file needs the key \"items\" (or \"forms\" for age forms)", at: m.location)
        }
        var scores: [ScoreDef] = [], bands: [BandDef] = [], critical: [CriticalDef] = []
        for n in m.list("scores", &d, required: true) ?? [] { if let s = readScore(n) { scores.append(s) } }
        for n in m.list("bands", &d, required: true) ?? [] { if let b = readBand(n) { bands.append(b) } }
        for n in m.list("critical", &d) ?? [] { if let c = readCritical(n) { critical.append(c) } }
        var tables: [String: AgeTable] = [:]
        for n in m.list("tables", &d) ?? [] {
            if let (id, t) = readTable(n, ages: ages) {
                if tables[id] != nil { d.error(.checkDuplicateId, "duplicate table id \"\(id)\"", at: n.location) }
                tables[id] = t
            }
        }
        self.tables = tables
        var maxMissing: Int? = nil
        if let node = m.value("missing"), let mm = MapReader(node, .instrumentMissing, &d) {
            maxMissing = mm.int("max_items", &d)
            mm.finish(&d)
        }
        let severalTicked = m.word("several_ticked", ["most_concerning", "error"], &d) == "most_concerning"
        let mismatchIsError = m.word("form_mismatch", ["warning", "error"], &d) == "error"
        let lessConcern = m.word("higher_points", ["more_concern", "less_concern"], &d) == "less_concern"
        let follows = readFollows(m)
        let subject = m.word("subject", ["child", "mother"], &d).flatMap(Subject.init(rawValue:)) ?? .child
        var codes: [ExternalCode] = []
        for n in m.list("codes", &d) ?? [] {
            guard let c = MapReader(n, .code, &d) else { continue }
            if let system = c.string("system", &d), let code = c.string("code", &d), let display = c.string("display", &d),
               let verified = c.required("verified", &d).flatMap({ Scalars.bool($0, "verified", &d) }) {
                codes.append(ExternalCode(system: system, code: code, display: display, verified: verified))
            }
            c.finish(&d)
        }
        let testNodes = m.list("tests", &d) ?? []
        m.finish(&d)

        checkUnique(scores.map { ($0.id, $0.location) }, "score")
        checkUnique(bands.map { ($0.id, $0.location) }, "band")
        checkUnique(critical.map { ($0.id, $0.location) }, "critical rule")
        checkUnique(forms.map { ($0.id, $0.location) }, "form")
        for c in critical {
            if let b = c.band, !bands.contains(where: { $0.id == b }) {
                d.error(.checkUnknownBand, "critical rule \(c.id) sets band \"\(b)\", which is not defined" + Suggestion.hint(for: b, in: bands.map(\.id)), at: c.location)
            }
        }
        let before = d.all.count
        let compiled = forms.map { compileForm($0, scores: scores, bands: bands, critical: critical) }
        // Scores, bands and critical rules are shared by the forms: a mistake in one is one problem.
        if compiled.count > 1 { d.rewrite(since: before) { Self.mergeAcrossForms($0, forms: compiled.map(\.id)) } }
        let byBand = Dictionary(grouping: unreachable, by: { $0.diagnostic.message.prefix { $0 != ":" } })
        for found in byBand.values where found.count == compiled.count {
            var diag = found[0].diagnostic
            if compiled.count > 1 { diag.message = diag.message.replacingOccurrences(" (form \(found[0].form))", " (on every form)") }
            d.add(diag)
        }
        let tests = testNodes.compactMap { TestCaseReader.read($0, &d) }
        let digest = embeddedDigest ?? "sha256:" + SHA256.hex(source.text.utf8)
        // Built even when there are errors, so links to other files are still checked;
        // the set loader keeps only instruments without errors.
        var instrument = Instrument(id: id, version: version, title: title, summary: summary, locales: locales, source: sourceInfo,
                          license: license, ages: ages, ageBasis: basis, prematurity: prematurity, forms: compiled,
                          severalTickedTakesMostConcerning: severalTicked, maxMissing: maxMissing, follows: follows, tests: tests, digest: digest,
                          location: root.location,
                          anyFormItems: Dictionary(compiled.flatMap { $0.items.map { ($0.id, $0) } }, uniquingKeysWith: { a, _ in a }))
        instrument.formMismatchIsError = mismatchIsError
        instrument.higherPointsMoreConcerning = !lessConcern
        instrument.tables = tables
        instrument.subject = subject
        instrument.codes = codes
        return instrument
    }

    package mutating func readFollows(_ m: MapReader) -> StageLink? {
        guard let node = m.value("follows"), let f = MapReader(node, .follows, &d) else { return nil }
        let instrument = f.string("instrument", &d) ?? ""
        let bands = (f.list("bands", &d, required: true) ?? []).compactMap { Scalars.string($0, "bands", &d) }
        let only = f.bool("only_failed_items", &d) ?? false
        let fulfils = f.string("fulfils", &d, required: false)
        f.finish(&d)
        return StageLink(instrument: instrument, bands: bands, onlyFailedItems: only, fulfils: fulfils, location: node.location)
    }

    // MARK: - Items and forms

    package mutating func readOptionList(_ nodes: [YAMLNode], _ what: String) -> [AnswerOption] {
        var out: [AnswerOption] = []
        for n in nodes {
            guard let o = MapReader(n, .option, &d) else { continue }
            let id = o.id("option id", &d, allowHyphen: false)
            let label = o.text("label", &d, required: false) ?? .empty
            let points: Double?
            if let p = o.value("points") { points = Scalars.number(p, "points", &d) } else {
                d.error(.checkMissingPoints, "option \(id.map { "\"\($0)\"" } ?? "") of \(what) has no points; every option needs points (0 when it adds nothing)", at: n.location)
                points = nil
            }
            o.finish(&d)
            if let id, let points { out.append(AnswerOption(id: id, label: label, points: points, location: n.location)) }
        }
        checkUnique(out.map { ($0.id, $0.location) }, "option in \(what)")
        if out.count > 64 { d.error(.checkTooManyOptions, "\(what) has \(out.count) options; at most 64", at: nodes[64].location) }
        return out
    }

    package mutating func readOptionSets(_ m: MapReader) -> [String: [AnswerOption]] {
        guard let node = m.value("option_sets") else { return [:] }
        guard case .mapping(let pairs) = node.kind else {
            d.error(.checkType, "option_sets must be a mapping of set name to a list of options", at: node.location)
            return [:]
        }
        var sets: [String: [AnswerOption]] = [:]
        for p in pairs {
            guard case .sequence(let xs) = p.value.kind else {
                d.error(.checkType, "option set \(p.name) must be a list of options", at: p.value.location)
                continue
            }
            sets[p.name] = readOptionList(xs, "option set \(p.name)")
        }
        return sets
    }

    package mutating func readItems(_ nodes: [YAMLNode], _ sets: [String: [AnswerOption]]) -> [Item] {
        var items: [Item] = []
        for n in nodes {
            guard let m = MapReader(n, .item, &d) else { continue }
            let idNode = m.required("id", &d)
            let id = idNode.flatMap { Scalars.id($0, "item id", &d, allowHyphen: false) }
            let label = m.text("label", &d) ?? .empty
            var options: [AnswerOption] = []
            if let o = m.required("options", &d) {
                if let name = o.scalar?.value, o.scalar?.isNull == false {
                    if let set = sets[name] { options = set } else {
                        d.error(.checkUnknownOptionSet, "unknown option set \"\(name)\"" + Suggestion.hint(for: name, in: sets.keys), at: o.location)
                    }
                } else if case .sequence(let xs) = o.kind {
                    options = readOptionList(xs, "item \(id ?? "?")")
                } else {
                    d.error(.checkType, "options must be an option set's name or a list of options", at: o.location)
                }
            }
            let selection = m.word("select", ["one", "many"], &d).flatMap(Item.Selection.init(rawValue:)) ?? .one
            m.finish(&d)
            if options.isEmpty && !d.hasErrors { d.error(.checkNoOptions, "item \(id ?? "?") has no options", at: n.location) }
            if let id { items.append(Item(id: id, label: label, options: options, selection: selection, location: idNode?.location ?? n.location)) }
        }
        checkUnique(items.map { ($0.id, $0.location) }, "item")
        return items
    }

    package mutating func readForms(_ nodes: [YAMLNode], _ sets: [String: [AnswerOption]], instrumentAges: AgeWindow) -> [FormDef] {
        var forms: [FormDef] = []
        for n in nodes {
            guard let m = MapReader(n, .form, &d) else { continue }
            let id = m.id("form id", &d, allowHyphen: false)
            var window = AgeWindow(minMonths: 0, maxMonths: 0)
            if let a = m.required("ages", &d), let r = MapReader(a, .formAges, &d) {
                window = r.ageWindow(&d)
                r.finish(&d)
            }
            let items = readItems(m.list("items", &d, required: true) ?? [], sets)
            m.finish(&d)
            if let id { forms.append(FormDef(id: id, ages: window, items: items, declared: true, location: n.location)) }
        }
        // Windows must tile the instrument's range: sorted, no gap, no overlap.
        let sorted = forms.sorted { $0.ages.minMonths < $1.ages.minMonths }
        var next = instrumentAges.minMonths
        func ages(_ a: Int, _ b: Int) -> String { a == b ? "age \(a) months" : "ages \(a)–\(b) months" }
        for f in sorted {
            if f.ages.minMonths > next {
                d.error(.checkFormGap, "no form covers \(ages(next, f.ages.minMonths - 1)) (before form \(f.id))", at: f.location)
            } else if f.ages.minMonths < next {
                d.error(.checkFormOverlap, "form \(f.id) (\(f.ages.description)) overlaps the form before it", at: f.location)
            }
            next = max(next, f.ages.maxMonths + 1)
        }
        if let last = sorted.last, next <= instrumentAges.maxMonths {
            d.error(.checkFormGap, "no form covers \(ages(next, instrumentAges.maxMonths)) (after form \(last.id))", at: last.location)
        } else if let last = sorted.last, last.ages.maxMonths > instrumentAges.maxMonths || (sorted.first?.ages.minMonths ?? 0) < instrumentAges.minMonths {
            d.error(.checkFormOutside, "forms reach outside the instrument's ages \(instrumentAges.description)", at: last.location)
        }
        return forms
    }

    // MARK: - Rules

    package mutating func readScore(_ n: YAMLNode) -> ScoreDef? {
        guard let m = MapReader(n, .score, &d) else { return nil }
        let id = m.id("score id", &d, allowHyphen: false)
        let title = m.text("title", &d, required: false) ?? .empty
        let rule = m.required("rule", &d).flatMap { RuleText($0, "rule", source: source, &d) }
        var fill = MissingFill.interval
        if let node = m.value("missing"), let mm = MapReader(node, .scoreMissing, &d) {
            switch mm.word("fill", ["interval", "zero", "prorate"], &d, required: true) {
            case "zero": fill = .zero
            case "prorate": fill = .prorate(max: mm.int("max", &d) ?? 0)
            default: fill = .interval
            }
            mm.finish(&d)
        }
        m.finish(&d)
        guard let id, let rule else { return nil }
        return ScoreDef(id: id, title: title, rule: rule, fill: fill, location: n.location)
    }

    package mutating func readRecommend(_ m: MapReader) -> [RecommendDef] {
        (m.list("recommend", &d) ?? []).compactMap { n in
            guard let r = MapReader(n, .recommendation, &d) else { return nil }
            let referral = r.string("referral", &d)
            let urgency = r.string("urgency", &d)
            let when = r.value("when").flatMap { RuleText($0, "when", source: source, &d) }
            let atAge = r.int("at_age_months", &d, required: false)
            if let a = atAge, a < 0 || a > Evaluator.maxAgeMonths {
                d.error(.checkAgeRange, "at_age_months must be from 0 to \(Evaluator.maxAgeMonths)", at: r.value("at_age_months")!.location)
            }
            r.finish(&d)
            guard let referral, let urgency else { return nil }
            return RecommendDef(referral: referral, urgency: urgency, when: when, atAgeMonths: atAge, location: n.location)
        }
    }

    package mutating func readOutcome(_ m: MapReader, required: Bool) -> Outcome? {
        guard let s = m.string("outcome", &d, required: required) else { return nil }
        let allowed = Outcome.allCases.filter { $0 != .incomplete }
        guard let o = Outcome(rawValue: s), o != .incomplete else {
            d.error(.checkEnum, "outcome must be one of \(allowed.map(\.rawValue).joined(separator: ", ")), found \"\(s)\"" + Suggestion.hint(for: s, in: allowed.map(\.rawValue)), at: m.value("outcome")!.location)
            return nil
        }
        return o
    }

    package mutating func readBand(_ n: YAMLNode) -> BandDef? {
        guard let m = MapReader(n, .band, &d) else { return nil }
        let id = m.id("band id", &d, allowHyphen: false)
        let title = m.text("title", &d) ?? .empty
        let when = m.required("when", &d).flatMap { RuleText($0, "when", source: source, &d) }
        let outcome = readOutcome(m, required: true)
        let rec = readRecommend(m)
        m.finish(&d)
        guard let id, let when, let outcome else { return nil }
        noActionCheck(id: id, "band", outcome, rec, at: n.location)
        return BandDef(id: id, title: title, when: when, outcome: outcome, recommend: rec, location: n.location)
    }

    package mutating func readCritical(_ n: YAMLNode) -> CriticalDef? {
        guard let m = MapReader(n, .critical, &d) else { return nil }
        let id = m.id("critical id", &d, allowHyphen: false)
        let title = m.text("title", &d) ?? .empty
        let when = m.required("when", &d).flatMap { RuleText($0, "when", source: source, &d) }
        let band = m.string("band", &d, required: false)
        let outcome = readOutcome(m, required: false)
        let rec = readRecommend(m)
        m.finish(&d)
        guard let id, let when else { return nil }
        if band == nil && outcome == nil && rec.isEmpty {
            d.error(.checkCriticalNoEffect, "critical rule \(id) changes nothing; give it a band, an outcome or a recommendation", at: n.location)
        }
        if let outcome { noActionCheck(id: id, "critical rule", outcome, rec, at: n.location) }
        return CriticalDef(id: id, title: title, when: when, band: band, outcome: outcome, recommend: rec, location: n.location)
    }

    /// A follow_up or refer says what to do and by when: at least one referral (docs/decisions.md).
    package mutating func noActionCheck(id: String, _ what: String, _ outcome: Outcome, _ rec: [RecommendDef], at location: SourceLocation) {
        if (outcome == .followUp || outcome == .refer) && rec.isEmpty {
            d.error(.checkNoAction, "\(what) \(id) asks for \(outcome.rawValue) but recommends nothing; name the referral that carries it out", at: location)
        }
    }

    /// A table's rows must tile the instrument's ages in the table's unit, with no gap or overlap.
    package mutating func readTable(_ n: YAMLNode, ages: AgeWindow) -> (String, AgeTable)? {
        guard let m = MapReader(n, .table, &d) else { return nil }
        let id = m.id("table id", &d, allowHyphen: false)
        let by = m.string("by", &d) ?? "age_months"
        if !ExprScope.ageNames.contains(by) {
            d.error(.checkEnum, "by must be one of \(ExprScope.ageNames.joined(separator: ", ")), found \"\(by)\"", at: m.value("by")!.location)
        }
        var rows: [(AgeTable.Row, SourceLocation)] = []
        for r in m.list("rows", &d, required: true) ?? [] {
            guard let rm = MapReader(r, .tableRow, &d) else { continue }
            let from = rm.int("from", &d), to = rm.int("to", &d)
            let value = rm.value("value").flatMap { Scalars.number($0, "value", &d) }
            if rm.value("value") == nil { _ = rm.required("value", &d) }
            rm.finish(&d)
            guard let from, let to, let value else { continue }
            if to < from { d.error(.checkAgeRange, "row \(from)–\(to) is reversed", at: r.location) }
            rows.append((AgeTable.Row(from: from, to: to, value: value), r.location))
        }
        m.finish(&d)
        // In months the rows must cover the instrument's ages; in days, from its first to its last day.
        let lo = by == "age_days" ? Int(Double(ages.minMonths) * 30.4375) : ages.minMonths
        let hi = by == "age_days" ? Int(Double(ages.maxMonths + 1) * 30.4375) : ages.maxMonths
        var next = lo
        for (row, loc) in rows.sorted(by: { $0.0.from < $1.0.from }) {
            if row.from < lo {
                d.error(.checkAgeRange, "table \(id ?? "?"): row \(row.from)–\(row.to) starts before the instrument's ages (\(by) \(lo))", at: loc)
                next = max(next, row.to + 1)
                continue
            }
            if row.from > next { d.error(.checkTableGap, "table \(id ?? "?") has no row for \(by) \(next)–\(row.from - 1)", at: loc) }
            if row.from < next { d.error(.checkTableOverlap, "table \(id ?? "?"): row \(row.from)–\(row.to) overlaps the row before it", at: loc) }
            next = max(next, row.to + 1)
        }
        if next <= hi { d.error(.checkTableGap, "table \(id ?? "?") has no row for \(by) \(next)–\(hi)", at: rows.last?.1 ?? n.location) }
        guard let id else { return nil }
        return (id, AgeTable(by: by, rows: rows.map(\.0)))
    }

    package mutating func checkUnique(_ ids: [(String, SourceLocation)], _ what: String) {
        var first: [String: SourceLocation] = [:]
        for (id, loc) in ids {
            if let f = first[id] {
                d.error(.checkDuplicateId, "duplicate \(what) id \"\(id)\"", at: loc, notes: [.note("first defined here", at: f)])
            } else {
                first[id] = loc
            }
        }
    }
}
