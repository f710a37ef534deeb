import Foundation

/// Locations of test inputs, found from this file's path so tests run from any directory.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = packageRoot.appendingPathComponent("Data/articles/the-insider-russia-azerbaijan-armenia-experts.txt").path
    /// The shared fixtures live beside the repository (`../shared`), as in CI's checkout.
    static let fixtures = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/articles")
    static let variants = packageRoot.appendingPathComponent("Tests/DossierCoreTests/Variants")

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
