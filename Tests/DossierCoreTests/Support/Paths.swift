import Foundation

/// Locations of test inputs, found from this file's path so tests run from any directory.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = packageRoot.appendingPathComponent("Data/articles/the-insider-russia-azerbaijan-armenia-experts.txt").path
    /// The labelled fixture articles, kept in the repository so a plain clone tests itself.
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/articles")
    static let variants = packageRoot.appendingPathComponent("Tests/DossierCoreTests/Variants")

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
