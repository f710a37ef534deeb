import GRDB

/// The search accelerator's tables (migration v13): block-max postings derived from the
/// quotes, kept in the same file and written in the same transactions as the full-text index.
///
/// - `accel_term`: one row per index term (the FTS5 token, Porter stem), with its document
///   frequency (the `nHit` of bm25's idf).
/// - `accel_block`: the term's postings in blocks of up to `PostingBlock.capacity` quotes,
///   keyed by the block's last quote row id.
/// - `accel_skip`: each block's row count and score bound, small rows read before any block:
///   the bound is the block's (weighted frequency, quote length) pairs that no other pair beats
///   on both (a Pareto frontier), so the block's best bm25 share is known exactly for whatever
///   idf and average length the library has later, and an import never rewrites old bounds.
/// - `accel_deleted`: quotes deleted since the accelerator last caught up (the text a trigger
///   copied, so their postings can be found and removed).
/// - `accel_state`: the generation, row count and token count the postings describe; a search
///   uses the accelerator only when they equal the library's and FTS5's own.
enum AcceleratorSchema {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE accel_term (term TEXT PRIMARY KEY, id INTEGER NOT NULL UNIQUE, df INTEGER NOT NULL) WITHOUT ROWID;
            CREATE TABLE accel_skip (
                term_id INTEGER NOT NULL, last_rowid INTEGER NOT NULL, n INTEGER NOT NULL, bound BLOB NOT NULL,
                PRIMARY KEY (term_id, last_rowid)
            ) WITHOUT ROWID;
            CREATE TABLE accel_block (
                term_id INTEGER NOT NULL, last_rowid INTEGER NOT NULL, data BLOB NOT NULL,
                PRIMARY KEY (term_id, last_rowid)
            ) WITHOUT ROWID;
            CREATE TABLE accel_deleted (
                rowid INTEGER NOT NULL, body TEXT, expert_name TEXT, credentials TEXT, heading TEXT, title TEXT
            );
            CREATE TABLE accel_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                generation INTEGER NOT NULL, rows INTEGER NOT NULL, tokens INTEGER NOT NULL, next_term INTEGER NOT NULL
            );
            CREATE INDEX IF NOT EXISTS article_by_date ON article(date, id);
            CREATE TRIGGER accel_quote_delete AFTER DELETE ON quote BEGIN
                INSERT INTO accel_deleted (rowid, body, expert_name, credentials, heading, title)
                VALUES (old.id, old.body, old.expert_name, old.credentials, old.heading, old.title);
            END;
            CREATE TRIGGER accel_quote_update AFTER UPDATE OF body, expert_name, credentials, heading, title ON quote BEGIN
                UPDATE accel_state SET generation = -1;
            END;
            """)
        // An empty library is described by empty postings; one with quotes needs `dossier index --rebuild`.
        let quotes = try Int.fetchOne(db, sql: "SELECT count(*) FROM quote") ?? 0
        let generation = quotes == 0 ? try Library.generation(db) : -1
        try db.execute(sql: "INSERT INTO accel_state (id, generation, rows, tokens, next_term) VALUES (1, ?, 0, 0, 1)",
                       arguments: [generation])
    }
}

extension Library {
    /// The library's generation: bumped by every transaction that adds or replaces articles
    /// (v3's `library_state`), so derived data can tell whether it describes the quotes.
    static func generation(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT generation FROM library_state WHERE id = 1") ?? 0
    }
}
