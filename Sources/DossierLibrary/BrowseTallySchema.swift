import GRDB

/// v7: quote counts per section × expert (and per section × expert × country), with
/// "all" rollups, kept by triggers, so the browser's counts and facet lists under any
/// section/expert/country filter are a small indexed lookup instead of a scan of the quotes.
///
/// Keys: `section` is `'=' || heading`, `''` for quotes without a section, `'*'` for all
/// sections; `expert` is the expert id or `'*'` for all experts. Each quote adds to four
/// rows: (its section, its expert), (its section, *), (*, its expert), (*, *).
enum BrowseTallySchema {
    /// The tally key of a quote's section, for a quote row aliased `row`.
    static func sectionKey(_ row: String) -> String {
        "CASE WHEN \(row).section IS NULL THEN '' ELSE '=' || \(row).section END"
    }

    static func create(_ db: Database) throws {
        let newKey = sectionKey("new"), oldKey = sectionKey("old"), qKey = sectionKey("q")
        try db.execute(sql: """
            CREATE TABLE browse_tally (
                section TEXT NOT NULL, expert TEXT NOT NULL,
                n INTEGER NOT NULL, first INTEGER NOT NULL,   -- quotes, and the first one's rowid
                PRIMARY KEY (section, expert)
            ) WITHOUT ROWID;
            CREATE INDEX browse_tally_by_expert ON browse_tally(expert, section);
            -- The quotes list under a section and an expert, in display order.
            CREATE INDEX quote_by_section_expert ON quote(section, expert_id);
            CREATE TABLE browse_country_tally (
                section TEXT NOT NULL, expert TEXT NOT NULL, code TEXT NOT NULL, n INTEGER NOT NULL,
                PRIMARY KEY (section, expert, code)
            ) WITHOUT ROWID;

            INSERT INTO browse_tally (section, expert, n, first)
                SELECT s, e, count(*), min(id) FROM (
                    SELECT \(qKey) AS s, q.expert_id AS e, q.id FROM quote q
                    UNION ALL SELECT \(qKey), '*', q.id FROM quote q
                    UNION ALL SELECT '*', q.expert_id, q.id FROM quote q
                    UNION ALL SELECT '*', '*', q.id FROM quote q)
                GROUP BY s, e;
            INSERT INTO browse_country_tally (section, expert, code, n)
                SELECT s, e, code, count(*) FROM (
                    SELECT \(qKey) AS s, q.expert_id AS e, c.code FROM quote q JOIN quote_country c ON c.quote_rowid = q.id
                    UNION ALL SELECT \(qKey), '*', c.code FROM quote q JOIN quote_country c ON c.quote_rowid = q.id
                    UNION ALL SELECT '*', q.expert_id, c.code FROM quote q JOIN quote_country c ON c.quote_rowid = q.id
                    UNION ALL SELECT '*', '*', c.code FROM quote_country c)
                GROUP BY s, e, code;

            CREATE TRIGGER browse_tally_insert AFTER INSERT ON quote BEGIN
                INSERT INTO browse_tally (section, expert, n, first) VALUES
                    (\(newKey), new.expert_id, 1, new.id), (\(newKey), '*', 1, new.id),
                    ('*', new.expert_id, 1, new.id), ('*', '*', 1, new.id)
                ON CONFLICT (section, expert) DO UPDATE SET n = n + 1, first = min(first, excluded.first);
            END;
            CREATE TRIGGER browse_country_tally_insert AFTER INSERT ON quote_country BEGIN
                INSERT INTO browse_country_tally (section, expert, code, n)
                    SELECT s, e, new.code, 1 FROM (
                        SELECT \(qKey) AS s, q.expert_id AS e FROM quote q WHERE q.id = new.quote_rowid
                        UNION ALL SELECT \(qKey), '*' FROM quote q WHERE q.id = new.quote_rowid
                        UNION ALL SELECT '*', q.expert_id FROM quote q WHERE q.id = new.quote_rowid
                        UNION ALL SELECT '*', '*')
                    WHERE true
                ON CONFLICT (section, expert, code) DO UPDATE SET n = n + 1;
            END;
            -- Before the delete, while the quote's countries are still there (they cascade).
            CREATE TRIGGER browse_tally_delete BEFORE DELETE ON quote BEGIN
                UPDATE browse_country_tally SET n = n - 1
                    WHERE code IN (SELECT code FROM quote_country WHERE quote_rowid = old.id)
                    AND ((section = \(oldKey) AND expert = old.expert_id) OR (section = \(oldKey) AND expert = '*')
                         OR (section = '*' AND expert = old.expert_id) OR (section = '*' AND expert = '*'));
                DELETE FROM browse_country_tally WHERE n <= 0;
                UPDATE browse_tally SET n = n - 1,
                    first = CASE WHEN first <> old.id THEN first ELSE coalesce((
                        SELECT min(q.id) FROM quote q WHERE q.id > old.id
                        AND (browse_tally.section = '*' OR browse_tally.section = \(qKey))
                        AND (browse_tally.expert = '*' OR browse_tally.expert = q.expert_id)), 0) END
                    WHERE (section = \(oldKey) AND expert = old.expert_id) OR (section = \(oldKey) AND expert = '*')
                       OR (section = '*' AND expert = old.expert_id) OR (section = '*' AND expert = '*');
                DELETE FROM browse_tally WHERE n <= 0;
            END;
            """)
    }
}
