import Foundation
import Testing
@testable import EarlyScreen

/// `earlyscreen administer` scripted through a pipe, and once in a real terminal (tmux).
@Suite struct AdministerTests {
    func tempFile(_ name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("es-\(getpid())-\(name)").path
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    func visit(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// The saved result is exactly what `earlyscreen evaluate` gives for the saved request.
    func checkSavedResultMatchesEvaluate(_ path: String) throws {
        let saved = try visit(path)
        let request = try JSONSerialization.data(withJSONObject: try #require(saved["request"]))
        let evaluated = try Run.earlyscreen(["evaluate"], stdin: request)
        let a = try JSONSerialization.jsonObject(with: evaluated.stdoutBytes) as? NSDictionary
        #expect(a != nil && a == (saved["result"] as? NSDictionary))
    }

    @Test func aScriptedVisitIsScoredAndSaved() throws {
        let out = tempFile("v1.json")
        // M-CHAT-R: at-risk answers on items 2 (yes), 3 (no), 6 (no) and 12 (yes): total 4, medium;
        // then the follow-up of those four: fail, fail, pass, pass.
        let answers = ["1", "1", "2", "1", "2", "2"] + Array(repeating: "1", count: 14) + ["2", "fail", "pass", "pass"]
        let run = try Run.earlyscreen(["administer", "mchat-r", "--birth-date", "2024-05-01", "--on", "2026-01-15", "--out", out],
                                      stdin: Data((answers.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == 0)
        #expect(run.stdout.contains("(1/20) Looks where you point across the room"))
        #expect(run.stdout.contains("Screen positive"))
        #expect(run.stdout.contains("Visit outcome: REFER"))
        let saved = try visit(out)
        #expect(saved["complete"] as? Bool == true)
        try checkSavedResultMatchesEvaluate(out)
    }

    @Test func backSkipWrongAnswerQuitAndResume() throws {
        let out = tempFile("v2.json")
        let first = try Run.earlyscreen(["administer", "mchat-r", "--birth-date", "2024-05-01", "--on", "2026-01-15", "--out", out],
                                        stdin: Data("1\n2\nb\n1\ns\nmaybe\n1\nq\n".utf8))
        #expect(first.stdout.contains("Not an option here"))
        #expect(first.stdout.contains("--resume \(out)"))
        let partial = try visit(out)
        #expect(partial["complete"] as? Bool == false)
        let answers = ((partial["request"] as? [String: Any])?["responses"] as? [[String: Any]])?.first?["answers"] as? [String: Any]
        #expect(answers?["q2"] as? String == "yes")   // "2" (no) was taken back and answered again
        #expect(answers?["q3"] is NSNull)             // skipped: recorded as not answered
        #expect(answers?.count == 4)
        // Resume: 16 more items, all "yes" (q5 and q12 at risk: total 3 with q2), then the follow-up.
        let rest = Array(repeating: "1", count: 16) + ["2", "2", "2"]
        let second = try Run.earlyscreen(["administer", "--resume", out], stdin: Data((rest.joined(separator: "\n") + "\n").utf8))
        #expect(second.status == 0)
        #expect(second.stdout.contains("(1/16)") == false)  // numbering stays that of the whole form
        #expect(try visit(out)["complete"] as? Bool == true)
        try checkSavedResultMatchesEvaluate(out)
    }

    @Test func withNoInstrumentNamedItAsksWhatIsDue() throws {
        let out = tempFile("v3.json")
        // 1 month 26 days: only the mother's EPDS is due.
        let run = try Run.earlyscreen(["administer", "--birth-date", "2025-11-20", "--on", "2026-01-15", "--locale", "ru", "--out", out],
                                      stdin: Data((Array(repeating: "1", count: 10).joined(separator: "\n") + "\n").utf8))
        #expect(run.stdout.contains("== EPDS — скрининг депрессии у матери (перевод не валидирован)"))
        #expect(run.stdout.contains("(10/10)"))
        #expect(run.stdout.contains("Итог визита"))
        #expect(try visit(out)["complete"] as? Bool == true)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")))
    func inARealTerminalInAzerbaijani() throws {
        let out = tempFile("v4.json")
        let tmux = Tmux(socket: "es\(getpid())")
        defer { tmux.killServer() }
        let command = "LANG=C.UTF-8 '\(Repo.executable)' administer mchat-r --birth-date 2024-05-01 --on 2026-01-15 --locale az --out '\(out)'"
        try #require(tmux.run(["new-session", "-d", "-s", "visit", "-x", "120", "-y", "50", command,
                                      ";", "set-option", "-t", "visit", "remain-on-exit", "on"]).status == 0)
        func screen() -> String { tmux.run(["capture-pane", "-p", "-t", "visit"]).output }
        func waitFor(_ text: String) -> Bool {
            for _ in 0..<100 { if screen().contains(text) { return true }; usleep(100_000) }
            return false
        }
        #expect(waitFor("Otağın o biri başına göstərdiyiniz yerə baxır"))
        #expect(screen().contains("1) Bəli"))
        // All "yes": items 2, 5 and 12 are at risk (medium), so the follow-up asks three more.
        for answer in Array(repeating: "1", count: 23) {
            tmux.run(["send-keys", "-t", "visit", answer, "Enter"])
        }
        #expect(waitFor("Vizitin nəticəsi"))
        let text = screen()
        #expect(text.contains("Aşağı risk") || text.contains("Orta risk") || text.contains("Yüksək risk"))
        #expect(text.contains("Vizit saxlanıldı"))
        try checkSavedResultMatchesEvaluate(out)
    }
}

/// tmux on a socket of its own, started through `Spawned`: the tmux server is a daemon, and
/// Foundation's Process waits for every holder of a descriptor it hands the child, so a server
/// that inherits one keeps `waitUntilExit` (and the whole test run) waiting for ever.
struct Tmux {
    let socket: String

    @discardableResult
    func run(_ arguments: [String]) -> (status: Int32, output: String) {
        guard let r = try? Spawned.run("/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments) else { return (-1, "") }
        return (r.status, String(decoding: r.stdout, as: UTF8.self))
    }

    /// tmux 3.3 was seen answering kill-server yet staying alive here: make sure by its pid.
    func killServer() {
        let pid = pid_t(run(["display-message", "-p", "#{pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines))
        run(["kill-server"])
        if let pid, pid > 1 { kill(pid, SIGKILL) }
    }
}
