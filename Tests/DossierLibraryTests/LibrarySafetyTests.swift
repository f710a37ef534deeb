import DossierCore
import Foundation
import GRDB
import Testing
@testable import DossierLibrary

@Suite struct LibrarySafetyTests {
    struct InjectedFailure: Error {}

    @Test func failureMidArticleLeavesNothing() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        #expect(throws: DossierError.self) {
            try library.write { db in
                _ = try Library.insert(SampleArticles.caucasus, byteCount: 0, into: db)
                throw InjectedFailure()
            }
        }
        #expect(try library.articleCount() == 0)
        let leftovers = try library.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM quote) + (SELECT count(*) FROM expert) + (SELECT count(*) FROM quote_fts)")
        }
        #expect(leftovers == 0)
        #expect(try library.search(Query.parse("invasion")).isEmpty)
    }

    @Test func randomBytesFileIsRejectedAndUntouched() throws {
        let path = try temporaryDirectory() + "/random.sqlite"
        var generator = SystemRandomNumberGenerator()
        let bytes = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DossierError.self) { try Library(path: path) }
        #expect(error.code == .library)
        #expect(error.message.contains(path))
        #expect(!error.message.contains("\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }

    @Test func corruptDossierLibraryGivesOneLineError() throws {
        let path = try temporaryDirectory() + "/lib.sqlite"
        do {
            let library = try Library(path: path)
            for n in 0..<50 { try library.add(SampleArticles.filler(n)) }
        }
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        for index in stride(from: 4096, to: data.count, by: 7) { data[index] = 0xA5 }  // trash every page but the header
        try data.write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DossierError.self) {
            let library = try Library(path: path)
            _ = try library.search(Query.parse("sanctions"))
            _ = try library.articles()
        }
        #expect(error.code == .library)
        #expect(error.message.hasPrefix("library \(path):"))
    }

    @Test func foreignSQLiteDatabaseIsRejectedAndUntouched() throws {
        let path = try temporaryDirectory() + "/foreign.sqlite"
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')")
            }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: DossierError.self) { try Library(path: path) }
        #expect(error.code == .library)
        #expect(error.message.contains("another program"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func olderSchemaUpgradesOnOpen() throws {
        let path = try temporaryDirectory() + "/v1.sqlite"
        do {
            // A library as version 1 wrote it: only the first migration, and an article in it.
            let queue = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(queue, upTo: "v1")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO article (fingerprint, title, title_key, lede, introduction, language, imported_at)
                    VALUES ('abc', 'Old article', 'old article', '', '[]', 'en', '2024-01-01T00:00:00Z')
                    """)
            }
            let columns = try queue.read { db in try db.columns(in: "article").map(\.name) }
            #expect(!columns.contains("byte_count"))
            try queue.close()
        }
        let library = try Library(path: path)
        let columns = try library.read { db in try db.columns(in: "article").map(\.name) }
        #expect(columns.contains("byte_count"))
        #expect(try library.article(fingerprint: "abc")?.title == "Old article")
        try library.add(SampleArticles.caucasus)
        #expect(try library.articleCount() == 2)
    }

    @Test func mentionRowsMoveIntoTheQuoteOnUpgrade() throws {
        let path = try temporaryDirectory() + "/v9.sqlite"
        do {
            // A v9 library: mentions in their own table, out of insertion order.
            let queue = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(queue, upTo: "v9-drop-section-index")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO article (id, fingerprint, title, title_key, lede, introduction, language, imported_at)
                    VALUES (1, 'abc', 'Old article', 'old article', '', '[]', 'en', '2024-01-01T00:00:00Z');
                    INSERT INTO quote (id, quote_id, article_id, ordinal, expert_id, section_key, start_line, end_line,
                                       start_byte, end_byte, body, expert_name, credentials, heading, title)
                    VALUES (7, 'abc-01', 1, 0, 'x', '', 1, 1, 0, 10, 'Baku and "Yerevan" talk.', 'X', '', '', 'Old article'),
                           (8, 'abc-02', 1, 1, 'x', '', 2, 2, 11, 20, 'Nothing here.', 'X', '', '', 'Old article');
                    INSERT INTO quote_country (code, quote_rowid) VALUES ('AM', 7), ('AZ', 7);
                    INSERT INTO mention (quote_rowid, ordinal, code, kind, text, paragraph, offset, length)
                    VALUES (7, 1, 'AM', 'capital', '"Yerevan"', 0, 9, 9), (7, 0, 'AZ', 'capital', 'Baku', 0, 0, 4);
                    """)
            }
            try queue.close()
        }
        let library = try Library(path: path)
        let quotes = try #require(try library.article(fingerprint: "abc")).quotes
        #expect(quotes.map(\.mentions) == [
            [CountryMention(code: "AZ", kind: .capital, text: "Baku", paragraph: 0, offset: 0, length: 4),
             CountryMention(code: "AM", kind: .capital, text: "\"Yerevan\"", paragraph: 0, offset: 9, length: 9)],
            [],
        ])
        let tables = try library.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name = 'mention'") }
        #expect(tables.isEmpty)
    }

    @Test func olderLibraryGetsTheLargerFullTextPendingBuffer() throws {
        let path = try temporaryDirectory() + "/v18.sqlite"
        let config = "SELECT k, v FROM quote_fts_config WHERE k IN ('automerge', 'hashsize') ORDER BY k"
        do {
            let queue = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(queue, upTo: "v18-lens-section")
            let settings = try queue.read { db in try Row.fetchAll(db, sql: config).map { "\($0[0] as String)=\($0[1] as Int)" } }
            #expect(settings == ["automerge=16"])
            try queue.close()
        }
        let library = try Library(path: path)
        let settings = try library.read { db in try Row.fetchAll(db, sql: config).map { "\($0[0] as String)=\($0[1] as Int)" } }
        #expect(settings == ["automerge=16", "hashsize=\(16 << 20)"])
        // FTS5 accepts the setting: what is added afterwards is found.
        try library.add(SampleArticles.caucasus)
        #expect(try !library.search(Query.parse("Yerevan")).isEmpty)
    }

    @Test func libraryFromNewerVersionIsRefused() throws {
        let path = try temporaryDirectory() + "/new.sqlite"
        do {
            let library = try Library(path: path)
            try library.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
            }
        }
        let error = try #require(throws: DossierError.self) { try Library(path: path) }
        #expect(error.message.contains("newer Dossier"))
    }

    @Test func readerIsNeverLockedOutDuringImport() async throws {
        let path = try temporaryDirectory() + "/lib.sqlite"
        let writer = try Library(path: path)
        try writer.add(SampleArticles.caucasus)
        let reader = try Library(path: path)  // a second connection pool, as another process would have
        let query = try Query.parse("sanctions OR invasion")
        let writing = Task.detached {
            for n in 0..<300 { try writer.add(SampleArticles.filler(n)) }
        }
        var reads = 0
        var lastCount = 0
        while !writing.isCancelled {
            let hits = try reader.search(query, limit: 50)
            #expect(hits.count >= 1)
            let count = try reader.articleCount()
            #expect(count >= lastCount)
            lastCount = count
            reads += 1
            if count == 301 { break }
        }
        try await writing.value
        #expect(reads > 1)
        #expect(try reader.articleCount() == 301)
    }
}
