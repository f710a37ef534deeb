import Foundation
import Testing
@testable import DossierCore

/// Every kind of bad input gets one clear line naming the file and the problem.
@Suite struct BadInputTests {
    func failure(_ body: () throws -> Article) -> String? {
        do { _ = try body(); return nil } catch let error as DossierError { return error.message } catch { return "\(error)" }
    }

    func write(_ data: Data, _ name: String) throws -> String {
        let path = try Paths.temporaryDirectory().appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    @Test func missingFile() {
        let message = failure { try ArticleImporter().importFile(atPath: "/nonexistent/roundup.txt") }
        #expect(message == "/nonexistent/roundup.txt: no such file")
    }

    @Test func directory() throws {
        let dir = try Paths.temporaryDirectory().path
        #expect(failure { try ArticleImporter().importFile(atPath: dir) } == "\(dir): is a directory, not an article file")
    }

    @Test func binaryFile() throws {
        let path = try write(Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]), "image.txt")
        #expect(failure { try ArticleImporter().importFile(atPath: path) }?.contains("binary file") == true)
    }

    @Test func invalidUTF8NamesTheByteAndLine() throws {
        let path = try write(Data("Title line\nsecond \u{00E9}".utf8) + Data([0xC3, 0x28, 0x0A]), "latin1.txt")
        let message = failure { try ArticleImporter().importFile(atPath: path) }
        #expect(message == "\(path): invalid UTF-8 at byte 20 (line 2); save the file as UTF-8")
    }

    @Test func emptyAndWhitespaceOnly() throws {
        let empty = try write(Data(), "empty.txt")
        #expect(failure { try ArticleImporter().importFile(atPath: empty) } == "\(empty): file is empty")
        let blank = try write(Data(" \n\n\t\n".utf8), "blank.txt")
        #expect(failure { try ArticleImporter().importFile(atPath: blank) } == "\(blank): file is empty (only whitespace)")
    }

    @Test func hugeFileIsRefusedBeforeReading() throws {
        let path = try write(Data(repeating: 0x61, count: SourceLoader.maximumBytes + 1), "huge.txt")
        #expect(failure { try ArticleImporter().importFile(atPath: path) }?.contains("over the 8 MiB limit") == true)
    }

    @Test func textWithNothingAttributable() throws {
        let path = try write(Data("A shopping list\n\nEggs, milk, bread and a long list of other things that we need to buy before the weekend arrives.\n".utf8), "list.txt")
        #expect(failure { try ArticleImporter().importFile(atPath: path) } == "\(path): no attributed expert quotes found; is this an expert roundup?")
    }

    @Test func brokenSidecarIsNamed() throws {
        let dir = try Paths.temporaryDirectory()
        let article = dir.appendingPathComponent("a.txt").path
        try FileManager.default.copyItem(atPath: Paths.seed, toPath: article)
        FileManager.default.createFile(atPath: dir.appendingPathComponent("a.meta.json").path, contents: Data("{not json".utf8))
        #expect(failure { try ArticleImporter().importFile(atPath: article) }?.hasSuffix("a.meta.json: not a valid metadata file (expected JSON with publication, url, date, language)") == true)
    }
}
