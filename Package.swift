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
        .target(name: "AWSServices", dependencies: ["AWSCore"]),

        // Flows that combine several AWS calls, wait, or decide (pipelines, policies, plan/apply, dry runs).
        .target(name: "LakeOrchestration", dependencies: ["AWSServices", "AWSSigV4", "LakeCodec"]),

        // Local core, no AWS in or below it.
        .target(name: "LakeCodec", dependencies: ["CCompression"]),

        // Command line.
        .target(
            name: "LakeCLI",
            dependencies: [
                "AWSSigV4", "AWSCore", "AWSServices", "LakeOrchestration", "LakeCodec",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(name: "lakectl", dependencies: ["LakeCLI"]),

        // In-process micro-benchmarks, run by `make bench` next to the peers (never by tests).
        .executableTarget(name: "lakebench", dependencies: ["AWSSigV4", "LakeCodec"], path: "Benchmarks/lakebench"),

        // Test-only support: emulator handle, fixture paths, manual clock.
        .target(name: "LakeTestSupport", dependencies: ["AWSCore"]),

        .testTarget(name: "AWSSigV4Tests", dependencies: ["AWSSigV4", "LakeTestSupport"]),
        .testTarget(name: "AWSCoreTests", dependencies: ["AWSCore", "LakeTestSupport"]),
        .testTarget(name: "AWSServicesTests", dependencies: ["AWSServices", "LakeTestSupport"]),
        .testTarget(name: "LakeOrchestrationTests", dependencies: ["LakeOrchestration", "LakeTestSupport"]),
        .testTarget(name: "LakeCodecTests", dependencies: ["LakeCodec", "LakeTestSupport"]),
        .testTarget(name: "LakeCLITests", dependencies: ["LakeCLI", "AWSCore", "AWSServices", "LakeTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
