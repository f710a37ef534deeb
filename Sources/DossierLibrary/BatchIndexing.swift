import GRDB

/// Adds the full-text rows and the browse tallies of freshly inserted quotes in a few
/// set-based statements, in the same transaction as the quotes.
///
/// Until v8 per-row triggers did this on every quote insert (one FTS5 insert and eight
/// tally upserts per quote); the v8 migration drops those insert triggers and the writer
/// calls `index(quotesAfter:)` once per batch. Deletes still go through triggers.
enum BatchIndexing {
    /// Indexes every quote whose row id is greater than `lastOldQuote` (the batch's quotes:
    /// row ids only grow within the writer's transaction).
    static func index(quotesAfter lastOldQuote: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO quote_fts(rowid, body, expert_name, credentials, heading, title)
            SELECT id, body, expert_name, credentials, heading, title FROM quote WHERE id > ?1 ORDER BY id;
            """, arguments: [lastOldQuote])
        let key = BrowseTallySchema.sectionKey("q")
        try db.execute(sql: """
            INSERT INTO browse_tally (section, expert, n, first)
                SELECT s, e, count(*), min(id) FROM (
                    SELECT \(key) AS s, q.expert_id AS e, q.id FROM quote q WHERE q.id > ?1
                    UNION ALL SELECT \(key), '*', q.id FROM quote q WHERE q.id > ?1
                    UNION ALL SELECT '*', q.expert_id, q.id FROM quote q WHERE q.id > ?1
                    UNION ALL SELECT '*', '*', q.id FROM quote q WHERE q.id > ?1)
                WHERE true GROUP BY s, e
            ON CONFLICT (section, expert) DO UPDATE SET n = n + excluded.n, first = min(first, excluded.first);
            """, arguments: [lastOldQuote])
        try db.execute(sql: """
            INSERT INTO browse_country_tally (section, expert, code, n)
                SELECT s, e, code, count(*) FROM (
                    SELECT \(key) AS s, q.expert_id AS e, c.code FROM quote q JOIN quote_country c ON c.quote_rowid = q.id WHERE q.id > ?1
                    UNION ALL SELECT \(key), '*', c.code FROM quote q JOIN quote_country c ON c.quote_rowid = q.id WHERE q.id > ?1
                    UNION ALL SELECT '*', q.expert_id, c.code FROM quote q JOIN quote_country c ON c.quote_rowid = q.id WHERE q.id > ?1
                    UNION ALL SELECT '*', '*', c.code FROM quote_country c WHERE c.quote_rowid > ?1)
                WHERE true GROUP BY s, e, code
            ON CONFLICT (section, expert, code) DO UPDATE SET n = n + excluded.n;
            """, arguments: [lastOldQuote])
    }

    /// v8: drops the per-row insert triggers that `index(quotesAfter:)` replaces.
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            DROP TRIGGER IF EXISTS quote_fts_insert;
            DROP TRIGGER IF EXISTS browse_tally_insert;
            DROP TRIGGER IF EXISTS browse_country_tally_insert;
            """)
    }
}
