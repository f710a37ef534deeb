import DossierCore
import GRDB

/// The browser's `/` results in an order, under the browse filters. Relevance is `search`'s
/// exact bm25 page with the filter added as if typed (`expert:`, `country:`; an article's quotes
/// are scored directly, `FilteredRanking`); newest and oldest list what `DateOrder` lists with the
/// filter's SQL, found faster for small filters (`FilteredRanking`) and common words (`DenseDateOrder`).
extension Library {
    /// The first `limit` quotes `query` matches under `filter`, in `order`; nil when cancelled.
    public func browseRanked(_ query: Query, filter: BrowseFilter, order: SearchOrder, limit: Int,
                             isCancelled: () -> Bool = { false }) throws -> [BrowseQuote]? {
        guard limit > 0 else { return [] }
        return try cancellableRead(query, isCancelled: isCancelled) { db in
            try Self.browseQuotes(rowids: try Self.rankedRowids(query, filter: filter, order: order, limit: limit, db), db)
        }
    }

    static func rankedRowids(_ query: Query, filter: BrowseFilter, order: SearchOrder, limit: Int, _ db: Database) throws -> [Int64] {
        var compiled = QuerySQLCompiler.compile(query)
        let (filterSQL, filterArguments) = filter.sql
        var restricted = compiled
        restricted.predicates.append(filterSQL)
        restricted.arguments += filterArguments
        if order != .relevance {
            let newest = order == .newest
            do {
                if filter != BrowseFilter(), let rows = try FilteredRanking.dates(query, filter: filter, limit: limit, newest: newest, db) {
                    return rows
                }
                if compiled.match != nil {
                    var walk = compiled
                    let (walkSQL, walkArguments) = DenseDateOrder.walkPredicates(filter)
                    walk.predicates.append(walkSQL)
                    walk.arguments += walkArguments
                    // With only the browse filter (large here: small ones were taken above), dates lead the walk.
                    let byDate = compiled.predicates.isEmpty
                    if let rows = try DenseDateOrder.top(query, walk, limit: limit, newest: newest, walkDatesFirst: byDate, db) {
                        return rows
                    }
                }
            } catch is AcceleratorInconsistency {}  // `DateOrder` reads FTS5 alone
            return try DateOrder.top(restricted, limit: limit, newest: newest, db)
        }
        guard let match = compiled.match else {
            // No words to rank by: the newest articles' quotes in document order, as `search` lists them.
            return try Int64.fetchAll(db, sql: """
                SELECT q.id FROM quote q WHERE \(restricted.whereSQL) ORDER BY q.article_id DESC, q.ordinal LIMIT ?
                """, arguments: StatementArguments(restricted.arguments + [limit]))
        }
        if let plan = RankedPlan(query) {
            let (status, totals) = try AcceleratorStatus.check(db)
            if status == .ready {
                do {
                    if filter.article != nil {
                        if let rows = try FilteredRanking.relevance(plan, filter: filter, limit: limit, totals: totals, db) { return rows }
                    } else if let rows = try widenedTop(query, filter: filter, limit: limit, db) {
                        return rows
                    }
                } catch is AcceleratorInconsistency {}  // the exact FTS5 path below answers
            }
        }
        compiled.predicates.append(filterSQL)
        return try Int64.fetchAll(db, sql: """
            SELECT q.id FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid
            WHERE quote_fts MATCH ? AND \(compiled.whereSQL)
            ORDER BY bm25(quote_fts, \(bm25Weights)), q.id LIMIT ?
            """, arguments: StatementArguments([match] + compiled.arguments + filterArguments + [limit]))
    }

    /// Expert and country filters join the query as field filters (an expert's is a substring
    /// match there, so the page is then checked against the exact filter, and asked again
    /// larger in the rare case that left it short).
    private static func widenedTop(_ query: Query, filter: BrowseFilter, limit: Int, _ db: Database) throws -> [Int64]? {
        var items: [QueryNode]
        if case .and(let children) = query.root { items = children } else { items = [query.root] }
        if let country = filter.country { items.append(.field(.country, country.uppercased())) }
        if let expert = filter.expert { items.append(.field(.expert, expert)) }
        let widened = Query(text: query.text, root: .and(items))
        guard filter != BrowseFilter() else { return try acceleratedTop(widened, QuerySQLCompiler.compile(widened), limit: limit, db)?.map(\.0) }
        var asked = limit
        while true {
            guard let top = try acceleratedTop(widened, QuerySQLCompiler.compile(widened), limit: asked, db) else { return nil }
            // The country joined the query as an exact code match: only the rest is checked again
            // (as SQL, a lone country drives from its 53,000 quotes at 10k to check 50 rows).
            var rest = filter
            rest.country = nil
            let kept = rest == BrowseFilter() ? top.map(\.0) : try admitted(top.map(\.0), filter: rest, db)
            if kept.count >= limit || top.count < asked { return Array(kept.prefix(limit)) }
            asked *= 4
        }
    }

    /// The row ids (in their order) that pass `filter`.
    private static func admitted(_ rowids: [Int64], filter: BrowseFilter, _ db: Database) throws -> [Int64] {
        let (sql, arguments) = filter.sql
        var passing = Set<Int64>()
        for start in stride(from: 0, to: rowids.count, by: 500) {
            let chunk = Array(rowids[start..<min(start + 500, rowids.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            passing.formUnion(try Int64.fetchAll(db, sql: "SELECT q.id FROM quote q WHERE q.id IN (\(marks)) AND \(sql)",
                                                 arguments: StatementArguments(chunk) + StatementArguments(arguments)))
        }
        return rowids.filter(passing.contains)
    }

    /// The browser's rows for `rowids`, in that order.
    static func browseQuotes(rowids: [Int64], _ db: Database) throws -> [BrowseQuote] {
        var byID: [Int64: Row] = [:]
        for start in stride(from: 0, to: rowids.count, by: 500) {
            let chunk = Array(rowids[start..<min(start + 500, rowids.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: """
                SELECT q.*, a.fingerprint, a.title AS article_title, a.publication, a.date, a.url
                FROM quote q JOIN article a ON a.id = q.article_id WHERE q.id IN (\(marks))
                """, arguments: StatementArguments(chunk)) {
                byID[row["id"]] = row
            }
        }
        return try browseQuotes(rows: rowids.compactMap { byID[$0] }, db)
    }
}
