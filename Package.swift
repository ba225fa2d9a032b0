// swift-tools-version:6.0
// The target graph is the architecture (see ARCHITECTURE.md): CLI → orchestration → services → AWS core,
// with the local codec core apart. Nothing here imports upward.
import PackageDescription

let package = Package(
    name: "lakectl",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lakectl", targets: ["lakectl"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libraries (Debian -dev packages, installed by `make setup`).
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(
            name: "CCompression",
            providers: [.apt(["zlib1g-dev", "libsnappy-dev", "libzstd-dev", "liblz4-dev", "libbrotli-dev"])]),

        // AWS side.
        .target(name: "AWSSigV4", dependencies: ["COpenSSL"]),
        .target(
            name: "AWSCore",
            dependencies: ["AWSSigV4", "CCurl", .product(name: "Logging", package: "swift-log")]),
        .target(
            name: "AWSServices", dependencies: ["AWSCore", .product(name: "Logging", package: "swift-log")]),

        // Flows that combine several AWS calls, wait, or decide (pipelines, policies, plan/apply, dry runs).
        .target(
            name: "LakeOrchestration",
            dependencies: [
                "AWSServices", "AWSCore", "AWSSigV4", "LakeCodec", "LakeFilter", "LakeConfig",
                .product(name: "Logging", package: "swift-log"),
            ]),

        // Local core, no AWS in or below it.
        .target(name: "LakeCodec", dependencies: ["CCompression"]),
        // Lake Formation's row-filter grammar, column filters and their evaluator over decoded columns.
        .target(name: "LakeFilter", dependencies: ["LakeCodec"]),
        // The lake file (config/lake.yaml): YAML with positions, its typed model and offline validation.
        .target(
            name: "LakeConfig",
            dependencies: ["LakeFilter", "LakeCodec", .product(name: "Yams", package: "Yams")]),

        // Command line.
        .target(
            name: "LakeCLI",
            dependencies: [
                // No AWSCore or AWSServices: commands reach AWS only through orchestration entry points
                // (AWSSigV4 is here for `lakectl sign`, which signs a request it never sends).
                "AWSSigV4", "LakeOrchestration", "LakeCodec", "LakeFilter", "LakeConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(name: "lakectl", dependencies: ["LakeCLI"]),

        // In-process micro-benchmarks, run by `make bench` next to the peers (never by tests).
        .executableTarget(name: "lakebench", dependencies: ["AWSSigV4", "LakeCodec"], path: "Benchmarks/lakebench"),

        // Test-only support: emulator handle, fixture paths, manual clock.
        .target(name: "LakeTestSupport", dependencies: ["AWSCore"]),

        .testTarget(name: "AWSSigV4Tests", dependencies: ["AWSSigV4", "LakeTestSupport"]),
        .testTarget(
            name: "AWSCoreTests",
            dependencies: ["AWSCore", "AWSSigV4", "LakeTestSupport", .product(name: "Logging", package: "swift-log")]),
        .testTarget(name: "AWSServicesTests", dependencies: ["AWSServices", "AWSCore", "LakeTestSupport"]),
        .testTarget(
            name: "LakeOrchestrationTests",
            dependencies: ["LakeOrchestration", "AWSServices", "AWSCore", "LakeCodec", "LakeTestSupport", "LakeConfig"]),
        // CCompression: the codec tests hold LakeCodec's own decoders to the C libraries (zlib driven directly).
        .testTarget(name: "LakeCodecTests", dependencies: ["LakeCodec", "CCompression", "LakeTestSupport"]),
        .testTarget(name: "LakeFilterTests", dependencies: ["LakeFilter", "LakeCodec", "LakeTestSupport"]),
        .testTarget(
            name: "LakeConfigTests", dependencies: ["LakeConfig", "LakeFilter", "LakeCodec", "LakeTestSupport"]),
        // CLI tests read AWS state back through the service clients, never through lakectl's own output alone.
        .testTarget(
            name: "LakeCLITests",
            dependencies: [
                "LakeCLI", "LakeOrchestration", "LakeCodec", "LakeFilter", "AWSServices", "AWSCore", "LakeTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
