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

    /// Issue 14, item 9: the desk asks what the scoring gate calls for (Engine.itemsToAsk), so
    /// the questions asked and the result cannot disagree. A first stage left incomplete whose
    /// open bands all call for the follow-up (medium or high) gets it, for its failed and its
    /// unanswered items; administer used to skip it.
    @Test func theDeskAsksWhatTheScoringGateCallsFor() throws {
        let engine = try Engine.builtIn()
        // M-CHAT-R items whose "yes" is the at-risk answer; for the rest it is "no".
        let yesAtRisk: Set = [2, 5, 12]
        func answer(_ q: Int, atRisk: Bool) -> (item: String, answer: Answer) {
            ("q\(q)", .option(yesAtRisk.contains(q) == atRisk ? "yes" : "no"))
        }
        let failing: Set = [2, 3, 5, 6, 9, 10, 12]
        let answers = (2...20).map { answer($0, atRisk: failing.contains($0)) }
        func request(_ first: [(item: String, answer: Answer)], _ second: [(item: String, answer: Answer)] = []) -> ScreeningRequest {
            ScreeningRequest(birthDate: CalendarDate(iso: "2024-05-01")!, assessedOn: CalendarDate(iso: "2026-01-15")!,
                             responses: [Response(instrument: "mchat-r", answers: first), Response(instrument: "mchat-rf", answers: second)])
        }
        // Seven at risk and item 1 unanswered: 7 (medium) or 8 (high), both call for the follow-up.
        let open = request(answers)
        guard case .ask(let items) = engine.itemsToAsk(open, response: 1) else { Issue.record("the follow-up is not asked"); return }
        #expect(items.map(\.id) == ["q1", "q2", "q3", "q5", "q6", "q9", "q10", "q12"])
        #expect(try engine.evaluate(open).results[0].possibleBands == ["medium", "high"])
        // Answered, the follow-up is scored: the gate that asked it is the one that scores it.
        let done = request(answers, items.map { ($0.id, .option("pass")) })
        #expect(try engine.evaluate(done).results[1].status == .scored)
        // Low risk: not called for; nothing answered yet: not yet; out of age: not for this age.
        let low = (1...20).map { answer($0, atRisk: false) }
        if case .notCalledFor = engine.itemsToAsk(request(low), response: 1) {} else { Issue.record("low risk asks the follow-up") }
        if case .notCalledFor = engine.itemsToAsk(request([]), response: 1) {} else { Issue.record("an empty first stage asks the follow-up") }
        let epds = ScreeningRequest(birthDate: CalendarDate(iso: "2024-05-01")!, assessedOn: CalendarDate(iso: "2026-01-15")!,
                                    responses: [Response(instrument: "epds", answers: [])])
        if case .notForThisAge = engine.itemsToAsk(epds, response: 0) {} else { Issue.record("epds at 20 months is asked") }
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
        #expect(first.stdout.contains("Not an answer here. Type 1–2 or an option (yes, no); b, s or q."))
        #expect(first.stdout.contains("--resume \(out)"))
        let partial = try visit(out)
        #expect(partial["complete"] as? Bool == false)
        let answers = ((partial["request"] as? [String: Any])?["responses"] as? [[String: Any]])?.first?["answers"] as? [String: Any]
        #expect(answers?["q2"] as? String == "yes")   // "2" (no) was taken back and answered again
        #expect(answers?["q3"] is NSNull)             // skipped: recorded as not answered
        #expect(answers?.count == 4)
        // Resume: 16 more items, all "yes" (q5 and q12 at risk: total 3 with q2); then the skipped
        // q3, asked again before the report ("yes"); then the follow-up.
        let rest = Array(repeating: "1", count: 16) + ["1"] + ["2", "2", "2"]
        let second = try Run.earlyscreen(["administer", "--resume", out], stdin: Data((rest.joined(separator: "\n") + "\n").utf8))
        #expect(second.status == 0)
        #expect(second.stdout.contains("(1/16)") == false)  // numbering stays that of the whole form
        #expect(second.stdout.contains("1 item skipped: asking again"))
        #expect(second.stdout.contains("Child: age 20 months 14 days"))
        let final = ((try visit(out)["request"] as? [String: Any])?["responses"] as? [[String: Any]])?.first?["answers"] as? [String: Any]
        #expect(final?["q3"] as? String == "yes")
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

    func answers(_ path: String, _ instrument: String) throws -> [String: Any]? {
        let responses = (try visit(path)["request"] as? [String: Any])?["responses"] as? [[String: Any]]
        return responses?.first { $0["instrument"] as? String == instrument }?["answers"] as? [String: Any]
    }

    /// Issue 18, problem 2: twins seen the same day, and a second visit of the same child, never
    /// overwrite a saved visit; --child names the file and is kept in it; only the owner can read it.
    @Test func visitsAreNeverOverwrittenAndOnlyTheOwnerCanReadThem() throws {
        let dir = try Repo.scratchDirectory("administer-files")
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = Data((Array(repeating: "1", count: 10).joined(separator: "\n") + "\n").utf8)
        let args = ["administer", "epds", "--birth-date", "2025-11-20", "--on", "2026-01-15"]
        for _ in 0..<2 { #expect(try Run.earlyscreen(args, stdin: all, cwd: dir.path).status == 0) }
        #expect(try Run.earlyscreen(args + ["--child", "AZ-77"], stdin: all, cwd: dir.path).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files == ["visit-2025-11-20-2026-01-15-2.json", "visit-2025-11-20-2026-01-15.json", "visit-AZ-77-2026-01-15.json"])
        let saved = try visit(dir.appendingPathComponent("visit-AZ-77-2026-01-15.json").path)
        #expect(saved["child"] as? String == "AZ-77")
        #expect((saved["request"] as? [String: Any])?["id"] as? String == "visit-AZ-77-2026-01-15")
        for f in files {
            let mode = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(f).path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(f)")
        }
        // An existing --out is refused, in the staff's language, and left as it was.
        let before = try Data(contentsOf: dir.appendingPathComponent(files[0]))
        let again = try Run.earlyscreen(args + ["--out", files[0], "--locale", "ru"], stdin: all, cwd: dir.path)
        #expect(again.status == 2)
        #expect(again.stderr.contains("уже есть визит; продолжите его с --resume"))
        #expect(try Data(contentsOf: dir.appendingPathComponent(files[0])) == before)
    }

    /// Issue 18, problem 3 and 6: errors are sentences in the staff's language, never a Swift
    /// value; nothing is saved for a visit with nothing to ask.
    @Test func errorsAreSentencesInTheStaffsLanguage() throws {
        let dir = try Repo.scratchDirectory("administer-errors")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [([String], String)] = [
            (["--birth-date", "2015-01-01", "--on", "2026-01-15", "--locale", "ru"], "ребёнку 132 месяца; earlyscreen проводит скрининг детей до 96 месяцев"),
            (["swyc-bpsc", "--birth-date", "2020-01-01", "--on", "2026-01-15", "--locale", "ru"], "задавать нечего: ни один инструмент набора не предназначен для этого возраста (72 месяца); визит не сохранён"),
            (["--birth-date", "2025-13-01", "--locale", "az"], "--birth-date 2025-13-01 real tarix deyil"),
            (["--birth-date", "2025-01-01", "--child", "../x", "--locale", "en"], "--child ../x: use letters, digits, - and _ only"),
            (["nosuch", "--birth-date", "2025-01-01", "--locale", "az"], "\"nosuch\" adlı alət yoxdur"),
        ]
        for (args, message) in cases {
            let run = try Run.earlyscreen(["administer"] + args, stdin: Data("1\n".utf8), cwd: dir.path)
            #expect(run.status == 2, "\(args)")
            #expect(run.stderr.contains(message), "\(args): \(run.stderr)")
            #expect(!run.stderr.contains("RequestError") && !run.stderr.contains("Optional("), "\(run.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// Issue 18, problems 1, 5 and 6: back goes into the instrument before and shows the answer
    /// given; the ru keyboard works for options and keys; several boxes can be ticked where the
    /// instrument takes the most concerning; a wrong answer lists what is accepted.
    @Test func backAcrossInstrumentsCyrillicAndSeveralTicked() throws {
        let out = tempFile("v5.json")
        // EPDS: б (b) then 9 more; at BPSC's first item: и (back, ru layout) shows EPDS q10 with its
        // answer, Enter keeps it; BPSC q1 ticks two boxes; then the rest.
        let input = ["б"] + Array(repeating: "а", count: 9) + ["и", "", "1,3", "zz"] + Array(repeating: "1", count: 11)
        let run = try Run.earlyscreen(["administer", "epds", "swyc-bpsc", "--birth-date", "2025-12-01", "--on", "2026-01-15", "--locale", "ru", "--out", out],
                                      stdin: Data((input.joined(separator: "\n") + "\n").utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("ответ: 1) а (первый ответ) (Enter оставляет его)"))
        #expect(run.stdout.contains("Такого ответа нет. Введите 1–3 или id варианта (not_at_all, somewhat, very_much), несколько через запятую (1,3); b, s или q."))
        #expect(run.stdout.contains("Будет задано:"))
        #expect(run.stdout.contains("краткие пересказы для персонала"))
        let epds = try answers(out, "epds"), bpsc = try answers(out, "swyc-bpsc")
        #expect(epds?["q1"] as? String == "b")
        #expect(epds?["q10"] as? String == "a")
        #expect(bpsc?["q1"] as? [String] == ["not_at_all", "very_much"])
        #expect(bpsc?["q2"] as? String == "not_at_all")
        try checkSavedResultMatchesEvaluate(out)
    }

    /// The opening screen shown in docs/administer.md is what the command prints.
    @Test func theOpeningInTheDocsIsWhatStaffSee() throws {
        let dir = try Repo.scratchDirectory("administer-docs")
        defer { try? FileManager.default.removeItem(at: dir) }
        let shown = try #require(DocsTests.blocks(Repo.read("docs/administer.md"), "text").first { $0.hasPrefix("Uşaq") })
        let run = try Run.earlyscreen(["administer", "mchat-r", "--birth-date", "2024-05-01", "--on", "2026-01-15", "--child", "AZ-0012", "--locale", "az"],
                                      stdin: Data("q\n".utf8), cwd: dir.path)
        #expect(run.stdout.hasPrefix(shown), "\(run.stdout)")
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
        // Three at-risk answers: medium; the follow-up's first option passes each item it asks.
        #expect(text.contains("Nəticə: Orta risk (Risk cavablarının sayı: 3)"), "\(text)")
        #expect(text.contains("Nəticə: Skrininq mənfi (Hələ də keçməyən suallar: 0)"), "\(text)")
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
