import DossierCore
import GRDB

/// The browser's articles list: the articles that have quotes under a filter's expert and
/// country (its article and section are ignored), with those quotes counted, in an order.
extension Library {
    /// Articles with quotes under `scope`.
    public func browseArticleCount(scope: BrowseFilter) throws -> Int {
        let (from, arguments) = Self.articleRows(scope)
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) \(from)", arguments: arguments) ?? 0
        }
    }

    /// Articles under `scope` from position `offset`, at most `limit`, in `order`.
    public func browseArticles(scope: BrowseFilter, order: ArticleOrder, offset: Int, limit: Int) throws -> [ArticleEntry] {
        try read { db in try Self.articles(scope: scope, order: order, offset: offset, limit: limit, db) }
    }

    static func articles(scope: BrowseFilter, order: ArticleOrder, offset: Int, limit: Int, _ db: Database) throws -> [ArticleEntry] {
        let (from, arguments) = articleRows(scope, order)
        return try Row.fetchAll(db, sql: """
            SELECT a.fingerprint, a.title, a.publication, a.date, t.n \(from) ORDER BY \(orderSQL(order)) LIMIT ? OFFSET ?
            """, arguments: arguments + [max(0, limit), max(0, offset)]).map(summary)
    }

    /// FROM clause joining `article a` to its counts `t` under the scope. Without an expert the
    /// articles drive (their date index gives the default order without a sort); with one,
    /// the expert's few quotes do.
    static func articleRows(_ scope: BrowseFilter, _ order: ArticleOrder = .newest) -> (String, StatementArguments) {
        if scope.expert == nil {
            let code = scope.country?.uppercased() ?? "*"
            // Most quotes first reads the counts' own index; the other orders, the articles'.
            return order == .quotes
                ? ("FROM article_tally t INDEXED BY article_tally_by_count CROSS JOIN article a ON a.id = t.article_id WHERE t.code = ?", [code])
                : ("FROM article a CROSS JOIN article_tally t ON t.code = ? AND t.article_id = a.id", [code])
        }
        let (source, arguments) = expertArticleCounts(scope)
        return ("FROM (\(source)) t JOIN article a ON a.id = t.article_id", arguments)
    }

    /// Position of the article with `fingerprint` in the list under `scope` in `order`.
    public func browseArticlePosition(fingerprint: String, scope: BrowseFilter, order: ArticleOrder) throws -> Int? {
        try read { db in try Self.articlePosition(fingerprint: fingerprint, scope: scope, order: order, db) }
    }

    static func articlePosition(fingerprint: String, scope: BrowseFilter, order: ArticleOrder, _ db: Database) throws -> Int? {
        let (from, arguments) = articleRows(scope)
        // The articles before it in `order`: a count over the list, no sort.
        guard let key = try Row.fetchOne(db, sql: """
            SELECT coalesce(a.date, '') AS d, a.id, a.title, a.publication, t.n \(from) WHERE a.fingerprint = ?
            """, arguments: arguments + [fingerprint]) else { return nil }
        let date: String = key["d"], id: Int64 = key["id"], title: String = key["title"], count: Int = key["n"]
        let publication: String? = key["publication"]
        let later = "(coalesce(a.date, '') > ? OR (coalesce(a.date, '') = ? AND a.id > ?))"
        let (before, values): (String, StatementArguments) = switch order {
        case .newest: (later, [date, date, id])
        case .title: ("(a.title < ? COLLATE NOCASE OR (a.title = ? COLLATE NOCASE AND a.id > ?))", [title, title, id])
        case .quotes: ("(t.n > ? OR (t.n = ? AND a.id > ?))", [count, count, id])
        case .publication:
            publication == nil
                ? ("(a.publication IS NOT NULL OR \(later))", [date, date, id])
                : ("(a.publication < ? COLLATE NOCASE OR (a.publication = ? COLLATE NOCASE AND \(later)))", [publication, publication, date, date, id])
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) \(from) WHERE \(before)", arguments: arguments + values)
    }

    /// One article as lists show it, with all its quotes counted.
    public func articleEntry(fingerprint: String) throws -> ArticleEntry? {
        try read { db in
            try Row.fetchOne(db, sql: """
                SELECT a.fingerprint, a.title, a.publication, a.date, coalesce(t.n, 0) AS n FROM article a
                LEFT JOIN article_tally t ON t.code = '*' AND t.article_id = a.id WHERE a.fingerprint = ?
                """, arguments: [fingerprint]).map(Self.summary)
        }
    }

    /// A subquery of (article_id, n) for the articles with quotes by the scope's expert (and about its country).
    private static func expertArticleCounts(_ scope: BrowseFilter) -> (String, StatementArguments) {
        guard let country = scope.country else {
            return ("SELECT article_id, count(*) AS n FROM quote WHERE expert_id = ? GROUP BY article_id", [scope.expert])
        }
        return ("""
            SELECT q.article_id, count(*) AS n FROM quote q WHERE q.expert_id = ?
            AND EXISTS (SELECT 1 FROM quote_country c WHERE c.quote_rowid = q.id AND c.code = ?) GROUP BY q.article_id
            """, [scope.expert, country.uppercased()])
    }

    /// ORDER BY terms over `article a` and the counts `t` (the same as `ArticleEntry.sorted`).
    static func orderSQL(_ order: ArticleOrder) -> String {
        switch order {
        case .newest: "coalesce(a.date, '') DESC, a.id DESC"
        case .title: "a.title COLLATE NOCASE, a.id DESC"
        case .publication: "a.publication IS NULL, a.publication COLLATE NOCASE, coalesce(a.date, '') DESC, a.id DESC"
        case .quotes: "t.n DESC, t.article_id DESC"
        }
    }

    private static func summary(_ row: Row) -> ArticleEntry {
        ArticleEntry(fingerprint: row["fingerprint"], title: row["title"], publication: row["publication"],
                       date: row["date"], quoteCount: row["n"])
    }
}
