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

/// The explanation is recorded as typed steps while evaluating and put into words at the edge, in
/// the reader's language (issue 18, problem 7; issue 14, item 3).
@Suite struct ExplanationTests {
    /// Every evaluable Corpus request with its explained result.
    static func explained(in locales: [LocalizedText.Locale]? = nil) throws -> (Engine, [(name: String, locale: LocalizedText.Locale, result: ScreeningResult)]) {
        let engine = try Engine.builtIn(explain: true)
        var out: [(String, LocalizedText.Locale, ScreeningResult)] = []
        for name in CorpusTests.cases {
            guard var request = try? engine.decoder.decode(engine.reader.parse(Array(Repo.read("Corpus/cases/\(name).request.json").utf8))) else { continue }
            for locale in locales ?? [request.locale] {
                request.locale = locale
                if let result = try? engine.evaluate(request) { out.append((name, locale, result)) }
            }
        }
        return (engine, out)
    }

    @Test func textReportWithExplainShowsTheStepsInTheVisitsLanguage() throws {
        let request = "Corpus/cases/mchat-r-incomplete.request.json"
        let plain = try Run.earlyscreen(["evaluate", "--format", "text", request])
        let explained = try Run.earlyscreen(["evaluate", "--format", "text", "--explain", request])
        #expect(plain.status == 0 && explained.status == 0)
        #expect(explained.stdout.hasPrefix(plain.stdout.components(separatedBy: "\nWhat to do next").first!.components(separatedBy: "\n  How").first!))
        #expect(!plain.stdout.contains("How it was worked out"))
        #expect(explained.stdout.contains("How it was worked out:"))
        #expect(explained.stdout.contains("· 7. Points with one finger to show you something interesting (q7): no answer → points: 0–1"))
        #expect(explained.stdout.contains("· Score At-risk answers (total) = sum(q1..q20) = 2–3"))
        #expect(explained.stdout.contains("the least every band still possible calls for"))
        // The same request in Russian: the steps in Russian.
        let ru = try Run.earlyscreen(["evaluate", "--format", "text", "--explain"],
                                     stdin: Data(Repo.read(request).replacingOccurrences(of: "\"locale\": \"en\"", with: "\"locale\": \"ru\"").utf8))
        #expect(ru.status == 0)
        #expect(ru.stdout.contains("Как получен результат:") && ru.stdout.contains("нет ответа → баллы: 0–1"), "\(ru.stdout)")
    }

    /// The steps in az and ru hold no English word: the vocabulary is every word the English
    /// steps use, less the words of the instruments' own az and ru texts. Rules are shown as the
    /// instrument writes them (a formula over ids), and ids stand in brackets; both are removed first.
    @Test func stepsInAzAndRuHoldNoEnglishWord() throws {
        let (engine, cases) = try Self.explained(in: [.en, .az, .ru])
        #expect(cases.count > 120)
        var rules = Set<String>()
        for id in engine.set.ids {
            for f in engine.set[id]!.forms {
                rules.formUnion(f.scores.map(\.source) + f.bands.map(\.source) + f.critical.map(\.source))
            }
        }
        let bracketed = try Regex(#"\([a-z0-9_\-]+\)"#)
        // The reader's words: the rules and the bracketed ids are the instrument's own notation.
        func words(_ line: String) -> Set<String> {
            var line = line
            for rule in rules.sorted(by: { $0.count > $1.count }) { line = line.replacingOccurrences(of: rule, with: " ") }
            return LocalisationTests.words(line.replacing(bracketed, with: " "))
        }
        var english = Set<String>()
        for c in cases where c.locale == .en {
            for x in c.result.results { for step in x.explanation { english.formUnion(words(ExplanationText.line(step, .en))) } }
        }
        for l in [LocalizedText.Locale.az, .ru] { for t in LocalisationTests.texts(engine.set, l) { english.subtract(LocalisationTests.words(t)) } }
        #expect(english.isSuperset(of: ["points", "answer", "score", "band", "because"]))
        for c in cases where c.locale != .en {
            for x in c.result.results {
                for step in x.explanation {
                    let line = ExplanationText.line(step, c.locale)
                    let found = words(line).intersection(english)
                    #expect(found.isEmpty, "\(c.name) \(c.locale): English \(found.sorted()) in \(line)")
                }
            }
        }
    }

    /// The steps say what the result says: they are recorded by the same code that decides it.
    @Test func stepsAgreeWithTheResult() throws {
        let (engine, cases) = try Self.explained()
        var scored = 0
        for c in cases {
            for x in c.result.results {
                #expect(x.explanation.last == .outcome(x.outcome), "\(c.name) \(x.instrument)")
                guard case .age(let months, _, let instrument, _)? = x.explanation.first else {
                    Issue.record("\(c.name) \(x.instrument): the first step is not the age"); continue
                }
                #expect(months == x.ageMonths && instrument.id == x.instrument)
                guard x.status == .scored else { continue }
                scored += 1
                let answers = x.explanation.filter { if case .answer = $0 { true } else { false } }.count
                let passed = x.explanation.filter { if case .passedAtFirstStage = $0 { true } else { false } }.count
                let form = x.form.flatMap { engine.set[x.instrument]!.form(id: $0) } ?? engine.set[x.instrument]!.forms.first { $0.ages.contains(x.ageMonths) }!
                #expect(answers == form.items.count && passed <= answers, "\(c.name) \(x.instrument)")
                for (id, value) in x.scores {
                    let last = x.explanation.last { if case .score(let n, _, _, _) = $0 { n.id == id } else { false } }
                    guard case .score(_, _, let v, _)? = last else { Issue.record("\(c.name): no step for score \(id)"); continue }
                    #expect(v == Interval(exactly: value), "\(c.name) \(x.instrument) \(id)")
                }
                let carriedOut = x.explanation.compactMap { if case .carriedOut(let r, _) = $0 { r.id } else { nil } }
                let referrals = x.explanation.compactMap { if case .recommend(let r, _, _, _, _) = $0 { r.id } else { nil } }
                    .filter { !carriedOut.contains($0) }
                #expect(referrals == x.recommendations.map(\.referral), "\(c.name) \(x.instrument)")
            }
        }
        #expect(scored > 20)
    }

    @Test func thePrintedPageListsTheStepsOnlyWithExplain() throws {
        let request = "Corpus/cases/epds-self-harm.request.json"
        let plain = try Run.earlyscreen(["evaluate", "--format", "html", request])
        let explained = try Run.earlyscreen(["evaluate", "--format", "html", "--explain", request])
        #expect(plain.status == 0 && explained.status == 0)
        #expect(!plain.stdout.contains("class=\"trace\""))
        #expect(explained.stdout.contains("<div class=\"trace\"><h4>Necə hesablandı</h4>"))
        // The request is in Azerbaijani. Rules are escaped like every other text: `q10 != "d"` reaches the page as text.
        #expect(explained.stdout.contains("q10 != &quot;d&quot; → bəli"))
    }

    @Test func withoutExplainNothingIsRecorded() throws {
        let engine = try Engine.builtIn()
        let bytes = Array(Repo.read("Corpus/cases/epds-self-harm.request.json").utf8)
        let result = try engine.evaluate(engine.decoder.decode(engine.reader.parse(bytes)))
        #expect(result.results.allSatisfy { $0.explanation.isEmpty })
        #expect(!String(decoding: engine.evaluate(json: bytes).output, as: UTF8.self).contains("explanation"))
    }
}
