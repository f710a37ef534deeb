import Foundation
import Testing

/// `dossier export` when the source file is gone: the selectors come from the library's kept copy.
@Suite struct ExportKeptCopyTests {
    @Test func aDeletedSourceIsExportedWithSelectorsFromTheKeptCopy() throws {
        let setup = try ExportLibraryCommandTests.Setup()
        defer { setup.remove() }
        let listed = try setup.run(["export", "--library", "lib.sqlite", "--query", "expert:mikaelian", "--limit", "1", "--format", "json"])
        let id = try #require(try setup.exportedIDs(listed.stdout).first)
        try FileManager.default.removeItem(atPath: setup.articlePath)

        let exported = try setup.run(["export", "--library", "lib.sqlite", id, "--format", "json", "-o", "kept.json"])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stderr.contains("\(setup.article): cannot read the source file; selectors computed from the library's kept copy of "),
                "\(exported.stderr)")
        #expect(!exported.stderr.contains("without selectors"))
        let data = try Data(contentsOf: setup.directory.appendingPathComponent("kept.json"))
        let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let bytes = try #require((record["location"] as? [String: Any]).flatMap { $0["bytes"] as? [String: Int] })
        let target = try #require(record["target"] as? [String: Any])
        let position = try #require(target["textPosition"] as? [String: Any])
        #expect(position["start"] as? Int == bytes["start"])
        #expect(target["textQuote"] != nil)

        let verified = try setup.run(["verify", "--library", "lib.sqlite", "kept.json"])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.hasPrefix("identical: \(id) ("))
        #expect(verified.stdout.contains("in the library's copy of"))

        // Markdown too (the export path the browser's save shares).
        let markdown = try setup.run(["export", "--library", "lib.sqlite", id, "--format", "md", "-o", "kept.md"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(try setup.run(["verify", "--library", "lib.sqlite", "kept.md"]).status == 0)
    }
}
