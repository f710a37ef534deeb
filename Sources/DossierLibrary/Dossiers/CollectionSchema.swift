import GRDB

/// Migration v14: named collections of marked quotes. A member names its quote by the article's
/// fingerprint and the quote id, not by row ids, so it outlives `reparse` (which rewrites
/// members when an article's fingerprint changes) and re-imports; a member whose quote is gone
/// stays listed so it can be reported. Also the country lens's covering indexes: a quote's
/// expert and article, and an article's date, without reading the (wide) rows.
enum CollectionSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE collection (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE TABLE collection_member (
                collection_id INTEGER NOT NULL REFERENCES collection(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                fingerprint TEXT NOT NULL,
                quote_id TEXT NOT NULL,
                PRIMARY KEY (collection_id, position)
            ) WITHOUT ROWID;
            CREATE UNIQUE INDEX collection_member_by_quote ON collection_member(collection_id, fingerprint, quote_id);
            CREATE INDEX collection_member_by_article ON collection_member(fingerprint);
            CREATE INDEX quote_lens ON quote(id, expert_id, article_id);
            CREATE INDEX article_lens ON article(id, date);
            """)
    }

    /// Points members at an article's new fingerprint (after `reparse` changed it), in the caller's transaction.
    static func renameArticle(from old: String, to new: String, _ db: Database) throws {
        guard old != new else { return }
        try db.execute(sql: "UPDATE OR IGNORE collection_member SET fingerprint = ? WHERE fingerprint = ?", arguments: [new, old])
    }
}
