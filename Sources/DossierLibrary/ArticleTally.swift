import GRDB

/// v15: quote counts per article, overall (`code = '*'`) and per country, so the articles
/// list under a country filter, or ordered by quote count, is an indexed read instead of
/// a scan of the quotes. Filled by `BatchIndexing.tally` like the browse tallies; deletes
/// go through a trigger.
enum ArticleTally {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE article_tally (
                code TEXT NOT NULL, article_id INTEGER NOT NULL, n INTEGER NOT NULL,
                PRIMARY KEY (code, article_id)
            ) WITHOUT ROWID;
            -- The articles list in its orders without a sort (newest first is the default).
            CREATE INDEX article_by_newest ON article(coalesce(date, '') DESC, id DESC);
            CREATE INDEX article_by_title ON article(title COLLATE NOCASE, id DESC);
            CREATE INDEX article_tally_by_count ON article_tally(code, n DESC, article_id DESC);
            CREATE INDEX article_by_publication ON article(publication IS NULL, publication COLLATE NOCASE, coalesce(date, '') DESC, id DESC);
            -- An expert's articles (the articles list under an expert) read from the index alone.
            DROP INDEX IF EXISTS quote_by_expert;
            CREATE INDEX quote_by_expert ON quote(expert_id, article_id);
            -- The experts list under a country (most quoted first) reads one code's rows.
            CREATE INDEX browse_country_tally_by_code ON browse_country_tally(section, code, n DESC);
            CREATE TRIGGER article_tally_delete BEFORE DELETE ON quote BEGIN
                UPDATE article_tally SET n = n - 1 WHERE article_id = old.article_id
                    AND (code = '*' OR code IN (SELECT code FROM quote_country WHERE quote_rowid = old.id));
                DELETE FROM article_tally WHERE article_id = old.article_id AND n <= 0;
            END;
            """)
        try tally(quotesAfter: 0, db)
    }

    /// Adds the quotes after `lastOldQuote` to the article tally (all quotes for 0).
    static func tally(quotesAfter lastOldQuote: Int64, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO article_tally (code, article_id, n)
                SELECT '*', q.article_id, count(*) FROM quote q WHERE q.id > ?1 GROUP BY q.article_id
                UNION ALL
                SELECT c.code, q.article_id, count(*) FROM quote q JOIN quote_country c ON c.quote_rowid = q.id
                WHERE q.id > ?1 GROUP BY c.code, q.article_id
            ON CONFLICT (code, article_id) DO UPDATE SET n = n + excluded.n
            """, arguments: [lastOldQuote])
    }
}
