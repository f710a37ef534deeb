import DossierCore
import Foundation
import GRDB

/// Windows and counts for the browser, computed in SQL so memory stays flat however
/// large the library grows. Display order: quotes by storage order (import order, then
/// document order); articles newest first (see `LibraryArticles`); sections, and the
/// experts of one article, by their first quote; experts across articles and countries
/// by quote count.
extension Library {
    /// Quotes under `filter`.
    public func browseQuoteCount(_ filter: BrowseFilter) throws -> Int {
        if filter.usesTally(withCountry: true) { return try read { db in try tallyQuoteCount(filter, db) } }
        let (predicate, arguments) = filter.sql
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM quote q WHERE \(predicate)", arguments: StatementArguments(arguments)) ?? 0
        }
    }

    /// Quotes under `filter` from position `offset`, at most `limit`, in display order.
    /// With `total` (the count under the filter), a window in the second half is read from the
    /// end, so `End` on hundreds of thousands of quotes skips few rows instead of all.
    public func browseQuotes(_ filter: BrowseFilter, offset: Int, limit: Int, total: Int? = nil) throws -> [BrowseQuote] {
        let (predicate, arguments) = filter.sql
        let offset = max(0, offset), limit = max(0, limit)
        var order = "", window = [limit, offset]
        if let total, offset > total / 2 {
            // Positions offset..<offset+count are, counted from the end, (total-offset-count)..<(total-offset).
            let count = min(limit, max(0, total - offset))
            order = "DESC"
            window = [count, max(0, total - offset - count)]
        }
        let fromEnd = !order.isEmpty
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT q.*, a.fingerprint, a.title AS article_title, a.publication, a.date, a.url
                FROM quote q JOIN article a ON a.id = q.article_id
                WHERE \(predicate) ORDER BY q.id \(order) LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments + window))
            return try Self.browseQuotes(rows: fromEnd ? rows.reversed() : rows, db)
        }
    }

    /// One quote row as the browser shows it.
    func browseQuote(row: Row, _ db: Database) throws -> BrowseQuote {
        try Self.browseQuotes(rows: [row], db)[0]
    }

    /// A page of quote rows with what the browser shows beside them (countries, the expert as
    /// the article printed them, the glossary terms they use), read in three queries for the page.
    static func browseQuotes(rows: [Row], _ db: Database) throws -> [BrowseQuote] {
        guard !rows.isEmpty else { return [] }
        func list(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ",") }
        let quoteIDs = rows.map { $0["id"] as Int64 }
        let articleIDs = Array(Set(rows.map { $0["article_id"] as Int64 }))
        var countries: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT quote_rowid, code FROM quote_country WHERE quote_rowid IN (\(list(quoteIDs.count))) ORDER BY quote_rowid, code",
                                    arguments: StatementArguments(quoteIDs)) {
            countries[row["quote_rowid"], default: []].append(row["code"])
        }
        var experts: [String: Row] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT article_id, expert_id, name, credentials FROM article_expert WHERE article_id IN (\(list(articleIDs.count))) ORDER BY article_id, ordinal",
                                    arguments: StatementArguments(articleIDs)) {
            let key = "\(row["article_id"] as Int64)/\(row["expert_id"] as String)"
            if experts[key] == nil { experts[key] = row }
        }
        var glossaries: [Int64: [GlossaryEntry]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT article_id, term, definition, line FROM glossary WHERE article_id IN (\(list(articleIDs.count))) ORDER BY article_id, ordinal",
                                    arguments: StatementArguments(articleIDs)) {
            guard let term: String = row["term"], !term.isEmpty else { continue }
            glossaries[row["article_id"], default: []].append(GlossaryEntry(term: term, definition: row["definition"], line: row["line"]))
        }
        return rows.map { row in
            let articleID: Int64 = row["article_id"]
            let quote = loadQuote(row: row, countries: countries[row["id"]] ?? [])
            let printed = experts["\(articleID)/\(quote.expertID)"]
            let expert = Expert(id: quote.expertID, name: printed?["name"] ?? row["expert_name"], credentials: printed?["credentials"])
            let glossary = (glossaries[articleID] ?? []).filter { entry in
                quote.paragraphs.contains { $0.range(of: entry.term ?? "", options: [.caseInsensitive]) != nil }
            }
            return BrowseQuote(quote: quote, expert: expert, fingerprint: row["fingerprint"], articleTitle: row["article_title"],
                               publication: row["publication"], date: row["date"], glossary: glossary, url: row["url"])
        }
    }

    /// Number of values `facet` has under `scope` (articles ignore the scope).
    public func browseFacetCount(_ facet: BrowseFacet, scope: BrowseFilter) throws -> Int {
        if facet == .expert, scope.article == nil { return try read { db in try tallyExpertCount(scope: scope, db) } }
        if facet == .article { return try browseArticleCount(scope: scope) }
        if facet == .section, scope.usesTally(withCountry: false) {
            return try read { db in try tallyFacetCount(facet, scope: scope, db) }
        }
        let (predicate, arguments) = scope.sql
        let sql: String
        switch facet {
        case .article: return try browseArticleCount(scope: scope)
        case .section: sql = "SELECT count(*) FROM (SELECT 1 FROM quote q WHERE \(predicate) GROUP BY q.section)"
        case .expert: sql = "SELECT count(*) FROM (SELECT 1 FROM quote q WHERE \(predicate) GROUP BY q.expert_id)"
        case .country: return try browseCountryCounts(scope: scope).count
        }
        return try read { db in try Int.fetchOne(db, sql: sql, arguments: StatementArguments(arguments)) ?? 0 }
    }

    /// Article, section or expert values under `scope` from position `offset`, at most `limit`.
    /// Countries come whole from `browseCountryCounts` (there are at most a few hundred).
    public func browseFacets(_ facet: BrowseFacet, scope: BrowseFilter, offset: Int, limit: Int) throws -> [BrowseFacetValue] {
        let (predicate, arguments) = scope.sql
        let window: [any DatabaseValueConvertible] = [max(0, limit), max(0, offset)]
        return try read { db in
            switch facet {
            case .article:
                return try Self.articles(scope: scope, order: .newest, offset: offset, limit: limit, db).map {
                    BrowseFacetValue(key: $0.fingerprint, label: $0.title, detail: $0.publication, count: $0.quoteCount)
                }
            case .expert where scope.article == nil:
                return try tallyExperts(scope: scope, offset: offset, limit: limit, db).map { expert, count in
                    // Name and credentials as the first article that printed them.
                    let names = try Row.fetchOne(db, sql: """
                        SELECT name, credentials FROM article_expert WHERE expert_id = ? ORDER BY article_id, ordinal LIMIT 1
                        """, arguments: [expert])
                    return BrowseFacetValue(key: expert, label: names?["name"] ?? expert, detail: names?["credentials"], count: count)
                }
            case .section where scope.usesTally(withCountry: false):
                return try tallyFacets(.section, scope: scope, offset: offset, limit: limit, db).map {
                    let heading = BrowseFilter.sectionHeading(tallyKey: $0.key)
                    return BrowseFacetValue(key: heading ?? "", label: heading ?? "(no section)", detail: nil, count: $0.count)
                }
            case .section:
                return try Row.fetchAll(db, sql: """
                    SELECT q.section, count(*) AS n, min(q.id) AS first FROM quote q WHERE \(predicate)
                    GROUP BY q.section ORDER BY first LIMIT ? OFFSET ?
                    """, arguments: StatementArguments(arguments + window)).map {
                    let heading: String? = $0["section"]
                    return BrowseFacetValue(key: heading ?? "", label: heading ?? "(no section)", detail: nil, count: $0["n"])
                }
            case .expert:
                let groups = scope.usesTally(withCountry: false)
                    ? try tallyFacets(.expert, scope: scope, offset: offset, limit: limit, db)
                    : try Row.fetchAll(db, sql: """
                        SELECT q.expert_id, count(*) AS n, min(q.id) AS first FROM quote q WHERE \(predicate)
                        GROUP BY q.expert_id ORDER BY first LIMIT ? OFFSET ?
                        """, arguments: StatementArguments(arguments + window)).map { ($0["expert_id"], $0["n"], $0["first"]) }
                return try groups.map { (expert: String, count: Int, first: Int64) in
                    // Name and credentials as the article of the expert's first quote printed them.
                    let names = try Row.fetchOne(db, sql: """
                        SELECT coalesce(e.name, q.expert_name) AS name, e.credentials FROM quote q
                        LEFT JOIN article_expert e ON e.article_id = q.article_id AND e.expert_id = q.expert_id
                        WHERE q.id = ? LIMIT 1
                        """, arguments: [first])
                    return BrowseFacetValue(key: expert, label: names?["name"] ?? expert, detail: names?["credentials"], count: count)
                }
            case .country:
                return []
            }
        }
    }

    /// Position of `key` in the `facet` list under `scope`, without listing the values before it.
    public func browseFacetPosition(_ facet: BrowseFacet, key: String, scope: BrowseFilter) throws -> Int? {
        let (predicate, arguments) = scope.sql
        return try read { db in
            switch facet {
            case .article:
                return try Self.articlePosition(fingerprint: key, scope: scope, order: .newest, db)
            case .expert where scope.article == nil:
                return try tallyExpertPosition(key, scope: scope, db)
            case .section where scope.usesTally(withCountry: false), .expert where scope.usesTally(withCountry: false):
                return try tallyFacetPosition(facet, key: key, scope: scope, db)
            case .section, .expert:
                let column = facet == .section ? "q.section" : "q.expert_id"
                let keyPredicate = facet == .section && key.isEmpty ? "q.section IS NULL" : "\(column) = ?"
                let keyArguments: [any DatabaseValueConvertible] = facet == .section && key.isEmpty ? [] : [key]
                guard let first = try Int64.fetchOne(db, sql: "SELECT min(q.id) FROM quote q WHERE \(predicate) AND \(keyPredicate)",
                                                     arguments: StatementArguments(arguments + keyArguments)) else { return nil }
                return try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM (SELECT min(q.id) AS first FROM quote q WHERE \(predicate) GROUP BY \(column)) WHERE first < ?
                    """, arguments: StatementArguments(arguments + [first]))
            case .country:
                return nil
            }
        }
    }

    /// Country codes and their quote counts under `scope` (unordered; the caller orders by name).
    public func browseCountryCounts(scope: BrowseFilter) throws -> [(code: String, count: Int)] {
        if scope.usesTally(withCountry: false) { return try read { db in try tallyCountryCounts(scope: scope, db) } }
        let (predicate, arguments) = scope.sql
        let sql = scope == BrowseFilter()
            ? "SELECT code, count(*) AS n FROM quote_country GROUP BY code"
            // CROSS JOIN keeps the filtered quotes as the outer loop (SQLite never reorders it).
            : "SELECT c.code, count(*) AS n FROM quote q CROSS JOIN quote_country c ON c.quote_rowid = q.id WHERE \(predicate) GROUP BY c.code"
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { ($0["code"], $0["n"]) }
        }
    }

    /// The day (`YYYY-MM-DD`) the article with this fingerprint was imported.
    public func importDay(fingerprint: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT substr(imported_at, 1, 10) FROM article WHERE fingerprint = ?", arguments: [fingerprint])
        }
    }
}
