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
}
