import DossierCore
import GRDB

/// Ranking the quotes under a narrow browse filter from the accelerator's postings: the
/// filter's own rows are the candidates (read from an index), each checked and scored with
/// `RankedSearch`'s arithmetic, so results equal the accelerator's and `DateOrder`'s.
enum FilteredRanking {
    /// Under an article (tens of quotes), each of its quotes is scored from the accelerator's
    /// postings with `RankedSearch`'s arithmetic, so the page equals the accelerator's for the
    /// query plus the filter (ties to the lower row id). Nil: a phrase postings cannot express.
    static func relevance(_ plan: RankedPlan, filter: BrowseFilter, limit: Int, totals: IndexTotals,
                          _ db: Database) throws -> [Int64]? {
        let (sql, arguments) = filter.sql
        let candidates = try Int64.fetchAll(db, sql: "SELECT q.id FROM quote q WHERE \(sql) ORDER BY q.id",
                                            arguments: StatementArguments(arguments))
        guard var scored = try scoredMatches(plan, candidates, totals: totals, db) else { return nil }
        scored.sort { $0.score > $1.score || ($0.score == $1.score && $0.rowid < $1.rowid) }
        return scored.prefix(limit).map(\.rowid)
    }

    /// Date orders under a filter of at most `filteredRowLimit` quotes: the filter's quotes with
    /// their date keys (one indexed read), kept where the postings match, sorted as `DateOrder`
    /// sorts (date, article, place; undated as the oldest). `DateOrder` alone would first read
    /// every match of the words (all 300,000 quotes for `the` at 10k) into a set. Nil: it cannot.
    static func dates(_ query: Query, filter: BrowseFilter, limit: Int, newest: Bool, _ db: Database) throws -> [Int64]? {
        guard QuerySQLCompiler.compile(query).match != nil, let plan = RankedPlan(query) else { return nil }
        let (status, totals) = try AcceleratorStatus.check(db)
        guard status == .ready else { return nil }
        let (sql, arguments) = filter.sql
        // The browse tallies know a large filter without reading it: counting a country's rows
        // (`IN (SELECT …)`, which SQLite materializes whole) cost 13 ms for Russia at 10k.
        if let tallied = try talliedSize(filter, db), tallied > filteredRowLimit { return nil }
        // Counted first (from an index): reading 5,000 rows of a large filter only to give up cost
        // ~25 ms (the top expert's `the` by date, 48 -> 23 ms under load).
        let size = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM quote q WHERE \(sql) LIMIT ?)",
                                    arguments: StatementArguments(arguments + [filteredRowLimit + 1])) ?? 0
        guard size <= filteredRowLimit else { return nil }
        let rows = try Row.fetchAll(db, sql: """
            SELECT q.id, a.date, a.id, q.ordinal FROM quote q JOIN article a ON a.id = q.article_id
            WHERE \(sql) ORDER BY q.id LIMIT ?
            """, arguments: StatementArguments(arguments + [filteredRowLimit + 1]))
        guard rows.count <= filteredRowLimit else { return nil }
        var keys: [Int64: (date: String?, article: Int64, ordinal: Int)] = [:]
        for row in rows { keys[row[0]] = (row[1], row[2], row[3]) }
        do {
            guard let matched = try scoredMatches(plan, rows.map { $0[0] as Int64 }, totals: totals, db) else { return nil }
            let sorted = matched.map(\.rowid).sorted { x, y in
                guard let a = keys[x], let b = keys[y] else { return x < y }
                if a.date != b.date {
                    guard let first = a.date else { return !newest }  // SQLite's order: NULL below every text
                    guard let second = b.date else { return newest }
                    return newest ? first > second : first < second
                }
                if a.article != b.article { return newest ? a.article > b.article : a.article < b.article }
                return a.ordinal < b.ordinal
            }
            return Array(sorted.prefix(limit))
        } catch is AcceleratorInconsistency {
            return nil
        }
    }

    /// The quotes the filter keeps, from the browse tallies (which key sections as `=heading`,
    /// a quote without one as an empty key, any as `*`); nil for an article filter, which they do not
    /// count. Only steers the choice: `dates` still counts a filter the tally calls small.
    private static func talliedSize(_ filter: BrowseFilter, _ db: Database) throws -> Int? {
        guard filter.article == nil else { return nil }
        let section = filter.section.map { $0.isEmpty ? "" : "=" + $0 } ?? "*"
        let expert = filter.expert ?? "*"
        if let country = filter.country {
            return try Int.fetchOne(db, sql: "SELECT n FROM browse_country_tally WHERE section = ? AND expert = ? AND code = ?",
                                    arguments: [section, expert, country.uppercased()]) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT n FROM browse_tally WHERE section = ? AND expert = ?", arguments: [section, expert]) ?? 0
    }

    /// Filters at most this large take `dates`: an article, a rarely quoted expert. Measured at
    /// 10k, reading a country's 53,000 rows with their keys cost more than `DateOrder`'s walk.
    static let filteredRowLimit = 5_000

    /// The candidates (row ids, ascending) the plan matches, with their bm25 scores.
    private static func scoredMatches(_ plan: RankedPlan, _ candidates: [Int64], totals: IndexTotals,
                                      _ db: Database) throws -> [(score: Double, rowid: Int64)]? {
        let tokenizer = try IndexTokenizer(db)
        let store = PostingStore(db: db)
        var positives: [PostingCursor] = [], negatives: [PostingCursor] = []
        for phrase in plan.positives {
            guard let cursor = try RankedSearch.source(phrase, tokenizer, store) else { return nil }
            positives.append(cursor)
        }
        for phrase in plan.negatives {
            guard let cursor = try RankedSearch.source(phrase, tokenizer, store) else { return nil }
            negatives.append(cursor)
        }
        let restriction = try FilterRestriction(plan.filters, db)
        let idf = positives.map { RankedSearch.idfOf(hits: Int64($0.hits), rows: totals.rows) }
        var scored: [(score: Double, rowid: Int64)] = []
        candidates: for rowid in candidates {
            var total = 0.0
            for (index, cursor) in positives.enumerated() {
                guard try cursor.next(rowid) == rowid else { continue candidates }
                total += RankedSearch.score(idf: idf[index], f2: cursor.f2, length: cursor.length, totals.averageLength)
            }
            for cursor in negatives where try cursor.next(rowid) == rowid { continue candidates }
            for cursor in restriction.cursors where try cursor.next(rowid) != rowid { continue candidates }
            if try restriction.admits(rowid) { scored.append((total, rowid)) }
        }
        return scored
    }
}
