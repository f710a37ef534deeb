import DossierCore
import GRDB
import Testing
@testable import DossierLibrary

/// `Library.add([...])`: several whole articles per transaction, with the full-text rows
/// and browse tallies added by set-based statements instead of per-row triggers.
@Suite struct LibraryBatchTests {
    private func counts(_ library: Library) throws -> (quotes: Int, ftsQuotes: Int, articles: Int) {
        try library.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM quote") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM quote_fts_docsize") ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? -1)
        }
    }

    @Test func aBatchStoresEachArticleOnceAndIndexesItsQuotes() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        let outcomes = try library.add([(SampleArticles.caucasus, 10), (SampleArticles.balkans, 20), (SampleArticles.caucasus, 10)])
        #expect(outcomes.map { try? $0.get() } == [.added, .added, .unchanged])
        let stored = try counts(library)
        #expect(stored.articles == 2)
        #expect(stored.quotes == SampleArticles.caucasus.quotes.count + SampleArticles.balkans.quotes.count)
        #expect(stored.ftsQuotes == stored.quotes)
        try library.write { db in try db.execute(sql: "INSERT INTO quote_fts(quote_fts) VALUES ('integrity-check')") }
        #expect(try !library.search(Query.parse("erdogan")).isEmpty)
        #expect(try !library.search(Query.parse("kosovo")).isEmpty)

        // A second batch appends: old rows are not indexed twice.
        _ = try library.add([(SampleArticles.filler(1), 0), (SampleArticles.filler(2), 0)])
        let after = try counts(library)
        #expect(after.ftsQuotes == after.quotes)
        #expect(after.quotes == stored.quotes + SampleArticles.filler(1).quotes.count + SampleArticles.filler(2).quotes.count)
    }

    @Test func aFailingArticleIsRolledBackAloneAndTheOthersLand() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        // Poison one article on the writer connection only.
        try library.writeWithoutTransaction { db in
            try db.execute(sql: """
                CREATE TEMP TRIGGER poison BEFORE INSERT ON quote WHEN new.body LIKE '%Erdoğan%'
                BEGIN SELECT RAISE(ABORT, 'poisoned quote'); END
                """)
        }
        let outcomes = try library.add([(SampleArticles.caucasus, 0), (SampleArticles.balkans, 0)])
        guard case .failure(let error) = outcomes[0] else {
            Issue.record("the poisoned article was stored"); return
        }
        #expect(error.message.contains("poisoned quote"))
        #expect((try? outcomes[1].get()) == .added)
        let stored = try counts(library)
        #expect(stored.articles == 1)
        #expect(stored.quotes == SampleArticles.balkans.quotes.count)
        #expect(stored.ftsQuotes == stored.quotes)
        #expect(try library.search(Query.parse("erdogan")).isEmpty)
        let tallied = try library.read { db in try Int.fetchOne(db, sql: "SELECT n FROM browse_tally WHERE section = '*' AND expert = '*'") }
        #expect(tallied == stored.quotes)
    }

    @Test func theInsertTriggersAreGoneAfterMigration() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        let triggers = try library.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        }
        // Inserts are indexed per batch (full text and accelerator); only deletes and updates keep triggers.
        #expect(triggers == ["accel_quote_delete", "accel_quote_update", "article_tally_delete", "browse_tally_delete", "quote_fts_delete", "quote_fts_update"])
    }
}
