import Foundation
import Testing
import EarlyScreen

/// A library user imports Foundation and EarlyScreen in one file: no name may be ambiguous there
/// (a public `Locale` once was). This file sees only what `import EarlyScreen` gives.
@Test func theFrontDoorLivesBesideFoundation() throws {
    let system = Locale(identifier: "az_AZ")          // Foundation's
    let ours: LocalizedText.Locale = .az
    #expect(system.identifier == "az_AZ")
    #expect(ours.rawValue == "az")
    let request = ScreeningRequest(birthDate: CalendarDate(iso: "2024-05-01")!, assessedOn: CalendarDate(iso: "2026-01-15")!,
                                   locale: ours, responses: [ScreeningRequest.Response(instrument: "epds", answers: [])])
    let result = try Engine.builtIn().evaluate(request)
    let blank: ScreeningResult.InstrumentResult = result.results[0]
    #expect(blank.outcome != .noConcern, "a blank form never reads as no concern")
}
