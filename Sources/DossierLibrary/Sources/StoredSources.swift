import DossierCore
import Foundation
import GRDB

/// The library keeps every article's source bytes (zlib-compressed, with what is needed to
/// parse them again: the name that decides the format, the HTTP Content-Type and the page's
/// URL), so `verify` works after the file moved or the page changed and `reparse` can
/// re-attribute every article with a newer importer. Articles imported before v12 have none.
enum StoredSources {
    /// v12: the sources table, and an index for deduplicating by (canonical) URL.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE article_source (
                article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                name TEXT NOT NULL,                  -- file path or URL given to the importer
                content_type TEXT, page_url TEXT,    -- of a fetched page
                byte_count INTEGER NOT NULL,         -- uncompressed size
                data BLOB NOT NULL                   -- zlib (deflate) stream
            );
            CREATE INDEX article_by_url ON article(url) WHERE url IS NOT NULL;
            """)
    }

    /// A source ready to store: compressed on the parsing thread.
    struct Compressed: Sendable {
        var name: String
        var contentType: String?
        var pageURL: String?
        var byteCount: Int
        var data: Data

        init(_ source: ArticleSource) throws {
            name = source.name
            contentType = source.contentType
            pageURL = source.pageURL
            byteCount = source.data.count
            data = try SourceCompression.compress(source.data)
        }
    }

    static func insert(_ source: Compressed, articleID: DatabaseValue, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO article_source (article_id, name, content_type, page_url, byte_count, data) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [articleID, source.name, source.contentType, source.pageURL, source.byteCount, source.data])
    }

    static func load(articleID: Int64, _ db: Database) throws -> ArticleSource? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM article_source WHERE article_id = ?", arguments: [articleID]) else {
            return nil
        }
        let data = try SourceCompression.decompress(row["data"], originalSize: row["byte_count"])
        return ArticleSource(data: data, name: row["name"], contentType: row["content_type"], pageURL: row["page_url"])
    }
}

extension Library {
    /// The source the article with this fingerprint was imported from, as stored, or nil
    /// (an article imported before the library kept sources, or an unknown fingerprint).
    public func storedSource(fingerprint: String) throws -> ArticleSource? {
        try read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE fingerprint = ?", arguments: [fingerprint]) else {
                return nil
            }
            return try StoredSources.load(articleID: id, db)
        }
    }
}
