import DossierCore
import GRDB

/// Newest or oldest first for words in most quotes (`the` is in 300,000 of 302,000 at 10k).
/// `DateOrder` reads every match's row id from FTS5 into a set before walking quotes by date;
/// here the same walk asks each quote of the accelerator's postings (a block decoded per
/// question, kept for the next: an article's quotes have neighbouring row ids) and keeps the
/// first `limit` that match. Same order as `DateOrder`, by construction.
enum DenseDateOrder {
    /// nil when it does not apply: no accelerator, a phrase of several words that is not one pair
    /// term (computed whole from positions: FTS5's read is cheaper), or a word in at most `denseAbove` quotes (`DateOrder`
    /// sorts those directly).
    /// `walkDatesFirst` makes SQLite walk articles by date and check the filters per quote (for
    /// filters of many quotes: a country's row list then a sort cost 267 ms at 10k, the walk 0.3 ms).
    static func top(_ query: Query, _ compiled: CompiledQuery, limit: Int, newest: Bool, denseAbove: Int = DateOrder.sortLimit,
                    walkDatesFirst: Bool = false, _ db: Database) throws -> [Int64]? {
        guard let plan = RankedPlan(query), try AcceleratorStatus.check(db).0 == .ready else { return nil }
        let tokenizer = try IndexTokenizer(db)
        let store = PostingStore(db: db)
        // One term, a prefix or a pair term (`CommonPairs`); longer phrases are left to `DateOrder`.
        func cursor(_ phrase: RankedPlan.Phrase) throws -> PostingCursor? {
            try RankedSearch.source(phrase, tokenizer, store, verifyingPositions: false)
        }
        var positives: [PostingCursor] = [], negatives: [PostingCursor] = []
        for phrase in plan.positives {
            guard let found = try cursor(phrase) else { return nil }
            positives.append(found)
        }
        for phrase in plan.negatives {
            guard let found = try cursor(phrase) else { return nil }
            negatives.append(found)
        }
        positives.sort { $0.hits < $1.hits }
        guard let lead = positives.first, lead.hits > denseAbove else { return nil }
        // The walk of `DateOrder` (the query's field filters and the browse filter are in
        // `compiled`), each quote asked of the postings as it comes: the words are in most
        // quotes, so the first `limit` matches are among the first quotes walked. (Marking every
        // match in a bitmap first read all of each word's postings: 21 ms for "of and" at 10k.)
        let direction = newest ? "DESC" : "ASC"
        let rows = try Int64.fetchCursor(db, sql: """
            SELECT q.id FROM article a \(walkDatesFirst ? "CROSS JOIN" : "JOIN") quote q ON q.article_id = a.id WHERE \(compiled.whereSQL)
            ORDER BY a.date \(direction), a.id \(direction), q.ordinal
            """, arguments: StatementArguments(compiled.arguments))
        var result: [Int64] = []
        walk: while result.count < limit, let rowid = try rows.next() {
            for cursor in positives where try !cursor.contains(rowid) { continue walk }
            for cursor in negatives where try cursor.contains(rowid) { continue walk }
            result.append(rowid)
        }
        return result
    }

    /// The browse filter as predicates checked per quote while walking dates (`BrowseFilter.sql`
    /// drives from a country's row list when the country is alone, which then needs a sort).
    static func walkPredicates(_ filter: BrowseFilter) -> (String, [any DatabaseValueConvertible]) {
        var predicates: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let article = filter.article {
            predicates.append("a.fingerprint = ?")
            arguments.append(article)
        }
        if let section = filter.section {
            predicates.append(section.isEmpty ? "+q.section IS NULL" : "+q.section = ?")
            if !section.isEmpty { arguments.append(section) }
        }
        if let expert = filter.expert {
            predicates.append("+q.expert_id = ?")
            arguments.append(expert)
        }
        if let country = filter.country {
            predicates.append("EXISTS (SELECT 1 FROM quote_country c WHERE c.quote_rowid = q.id AND c.code = ?)")
            arguments.append(country.uppercased())
        }
        return (predicates.isEmpty ? "1" : predicates.joined(separator: " AND "), arguments)
    }
}
