import DossierCore
import GRDB

/// A piece of a search snippet; `match` marks the words the query matched.
public struct SnippetSegment: Sendable, Hashable, Codable {
    public var text: String
    public var match: Bool
}

/// One ranked search result.
public struct SearchHit: Sendable, Hashable, Codable {
    public var quoteID: String
    public var expertID: String
    public var expertName: String
    public var section: String?
    public var articleTitle: String
    public var fingerprint: String
    /// SQLite bm25 score (lower is better), nil when the query had no words to rank by.
    public var score: Double?
    public var snippet: [SnippetSegment]
}

extension Library {
    /// bm25 weights of the indexed columns: quote text, expert name, credentials, section heading, article title.
    static let bm25Weights = "1.0, 2.0, 0.5, 1.0, 0.5"

    /// The best `limit` quotes for `query`, best first (bm25 order); filter-only queries
    /// list the newest articles' quotes in document order. With a date `order`, the first
    /// `limit` matches by article date instead.
    public func search(_ query: Query, limit: Int = 20, order: SearchOrder = .relevance) throws -> [SearchHit] {
        let compiled = QuerySQLCompiler.compile(query)
        do {
            return try pool.read { db in
                if order != .relevance {
                    // The browser's date orders without a browse filter: `DenseDateOrder` for words
                    // in most quotes (marked from the accelerator's postings), else `DateOrder`.
                    let rows = try Self.rankedRowids(query, filter: BrowseFilter(), order: order, limit: limit, db)
                    return try Self.hits(rows.map { ($0, nil) }, query: query, db)
                }
                return try Self.search(query, compiled, limit: limit, db)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw DossierError("query: the search engine rejected \"\(query.text)\" (\(error.message ?? "syntax error"))", code: .badInput)
        } catch {
            throw LibraryErrors.map(error, path: path)
        }
    }

    private static func search(_ query: Query, _ compiled: CompiledQuery, limit: Int, _ db: Database) throws -> [SearchHit] {
        let rows: [(Int64, Double?)]
        if let top = try acceleratedTop(query, compiled, limit: limit, db) {
            rows = top.map { ($0.0, $0.1) }
        } else {
            rows = try fts5Rows(compiled, limit: limit, db)
        }
        return try hits(rows, query: query, db)
    }

    /// FTS5's own ranking (every match scored), or the newest quotes for a filter-only query.
    private static func fts5Rows(_ compiled: CompiledQuery, limit: Int, _ db: Database) throws -> [(Int64, Double?)] {
        let rows: [(Int64, Double?)]
        if let match = compiled.match, compiled.predicates.isEmpty {
            rows = try Row.fetchAll(db, sql: """
                SELECT rowid, bm25(quote_fts, \(bm25Weights)) AS score FROM quote_fts
                WHERE quote_fts MATCH ? ORDER BY score, rowid LIMIT ?
                """, arguments: [match, limit]).map { ($0[0], $0[1]) }
        } else if let match = compiled.match {
            rows = try Row.fetchAll(db, sql: """
                SELECT q.id, bm25(quote_fts, \(bm25Weights)) AS score
                FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid
                WHERE quote_fts MATCH ? AND \(compiled.whereSQL)
                ORDER BY score, q.id LIMIT ?
                """, arguments: StatementArguments([match] + compiled.arguments + [limit])).map { ($0[0], $0[1]) }
        } else {
            rows = try Row.fetchAll(db, sql: """
                SELECT q.id, NULL AS score FROM quote q WHERE \(compiled.whereSQL)
                ORDER BY q.article_id DESC, q.ordinal LIMIT ?
                """, arguments: StatementArguments(compiled.arguments + [limit])).map { ($0[0], $0[1]) }
        }
        return rows
    }

    /// The ranked page's row ids and bm25 scores without hits or snippets: `accelerated`
    /// false forces the FTS5 path (the reference the benchmark compares with).
    public func rankedRows(_ query: Query, limit: Int, accelerated: Bool = true) throws -> [(rowid: Int64, score: Double?)] {
        let compiled = QuerySQLCompiler.compile(query)
        return try read { db in
            if accelerated, let top = try Self.acceleratedTop(query, compiled, limit: limit, db) { return top.map { ($0.0, $0.1) } }
            return try Self.fts5Rows(compiled, limit: limit, db)
        }
    }

    /// The exact bm25 top from the search accelerator, or nil when it cannot answer (not
    /// built, stale, or a query shape it does not rank): the caller takes the FTS5 path.
    static func acceleratedTop(_ query: Query, _ compiled: CompiledQuery, limit: Int, _ db: Database) throws -> [(Int64, Double)]? {
        guard compiled.match != nil, let plan = RankedPlan(query) else { return nil }
        let (status, totals) = try AcceleratorStatus.check(db)
        guard status == .ready else { return nil }
        do {
            return try RankedSearch.top(plan, limit: limit, totals: totals, db)
        } catch is AcceleratorInconsistency {
            return nil  // a corrupt block: the exact FTS5 path answers
        }
    }

    /// Fetches what the hits show in one statement and cuts their snippets in memory.
    static func hits(_ rows: [(Int64, Double?)], query: Query, _ db: Database) throws -> [SearchHit] {
        guard !rows.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: rows.count).joined(separator: ",")
        let details = try Row.fetchAll(db, sql: """
            SELECT q.id, q.quote_id, q.expert_id, q.expert_name, q.section, q.body, a.title, a.fingerprint
            FROM quote q JOIN article a ON a.id = q.article_id WHERE q.id IN (\(placeholders))
            """, arguments: StatementArguments(rows.map(\.0)))
        let byID = Dictionary(details.map { ($0["id"] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
        let matcher = QueryHighlighter.Matcher(query)
        return rows.compactMap { rowID, score in
            guard let row = byID[rowID] else { return nil }
            let body: String = row["body"]
            let snippet = matcher.snippet(in: body).map { SnippetSegment(text: $0.text, match: $0.match) }
            return SearchHit(quoteID: row["quote_id"], expertID: row["expert_id"], expertName: row["expert_name"],
                             section: row["section"], articleTitle: row["title"], fingerprint: row["fingerprint"],
                             score: score, snippet: snippet)
        }
    }
}
