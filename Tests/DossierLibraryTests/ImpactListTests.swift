import DossierCore
import Foundation
import GRDB
import Testing
@testable import DossierLibrary

@Suite struct ImpactListTests {
    func fullQueryTop(_ library: Library, _ word: String, limit: Int) throws -> [Int64] {
        try library.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT rowid FROM quote_fts WHERE quote_fts MATCH ? ORDER BY bm25(quote_fts, \(Library.bm25Weights)), rowid LIMIT ?
                """, arguments: ["\"\(word)\"", limit])
        }
    }

    func hitRowIDs(_ library: Library, _ word: String, limit: Int) throws -> [Int64] {
        let hits = try library.search(Query.parse(word), limit: limit)
        return try library.read { db in
            try hits.map { hit in
                try #require(try Int64.fetchOne(db, sql: """
                    SELECT q.id FROM quote q JOIN article a ON a.id = q.article_id WHERE q.quote_id = ? AND a.fingerprint = ?
                    """, arguments: [hit.quoteID, hit.fingerprint]))
            }
        }
    }

    @Test func listsServeTheExactTopAndGoStaleOnImport() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        for n in 0..<40 { try library.add(SampleArticles.filler(n)) }
        try library.add(SampleArticles.caucasus)
        #expect(try library.refreshImpactLists(minimumDocuments: 100) >= 2)  // "sanction", "and", "gas", …
        let listed = try library.read { db in try Library.impactTop(Query.parse("sanctions"), limit: 50, db) }
        #expect(listed?.count == 50)
        #expect(try hitRowIDs(library, "sanctions", limit: 50) == (try fullQueryTop(library, "sanction", limit: 50)))

        // A new article makes the list stale: the search falls back to the full query.
        var extra = SampleArticles.filler(999)
        extra.quotes[0].paragraphs = ["Sanctions sanctions sanctions sanctions."]
        try library.add(extra)
        #expect(try library.read { db in try Library.impactTop(Query.parse("sanctions"), limit: 50, db) } == nil)
        let top = try hitRowIDs(library, "sanctions", limit: 50)
        #expect(top == (try fullQueryTop(library, "sanction", limit: 50)))
        try library.refreshImpactLists(minimumDocuments: 100)
        #expect(try hitRowIDs(library, "sanctions", limit: 50) == top)
        #expect(try library.read { db in try Library.impactTop(Query.parse("sanctions"), limit: 50, db) } != nil)
    }

    @Test func aSpentBudgetLeavesListsStaleAndTheCommonestTermGoesFirst() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        for n in 0..<40 { try library.add(SampleArticles.filler(n)) }
        #expect(try library.refreshImpactLists(minimumDocuments: 100, budget: 0) == 0)
        #expect(try library.read { db in try Library.impactTop(Query.parse("sanctions"), limit: 50, db) } == nil)

        // A tiny budget refreshes at least the first term, and terms go in descending document count.
        #expect(try library.refreshImpactLists(minimumDocuments: 100, budget: 1e-9) == 1)
        let (fresh, commonest) = try library.read { db -> (String?, String?) in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, quote_fts, 'row')")
            return (try String.fetchOne(db, sql: "SELECT term FROM term_impact_state"),
                    try String.fetchOne(db, sql: "SELECT term FROM temp.v ORDER BY doc DESC, term LIMIT 1"))
        }
        #expect(fresh != nil && fresh == commonest)
    }
}
