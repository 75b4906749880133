import ESSource
import ESYAML
import ESExpr
import ESModel

/// The blocks instruments, the referral catalog and the schedule share (locales, source,
/// license, ages, prematurity), read straight from their mapping: each loader asks the mapping,
/// none borrows another loader to read them.
extension MapReader {
    package func locales(_ d: inout DiagnosticBag) -> [Locale: TranslationStatus] {
        var out: [Locale: TranslationStatus] = [.en: .source]
        guard let node = self.value("locales") else { return out }
        guard case .mapping(let pairs) = node.kind else {
            d.error(.checkType, "locales must be a mapping such as {en: source, az: not_validated}", at: node.location)
            return out
        }
        for p in pairs {
            guard let l = Locale(rawValue: p.name) else {
                d.error(.checkUnknownLocale, "unknown locale \"\(p.name)\"; locales are en, az, ru", at: p.key.location)
                continue
            }
            guard let s = Scalars.string(p.value, p.name, &d) else { continue }
            guard let status = TranslationStatus(rawValue: s) else {
                d.error(.checkEnum, "translation status must be source, validated or not_validated, found \"\(s)\"" + Suggestion.hint(for: s, in: TranslationStatus.allCases.map(\.rawValue)), at: p.value.location)
                continue
            }
            out[l] = status
        }
        return out
    }

    package func sourceInfo(_ d: inout DiagnosticBag) -> SourceInfo {
        guard let node = self.required("source", &d), let s = MapReader(node, .source, &d) else { return SourceInfo(citation: "") }
        var info = SourceInfo(citation: s.string("citation", &d) ?? "", url: s.string("url", &d, required: false),
                              notes: s.string("notes", &d, required: false))
        info.cutoffsSecondary = s.word("cutoffs", ["verified", "secondary"], &d, required: false) == "secondary"
        s.finish(&d)
        return info
    }

    package func license(_ d: inout DiagnosticBag) -> LicenseInfo {
        guard let node = self.required("license", &d), let s = MapReader(node, .license, &d) else { return LicenseInfo(holder: "", terms: "") }
        let info = LicenseInfo(holder: s.string("holder", &d) ?? "", terms: s.string("terms", &d) ?? "",
                               beforeUse: s.string("before_use", &d, required: false))
        s.finish(&d)
        return info
    }

    package func ageWindow(_ d: inout DiagnosticBag) -> AgeWindow {
        let lo = int("min_months", &d) ?? 0, hi = int("max_months", &d) ?? 0
        if lo < 0 || hi < lo {
            d.error(.checkAgeRange, "age range \(lo)–\(hi) months is \(lo < 0 ? "negative" : "reversed"); min_months must be at most max_months", at: location)
        } else if hi > 96 {
            d.error(.checkAgeRange, "max_months \(hi) is past the engine's supported range of 96 months (8 years)", at: location)
        }
        return AgeWindow(minMonths: lo, maxMonths: hi)
    }

    package func prematurity(_ d: inout DiagnosticBag) -> PrematurityPolicy? {
        guard let node = self.value("prematurity"), let p = MapReader(node, .prematurity, &d) else { return nil }
        let policy = PrematurityPolicy(termWeeks: p.int("term_weeks", &d) ?? 40,
                                       minWeeksEarly: p.int("min_weeks_early", &d, required: false),
                                       bornBeforeWeeks: p.int("born_before_weeks", &d, required: false),
                                       untilMonths: p.int("until_months", &d, required: false))
        if policy.termWeeks < 37 || policy.termWeeks > 42 {
            d.error(.checkPrematurity, "term_weeks \(policy.termWeeks) is outside 37–42", at: p.location)
        }
        // Exactly one way to say who counts as premature: the two would disagree at the edge.
        if (policy.minWeeksEarly == nil) == (policy.bornBeforeWeeks == nil) {
            d.error(.checkPrematurity, "prematurity needs exactly one of min_weeks_early (born at least N weeks before term) and born_before_weeks (born before N weeks)", at: p.location)
        }
        if let b = policy.bornBeforeWeeks, b < 28 || b > policy.termWeeks {
            d.error(.checkPrematurity, "born_before_weeks \(b) is outside 28–\(policy.termWeeks)", at: p.location)
        }
        p.finish(&d)
        return policy
    }
}
