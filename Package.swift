// swift-tools-version: 6.0
import PackageDescription

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
        // Debian's libyaml (apt: libyaml-dev, pkg-config: yaml-0.1); only Sources/EarlyScreen/YAML touches it.
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
        // The engine: YAML → nodes → checked model → evaluation → result → JSON.
        .target(name: "EarlyScreen", dependencies: ["ESSource", "ESYAML", "ESExpr", "ESModel"]),
        // The command-line tool; the only place that imports ArgumentParser.
        .executableTarget(
            name: "earlyscreen",
            dependencies: [
                "EarlyScreen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets (scripts/fuzz builds them with libFuzzer); built normally, a replayer.
        .executableTarget(name: "earlyscreen-fuzz", dependencies: ["EarlyScreen"]),
        // Benchmark figures printed by bench/run (not a test).
        .executableTarget(
            name: "earlyscreen-bench",
            dependencies: ["EarlyScreen", "CYAML"],
            path: "bench/Sources/earlyscreen-bench"
        ),
        .testTarget(
            name: "EarlyScreenTests",
            dependencies: ["EarlyScreen"],
            resources: []
        ),
    ],
    swiftLanguageModes: [.v6]
)
