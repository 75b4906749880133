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
        // The engine: YAML → nodes → checked model → evaluation → result → JSON.
        .target(name: "EarlyScreen", dependencies: ["CYAML"]),
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
