/// Reads a texts file (`Instruments/texts/ID.LOCALE.yaml`): a deployment's official wording and
/// validated translations for one instrument and locale. It can carry texts only, so it can change
/// no score, band or referral; results report its version beside the rules' digest.
struct TextsOverlay {
    var instrument: String
    var locale: Locale
    var version: String
    var status: TranslationStatus
    var title: String?
    var items: [(id: String, text: String, location: SourceLocation)]
    var options: [(id: String, text: String, location: SourceLocation)]
    var bands: [(id: String, text: String, location: SourceLocation)]
    var critical: [(id: String, text: String, location: SourceLocation)]
    /// The deployment checked the secondary cut-offs against the official guide.
    var cutoffsConfirmed = false
    var location: SourceLocation
}

struct TextsLoader {
    static let format = "earlyscreen/texts@1"
    let source: SourceFile
    var d = DiagnosticBag()

    mutating func load(_ root: YAMLNode) -> TextsOverlay? {
        guard let m = MapReader(root, .texts, &d) else { return nil }
        m.expectFormat(Self.format, "a texts file is", &d)
        let instrument = m.string("instrument", &d) ?? ""
        var locale = Locale.en
        if let l = m.string("locale", &d) {
            if let v = Locale(rawValue: l) { locale = v } else {
                d.error("check.unknown-locale", "unknown locale \"\(l)\"; locales are en, az, ru", at: m.value("locale")!.location)
            }
        }
        let version = m.string("version", &d) ?? ""
        let status = m.word("status", ["source", "validated", "not_validated"], &d, required: true)
            .flatMap(TranslationStatus.init(rawValue:)) ?? .notValidated
        func texts(_ key: String) -> [(String, String, SourceLocation)] {
            guard let node = m.value(key) else { return [] }
            guard case .mapping(let pairs) = node.kind else {
                d.error("check.type", "\(key) must map ids to texts", at: node.location)
                return []
            }
            return pairs.compactMap { p in Scalars.string(p.value, p.name, &d).map { (p.name, $0, p.key.location) } }
        }
        let overlay = TextsOverlay(instrument: instrument, locale: locale, version: version, status: status,
                                   title: m.string("title", &d, required: false), items: texts("items"), options: texts("options"),
                                   bands: texts("bands"), critical: texts("critical"),
                                   cutoffsConfirmed: m.value("cutoffs_confirmed") == nil ? false : m.bool("cutoffs_confirmed", &d) ?? false,
                                   location: root.location)
        m.finish(&d)
        return d.hasErrors ? nil : overlay
    }

    /// Puts the overlay's texts into the instrument; every id must exist.
    static func apply(_ o: TextsOverlay, to i: inout Instrument, _ d: inout DiagnosticBag) {
        let itemIDs = Set(i.forms.flatMap { $0.items.map(\.id) })
        let optionIDs = Set(i.forms.flatMap { $0.items.flatMap { $0.options.map(\.id) } })
        let bandIDs = Set(i.forms.flatMap { $0.bands.map(\.id) })
        let criticalIDs = Set(i.forms.flatMap { $0.critical.map(\.id) })
        for (id, _, loc) in o.items where !itemIDs.contains(id) {
            d.error("check.unknown-item", "\(i.id) has no item \"\(id)\"" + Suggestion.hint(for: id, in: itemIDs), at: loc)
        }
        for (id, _, loc) in o.options where !optionIDs.contains(id) {
            d.error("check.unknown-option", "\(i.id) has no option \"\(id)\"" + Suggestion.hint(for: id, in: optionIDs), at: loc)
        }
        for (id, _, loc) in o.bands where !bandIDs.contains(id) {
            d.error("check.unknown-band", "\(i.id) has no band \"\(id)\"" + Suggestion.hint(for: id, in: bandIDs), at: loc)
        }
        for (id, _, loc) in o.critical where !criticalIDs.contains(id) {
            d.error("check.unknown-critical", "\(i.id) has no critical rule \"\(id)\"" + Suggestion.hint(for: id, in: criticalIDs), at: loc)
        }
        let l = o.locale
        if let t = o.title { i.title.texts[l] = t }
        let items = Dictionary(o.items.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        let options = Dictionary(o.options.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        let bands = Dictionary(o.bands.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        let critical = Dictionary(o.critical.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        for f in i.forms.indices {
            i.forms[f].items = i.forms[f].items.map { item in
                var label = item.label
                if let t = items[item.id] { label.texts[l] = t }
                let opts = item.options.map { o -> AnswerOption in
                    var o = o
                    if let t = options[o.id] { o.label.texts[l] = t }
                    return o
                }
                return Item(id: item.id, label: label, options: opts, selection: item.selection, location: item.location)
            }
            for b in i.forms[f].bands.indices { if let t = bands[i.forms[f].bands[b].id] { i.forms[f].bands[b].title.texts[l] = t } }
            for c in i.forms[f].critical.indices { if let t = critical[i.forms[f].critical[c].id] { i.forms[f].critical[c].title.texts[l] = t } }
        }
        i.locales[l] = o.status
        i.textsVersions[l] = o.version
        if o.cutoffsConfirmed { i.source.cutoffsSecondary = false }
    }
}
