import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
/// Reads a texts file (`Instruments/texts/ID.LOCALE.yaml`): a deployment's official wording and
/// validated translations for one instrument and locale. It can carry texts only, so it can change
/// no score, band or referral; results report its version beside the rules' digest.
package struct TextsOverlay {
    /// Texts by id, each with the position of its key for messages.
    package struct Block {
        package typealias Entry = (id: String, text: String, location: SourceLocation)
        package var items: [Entry] = []
        package var options: [Entry] = []
        package var bands: [Entry] = []
        package var critical: [Entry] = []
    }
    package var instrument: String
    package var locale: Locale
    package var version: String
    package var status: TranslationStatus
    package var title: String?
    /// Texts for every form.
    package var all: Block
    /// Texts for one age form, where an id means a different question in each form; they win over `all`.
    package var forms: [(id: String, texts: Block, location: SourceLocation)]
    /// The deployment checked the secondary cut-offs against the official guide.
    package var cutoffsConfirmed = false
    package var location: SourceLocation
}

package struct TextsLoader {
    package static let format = "earlyscreen/texts@1"
    package let source: SourceFile
    package var d = DiagnosticBag()

    package mutating func load(_ root: YAMLNode) -> TextsOverlay? {
        guard let m = MapReader(root, .texts, &d) else { return nil }
        m.expectFormat(Self.format, "a texts file is", &d)
        let instrument = m.string("instrument", &d) ?? ""
        var locale = Locale.en
        if let l = m.string("locale", &d) {
            if let v = Locale(rawValue: l) { locale = v } else {
                d.error(.checkUnknownLocale, "unknown locale \"\(l)\"; locales are en, az, ru", at: m.value("locale")!.location)
            }
        }
        let version = m.string("version", &d) ?? ""
        let status = m.word("status", ["source", "validated", "not_validated"], &d, required: true)
            .flatMap(TranslationStatus.init(rawValue:)) ?? .notValidated
        var forms: [(String, TextsOverlay.Block, SourceLocation)] = []
        if let node = m.value("forms") {
            if case .mapping(let pairs) = node.kind {
                for p in pairs {
                    guard let fm = MapReader(p.value, .textsForm, &d) else { continue }
                    forms.append((p.name, Self.block(fm, &d), p.key.location))
                    fm.finish(&d)
                }
            } else {
                d.error(.checkType, "forms must map age form ids to their texts", at: node.location)
            }
        }
        let overlay = TextsOverlay(instrument: instrument, locale: locale, version: version, status: status,
                                   title: m.string("title", &d, required: false), all: Self.block(m, &d), forms: forms,
                                   cutoffsConfirmed: m.value("cutoffs_confirmed") == nil ? false : m.bool("cutoffs_confirmed", &d) ?? false,
                                   location: root.location)
        m.finish(&d)
        return d.hasErrors ? nil : overlay
    }

    /// The items, options, bands and critical texts of a texts file or of one of its forms.
    package static func block(_ m: MapReader, _ d: inout DiagnosticBag) -> TextsOverlay.Block {
        func texts(_ key: String) -> [TextsOverlay.Block.Entry] {
            guard let node = m.value(key) else { return [] }
            guard case .mapping(let pairs) = node.kind else {
                d.error(.checkType, "\(key) must map ids to texts", at: node.location)
                return []
            }
            return pairs.compactMap { p in Scalars.string(p.value, p.name, &d).map { (p.name, $0, p.key.location) } }
        }
        return TextsOverlay.Block(items: texts("items"), options: texts("options"), bands: texts("bands"), critical: texts("critical"))
    }

    /// Puts the overlay's texts into the instrument; every id must exist, in the form named where
    /// the texts are per form. A text for every form whose item id means a different question in
    /// different forms is refused: it would put one question's wording on another.
    package static func apply(_ o: TextsOverlay, to i: inout Instrument, _ d: inout DiagnosticBag) {
        check(o.all, against: i.forms, i.id, &d)
        var perForm: [String: TextsOverlay.Block] = [:]
        for (id, block, loc) in o.forms {
            guard let form = i.form(id: id) else {
                d.error(.checkUnknownForm, "\(i.id) has no form \"\(id)\"" + Suggestion.hint(for: id, in: i.forms.map(\.id)), at: loc)
                continue
            }
            if perForm[id] != nil { d.error(.checkDuplicateId, "the texts of form \"\(id)\" are given twice", at: loc) }
            check(block, against: [form], i.id, &d)
            perForm[id] = block
        }
        for (id, _, loc) in o.all.items {
            // The forms this text would land on, and the different questions it would label there.
            let landing = i.forms.filter { f in f.items.contains { $0.id == id } && !(perForm[f.id]?.items.contains { $0.id == id } ?? false) }
            var questions: [String] = []
            for f in landing { if let q = f.items.first(where: { $0.id == id })?.label[.en], !questions.contains(q) { questions.append(q) } }
            if questions.count > 1 {
                let names = landing.map(\.id).joined(separator: ", ")
                d.error(.checkAmbiguousText, "item \"\(id)\" is a different question in forms \(names); give its text per form, under forms: {\"\(landing[0].id)\": {items: {\(id): …}}}", at: loc)
            }
        }
        let l = o.locale
        if let t = o.title { i.title.texts[l] = t }
        func table(_ entries: [TextsOverlay.Block.Entry]) -> [String: String] {
            Dictionary(entries.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        }
        let items = table(o.all.items), options = table(o.all.options), bands = table(o.all.bands), critical = table(o.all.critical)
        for f in i.forms.indices {
            let own = perForm[i.forms[f].id] ?? TextsOverlay.Block()
            let formItems = items.merging(table(own.items)) { _, mine in mine }
            let formOptions = options.merging(table(own.options)) { _, mine in mine }
            let formBands = bands.merging(table(own.bands)) { _, mine in mine }
            let formCritical = critical.merging(table(own.critical)) { _, mine in mine }
            i.forms[f].items = i.forms[f].items.map { item in
                var label = item.label
                if let t = formItems[item.id] { label.texts[l] = t }
                let opts = item.options.map { o -> AnswerOption in
                    var o = o
                    if let t = formOptions[o.id] { o.label.texts[l] = t }
                    return o
                }
                return Item(id: item.id, label: label, options: opts, selection: item.selection, location: item.location)
            }
            for b in i.forms[f].bands.indices { if let t = formBands[i.forms[f].bands[b].id] { i.forms[f].bands[b].title.texts[l] = t } }
            for c in i.forms[f].critical.indices { if let t = formCritical[i.forms[f].critical[c].id] { i.forms[f].critical[c].title.texts[l] = t } }
        }
        i.locales[l] = o.status
        i.textsVersions[l] = o.version
        if o.cutoffsConfirmed { i.source.cutoffsSecondary = false }
    }

    /// Every id of the block must name something in one of the forms.
    private static func check(_ b: TextsOverlay.Block, against forms: [Form], _ instrument: String, _ d: inout DiagnosticBag) {
        let within = forms.count == 1 && forms[0].id != "all" ? " in form \"\(forms[0].id)\"" : ""
        func known(_ entries: [TextsOverlay.Block.Entry], _ ids: Set<String>, _ code: Diagnostic.Code, _ noun: String) {
            for (id, _, loc) in entries where !ids.contains(id) {
                d.error(code, "\(instrument) has no \(noun) \"\(id)\"\(within)" + Suggestion.hint(for: id, in: ids), at: loc)
            }
        }
        known(b.items, Set(forms.flatMap { $0.items.map(\.id) }), .checkUnknownItem, "item")
        known(b.options, Set(forms.flatMap { $0.items.flatMap { $0.options.map(\.id) } }), .checkUnknownOption, "option")
        known(b.bands, Set(forms.flatMap { $0.bands.map(\.id) }), .checkUnknownBand, "band")
        known(b.critical, Set(forms.flatMap { $0.critical.map(\.id) }), .checkUnknownCritical, "critical rule")
    }
}
