// swift-tools-version: 6.0
import PackageDescription

/// The stages below the front door, lowest first (ArchitectureTests holds the same order). The
/// tool, the benchmarks, the fuzzers and the tests use their `package` declarations directly.
let stages: [Target.Dependency] = ["ESSource", "ESYAML", "ESExpr", "ESModel", "ESEval", "ESCheck",
                                   "ESJSON", "ESLane", "ESReport", "ESTally", "ESFHIR"]

let package = Package(
    name: "earlyscreen",
    products: [
        .library(name: "EarlyScreen", targets: ["EarlyScreen"]),
        .executable(name: "earlyscreen", targets: ["earlyscreen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Debian's libyaml (apt: libyaml-dev, pkg-config: yaml-0.1); only Sources/ESYAML touches it.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Source texts, positions and diagnostics: the stage every other stage reports through.
        .target(name: "ESSource"),
        // YAML text → nodes with positions (only this stage touches libyaml).
        .target(name: "ESYAML", dependencies: ["ESSource", "CYAML"]),
        // Rules: text → typed syntax → compiled closures over intervals.
        .target(name: "ESExpr", dependencies: ["ESSource"]),
        // The checked instrument model: instruments, forms, items, rules compiled; no YAML, no JSON.
        .target(name: "ESModel", dependencies: ["ESSource", "ESExpr"]),
        // Evaluation: ages, answers → scores (as intervals) → bands → referrals, explained.
        .target(name: "ESEval", dependencies: ["ESSource", "ESExpr", "ESModel"]),
        // Checking: YAML nodes → the model (keys, types, ids, links, band coverage, embedded tests).
        .target(name: "ESCheck", dependencies: ["ESSource", "ESYAML", "ESExpr", "ESModel", "ESEval"]),
        // The request/result contract: strict JSON reader, deterministic writer, schemas.
        .target(name: "ESJSON", dependencies: ["ESSource", "ESExpr", "ESModel", "ESEval", "ESCheck"]),
        // The stream's fast lane: request lines read into option indices, result tails reused by key.
        .target(name: "ESLane", dependencies: ["ESSource", "ESExpr", "ESModel", "ESEval", "ESJSON"]),
        // What people read: the text and HTML visit reports, instrument pages and catalogs.
        .target(name: "ESReport", dependencies: ["ESSource", "ESExpr", "ESModel", "ESEval", "ESJSON"]),
        // Programme indicators over result lines; partial tallies that merge.
        .target(name: "ESTally", dependencies: ["ESSource", "ESExpr", "ESModel", "ESEval", "ESJSON"]),
        // FHIR R4: Questionnaires with FHIRPath scores, responses in, Bundles out.
        .target(name: "ESFHIR", dependencies: ["ESSource", "ESExpr", "ESModel", "ESEval", "ESCheck", "ESJSON"]),
        // The front door: Engine, the built-in set, and the methodologist's workbench.
        .target(name: "EarlyScreen", dependencies: ["ESSource", "ESYAML", "ESExpr", "ESModel", "ESEval", "ESCheck",
                                                    "ESJSON", "ESLane", "ESReport", "ESTally", "ESFHIR"]),
        // The command-line tool; the only place that imports ArgumentParser.
        .executableTarget(
            name: "earlyscreen",
            dependencies: ["EarlyScreen", .product(name: "ArgumentParser", package: "swift-argument-parser")] + stages
        ),
        // Fuzz targets (scripts/fuzz builds them with libFuzzer); built normally, a replayer.
        .executableTarget(name: "earlyscreen-fuzz", dependencies: ["EarlyScreen"] + stages),
        // Benchmark figures printed by bench/run (not a test).
        .executableTarget(
            name: "earlyscreen-bench",
            dependencies: ["EarlyScreen", "CYAML"] + stages,
            path: "bench/Sources/earlyscreen-bench"
        ),
        .testTarget(
            name: "EarlyScreenTests",
            dependencies: ["EarlyScreen"] + stages,
            resources: []
        ),
    ],
    swiftLanguageModes: [.v6]
)
