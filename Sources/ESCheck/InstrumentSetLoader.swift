import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
/// Loads instrument files and the referral catalog, checks each file and then the links between them.
package struct InstrumentSetLoader {
    package struct Output: Sendable {
        package var set: InstrumentSet?
        package var diagnostics: [Diagnostic]
        package var sources: [String: SourceFile]
    }

    package init() {}

    /// Loads named files and folders (every `*.yaml` directly inside a folder).
    /// `context` resolves what the files themselves lack: the referral catalog and first-stage
    /// instruments, so one file can be checked on its own against the built-in set.
    package func load(paths: [String], origin: String? = nil, context: InstrumentSet? = nil) -> Output {
        var files: [(String, String)] = []
        var d = DiagnosticBag()
        for p in paths {
            if FileSystem.isDirectory(p) {
                let dir = p.hasSuffix("/") ? String(p.dropLast()) : p
                let names: [String]
                do { names = try FileSystem.listing(dir) } catch {
                    d.error(.loadUnreadable, "cannot read the folder \(dir): \(error.reason)", at: nil)
                    continue
                }
                for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    let path = dir + "/" + name
                    if !FileSystem.isDirectory(path) { files.append((path, "")) }
                }
                // A deployment's official wording and translations live apart, in texts/.
                for name in FileSystem.list(dir + "/texts") where name.hasSuffix(".yaml") {
                    files.append((dir + "/texts/" + name, ""))
                }
            } else if FileSystem.exists(p) {
                files.append((p, ""))
            } else {
                d.error(.loadNotFound, "no such file or folder: \(p)", at: nil)
            }
        }
        var texts: [(path: String, text: String)] = []
        var raw: [String: [UInt8]] = [:]
        let limit = YAMLReader.Limits().maxBytes
        for (path, _) in files {
            switch FileSystem.read(path, maxBytes: limit) {
            case .bytes(let bytes):
                raw[path] = bytes
                texts.append((path, String(decoding: bytes, as: UTF8.self)))
            case .tooLarge(let size):
                d.error(.yamlTooLarge, "file is \(size) bytes; instrument files may be at most \(limit) bytes",
                        at: SourceLocation(file: path, line: 1, column: 1))
            case .notRegular(let kind):
                d.error(.loadNotAFile, "\(path) is \(kind), not a regular file; instrument files are regular files", at: nil)
            case .failed(let reason):
                d.error(.loadUnreadable, "cannot read \(path): \(reason)", at: nil)
            }
        }
        if files.isEmpty && !d.hasErrors {
            d.error(.loadNoFiles, "no instrument files (*.yaml) in \(paths.joined(separator: " "))", at: nil)
        }
        var out = load(texts: texts, origin: origin ?? paths.joined(separator: " "), rawBytes: raw, context: context)
        out.diagnostics = d.all + out.diagnostics
        // A path that could not be read never yields a partial set that looks complete.
        if d.hasErrors { out.set = nil }
        return out
    }

    /// Loads from texts in memory (the built-in set, tests).
    /// `embedded`: the digests of texts that were hashed and proved when they were embedded (the
    /// built-in set's, by path); those texts are not hashed or proved again.
    package func load(texts: [(path: String, text: String)], origin: String, rawBytes: [String: [UInt8]] = [:],
                     context: InstrumentSet? = nil, embedded: [String: String] = [:]) -> Output {
        var d = DiagnosticBag()
        var sources: [String: SourceFile] = [:]
        var instruments: [String: Instrument] = [:]
        var catalog: ReferralCatalog? = nil
        var catalogCount = 0
        var broken: [Instrument] = []  // checked for links, never part of the set
        var schedule: Schedule? = nil
        var overlays: [TextsOverlay] = []
        let reader = YAMLReader()
        for (path, text) in texts {
            let source = SourceFile(path: path, text: text)
            sources[path] = source
            if let raw = rawBytes[path], String(validating: raw, as: UTF8.self) == nil {
                let offset = Self.firstInvalidUTF8(raw)
                d.error(.yamlEncoding, "the file is not valid UTF-8 (byte \(offset)); save it as UTF-8", at: Self.location(ofByte: offset, in: raw, file: path))
                continue
            }
            guard let root = reader.read(source, diagnostics: &d) else { continue }
            switch Self.format(of: root) {
            case TextsLoader.format:
                var l = TextsLoader(source: source)
                if let o = l.load(root) { overlays.append(o) }
                d.add(contentsOf: l.d.all)
            case ScheduleLoader.format:
                var l = ScheduleLoader(source: source)
                if schedule != nil { d.error(.checkTwoSchedules, "more than one schedule (format \(ScheduleLoader.format)) in the set", at: root.location) }
                schedule = l.load(root)
                d.add(contentsOf: l.d.all)
            case ReferralLoader.format:
                var l = ReferralLoader(source: source, embeddedDigest: embedded[path])
                catalog = l.load(root)
                catalogCount += 1
                d.add(contentsOf: l.d.all)
            default:
                var l = InstrumentLoader(source: source, embeddedDigest: embedded[path])
                let instrument = l.load(root)
                d.add(contentsOf: Self.coalesceMissingKeys(l.d.all))
                if let i = instrument, l.d.hasErrors {
                    broken.append(i)
                } else if let i = instrument {
                    if let other = instruments[i.id] {
                        // At the id itself, not at the file's first line.
                        let idNode: SourceLocation? = if case .mapping(let pairs) = root.kind { pairs.first { $0.name == "id" }?.value.location } else { nil }
                        d.error(.checkDuplicateInstrument, "instrument id \"\(i.id)\" is also defined in \(other.location.file)", at: idNode ?? i.location)
                    }
                    instruments[i.id] = i
                }
            }
        }
        for o in overlays {
            // A deployment's texts may stand alone beside the built-in instrument they dress.
            guard var i = instruments[o.instrument] ?? context?.instruments[o.instrument] else {
                d.error(.checkUnknownInstrument, "texts for instrument \"\(o.instrument)\", which is not in the set" + Suggestion.hint(for: o.instrument, in: instruments.keys), at: o.location)
                continue
            }
            if i.textsVersions[o.locale] != nil {
                d.error(.checkDuplicateTexts, "a second texts file for \(o.instrument) in \(o.locale.rawValue)", at: o.location)
            }
            TextsLoader.apply(o, to: &i, &d)
            instruments[o.instrument] = i
        }
        if catalogCount > 1 {
            d.error(.checkTwoCatalogs, "more than one referral catalog (format \(ReferralLoader.format)) in the set", at: nil)
        }
        if catalog == nil && catalogCount == 0, let c = context?.referrals { catalog = c }
        if catalog == nil && catalogCount == 0 && !instruments.isEmpty {
            d.error(.checkNoCatalog, "no referral catalog (a file with format: \(ReferralLoader.format)) in the set; recommendations point into it", at: nil)
        }
        if let catalog {
            Self.link(instruments, catalog, context: context?.instruments ?? [:], &d)
            var all = context?.instruments ?? [:]
            all.merge(instruments) { _, new in new }
            for b in broken { Self.link([b.id: b], catalog, context: all, &d) }
        }
        if let schedule {
            var all = context?.instruments ?? [:]
            all.merge(instruments) { _, new in new }
            for s in schedule.screenings {
                for i in s.instruments where all[i] == nil {
                    d.error(.checkUnknownInstrument, "screening \(s.id) names instrument \"\(i)\", which is not in the set" + Suggestion.hint(for: i, in: all.keys), at: s.location)
                }
            }
        }
        let ok = !d.hasErrors
        return Output(set: ok ? InstrumentSet(instruments: instruments, referrals: catalog ?? .empty, schedule: schedule ?? context?.schedule, origin: origin) : nil,
                      diagnostics: d.sorted, sources: sources)
    }

    /// Three or more keys missing from one mapping (a file just begun) are one error listing
    /// them, not a screenful at the same line and column.
    package static func coalesceMissingKeys(_ ds: [Diagnostic]) -> [Diagnostic] {
        var byPlace: [SourceLocation: [Int]] = [:]
        for (n, x) in ds.enumerated() where x.code == .checkMissingKey && x.message.contains("needs the key \"") {
            if let l = x.location { byPlace[l, default: []].append(n) }
        }
        var drop = Set<Int>(), out: [Diagnostic] = []
        for (_, ns) in byPlace where ns.count >= 3 { drop.formUnion(ns.dropFirst()) }
        for (n, x) in ds.enumerated() where !drop.contains(n) {
            guard let l = x.location, let ns = byPlace[l], ns.count >= 3, ns[0] == n else { out.append(x); continue }
            let keys = ns.compactMap { ds[$0].message.split(separator: "\"").dropFirst().first.map { "\"\($0)\"" } }
            let what = x.message.ranges(of: " needs the key").first.map { String(x.message[..<$0.lowerBound]) } ?? "this mapping"
            out.append(.error(.checkMissingKey, "\(what) needs the keys \(keys.joined(separator: ", ")); docs/instrument-format.md begins with a complete small example to start from", at: l))
        }
        return out
    }

    package static func format(of root: YAMLNode) -> String? {
        guard case .mapping(let pairs) = root.kind else { return nil }
        return pairs.first { $0.name == "format" }?.value.scalar?.value
    }

    /// Checks what crosses files: referrals and urgencies named by recommendations, stage links.
    package static func link(_ instruments: [String: Instrument], _ catalog: ReferralCatalog, context: [String: Instrument], _ d: inout DiagnosticBag) {
        for i in instruments.values {
            var seen = Set<SourceLocation>()
            for form in i.forms {
                let recs = form.bands.flatMap(\.recommendations) + form.critical.flatMap(\.recommendations)
                for r in recs where seen.insert(r.location).inserted {
                    guard let ref = catalog.referrals[r.referral] else {
                        d.error(.checkUnknownReferral, "recommendation names referral \"\(r.referral)\", which is not in the referral catalog" + Suggestion.hint(for: r.referral, in: catalog.referrals.keys), at: r.location)
                        continue
                    }
                    if catalog.urgency(r.urgency) == nil {
                        d.error(.checkUnknownUrgency, "unknown urgency \"\(r.urgency)\"; the catalog's urgencies are \(catalog.urgencies.map(\.id).joined(separator: ", "))" + Suggestion.hint(for: r.urgency, in: catalog.urgencies.map(\.id)), at: r.location)
                    } else if ref.dueDays[r.urgency] == nil {
                        d.error(.checkUrgencyNotOffered, "referral \(r.referral) has no due_days for urgency \(r.urgency) in the catalog", at: r.location)
                    }
                }
            }
            if let f = i.follows {
                guard let first = instruments[f.instrument] ?? context[f.instrument] else {
                    d.error(.checkUnknownInstrument, "follows names instrument \"\(f.instrument)\", which is not in the set" + Suggestion.hint(for: f.instrument, in: instruments.keys), at: f.location)
                    continue
                }
                let bandIDs = Set(first.forms.flatMap { $0.bands.map(\.id) })
                for b in f.bands where !bandIDs.contains(b) {
                    d.error(.checkUnknownBand, "follows names band \"\(b)\", which \(first.id) does not define" + Suggestion.hint(for: b, in: bandIDs), at: f.location)
                }
                if let r = f.fulfils, catalog.referrals[r] == nil {
                    d.error(.checkUnknownReferral, "follows.fulfils names referral \"\(r)\", which is not in the referral catalog" + Suggestion.hint(for: r, in: catalog.referrals.keys), at: f.location)
                }
                if f.onlyFailedItems {
                    let firstItems = Set(first.forms.flatMap { $0.items.map(\.id) })
                    for item in i.forms.flatMap(\.items) where !firstItems.contains(item.id) {
                        d.error(.checkUnknownItem, "item \(item.id) has no counterpart in \(first.id), so only_failed_items cannot apply to it", at: item.location)
                    }
                }
            }
        }
    }

    /// The offset of the first byte that breaks UTF-8.
    package static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let n = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0
            guard n > 0, i + n <= bytes.count, String(validating: bytes[i..<(i + n)], as: UTF8.self) != nil else { return i }
            i += n
        }
        return i
    }

    package static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1, col = 1
        for b in bytes[0..<min(offset, bytes.count)] {
            if b == 0x0A { line += 1; col = 1 } else if b & 0xC0 != 0x80 { col += 1 }
        }
        return SourceLocation(file: file, line: line, column: col)
    }
}
