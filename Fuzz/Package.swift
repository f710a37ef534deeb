// swift-tools-version:6.0
import PackageDescription

/// libFuzzer executables, one per parser, over the main package (`..`). Kept out of the main
/// package so `swift build` and `swift test` there never see a target without `main`.
/// Built by `scripts/fuzz.sh` with `-sanitize=fuzzer,address -parse-as-library`.
let targets = ["importer-text", "importer-markdown", "html", "query", "export-reader"]

let package = Package(
    name: "DossierFuzz",
    platforms: [.macOS(.v13)],
    products: targets.map { .executable(name: "fuzz-\($0)", targets: ["fuzz-\($0)"]) },
    dependencies: [.package(name: "Dossier", path: "..")],
    targets: [.target(name: "CLibFuzzer")] + targets.map {
        .executableTarget(name: "fuzz-\($0)", dependencies: ["CLibFuzzer", .product(name: "DossierFuzzing", package: "Dossier")])
    }
)
