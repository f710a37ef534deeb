import GRDB

/// The schema side of a bulk import (see `ImportSession`): which indexes it drops, and how
/// they and the browse tallies are rebuilt.
enum DeferredIndexing {
    /// Indexes whose keys arrive in random order (quote ids are hashes, expert ids and
    /// sections interleave across articles), so each imported quote dirties random pages.
    /// Same names and definitions as the migrations that made them (v1, v4 widened by v15, v7).
    static let indexes = [
        (name: "quote_by_quote_id", columns: "quote_id"),
        (name: "quote_by_expert", columns: "expert_id, article_id"),  // v15 widened it
        (name: "quote_by_section_expert", columns: "section, expert_id"),
    ]

    /// v11: the marker of a deferral in progress; and FTS5 merges segments 16 at a time
    /// instead of 4, which cut the index's share of an import by about a fifth with no
    /// measurable change in query latency at 10k articles (bench/RESULTS.md).
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE deferred_indexing (id INTEGER PRIMARY KEY CHECK (id = 1), since TEXT NOT NULL);
            INSERT INTO quote_fts(quote_fts, rank) VALUES ('automerge', 16);
            """)
    }

    static func isPending(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM deferred_indexing)") ?? false
    }

    /// Marks the deferral and drops the indexes, in the caller's transaction. The search
    /// accelerator is marked unbuilt too (searches take the exact FTS5 path meanwhile): one
    /// rebuild at the end costs about a third of keeping it batch by batch.
    static func begin(_ db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO deferred_indexing (id, since) VALUES (1, ?)",
                       arguments: [LibraryText.timestamp()])
        try AcceleratorWriter.markUnbuilt(db)
        for index in indexes { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
    }

    /// Builds the indexes, recounts every tally and clears the marker, in the caller's transaction.
    static func finish(_ db: Database) throws {
        for index in indexes { try db.execute(sql: "CREATE INDEX IF NOT EXISTS \(index.name) ON quote(\(index.columns))") }
        try db.execute(sql: "DELETE FROM browse_tally; DELETE FROM browse_country_tally; DELETE FROM article_tally")
        try BatchIndexing.tally(quotesAfter: 0, db)
        try AcceleratorRebuild.run(db)
        try db.execute(sql: "DELETE FROM deferred_indexing")
    }
}
