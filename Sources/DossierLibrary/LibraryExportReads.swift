import DossierCore
import GRDB

/// A stored quote with its whole article and the day it was imported: what an export record needs.
public struct ExportableQuote: Sendable, Hashable {
    public var article: Article
    public var quote: Quote
    /// When the article was imported, as stored (ISO 8601, UTC).
    public var importedAt: String

    /// The import day (`YYYY-MM-DD`), the citation's accessed date.
    public var importDay: String { String(importedAt.prefix(10)) }
}

/// What the library holds for a quote exported earlier.
public enum StoredQuoteState: Sendable, Hashable {
    /// No article with the record's fingerprint is stored.
    case articleMissing
    /// The article is stored but has no quote with that id.
    case quoteMissing
    /// The quote as stored now.
    case found(Quote)
}

extension Library {
    /// The quotes an id names: `9c941c53-07` (8 hex digits of the fingerprint; rarely more than one
    /// article), or a longer fingerprint prefix such as `9c941c53d8712548-07`, which narrows to the
    /// articles whose fingerprint starts with it. Empty when nothing matches or `id` has neither form.
    public func exportableQuotes(id: String) throws -> [ExportableQuote] {
        guard let parsed = QuoteIDForm(id) else { return [] }
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.fingerprint FROM quote q JOIN article a ON a.id = q.article_id
                WHERE q.quote_id = ? AND substr(lower(a.fingerprint), 1, ?) = ? ORDER BY a.id
                """, arguments: [parsed.quoteID, parsed.fingerprintPrefix.count, parsed.fingerprintPrefix])
            return try rows.compactMap { row in
                try Self.exportable(quoteID: parsed.quoteID, fingerprint: row["fingerprint"], db)
            }
        }
    }

    /// The quotes of search hits, in the hits' order (one read, each article loaded once).
    public func exportableQuotes(for hits: [SearchHit]) throws -> [ExportableQuote] {
        try read { db in
            var articles: [String: (Article, String)] = [:]
            return try hits.compactMap { hit in
                guard let loaded = try articles[hit.fingerprint] ?? Self.articleAndImport(hit.fingerprint, db) else { return nil }
                articles[hit.fingerprint] = loaded
                return loaded.0.quotes.first { $0.id == hit.quoteID }
                    .map { ExportableQuote(article: loaded.0, quote: $0, importedAt: loaded.1) }
            }
        }
    }

    /// The quote `quoteID` of the article `fingerprint` as stored now, for `dossier verify`.
    public func storedQuote(id quoteID: String, fingerprint: String) throws -> StoredQuoteState {
        try read { db in
            guard let articleID = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE fingerprint = ?",
                                                     arguments: [fingerprint]) else { return .articleMissing }
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM quote WHERE article_id = ? AND quote_id = ?",
                                             arguments: [articleID, quoteID]) else { return .quoteMissing }
            return .found(try Self.loadQuote(row: row, fingerprintPrefix: nil, db))
        }
    }

    private static func exportable(quoteID: String, fingerprint: String, _ db: Database) throws -> ExportableQuote? {
        guard let (article, importedAt) = try articleAndImport(fingerprint, db) else { return nil }
        return article.quotes.first { $0.id == quoteID }.map { ExportableQuote(article: article, quote: $0, importedAt: importedAt) }
    }

    static func articleAndImport(_ fingerprint: String, _ db: Database) throws -> (Article, String)? {
        guard let article = try loadArticle(fingerprint: fingerprint, db),
              let importedAt = try String.fetchOne(db, sql: "SELECT imported_at FROM article WHERE fingerprint = ?",
                                                   arguments: [fingerprint]) else { return nil }
        return (article, importedAt)
    }
}
