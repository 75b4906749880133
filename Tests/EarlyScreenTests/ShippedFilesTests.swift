import Foundation
import Testing
@testable import EarlyScreen

/// The built-in set is the Instruments/ folder compiled into the binary; it must never drift.
@Test func embeddedInstrumentsMatchTheInstrumentsFolder() throws {
    let expected = ShippedSource.render(Repo.instrumentFiles())
    let file = Repo.path("Sources/EarlyScreen/Shipped/ShippedFiles.swift")
    if ProcessInfo.processInfo.environment["EARLYSCREEN_WRITE_EMBEDDED"] == "1" {
        try expected.write(toFile: file, atomically: true, encoding: .utf8)
    }
    let actual = Repo.read("Sources/EarlyScreen/Shipped/ShippedFiles.swift")
    #expect(actual == expected, "ShippedFiles.swift is stale: run scripts/embed-instruments")
}

@Test func builtInSetHasTheSameDigestsAsTheFiles() throws {
    let fromFiles = try Repo.shippedSet()
    let builtIn = try Engine.builtIn().set
    #expect(builtIn.ids == fromFiles.ids)
    for id in fromFiles.ids {
        #expect(builtIn[id]?.digest == fromFiles[id]?.digest, "\(id)")
    }
}
