import GRDB

/// The benchmark's query classes, picked deterministically from the raw index's vocabulary.
enum QueryClasses {
    static func pick(raw: DatabaseQueue) throws -> [(String, [String])] {
        try raw.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, fts, 'row')")
        }
        let (rare, common) = try raw.read { db -> ([String], [String]) in
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM fts") ?? 0
            let rare = try String.fetchAll(db, sql: """
                SELECT term FROM temp.vocab WHERE doc >= 3 AND term GLOB '[a-z]*' AND length(term) > 4
                ORDER BY doc, term LIMIT 20
                """)
            let common = try String.fetchAll(db, sql: "SELECT term FROM temp.vocab WHERE doc > ? ORDER BY doc DESC LIMIT 5",
                                             arguments: [total / 10])
            return (rare, common)
        }
        return [
            ("rare", rare),
            ("common", common),
            ("common-and", ["the war", "of and", "russia power", "russia sanctions", "war peace"]),
            ("phrase", ["\"of the\"", "\"the war\"", "\"talks stall\"", "\"political power\"", "\"military forces\""]),
            ("prefix", ["sanct*", "negot*", "milit*", "kalo*", "inva*"]),
            ("filtered", ["expert:kopalyan war", "section:\"role of russia\" sanctions", "war country:RU",
                          "section:\"military balance\" gas", "power country:UA", "the country:RU"]),
            ("filter-only", ["expert:mikaelian", "expert:erdogan -russia"]),
        ]
    }
}
