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
    private static let markOpen = "\u{1}", markClose = "\u{2}"

    /// The best `limit` quotes for `query`, best first (bm25 order); filter-only queries
    /// list the newest articles' quotes in document order.
    public func search(_ query: Query, limit: Int = 20) throws -> [SearchHit] {
        let compiled = QuerySQLCompiler.compile(query)
        do {
            return try pool.read { db in try Self.search(query, compiled, limit: limit, db) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw DossierError("query: the search engine rejected \"\(query.text)\" (\(error.message ?? "syntax error"))", code: .badInput)
        } catch {
            throw LibraryErrors.map(error, path: path)
        }
    }

    private static func search(_ query: Query, _ compiled: CompiledQuery, limit: Int, _ db: Database) throws -> [SearchHit] {
        let rows: [(Int64, Double?)]
        if let top = try impactTop(query, limit: limit, db) {
            rows = top.map { ($0.0, $0.1) }
        } else if let match = compiled.match, compiled.predicates.isEmpty {
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
        return try rows.map { try hit(rowID: $0.0, score: $0.1, match: compiled.match, db) }
    }

    private static func hit(rowID: Int64, score: Double?, match: String?, _ db: Database) throws -> SearchHit {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT q.quote_id, q.expert_id, q.expert_name, q.section, q.body, a.title, a.fingerprint
            FROM quote q JOIN article a ON a.id = q.article_id WHERE q.id = ?
            """, arguments: [rowID]) else {
            throw DossierError("library: quote \(rowID) vanished during the search", code: .library)
        }
        var snippetText: String?
        if let match {
            snippetText = try String.fetchOne(db, sql: """
                SELECT snippet(quote_fts, 0, ?, ?, '…', 24) FROM quote_fts WHERE quote_fts MATCH ? AND rowid = ?
                """, arguments: [markOpen, markClose, match, rowID])
        }
        let body: String = row["body"]
        let plain = snippetText ?? String(body.prefix(160)) + (body.count > 160 ? "…" : "")
        return SearchHit(quoteID: row["quote_id"], expertID: row["expert_id"], expertName: row["expert_name"],
                         section: row["section"], articleTitle: row["title"], fingerprint: row["fingerprint"],
                         score: score, snippet: segments(plain))
    }

    /// Splits snippet text with open/close markers into segments.
    static func segments(_ marked: String) -> [SnippetSegment] {
        var segments: [SnippetSegment] = []
        var current = ""
        var inMatch = false
        for character in marked {
            if String(character) == markOpen || String(character) == markClose {
                if !current.isEmpty { segments.append(.init(text: current, match: inMatch)) }
                current = ""
                inMatch = String(character) == markOpen
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { segments.append(.init(text: current, match: inMatch)) }
        return segments
    }
}
