import Foundation
import Testing

/// Issue 14, item 2: the public API is a small front door, and docs/library.md lists it.
@Suite struct LibraryAPITests {
    /// Every top-level `public` declaration in the engine's targets, and every public type nested
    /// in one of them through an extension (`extension ScreeningResult { public struct Warning`).
    static func publicTypes() throws -> (top: Set<String>, nested: Set<String>) {
        let decl = try Regex(#"^public (?:final )?(?:struct|enum|class|protocol|typealias|actor|func|let|var) ([A-Za-z_][A-Za-z0-9_]*)"#)
        let ext = try Regex(#"^extension ([A-Z][A-Za-z]*) \{"#)
        let inner = try Regex(#"^    public (?:final )?(?:struct|enum|class) ([A-Z][A-Za-z]*)"#)
        var top = Set<String>(), nested = Set<String>()
        for folder in ArchitectureTests.engineFolders() {
            for file in try FileManager.default.subpathsOfDirectory(atPath: Repo.path(folder)) where file.hasSuffix(".swift") {
                var parent: String?
                for line in Repo.read(folder + "/" + file).split(separator: "\n", omittingEmptySubsequences: false) {
                    if let m = line.prefixMatch(of: decl) { top.insert(String(m.output[1].substring!)) }
                    if let m = line.prefixMatch(of: ext) { parent = String(m.output[1].substring!) }
                    if line == "}" { parent = nil }
                    if let p = parent, let m = line.prefixMatch(of: inner) { nested.insert(p + "." + m.output[1].substring!) }
                }
            }
        }
        return (top, nested.filter { top.contains(String($0.prefix { $0 != "." })) })
    }

    @Test func thePublicAPIIsTheListInTheDocs() throws {
        let doc = Repo.read("docs/library.md")
        let apiStart = doc.range(of: "## The public API")!.upperBound, inliningStart = doc.range(of: "### Public for the optimizer only")!
        let name = try Regex(#"`([A-Z][A-Za-z]+(?:\.[A-Z][A-Za-z]+)?)`"#)
        let names = doc[apiStart..<inliningStart.lowerBound].matches(of: name).map { String($0.output[1].substring!) }
        let listed = Set(names.filter { !$0.contains(".") }).subtracting(["LibraryAPITests"])
        let listedNested = Set(names.filter { $0.contains(".") }).subtracting(["Engine.LoadError"])
        // Public in a stage only so that other stages inline them; not re-exported, not the API.
        let forInlining = Set(doc[inliningStart.upperBound...].matches(of: name).map { String($0.output[1].substring!) })
            .subtracting(["LibraryAPITests", "EarlyScreen"])
        let (all, nested) = try Self.publicTypes()
        let found = all.subtracting(forInlining)
        #expect(forInlining.isSubset(of: all), "listed for inlining but not public: \(forInlining.subtracting(all).sorted())")
        #expect(found == listed, "public but not listed: \(found.subtracting(listed).sorted()); listed but not public: \(listed.subtracting(found).sorted())")
        #expect(nested == listedNested, "nested but not listed: \(nested.subtracting(listedNested).sorted()); listed but not nested: \(listedNested.subtracting(nested).sorted())")
        #expect(found.count <= 12, "a dozen or so names at the front door")
        // EarlyScreen re-exports exactly these from the stages (Engine is its own).
        let exports = Repo.read("Sources/EarlyScreen/Exports.swift")
        let reexported = Set(exports.matches(of: try Regex(#"@_exported import (?:struct|enum|class) ES[A-Za-z]+\.([A-Za-z]+)"#)).map { String($0.output[1].substring!) })
        #expect(reexported == found.subtracting(["Engine"]))
        #expect(!exports.contains(try Regex(#"@_exported import ES[A-Za-z]+\n"#)))
    }
}
