// swift-tools-version:6.0
import PackageDescription

/// Dossier: a terminal browser for geopolitical expert commentary.
///
/// Layers (data flows one way: text → model → library → state → screen):
/// - `DossierCore`: pure model, importer, countries, query language, export renderers.
/// - `DossierFetch`: fetching a URL (FoundationNetworking), a dynamic library `dossier` opens only for a URL.
/// - `DossierLibrary`: the SQLite/FTS5 library (GRDB).
/// - `DossierUI`: state, actions, reducer and panes rendered into an in-memory `Screen`.
/// - `DossierTerminal`: the ncursesw backend, the only code that touches the terminal.
/// - `dossier`: the command line and the browser entry point.
let package = Package(
    name: "Dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .executable(name: "dossier-bench", targets: ["dossier-bench"]),
        // The fuzz targets' invariants, for the separate fuzzing package in Fuzz/ (see DECISIONS.md).
        .library(name: "DossierFuzzing", targets: ["DossierFuzzing"]),
        // URL fetching (FoundationNetworking), opened by `dossier` with dlopen only when it fetches, so
        // that no other command pays for loading libcurl and its libraries (see DECISIONS.md, "Start-up: URL fetching …").
        // `swift build` builds it beside the executable; `dossier` must not depend on it.
        .library(name: "DossierFetch", type: .dynamic, targets: ["DossierFetch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "DossierCore", dependencies: ["CLibXML2"]),
        .target(name: "DossierFetch"),
        .target(name: "LayoutGenerator", dependencies: ["DossierCore"], path: "bench/LayoutGenerator"),
        .target(
            name: "DossierLibrary",
            dependencies: ["DossierCore", "CZlib", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        .target(name: "DossierUI", dependencies: ["DossierCore"]),
        .target(name: "DossierFuzzing", dependencies: ["DossierCore", "DossierLibrary"]),
        .target(name: "DossierTerminal", dependencies: ["DossierUI", "CNCursesW"]),
        .target(name: "DossierApp", dependencies: ["DossierCore", "DossierLibrary", "DossierUI"]),
        // The user's config.toml (keys, colours, defaults): the only target that reads TOML.
        .target(name: "DossierConfig", dependencies: ["DossierCore", "DossierUI", .product(name: "TOMLKit", package: "TOMLKit")]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierCore", "DossierLibrary", "DossierUI", "DossierTerminal", "DossierApp", "DossierConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dossier-bench",
            dependencies: [
                "DossierCore", "DossierLibrary", "LayoutGenerator", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "bench/dossier-bench"
        ),
        .testTarget(name: "DossierCoreTests", dependencies: ["DossierCore", "LayoutGenerator"], exclude: ["Golden"]),
        // Test-only helpers shared by the test targets that run the `dossier` binary.
        .target(name: "DossierTestSupport", path: "Tests/DossierTestSupport"),
        .testTarget(name: "DossierCLITests", dependencies: ["dossier", "DossierTestSupport"]),
        .executableTarget(name: "dossier-ui-bench", dependencies: ["DossierCore", "DossierUI", "DossierLibrary", "DossierApp"]),
        .testTarget(name: "DossierAppTests", dependencies: ["DossierApp", "DossierLibrary", "DossierUI", "DossierCore"]),
        .testTarget(name: "DossierUITests", dependencies: ["DossierUI", "DossierCore"]),
        .testTarget(name: "DossierConfigTests", dependencies: ["DossierConfig", "DossierCore", "DossierUI"]),
        .testTarget(name: "DossierEndToEndTests", exclude: ["Fixtures"]),
        .testTarget(name: "DossierFuzzingTests", dependencies: ["DossierFuzzing"]),
        .testTarget(name: "DossierLibraryTests", dependencies: ["DossierLibrary", "DossierCore", "DossierTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)
