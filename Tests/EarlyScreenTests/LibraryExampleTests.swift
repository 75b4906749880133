import Testing
import EarlyScreen

// BEGIN docs/library.md
func screenOneVisit() throws -> ScreeningResult {
    // The instruments compiled into the library (Instruments/ at build time).
    let engine = try Engine.builtIn()

    // A visit built in Swift; JSON requests go through `engine.evaluate(json:)` instead.
    var answers: [(item: String, answer: ScreeningRequest.Answer)] = []
    for q in 1...20 { answers.append(("q\(q)", .option(q == 2 || q == 5 || q == 12 ? "no" : "yes"))) }
    answers[2] = ("q3", .option("no"))
    answers[5] = ("q6", .option("no"))
    answers[9] = ("q10", .option("no"))
    let request = ScreeningRequest(
        birthDate: CalendarDate(iso: "2024-05-01")!,
        assessedOn: CalendarDate(iso: "2026-01-15")!,
        responses: [ScreeningRequest.Response(instrument: "mchat-r", answers: answers)])

    let result = try engine.evaluate(request)
    // result.results[0].band == "medium"; result.outcome == .followUp
    return result
}
// END docs/library.md

@Test func libraryExampleRunsAndSaysWhatItsCommentSays() throws {
    let result = try screenOneVisit()
    #expect(result.results[0].band == "medium")
    #expect(result.outcome == .followUp)
}

@Test func libraryDocShowsTheCodeThatCompilesHere() throws {
    let test = Repo.read("Tests/EarlyScreenTests/LibraryExampleTests.swift")
    let start = test.range(of: "// BEGIN docs/library.md\n")!.upperBound
    let end = test.range(of: "// END docs/library.md")!.lowerBound
    #expect(Repo.read("docs/library.md").contains(String(test[start..<end])))
}
