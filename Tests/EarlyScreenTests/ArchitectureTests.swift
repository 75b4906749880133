import Foundation
import Testing

/// Issue 14, item 1: each stage is a target, and dependencies only point down. The compiler
/// refuses an import of a target a stage does not depend on, but SwiftPM may still let one through
/// when the module happens to be built already; this checks Package.swift and every import.
@Suite struct ArchitectureTests {
    /// The stages, lowest first: a stage may depend on stages before it only.
    static let layers = ["ESSource", "ESYAML", "ESExpr", "ESModel", "ESEval", "ESCheck",
                         "ESJSON", "ESLane", "ESReport", "ESTally", "ESFHIR", "EarlyScreen"]

    /// Package.swift's targets and their dependencies among our own targets.
    static func declared() throws -> [String: [String]] {
        let manifest = Repo.read("Package.swift")
        let target = try Regex(#"\.(?:target|executableTarget|testTarget)\(\s*name: "([^"]+)"(?:,\s*dependencies: \[([^\]]*)\])?"#)
        var out: [String: [String]] = [:]
        for m in manifest.matches(of: target) {
            let name = String(m.output[1].substring!)
            let deps = m.output[2].substring.map { String($0) } ?? ""
            out[name] = deps.matches(of: try Regex(#""([A-Za-z]+)""#)).map { String($0.output[1].substring!) }
        }
        return out
    }

    static func engineFolders() -> [String] { layers.map { "Sources/" + $0 } }

    @Test func dependenciesOnlyPointDown() throws {
        let declared = try Self.declared()
        #expect(Set(Self.layers).isSubset(of: Set(declared.keys)), "\(declared.keys.sorted())")
        for (k, stage) in Self.layers.enumerated() {
            let below = Set(Self.layers.prefix(k)).union(["CYAML"])
            for dep in declared[stage] ?? [] {
                #expect(below.contains(dep), "\(stage) depends on \(dep), which is not below it")
            }
        }
        // Only the YAML stage touches libyaml.
        #expect(declared.filter { $0.value.contains("CYAML") }.keys.sorted() == ["ESYAML", "earlyscreen-bench"])
    }

    @Test func everyImportIsADeclaredDependency() throws {
        let declared = try Self.declared()
        let ours = Set(Self.layers + ["CYAML"])
        let importLine = try Regex(#"(?:@_exported )?import ([A-Za-z]+)"#)
        var files = 0
        for stage in Self.layers {
            let folder = "Sources/" + stage
            for file in try FileManager.default.subpathsOfDirectory(atPath: Repo.path(folder)) where file.hasSuffix(".swift") {
                files += 1
                for line in Repo.read(folder + "/" + file).split(separator: "\n") {
                    guard let m = line.prefixMatch(of: importLine) else { continue }
                    let module = String(m.output[1].substring!)
                    guard ours.contains(module) else { continue }
                    #expect(declared[stage]?.contains(module) == true, "\(folder)/\(file) imports \(module), which \(stage) does not depend on")
                }
            }
        }
        #expect(files > 60)
    }
}
