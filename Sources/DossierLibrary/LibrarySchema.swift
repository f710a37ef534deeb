import GRDB

/// The library's schema as a list of GRDB migrations. Never edit a shipped
/// migration: add a new one, so libraries made by older versions upgrade.
enum LibrarySchema {
    /// `PRAGMA application_id` of a Dossier library ("DOSS").
    static let applicationID: Int32 = 0x444F_5353

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createV1)
        migrator.registerMigration("v2-article-size", migrate: addArticleSize)
        migrator.registerMigration("v3-impact-lists", migrate: addImpactLists)
        migrator.registerMigration("v4-quote-by-expert") { db in
            try db.execute(sql: "CREATE INDEX quote_by_expert ON quote(expert_id)")
        }
        migrator.registerMigration("v5-browser-indexes") { db in
            // The browser's section filter, and its country list under a filter (driven from the quotes).
            try db.execute(sql: "CREATE INDEX quote_by_section ON quote(section)")
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS quote_country_by_quote ON quote_country(quote_rowid, code)")
        }
        migrator.registerMigration("v6-country-by-quote") { db in
            // A quote's countries (exports and `show` load them per quote); v5 already made it on new libraries.
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS quote_country_by_quote ON quote_country(quote_rowid, code)")
        }
        migrator.registerMigration("v7-browse-tally", migrate: BrowseTallySchema.create)
        migrator.registerMigration("v8-batch-indexing", migrate: BatchIndexing.migrate)
        migrator.registerMigration("v9-drop-section-index") { db in
            // quote_by_section_expert (v7) starts with the section and serves the same lookups;
            // one index fewer to update per imported quote.
            try db.execute(sql: "DROP INDEX IF EXISTS quote_by_section")
        }
        migrator.registerMigration("v10-mentions-column", migrate: MentionColumn.migrate)
        migrator.registerMigration("v11-deferred-indexing", migrate: DeferredIndexing.migrate)
        migrator.registerMigration("v12-article-source", migrate: StoredSources.migrate)
        migrator.registerMigration("v13-search-accelerator", migrate: AcceleratorSchema.migrate)
        migrator.registerMigration("v14-collections", migrate: CollectionSchema.migrate)
        migrator.registerMigration("v15-article-tally", migrate: ArticleTally.migrate)
        migrator.registerMigration("v16-common-pairs", migrate: CommonPairs.migrate)
        migrator.registerMigration("v17-occurrences-apart", migrate: OccurrenceSplit.migrate)
        migrator.registerMigration("v18-lens-section") { db in
            // The ranked search's filter probes read a candidate's expert, article and section
            // from this narrow index instead of the wide quote row (`FilterRestriction`).
            try db.execute(sql: """
                DROP INDEX IF EXISTS quote_lens;
                CREATE INDEX quote_lens ON quote(id, expert_id, article_id, section_key);
                """)
        }
        migrator.registerMigration("v19-fts-pending-size") { db in
            // FTS5 writes its pending terms out as a new segment whenever they pass 1 MB, and
            // merges those segments later. An import batch of 256 articles held ~8 such flushes;
            // with 16 MB it is one segment per batch: a 10k import's store phase went from
            // 40-43 s to 38-39 s, for ~5 MB more peak memory (bench/RESULTS.md).
            try db.execute(sql: "INSERT INTO quote_fts(quote_fts, rank) VALUES ('hashsize', \(ftsPendingBytes))")
        }
        return migrator
    }

    /// The full-text index's in-memory pending data before it is written out as a segment.
    static let ftsPendingBytes = 16 << 20

    static func createV1(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            CREATE TABLE article (
                id INTEGER PRIMARY KEY,
                fingerprint TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                title_key TEXT NOT NULL,
                lede TEXT NOT NULL,
                introduction TEXT NOT NULL,          -- JSON array of paragraphs
                publication TEXT, url TEXT, date TEXT,
                language TEXT NOT NULL,
                source_path TEXT,
                imported_at TEXT NOT NULL
            );
            CREATE TABLE section (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                heading TEXT NOT NULL,
                editorial TEXT NOT NULL,             -- JSON array of paragraphs
                line INTEGER NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            ) WITHOUT ROWID;
            CREATE TABLE expert (
                id TEXT PRIMARY KEY,                 -- Expert.id, the normalised name slug
                name TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE article_expert (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                expert_id TEXT NOT NULL REFERENCES expert(id),
                name TEXT NOT NULL,                  -- as this article printed it
                credentials TEXT,                    -- as this article printed them
                PRIMARY KEY (article_id, ordinal)
            ) WITHOUT ROWID;
            CREATE INDEX article_expert_by_expert ON article_expert(expert_id);
            CREATE TABLE quote (
                id INTEGER PRIMARY KEY,
                quote_id TEXT NOT NULL,              -- Quote.id (not unique across articles: 8 hex digits)
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                expert_id TEXT NOT NULL,
                section TEXT,
                section_key TEXT NOT NULL,
                paragraphs TEXT,                     -- JSON, only when splitting body on blank lines would not round-trip
                start_line INTEGER NOT NULL, end_line INTEGER NOT NULL,
                start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
                -- the columns the full-text index reads (external content):
                body TEXT NOT NULL, expert_name TEXT NOT NULL, credentials TEXT NOT NULL,
                heading TEXT NOT NULL, title TEXT NOT NULL
            );
            CREATE INDEX quote_by_quote_id ON quote(quote_id);
            CREATE INDEX quote_by_article ON quote(article_id, ordinal);
            CREATE TABLE quote_country (
                code TEXT NOT NULL,
                quote_rowid INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
                PRIMARY KEY (code, quote_rowid)
            ) WITHOUT ROWID;
            CREATE TABLE mention (
                quote_rowid INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                code TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
                paragraph INTEGER NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL,
                PRIMARY KEY (quote_rowid, ordinal)
            ) WITHOUT ROWID;
            CREATE TABLE glossary (
                article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                term TEXT, definition TEXT NOT NULL, line INTEGER NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            ) WITHOUT ROWID;
            CREATE VIRTUAL TABLE quote_fts USING fts5(
                body, expert_name, credentials, heading, title,
                content='quote', content_rowid='id',
                tokenize='porter unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
                INSERT INTO quote_fts(rowid, body, expert_name, credentials, heading, title)
                VALUES (new.id, new.body, new.expert_name, new.credentials, new.heading, new.title);
            END;
            CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
                INSERT INTO quote_fts(quote_fts, rowid, body, expert_name, credentials, heading, title)
                VALUES ('delete', old.id, old.body, old.expert_name, old.credentials, old.heading, old.title);
            END;
            CREATE TRIGGER quote_fts_update AFTER UPDATE ON quote BEGIN
                INSERT INTO quote_fts(quote_fts, rowid, body, expert_name, credentials, heading, title)
                VALUES ('delete', old.id, old.body, old.expert_name, old.credentials, old.heading, old.title);
                INSERT INTO quote_fts(rowid, body, expert_name, credentials, heading, title)
                VALUES (new.id, new.body, new.expert_name, new.credentials, new.heading, new.title);
            END;
            """)
    }

    /// v2: the size of each imported source, for `list articles` and import figures.
    static func addArticleSize(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE article ADD COLUMN byte_count INTEGER NOT NULL DEFAULT 0")
    }

    /// v3: precomputed bm25 top lists for very common terms (see `ImpactLists`), and a
    /// generation counter bumped by every import, which tells when a list went stale.
    static func addImpactLists(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE library_state (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL);
            INSERT INTO library_state (id, generation) VALUES (1, 0);
            CREATE TABLE term_impact (
                term TEXT NOT NULL, position INTEGER NOT NULL, quote_rowid INTEGER NOT NULL, score REAL NOT NULL,
                PRIMARY KEY (term, position)
            ) WITHOUT ROWID;
            CREATE TABLE term_impact_state (
                term TEXT PRIMARY KEY, generation INTEGER NOT NULL, documents INTEGER NOT NULL
            ) WITHOUT ROWID;
            """)
    }
}
