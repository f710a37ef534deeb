import DossierCore
import Foundation
import Testing
@testable import DossierLibrary

/// `dossier export` on libraries a test shapes directly: ids two articles share, an import on another day.
@Suite struct ExportLibraryBinaryTests {
    static let binary = ImportProcessTests.binary

    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func ambiguousIDListsTheArticlesAndTheLongIDPicksOne() throws {
        let path = try temporaryDirectory() + "/lib.sqlite"
        let library = try Library(path: path)
        try library.add(SampleArticles.caucasus)
        try library.add(ExportLibraryReadsTests.twin)

        let ambiguous = try run(["export", "--library", path, "9c941c53-02"])
        #expect(ambiguous.status == DossierError.Code.badInput.rawValue)
        #expect(ambiguous.stdout.isEmpty)
        let lines = ambiguous.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(ambiguous.stderr.hasPrefix("dossier: quote 9c941c53-02: 2 articles have a quote with this id"))
        #expect(ambiguous.stderr.contains("9c941c53d8712548aa-02 (\(SampleArticles.caucasus.title))"))
        #expect(ambiguous.stderr.contains("9c941c53ffff0000-02 (\(ExportLibraryReadsTests.twin.title))"))

        let picked = try run(["export", "--library", path, "9c941c53ffff0000-02", "--format", "json"])
        #expect(picked.status == 0, "\(picked.stderr)")
        let record = try JSONDecoder().decode(QuoteRecord.self, from: Data(picked.stdout.utf8))
        #expect(record.article.title == ExportLibraryReadsTests.twin.title)
        #expect(record.quote.paragraphs == SampleArticles.caucasus.quotes[1].paragraphs)
        #expect(record.speaker.name == "Nerses Kopalyan")
        // The sample's source file does not exist: the record says so by carrying no selectors.
        #expect(record.target == nil)
        #expect(picked.stderr.contains("/data/caucasus.txt: cannot read the source file; exported without selectors"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func theAccessedDateIsTheDayOfImportNotToday() throws {
        let directory = try temporaryDirectory()
        let path = directory + "/lib.sqlite"
        let imported = try run(["import", "--library", path, ImportProcessTests.seed])
        #expect(imported.status == 0, "\(imported.stderr)")
        let library = try Library(path: path)
        try library.write { db in try db.execute(sql: "UPDATE article SET imported_at = '2020-02-03T23:59:59Z'") }
        let fingerprint = try #require(try library.articles().first?.fingerprint)
        let id = try #require(try library.article(fingerprint: fingerprint)?.quotes[3].id)

        let json = try run(["export", "--library", path, id, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let record = try JSONDecoder().decode(QuoteRecord.self, from: Data(json.stdout.utf8))
        #expect(record.accessed == "2020-02-03")
        #expect(record.article.sourcePath == ImportProcessTests.seed)
        #expect(record.target?.source == "https://theins.ru/en/news/269956")
        #expect(record.target?.textPosition.start == record.location.bytes.start)
        let text = try run(["export", "--library", path, id, "--format", "txt"])
        #expect(text.stdout.contains("(accessed 3 February 2020)"))
        let pinned = try run(["export", "--library", path, id, "--format", "json", "--accessed", "2024-05-06"])
        #expect(try JSONDecoder().decode(QuoteRecord.self, from: Data(pinned.stdout.utf8)).accessed == "2024-05-06")
    }
}
