import GRDB
import Testing
@testable import DossierLibrary

/// The browse tallies (added per import batch or rebuilt at the end of a bulk import, removed by delete triggers)
/// must always equal a recount from the quotes:
/// after imports, and after an article (and with it its quotes and countries) is deleted.
@Suite(.serialized) struct BrowseTallyTests {
    /// Tally rows as comparable strings, from the table or recounted from `quote` / `quote_country`.
    private func rows(_ db: Database, recount: Bool) throws -> (quotes: Set<String>, countries: Set<String>) {
        let key = "CASE WHEN q.section IS NULL THEN '' ELSE '=' || q.section END"
        let quotes = recount ? """
            SELECT s, e, count(*) AS n, min(id) AS first FROM (
                SELECT \(key) AS s, q.expert_id AS e, q.id FROM quote q UNION ALL SELECT \(key), '*', q.id FROM quote q
                UNION ALL SELECT '*', q.expert_id, q.id FROM quote q UNION ALL SELECT '*', '*', q.id FROM quote q) GROUP BY s, e
            """ : "SELECT section AS s, expert AS e, n, first FROM browse_tally"
        let countries = recount ? """
            SELECT s, e, code, count(*) AS n FROM (
                SELECT \(key) AS s, q.expert_id AS e, c.code FROM quote q JOIN quote_country c ON c.quote_rowid = q.id
                UNION ALL SELECT \(key), '*', c.code FROM quote q JOIN quote_country c ON c.quote_rowid = q.id
                UNION ALL SELECT '*', q.expert_id, c.code FROM quote q JOIN quote_country c ON c.quote_rowid = q.id
                UNION ALL SELECT '*', '*', c.code FROM quote_country c) GROUP BY s, e, code
            """ : "SELECT section AS s, expert AS e, code, n FROM browse_country_tally"
        return (Set(try Row.fetchAll(db, sql: quotes).map { "\($0["s"] as String)|\($0["e"] as String)|\($0["n"] as Int)|\($0["first"] as Int64)" }),
                Set(try Row.fetchAll(db, sql: countries).map { "\($0["s"] as String)|\($0["e"] as String)|\($0["code"] as String)|\($0["n"] as Int)" }))
    }

    /// The article tally (v15) as comparable strings, from the table or recounted.
    private func articleRows(_ db: Database, recount: Bool) throws -> Set<String> {
        let sql = recount ? """
            SELECT '*' AS code, article_id, count(*) AS n FROM quote GROUP BY article_id
            UNION ALL SELECT c.code, q.article_id, count(*) FROM quote q JOIN quote_country c ON c.quote_rowid = q.id GROUP BY c.code, q.article_id
            """ : "SELECT code, article_id, n FROM article_tally"
        return Set(try Row.fetchAll(db, sql: sql).map { "\($0["code"] as String)|\($0["article_id"] as Int64)|\($0["n"] as Int)" })
    }

    @Test(arguments: [(false, false), (true, false), (true, true)])
    func articleTallyEqualsRecountAfterImportAndDelete(batched: Bool, bulk: Bool) throws {
        let fixture = try TestLibrary(batched: batched, bulk: bulk)
        defer { fixture.remove() }
        let pool = fixture.library.pool
        let imported = try pool.read { db in (try articleRows(db, recount: false), try articleRows(db, recount: true)) }
        #expect(imported.0.count > fixture.articles.count)  // '*' rows and per-country rows
        #expect(imported.0 == imported.1)
        try pool.write { db in try db.execute(sql: "DELETE FROM article WHERE fingerprint = ?", arguments: [fixture.articles[0].fingerprint]) }
        let remaining = try pool.read { db in (try articleRows(db, recount: false), try articleRows(db, recount: true)) }
        #expect(remaining.0.count < imported.0.count)
        #expect(remaining.0 == remaining.1)
    }

    @Test(arguments: [(false, false), (true, false), (true, true)])
    func tallyEqualsRecountAfterImportAndDelete(batched: Bool, bulk: Bool) throws {
        let fixture = try TestLibrary(batched: batched, bulk: bulk)
        defer { fixture.remove() }
        let pool = fixture.library.pool
        let imported = try pool.read { db in (try rows(db, recount: false), try rows(db, recount: true)) }
        #expect(!imported.0.quotes.isEmpty && !imported.0.countries.isEmpty)
        #expect(imported.0.quotes == imported.1.quotes)
        #expect(imported.0.countries == imported.1.countries)

        // Delete the seed (first article: it holds the first quotes of its groups) and the hand-built follow-up.
        for article in [fixture.articles[0], TestLibrary.followUp] {
            try pool.write { db in try db.execute(sql: "DELETE FROM article WHERE fingerprint = ?", arguments: [article.fingerprint]) }
        }
        let remaining = try pool.read { db in (try rows(db, recount: false), try rows(db, recount: true)) }
        #expect(remaining.0.quotes.count < imported.0.quotes.count)
        #expect(remaining.0.quotes == remaining.1.quotes)
        #expect(remaining.0.countries == remaining.1.countries)
    }
}
