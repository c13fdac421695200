// swift-tools-version:6.1
import PackageDescription

// Warnings are errors in CI (`SIGHTLINE_STRICT=1`), not locally, so a half-finished edit still builds.
let strict: [SwiftSetting] = Context.environment["SIGHTLINE_STRICT"] == "1"
    ? [.unsafeFlags(["-warnings-as-errors"])] : []

// The encoder's float kernels are built optimised even in debug builds (unoptimised SIMD code is
// far too slow for its tests), and on x86-64 for AVX2 with FMA (Haswell, 2013, and later), the
// vector width they are written for; `SIGHTLINE_PORTABLE=1` builds them for any x86-64, with
// separate multiplies and adds.
#if arch(x86_64)
let encoderCPU: [String] = Context.environment["SIGHTLINE_PORTABLE"] == "1" ? ["-DSIGHTLINE_NO_FMA"] : ["-target-cpu", "haswell"]
#else
let encoderCPU: [String] = []
#endif
let encoderSettings: [SwiftSetting] = strict + [.unsafeFlags(["-O"] + encoderCPU)]

let package = Package(
    name: "Sightline",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sightline", targets: ["sightline"]),
        .library(name: "SightlineCore", targets: ["SightlineCore"]),
        .library(name: "SightlineStore", targets: ["SightlineStore"]),
        .library(name: "SightlineStoreSQLite", targets: ["SightlineStoreSQLite"]),
        .library(name: "SightlineStorePostgres", targets: ["SightlineStorePostgres"]),
        .library(name: "SightlineStoreTesting", targets: ["SightlineStoreTesting"]),
        .library(name: "SightlineDetection", targets: ["SightlineDetection"]),
        .library(name: "SightlinePipeline", targets: ["SightlinePipeline"]),
        .library(name: "SightlineEncoder", targets: ["SightlineEncoder"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // Pure core: the domain as types, decoding and validation, the JSON codec, deterministic
        // maths, time zones as data. No database, network or file I/O.
        .target(name: "SightlineCore", swiftSettings: strict),
        // The synthetic scenario generator and its corpora (demo, tests, benchmarks). Pure.
        .target(name: "SightlineScenario", dependencies: ["SightlineCore"], swiftSettings: strict),
        // The store protocol, its errors, the in-memory store, parsing `--db`, and what the SQL
        // adapters share. Links no database: the pipeline and the server depend on this alone.
        .target(name: "SightlineStore", dependencies: ["SightlineCore"], swiftSettings: strict),
        // The embedded store: SQLite through GRDB.
        .target(
            name: "SightlineStoreSQLite",
            dependencies: [
                "SightlineCore", "SightlineStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        // libpq, PostgreSQL's own client library (Debian's libpq-dev), for the shared store.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        // The shared store: PostgreSQL through libpq.
        .target(name: "SightlineStorePostgres", dependencies: ["SightlineCore", "SightlineStore", "CLibPQ"], swiftSettings: strict),
        // The conformance suite every store passes, as code (Swift Testing) that each store's
        // test target runs against its own stores.
        .target(name: "SightlineStoreTesting", dependencies: ["SightlineCore", "SightlineStore"], swiftSettings: strict),
        // The ingest benchmark's reference: a bulk insert of already-decoded rows through SQLite's C API.
        .target(name: "CBulkInsert", linkerSettings: [.linkedLibrary("sqlite3")]),
        // Compact Language Detector 2 (Debian's libcld2-dev), behind a small C entry point.
        .target(name: "CCLD2", linkerSettings: [.linkedLibrary("cld2")]),
        // Detection: language identification, the policy, the trained model, evaluation. Pure.
        .target(
            name: "SightlineDetection",
            dependencies: ["SightlineCore", "SightlineEncoder", "CCLD2", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        // Analysis, a folder per stage: profiles, triage, linking, clustering, assessment, the act
        // rules, reports. Pure.
        .target(name: "SightlineAnalysis", dependencies: ["SightlineCore", "SightlineDetection"], swiftSettings: strict),
        // The multilingual sentence encoder (multilingual-e5-small, 4-bit): the model file's parser,
        // the SentencePiece tokenizer and the forward pass. Pure: it takes the model's bytes.
        .target(name: "SightlineEncoder", swiftSettings: encoderSettings),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Runs the stages against a store: reading files (plain, gzip, stdin), ingesting, generating;
        // the encoder model's cache (fetched with pip, checksum verified, unzipped with zlib).
        .target(
            name: "SightlinePipeline",
            dependencies: [
                "SightlineCore", "SightlineScenario", "SightlineDetection", "SightlineAnalysis", "SightlineStore", "SightlineEncoder", "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The labelled corpus (`corpus/requests.jsonl` points here): the built-in policy's examples.
            resources: [.copy("Resources/requests.jsonl")],
            swiftSettings: strict),
        // The HTTP API and console (Hummingbird 2), built by a function so tests drive the real wiring.
        .target(
            name: "SightlineServer",
            dependencies: [
                "SightlinePipeline", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict),
        // The command line, and the composition root: it chooses the store.
        .executableTarget(
            name: "sightline",
            dependencies: [
                "SightlinePipeline", "SightlineScenario", "SightlineDetection", "SightlineAnalysis", "SightlineServer",
                "SightlineEncoder", "SightlineStoreSQLite", "SightlineStorePostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "sightline-bench",
            dependencies: [
                "SightlinePipeline", "SightlineScenario", "SightlineDetection", "SightlineServer", "SightlineEncoder",
                "SightlineStoreSQLite", "SightlineStorePostgres", "CBulkInsert",
                .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        .testTarget(name: "SightlineCoreTests", dependencies: ["SightlineCore"], swiftSettings: strict),
        .testTarget(name: "SightlineScenarioTests", dependencies: ["SightlineScenario"], swiftSettings: strict),
        .testTarget(
            name: "SightlineDetectionTests", dependencies: ["SightlineDetection"], swiftSettings: strict),
        .testTarget(
            name: "SightlineAnalysisTests", dependencies: ["SightlineAnalysis", "SightlineScenario"], swiftSettings: strict),
        // The conformance suite on the in-memory store, and parsing `--db`.
        .testTarget(
            name: "SightlineStoreTests", dependencies: ["SightlineStore", "SightlineStoreTesting"], swiftSettings: strict),
        // The conformance suite on SQLite (also with every id colliding), and what only SQLite has.
        .testTarget(
            name: "SightlineStoreSQLiteTests",
            dependencies: ["SightlineStoreSQLite", "SightlineStoreTesting", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        // The conformance suite on PostgreSQL and what only it has; run when SIGHTLINE_TEST_POSTGRES is set.
        .testTarget(
            name: "SightlineStorePostgresTests", dependencies: ["SightlineStorePostgres", "SightlineStoreTesting"],
            swiftSettings: strict),
        // Real file stores for the end-to-end and byte-identity tests.
        .testTarget(
            name: "SightlinePipelineTests",
            dependencies: ["SightlinePipeline", "SightlineScenario", "SightlineStoreSQLite", "SightlineStorePostgres"], exclude: ["Snapshots"],
            swiftSettings: strict),
        .testTarget(
            name: "SightlineServerTests",
            dependencies: [
                "SightlineServer", "SightlinePipeline", "SightlineEncoder", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict),
        // The encoder against the wheel's C engine (compiled from the model cache at test time),
        // and the model cache; skipped without a fetched model unless SIGHTLINE_FETCH_MODEL=1.
        .testTarget(name: "SightlineEncoderTests", dependencies: ["SightlineEncoder", "SightlinePipeline"], swiftSettings: strict),
        .testTarget(
            name: "SightlineCLITests", dependencies: ["SightlinePipeline", "SightlineScenario", "SightlineStorePostgres"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
