import DossierCore
import GRDB
import Testing
@testable import DossierLibrary

/// Bulk imports (`ImportSession`): the random-key indexes and browse tallies are dropped,
/// then built once at the end, by the last import to finish or, after a crash, by the next
/// process to open the library.
@Suite struct BulkImportTests {
    private func state(_ library: Library) throws -> (deferred: Bool, indexes: [String], total: Int?, quotes: Int?) {
        try library.read { db in
            (try DeferredIndexing.isPending(db),
             try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN ('quote_by_quote_id', 'quote_by_expert', 'quote_by_section_expert') ORDER BY name"),
             try Int.fetchOne(db, sql: "SELECT n FROM browse_tally WHERE section = '*' AND expert = '*'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM quote"))
        }
    }

    @Test func aBulkImportDefersIndexesAndTalliesToTheEnd() throws {
        let directory = try temporaryDirectory()
        let normal = try Library(path: directory + "/normal.sqlite")
        let expected = try state(normal).indexes
        #expect(expected.count == 3)

        let library = try Library(path: directory + "/bulk.sqlite")
        let session = try library.beginImport(articleCount: 2, bulk: true)
        #expect(session.isBulk)
        _ = try library.add([(SampleArticles.caucasus, 0)])
        let during = try state(library)
        #expect(during.deferred && during.indexes.isEmpty && during.total == nil)
        // Searching and looking quotes up stay exact while the indexes are missing.
        #expect(try !library.search(Query.parse("erdogan")).isEmpty)
        #expect(try !library.search(Query.parse("expert:kopalyan")).isEmpty)
        let first = try #require(SampleArticles.caucasus.quotes.first)
        #expect(try library.quotes(withID: first.id).map(\.quote.paragraphs) == [first.paragraphs])

        _ = try library.add([(SampleArticles.balkans, 0)])
        try session.finish()
        let after = try state(library)
        #expect(!after.deferred)
        #expect(after.indexes == expected)
        #expect(after.total == after.quotes)
        #expect(try library.hasDeferredIndexing() == false)
    }

    @Test func smallImportsAreNotBulk() throws {
        #expect(!ImportSession.suitsBulk(importing: 10, stored: 0))
        #expect(ImportSession.suitsBulk(importing: 500, stored: 0))
        #expect(ImportSession.suitsBulk(importing: 800, stored: 800))
        #expect(!ImportSession.suitsBulk(importing: 800, stored: 801))
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        let session = try library.beginImport(articleCount: 3)
        #expect(!session.isBulk)
        _ = try library.add([(SampleArticles.caucasus, 0)])
        #expect(try state(library).total == SampleArticles.caucasus.quotes.count)  // tallied per batch
        try session.finish()
    }

    @Test func theLastOfTwoBulkImportsBuildsTheIndexes() throws {
        let path = try temporaryDirectory() + "/lib.sqlite"
        let first = try Library(path: path), second = try Library(path: path)
        let one = try first.beginImport(articleCount: 1, bulk: true)
        let two = try second.beginImport(articleCount: 1, bulk: true)
        _ = try first.add([(SampleArticles.caucasus, 0)])
        _ = try second.add([(SampleArticles.balkans, 0)])
        try one.finish()
        #expect(try state(first).deferred)  // the other import still runs
        try two.finish()
        let after = try state(first)
        #expect(!after.deferred && after.indexes.count == 3 && after.total == after.quotes)
    }

    @Test func anInterruptedBulkImportIsFinishedByTheNextOpen() throws {
        let path = try temporaryDirectory() + "/lib.sqlite"
        var session: ImportSession? = try Library(path: path).beginImport(articleCount: 1, bulk: true)
        let writer = try Library(path: path)
        _ = try writer.add([(SampleArticles.caucasus, 0)])
        // While the import's lock is held, opening the library leaves its work alone.
        #expect(try state(Library(path: path)).deferred)
        session = nil  // the process died: the kernel drops its lock, `finish()` never ran
        #expect(session == nil)
        let reopened = try Library(path: path)
        let after = try state(reopened)
        #expect(!after.deferred && after.indexes.count == 3 && after.total == after.quotes)
    }
}
