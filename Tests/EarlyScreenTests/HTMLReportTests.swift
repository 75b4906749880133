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

/// The printable visit page (evaluate --format html): self-contained, escaped, critical first.
@Suite struct HTMLReportTests {
    /// The M-CHAT-R example with a hostile id, scored with a texts file whose labels are hostile.
    static func hostilePage() throws -> String {
        let dir = try Repo.scratchDirectory("hostile-texts")
        defer { try? FileManager.default.removeItem(at: dir) }
        let texts = dir.appendingPathComponent("mchat-r.az.yaml")
        try """
        format: earlyscreen/texts@1
        instrument: mchat-r
        locale: az
        version: "<i>v</i>"
        status: validated
        title: "<img src=x onerror=alert(2)>"
        bands: {medium: "<b onmouseover=\\"alert(3)\\">Orta risk"}
        """.write(to: texts, atomically: true, encoding: .utf8)
        let loaded = InstrumentSetLoader().load(paths: [Repo.path("Instruments"), texts.path])
        let set = try #require(loaded.set, "\(loaded.diagnostics)")
        let engine = Engine(set: set)
        var request = try engine.decoder.decode(engine.reader.parse(Array(Repo.read("Corpus/examples/mchat-r-medium.json").utf8)))
        request.id = "</title><script>alert(1)</script>"
        return HTMLReport.render(try engine.evaluate(request), set: set)
    }

    @Test func everyTextIsEscapedAndNothingIsFetched() throws {
        let html = try Self.hostilePage()
        for markup in ["<script", "<img", "<b ", "<i>", "</title><script"] { #expect(!html.contains(markup), "\(markup)") }
        #expect(html.contains("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        // Self-contained: no scripts, no links, no external resources of any kind.
        for active in ["url(", "@import", "<link", "<iframe", "<object", "<embed"] { #expect(!html.contains(active), "\(active)") }
        #expect(html.firstMatch(of: try Regex(#"<[a-zA-Z][^<>]*\s(src|href|on[a-z]+)="#)) == nil, "an attribute that loads or runs something")
        #expect(html.contains("@page { size: A4;"))
    }

    @Test func theCriticalFindingComesBeforeTheReassuringTotal() throws {
        let run = try Run.earlyscreen(["evaluate", "--format", "html", "Corpus/cases/epds-self-harm.request.json"])
        let html = run.stdout
        let finding = try #require(html.range(of: "Özünə zərər vermək fikirləri bildirilib"))
        let total = try #require(html.range(of: "Depressiya ehtimalı azdır (Cəmi: 1)"))
        #expect(finding.lowerBound < total.lowerBound)
        #expect(html.contains("data-outcome=\"refer\""))
        // The score is drawn against EPDS's cut-offs, which come from its compiled bands.
        #expect(html.contains("<svg") && html.contains(">10</text>") && html.contains(">13</text>"))
    }

    /// The scale is the scoring: every whole total lands in the band the engine gives it.
    @Test func theDrawnScaleAgreesWithTheEngineOnEveryValue() throws {
        let engine = try Engine.builtIn()
        let epds = try #require(engine.set["epds"])
        let ages = ChildAges(birthDate: CalendarDate(iso: "2025-11-01")!, assessedOn: CalendarDate(iso: "2026-01-15")!, gestationalWeeks: nil)
        let scale = try #require(BandScale.of(epds.forms[0], score: 0, instrument: epds, ages: ages))
        #expect(scale.low == 0 && scale.high == 30)
        #expect(scale.segments.map { epds.forms[0].bands[$0.band!].id } == ["none", "possible", "probable"])
        #expect(scale.segments.map(\.from) == [0, 10, 13])
    }
}
