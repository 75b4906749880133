import Foundation
import Testing

/// Issue 14, item 2: the public API is a small front door, and docs/library.md lists it.
@Suite struct LibraryAPITests {
    /// Every top-level `public` declaration in the engine's targets.
    static func publicTypes() throws -> Set<String> {
        let decl = try Regex(#"^public (?:final )?(?:struct|enum|class|protocol|typealias|actor|func|let|var) ([A-Za-z_][A-Za-z0-9_]*)"#)
        var out = Set<String>()
        for folder in ArchitectureTests.engineFolders() {
            for file in try FileManager.default.subpathsOfDirectory(atPath: Repo.path(folder)) where file.hasSuffix(".swift") {
                for line in Repo.read(folder + "/" + file).split(separator: "\n") {
                    if let m = line.prefixMatch(of: decl) { out.insert(String(m.output[1].substring!)) }
                }
            }
        }
        return out
    }

    @Test func thePublicAPIIsTheListInTheDocs() throws {
        let doc = Repo.read("docs/library.md")
        let section = doc[doc.range(of: "## The public API")!.upperBound...]
        let listed = Set(section.matches(of: try Regex(#"`([A-Z][A-Za-z]+)`"#)).map { String($0.output[1].substring!) })
            .subtracting(["LoadError", "LibraryAPITests"])  // nested in Engine; this test's own name
        let found = try Self.publicTypes()
        #expect(found == listed, "public but not listed: \(found.subtracting(listed).sorted()); listed but not public: \(listed.subtracting(found).sorted())")
        #expect(found.count <= 25)
        // EarlyScreen re-exports exactly these from the stages (Engine is its own).
        let exports = Repo.read("Sources/EarlyScreen/Exports.swift")
        let reexported = Set(exports.matches(of: try Regex(#"@_exported import (?:struct|enum|class) ES[A-Za-z]+\.([A-Za-z]+)"#)).map { String($0.output[1].substring!) })
        #expect(reexported == found.subtracting(["Engine"]))
        #expect(!exports.contains(try Regex(#"@_exported import ES[A-Za-z]+\n"#)))
    }
}
