import Foundation
import Testing
@testable import EarlyScreen
import ESSource
import ESYAML
import ESExpr
import ESModel
import ESEval
import ESCheck
import ESJSON
import ESReport
import ESTally
import ESFHIR

/// Issue 18, problem 4: what staff read in az or ru holds no English and no internal ids. The
/// English vocabulary is not a hand-made list: it is every word the English reports of the whole
/// Corpus use, less the words our own az and ru texts also use (such as "risk" or "SWYC").
@Suite struct LocalisationTests {
    static func words(_ s: some StringProtocol) -> Set<String> {
        var out = Set<String>(), word = ""
        for ch in s {
            if ch.isASCII && ch.isLetter { word.append(ch) } else {
                if word.count >= 3 { out.insert(word.lowercased()) }
                word = ""
            }
        }
        if word.count >= 3 { out.insert(word.lowercased()) }
        return out
    }

    /// Every text the set has in a locale: titles, labels, bands, scores, critical rules, referrals.
    static func texts(_ set: InstrumentSet, _ l: LocalizedText.Locale) -> [String] {
        var out: [String] = []
        for id in set.ids {
            let i = set[id]!
            out += [i.title[l], i.summary[l]]
            for f in i.forms {
                for item in f.items { out.append(item.label[l]); out += item.options.map { $0.label[l] } }
                out += f.scores.map { $0.title[l] } + f.bands.map { $0.title[l] } + f.critical.map { $0.title[l] }
            }
        }
        out += set.referrals.referrals.values.map { $0.title[l] } + set.referrals.urgencies.map { $0.title[l] }
        return out
    }

    @Test func reportsInAzAndRuHoldNoEnglishWordAndNoId() throws {
        let engine = try Engine.builtIn()
        var reports: [(name: String, locale: LocalizedText.Locale, text: String)] = []
        for name in CorpusTests.cases {
            guard let request = try? engine.decoder.decode(engine.reader.parse(Array(Repo.read("Corpus/cases/\(name).request.json").utf8))) else { continue }
            for locale in [LocalizedText.Locale.en, .az, .ru] {
                var r = request
                r.locale = locale
                guard let result = try? engine.evaluate(r) else { continue }
                // The first line names the request's own id, which is the caller's text.
                reports.append((name, locale, TextReport.render(result, set: engine.set).split(separator: "\n").dropFirst().joined(separator: "\n")))
            }
        }
        #expect(reports.count > 120)  // every Corpus case that evaluates, in three languages
        var english = Set<String>()
        for r in reports where r.locale == .en { english.formUnion(Self.words(r.text)) }
        for l in [LocalizedText.Locale.az, .ru] { for t in Self.texts(engine.set, l) { english.subtract(Self.words(t)) } }
        #expect(english.count > 100)  // the oracle is not empty
        let id = try Regex(#"\b(q|m)[0-9]+\b|\b[0-9]+m\b|[a-z]+_[a-z]+"#)
        for r in reports {
            if r.locale != .en {
                let found = Self.words(r.text).intersection(english)
                #expect(found.isEmpty, "\(r.name) \(r.locale): English \(found.sorted()) in\n\(r.text)")
            }
            #expect(r.text.firstMatch(of: id) == nil, "\(r.name) \(r.locale): an internal id in\n\(r.text)")
        }
    }

    /// Issue 14, item 5: warnings are an enum, each with its words in every locale; every
    /// template is a warning, a reason or a named variant, so none is orphaned or misspelt.
    @Test func everyWarningAndReasonHasItsWordsInEveryLocale() {
        let codes = Warning.Code.allCases.map(\.rawValue)
        #expect(codes == codes.sorted())
        let reasons = InstrumentResult.ReasonCode.allCases.map { "reason." + $0.rawValue } + ["reason.out_of_age_range_corrected"]
        for key in codes + reasons + WarningText.variants {
            for l in [LocalizedText.Locale.en, .az, .ru] { #expect(WarningText.templates[key]?[l] != nil, "\(key) \(l)") }
        }
        #expect(Set(WarningText.templates.keys) == Set(codes + reasons).union(WarningText.variants))
        // The contract's schema lists the warning codes, not the reasons' templates.
        #expect(!Repo.read("docs/result.schema.json").contains("\"reason.band_open\""))
    }

    /// The out-of-range reason is kept once made: kept or made afresh, it is the same text, for
    /// every shipped instrument's ages, ages from birth to 25 years, corrected or not, in each locale.
    @Test func keptOutOfRangeReasonsAreTheTextsMadeAfresh() throws {
        let set = try Engine.builtIn().set
        let windows = Set(set.ids.compactMap { set[$0].map { [$0.ages.minMonths, $0.ages.maxMonths] } })
        #expect(windows.count > 1)
        for w in windows {
            let window = AgeWindow(minMonths: w[0], maxMonths: w[1])
            for months in 0...300 {
                for corrected in [false, true] {
                    for l in [LocalizedText.Locale.en, .az, .ru] {
                        let fresh = WarningText.reason(.outOfAgeRange, corrected: corrected, [Plural.months(months, l), window.description(l)], l)
                        #expect(WarningText.outOfRange(months: months, window: window, corrected: corrected, locale: l) == fresh)
                        #expect(WarningText.outOfRange(months: months, window: window, corrected: corrected, locale: l) == fresh)
                    }
                }
            }
        }
        #expect(WarningText.outOfRange(months: 40, window: AgeWindow(minMonths: 16, maxMonths: 30), corrected: false, locale: .en).contains("40 months"))
    }

    @Test func pluralsFollowEachLanguagesRule() {
        #expect(Plural.months(1, .en) == "1 month" && Plural.months(2, .en) == "2 months")
        #expect([1, 2, 5, 11, 12, 21, 22, 25, 111].map { Plural.months($0, .ru) }
                == ["1 месяц", "2 месяца", "5 месяцев", "11 месяцев", "12 месяцев", "21 месяц", "22 месяца", "25 месяцев", "111 месяцев"])
        #expect(Plural.days(1, .az) == "1 gün" && Plural.days(14, .az) == "14 gün")
    }

    /// `show --locale ru|az`: the page's own headings and the urgencies in the reader's language
    /// (the sources' notes stay in English and the page says so).
    @Test(arguments: [("ru", "## Вопросы", "В тот же день"), ("az", "## Suallar", "Həmin gün")])
    func showSpeaksTheReadersLanguage(locale: String, heading: String, urgency: String) throws {
        let run = try Run.earlyscreen(["show", "epds", "--locale", locale])
        #expect(run.status == 0)
        #expect(run.stdout.contains(heading) && run.stdout.contains(urgency))
        for english in ["## Items", "## Scores", "## Bands", "Before use", "(soon)", "(urgent)", "(same_day)", "Version:", "Tests written"] {
            #expect(!run.stdout.contains(english), "\(locale): \(english)")
        }
    }

    /// A text keeps each locale's words by the locale's slot: every locale has its own slot, what
    /// is set is what is read back, and a missing locale falls back to English, else to the first
    /// locale that has one, in slot order (az, then ru).
    @Test func localizedTextsKeepEachLocalesWords() {
        #expect(LocalizedText.Locale.bySlot.count == LocalizedText.Locale.allCases.count)
        for l in LocalizedText.Locale.allCases { #expect(LocalizedText.Locale.bySlot[l.slot] == l) }
        let all = LocalizedText.Locale.allCases
        // Every subset of the locales, each with its own word.
        for mask in 0..<(1 << all.count) {
            var texts: [LocalizedText.Locale: String] = [:]
            for (k, l) in all.enumerated() where mask & (1 << k) != 0 { texts[l] = "word-\(l.rawValue)" }
            var t = LocalizedText(texts)
            #expect(t.texts == texts)
            for l in all {
                let fallback = texts[.en] ?? LocalizedText.Locale.bySlot.compactMap { texts[$0] }.first ?? ""
                #expect(t.resolve(l) == (texts[l] ?? fallback, texts[l] == nil), "\(l) of \(texts)")
                #expect(t[l] == texts[l] ?? fallback)
            }
            t.texts[.ru] = "set"
            #expect(t[.ru] == "set" && t.texts.count == texts.count + (texts[.ru] == nil ? 1 : 0))
            #expect(t == LocalizedText(t.texts))
        }
        #expect(LocalizedText.empty[.az] == "" && LocalizedText.empty.texts.isEmpty)
    }
}
