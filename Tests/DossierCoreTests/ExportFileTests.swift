import Foundation
import Testing
@testable import DossierCore

@Suite struct ExportFileTests {
    @Test func writesNewFileAndRefusesToOverwriteWithoutForce() throws {
        let directory = try ExportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("quote.md").path
        try AtomicFileWriter.write("first\n", to: path, force: false)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        #expect(throws: DossierError("\(path) already exists; use --force to overwrite it", code: .output)) {
            try AtomicFileWriter.write("second\n", to: path, force: false)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        try AtomicFileWriter.write("second\n", to: path, force: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["quote.md"])
    }

    @Test func missingDirectoryIsAOneLineOutputError() throws {
        let path = "/nonexistent-dossier-dir/sub/quote.md"
        #expect(throws: DossierError("cannot write \(path): directory /nonexistent-dossier-dir/sub does not exist", code: .output)) {
            try AtomicFileWriter.write("x", to: path, force: false)
        }
    }

    @Test func unwritableDirectoryNamesThePath() throws {
        // /proc refuses new files even for root.
        let path = "/proc/dossier-export-test.md"
        do {
            try AtomicFileWriter.write("x", to: path, force: false)
            Issue.record("writing into /proc succeeded")
        } catch let error as DossierError {
            #expect(error.code == .output)
            #expect(error.message.hasPrefix("cannot write \(path): "))
            #expect(!error.message.contains("\n"))
        }
    }

    @Test func defaultFileNameComesFromExpertAndArticle() {
        let title = "Russia pushes Azerbaijan to attack Armenia, but Aliyev fears full-scale war"
        #expect(ExportNaming.fileName(speaker: "Grant Mikaelian", title: title, format: .markdown) == "mikaelian-russia-pushes-azerbaijan.md")
        #expect(ExportNaming.fileName(speaker: "Павел Сомов", title: "Эксперты: Южный Кавказ", format: .cslJSON) == "somov-eksperty-uznyj-kavkaz.csl.json")
        #expect(ExportNaming.citationKey(publication: "The Insider", issued: "2024-03-04", title: title) == "the-insider-2024-russia-pushes-azerbaijan")
        #expect(ExportNaming.citationKey(publication: nil, issued: "n.d.", title: "Armenia's choice") == "armenias-choice")
        #expect(ExportNaming.citationKey(speaker: "Grant Mikaelian", publication: "The Insider", issued: "2024", title: title)
            == "mikaelian-the-insider-2024-russia-pushes-azerbaijan")
    }
}
