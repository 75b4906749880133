import Foundation
import Testing

/// Pages earlyscreen writes, rendered by a real browser (headless Chromium, installed by
/// scripts/setup; required under CI). The screenshots are written where people can look at them:
/// bench/out/browser/, and docs/images/ when EARLYSCREEN_RECORD=1.
@Suite struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Chromium with the flags a container needs, bounded in time (a browser that hangs fails).
    static func browse(_ args: [String]) throws -> (status: Int32, out: Data) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        p.arguments = ["--kill-after=10", "120", chromium ?? "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                       "--hide-scrollbars", "--no-first-run", "--disable-dev-shm-usage"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, data)
    }

    @Test(.enabled(if: chromium != nil || FHIRTests.underCI))
    func theTallyPageRendersWithItsChartsAndNoActiveContent() throws {
        let dir = try Repo.scratchDirectory("browser")
        let visits = dir.appendingPathComponent("visits.jsonl")
        let gen = try FHIRTests.python([Repo.path("bench/gen.py"), "programme", "5000", visits.path, "2026"])
        #expect(gen.status == 0, "\(gen.out)")
        let results = try Run.earlyscreen(["evaluate", "--lines", visits.path])
        #expect(results.status == 1)  // 1% of the generated lines are rejected on purpose
        let tally = try Run.earlyscreen(["tally", "--by", "region", "--format", "html"], stdin: results.stdoutBytes)
        #expect(tally.status == 0)
        let page = dir.appendingPathComponent("tally.html")
        try tally.stdoutBytes.write(to: page)

        let dom = String(decoding: try Self.browse(["--dump-dom", page.absoluteString]).out, as: UTF8.self)
        #expect(dom.contains("<table id=\"outcomes\">"))
        for region in ["Baku", "Ganja", "Sumqayit", "Lankaran", "Shaki"] { #expect(dom.contains("region \(region)")) }
        #expect(dom.contains("<svg"))
        #expect(!dom.contains("<script"))

        let shots = URL(fileURLWithPath: Repo.path("bench/out/browser"))
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let png = shots.appendingPathComponent("tally.png")
        try? FileManager.default.removeItem(at: png)
        _ = try Self.browse(["--window-size=1000,760", "--screenshot=\(png.path)", page.absoluteString])
        let image = try Data(contentsOf: png)
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]) && image.count > 20_000, "a PNG with something drawn in it")
        let pdf = shots.appendingPathComponent("tally.pdf")
        try? FileManager.default.removeItem(at: pdf)
        _ = try Self.browse(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        #expect(try Data(contentsOf: pdf).starts(with: Array("%PDF".utf8)))
        if ProcessInfo.processInfo.environment["EARLYSCREEN_RECORD"] == "1" {
            try FileManager.default.createDirectory(atPath: Repo.path("docs/images"), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(atPath: Repo.path("docs/images/tally.png"))
            try FileManager.default.copyItem(at: png, to: URL(fileURLWithPath: Repo.path("docs/images/tally.png")))
        }
        #expect(Repo.read("docs/scale.md").contains("![](images/tally.png)"))
        #expect(FileManager.default.fileExists(atPath: Repo.path("docs/images/tally.png")))
    }

    /// Issue 18, build 4 and 5: the visit page in az, ru and en, rendered by Chromium to PNG (kept
    /// in bench/out/browser/ for people to look at) and to PDF: one A4 page for a typical visit; the
    /// DOM holds the outcome, the critical finding before the results, and every referral.
    @Test(.enabled(if: chromium != nil || FHIRTests.underCI),
          arguments: ["epds-self-harm", "mchat-r-high-ru", "bpsc-needs-review", "swyc-milestones-needs-review", "safety-06-cdc-wrong-list"])
    func theVisitPagePrintsOnOneA4Page(name: String) throws {
        let shots = URL(fileURLWithPath: Repo.path("bench/out/browser"))
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        let request = "Corpus/cases/\(name).request.json"
        let run = try Run.earlyscreen(["evaluate", "--format", "html", request])
        #expect(run.status == 0)
        let page = shots.appendingPathComponent("visit-\(name).html")
        try run.stdoutBytes.write(to: page)
        let result = try #require(try JSONSerialization.jsonObject(with: Data(Repo.read(request.replacingOccurrences(of: ".request.", with: ".result.")).utf8)) as? [String: Any])

        let dom = String(decoding: try Self.browse(["--dump-dom", page.absoluteString]).out, as: UTF8.self)
        #expect(dom.contains("data-outcome=\"\(result["outcome"] as? String ?? "?")\""))
        for referral in (result["referrals"] as? [[String: Any]]) ?? [] {
            #expect(dom.contains((referral["title"] as? String ?? "?").replacingOccurrences(of: "&", with: "&amp;")), "\(name): \(referral)")
        }
        let critical = ((result["results"] as? [[String: Any]]) ?? []).contains { !(($0["critical"] as? [String]) ?? []).isEmpty }
        if critical, let c = dom.range(of: "id=\"critical\""), let results = dom.range(of: "class=\"result\"") {
            #expect(c.lowerBound < results.lowerBound, "critical findings come first")
        } else { #expect(!critical, "\(name): a critical finding is not on the page") }
        #expect(!dom.contains("<script") && !dom.contains("<link") && !dom.contains("src="))

        let png = shots.appendingPathComponent("visit-\(name).png")
        try? FileManager.default.removeItem(at: png)
        _ = try Self.browse(["--window-size=820,1160", "--screenshot=\(png.path)", page.absoluteString])
        let image = try Data(contentsOf: png)
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]) && image.count > 20_000, "a PNG with something drawn in it")
        let pdf = shots.appendingPathComponent("visit-\(name).pdf")
        try? FileManager.default.removeItem(at: pdf)
        _ = try Self.browse(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        // Pages are "/Type /Page" objects ("/Pages" is their parent).
        let pages = String(decoding: bytes, as: UTF8.self).matches(of: try Regex(#"/Type\s*/Page[^s]"#)).count
        #expect(pages == 1, "\(name): \(pages) pages")
        if name == "epds-self-harm", ProcessInfo.processInfo.environment["EARLYSCREEN_RECORD"] == "1" {
            try? FileManager.default.removeItem(atPath: Repo.path("docs/images/visit-epds-self-harm.png"))
            try FileManager.default.copyItem(at: png, to: URL(fileURLWithPath: Repo.path("docs/images/visit-epds-self-harm.png")))
        }
        #expect(Repo.read("docs/report.md").contains("![](images/visit-epds-self-harm.png)"))
    }

    /// No text from a request or an instrument file becomes markup in the browser: a hostile id
    /// and hostile labels (from a texts file) stay text.
    @Test(.enabled(if: chromium != nil || FHIRTests.underCI))
    func hostileTextStaysTextInTheBrowser() throws {
        let dir = try Repo.scratchDirectory("hostile-page")
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("page.html")
        try Data(HTMLReportTests.hostilePage().utf8).write(to: page)
        let dom = String(decoding: try Self.browse(["--dump-dom", page.absoluteString]).out, as: UTF8.self)
        #expect(dom.contains("data-outcome="))
        #expect(!dom.contains("<script") && !dom.contains("<img") && !dom.contains("<b "))
        #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(dom.contains("&lt;b onmouseover=\"alert(3)\"&gt;Orta risk") || dom.contains("&lt;b onmouseover=\"alert(3)\"&gt;"))
    }
}
