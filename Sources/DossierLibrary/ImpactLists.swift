import DossierCore
import Foundation
import GRDB

/// Precomputed answers for very common single words.
///
/// FTS5 ranks by computing bm25 for every matching row, so `ORDER BY bm25 LIMIT 50`
/// on a word found in most quotes costs hundreds of milliseconds at 100k articles.
/// For each index term found in at least `minimumDocuments` quotes the library stores
/// the bm25 top `depth` rows (computed by FTS5 itself, same weights). A list is used
/// only while its generation equals the library's (no import since), so the page it
/// serves is exactly the bm25 top list; a stale list falls back to the full query.
extension Library {
    public static let impactDepth = 200

    /// Recomputes the stale lists of terms found in at least `minimumDocuments` quotes, most
    /// common term first (one write transaction per term), until `budget` seconds have been
    /// spent: each term costs one full bm25 pass over its quotes (seconds for the commonest
    /// words at 100k articles), so an import into a big library refreshes what its budget
    /// allows and the other lists stay stale, which only means those words take the exact
    /// FTS5 path. A positive budget refreshes at least the commonest stale term; 0 refreshes
    /// nothing. Returns the number of terms refreshed.
    @discardableResult
    public func refreshImpactLists(minimumDocuments: Int = 20_000, depth: Int = impactDepth,
                                   budget: Double = .infinity) throws -> Int {
        let started = DispatchTime.now().uptimeNanoseconds
        let (terms, generation) = try writeWithoutTransaction { db -> ([(String, Int)], Int64) in
            let generation = try Self.generation(db)
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.quote_vocab USING fts5vocab(main, quote_fts, 'row')")
            let terms = try Row.fetchAll(db, sql: "SELECT term, doc FROM temp.quote_vocab WHERE doc >= ? ORDER BY doc DESC, term",
                                         arguments: [minimumDocuments]).map { ($0[0] as String, $0[1] as Int) }
            return (terms, generation)
        }
        var refreshed = 0
        for (term, documents) in terms {
            let spent = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            guard budget > 0, refreshed == 0 || spent < budget else { break }
            try write { db in
                guard try Self.generation(db) == generation else { return }  // another import ran meanwhile
                let current = try Int64.fetchOne(db, sql: "SELECT generation FROM term_impact_state WHERE term = ?", arguments: [term])
                guard current != generation else { return }
                try db.execute(sql: "DELETE FROM term_impact WHERE term = ?", arguments: [term])
                let match = "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                try db.execute(sql: """
                    INSERT INTO term_impact (term, position, quote_rowid, score)
                    SELECT ?, row_number() OVER (ORDER BY score, rowid), rowid, score FROM (
                        SELECT rowid, bm25(quote_fts, \(Self.bm25Weights)) AS score FROM quote_fts
                        WHERE quote_fts MATCH ? ORDER BY score, rowid LIMIT ?)
                    """, arguments: [term, match, depth])
                try db.execute(sql: "INSERT OR REPLACE INTO term_impact_state (term, generation, documents) VALUES (?, ?, ?)",
                               arguments: [term, generation, documents])
                refreshed += 1
            }
        }
        return refreshed
    }

    static func generation(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT generation FROM library_state WHERE id = 1") ?? 0
    }

    /// The exact top `limit` (row id, bm25) for a one-word query, when a fresh list holds it.
    static func impactTop(_ query: Query, limit: Int, _ db: Database) throws -> [(Int64, Double)]? {
        guard case .phrase(let words, prefix: false) = query.root, words.count == 1, limit <= impactDepth else { return nil }
        let term = SearchText.stem(words[0])
        guard let listGeneration = try Int64.fetchOne(db, sql: "SELECT generation FROM term_impact_state WHERE term = ?", arguments: [term]),
              try listGeneration == generation(db) else { return nil }
        return try Row.fetchAll(db, sql: "SELECT quote_rowid, score FROM term_impact WHERE term = ? ORDER BY position LIMIT ?",
                                arguments: [term, limit]).map { ($0[0], $0[1]) }
    }
}
