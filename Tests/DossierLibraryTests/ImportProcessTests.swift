import DossierCore
import Foundation
import GRDB
import Testing
@testable import DossierLibrary

/// Runs the built `dossier` binary as a separate process against a library file.
@Suite(.serialized) struct ImportProcessTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = packageRoot.appendingPathComponent(".build/debug/dossier").path
    static let seed = packageRoot.appendingPathComponent("Data/articles/the-insider-russia-azerbaijan-armenia-experts.txt").path

    /// `count` distinct copies of the seed (one word changed, so each has its own fingerprint).
    static func variants(_ count: Int, in directory: String) throws -> Int {
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        for n in 0..<count {
            let variant = text.replacingOccurrences(of: "many signs indicate", with: "many signs (\(n)) indicate")
            try variant.write(toFile: "\(directory)/article-\(String(format: "%04d", n)).txt", atomically: false, encoding: .utf8)
        }
        return try ArticleImporter().importFile(atPath: seed).quotes.count
    }

    func launch(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// With `bulk`, the kill also interrupts a bulk import, whose deferred indexes and tallies
    /// the next open of the library builds.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)), arguments: [false, true])
    func killedImportLeavesOnlyWholeArticlesAndReadersNeverWait(bulk: Bool) async throws {
        let directory = try temporaryDirectory()
        let corpus = directory + "/corpus"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        // Several import batches, so the kill lands after the first batch's commit and mid-import.
        let articles = 256 + 148
        let quotesPerArticle = try Self.variants(articles, in: corpus)
        let path = directory + "/lib.sqlite"
        _ = try Library(path: path)  // create it first, so the reader below can open it at once

        let importer = try launch(["import", bulk ? "--bulk" : "--no-bulk", "--library", path, corpus])
        let reader = try Library(path: path)
        var seen = 0
        let query = try Query.parse("invasion")
        while seen == 0 && importer.isRunning {
            seen = try reader.articleCount()  // reads while the other process writes: never "database is locked"
            _ = try reader.search(query, limit: 50)
        }
        kill(importer.processIdentifier, SIGKILL)
        importer.waitUntilExit()
        #expect(importer.terminationReason == .uncaughtSignal)
        #expect(seen > 0 && seen < articles)

        let library = try Library(path: path)  // finishes the interrupted bulk import's indexing
        let (deferred, indexes, tallied) = try library.read { db in
            (try DeferredIndexing.isPending(db),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name IN ('quote_by_quote_id', 'quote_by_expert', 'quote_by_section_expert')"),
             try Int.fetchOne(db, sql: "SELECT n FROM browse_tally WHERE section = '*' AND expert = '*'"))
        }
        #expect(!deferred && indexes == 3)
        let (integrity, perArticle, ftsRows, quoteRows) = try library.read { db in
            (try String.fetchOne(db, sql: "PRAGMA integrity_check"),
             try Int.fetchAll(db, sql: "SELECT count(q.id) FROM article a LEFT JOIN quote q ON q.article_id = a.id GROUP BY a.id"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_fts WHERE quote_fts MATCH 'caucasus OR the OR a'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM quote"))
        }
        #expect(integrity == "ok")
        #expect(!perArticle.isEmpty)
        #expect(perArticle.allSatisfy { $0 == quotesPerArticle })
        #expect(ftsRows ?? 0 <= quoteRows ?? 0)
        #expect(tallied == quoteRows)
        try library.write { db in try db.execute(sql: "INSERT INTO quote_fts(quote_fts) VALUES ('integrity-check')") }

        // Importing again completes the job and adds each article once.
        let again = try launch(["import", "--library", path, corpus])
        again.waitUntilExit()
        #expect(again.terminationStatus == 0)
        #expect(try library.articleCount() == articles)
    }
}
