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

/// The built-in set is the Instruments/ folder compiled into the binary; it must never drift.
@Test func embeddedInstrumentsMatchTheInstrumentsFolder() throws {
    // The built-in set is not hashed or proved at start-up (ShippedFiles.digests): what is embedded
    // must load here with every check, band coverage included, and without a diagnostic.
    let checked = InstrumentSetLoader().load(texts: Repo.instrumentFiles(), origin: "Instruments")
    #expect(checked.diagnostics.isEmpty, "\(DiagnosticRenderer(sources: checked.sources).render(checked.diagnostics))")
    let expected = ShippedSource.render(Repo.instrumentFiles())
    let file = Repo.path("Sources/EarlyScreen/Shipped/ShippedFiles.swift")
    if ProcessInfo.processInfo.environment["EARLYSCREEN_WRITE_EMBEDDED"] == "1" && checked.diagnostics.isEmpty {
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

/// Digests are the audit trail of which rules produced a result: SHA-256 is checked against
/// the FIPS 180-2 known answers and, at every padding edge, against coreutils' sha256sum.
@Test func sha256GivesTheKnownAnswers() throws {
    #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    let dir = try Repo.scratchDirectory("sha256")
    defer { try? FileManager.default.removeItem(at: dir) }
    for n in [55, 56, 63, 64, 65, 119, 120, 128] {
        let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let file = dir.appendingPathComponent("b\(n)")
        try Data(bytes).write(to: file)
        let oracle = try Run.program("/usr/bin/sha256sum", [file.path])
        #expect(oracle.status == 0)
        #expect(oracle.out.hasPrefix(SHA256.hex(bytes) + " "), "\(n) bytes")
    }
}
