import DossierCore
import Foundation
import GRDB

/// A stored article as `reparse` needs it: the article as stored and its kept source.
public struct StoredArticle: Sendable {
    public var article: Article
    /// The source bytes the library kept, or nil for an article imported before it kept them.
    public var source: ArticleSource?
}

extension Library {
    /// Fingerprints of every stored article, oldest first.
    public func fingerprints() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT fingerprint FROM article ORDER BY id") }
    }

    /// The article with this fingerprint and its kept source.
    public func storedArticle(fingerprint: String) throws -> StoredArticle? {
        try read { db in
            guard let article = try Self.loadArticle(fingerprint: fingerprint, db),
                  let id = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE fingerprint = ?", arguments: [fingerprint])
            else { return nil }
            return StoredArticle(article: article, source: try StoredSources.load(articleID: id, db))
        }
    }

    /// Replaces the article stored under `fingerprint` with `replacement` in one transaction
    /// (its import time kept): the old rows, full-text entries and browse counts go, the new
    /// ones come in. Fails, changing nothing, when the replacement is another stored article.
    public func replace(fingerprint: String, with replacement: PreparedArticle) throws {
        try write { db in
            guard let old = try Row.fetchOne(db, sql: "SELECT id, imported_at FROM article WHERE fingerprint = ?", arguments: [fingerprint]) else {
                throw DossierError("library \(path): no article \(fingerprint) to replace", code: .notFound)
            }
            let id: Int64 = old["id"]
            // Quotes first, row by row, so the delete triggers keep the full-text index and tallies right.
            try db.execute(sql: "DELETE FROM quote WHERE article_id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
            let firstNewQuote = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM quote") ?? 0
            let outcome = try Self.insert(replacement, importedAt: old["imported_at"], into: db)
            guard outcome == .added else {
                throw DossierError("\(replacement.sourcePath ?? fingerprint): now reads as an article already in the library; left as it was")
            }
            try db.execute(sql: "UPDATE library_state SET generation = generation + 1")
            // Collection members follow the article when its fingerprint changed (quote ids are kept).
            try CollectionSchema.renameArticle(from: fingerprint, to: replacement.fingerprint, db)
            try BatchIndexing.index(quotesAfter: firstNewQuote, db)
        }
    }
}
