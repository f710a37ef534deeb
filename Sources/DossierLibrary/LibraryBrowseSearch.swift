import DossierCore
import GRDB
import GRDBSQLite

extension Library {
    /// Positions (in display order under `filter`) of the quotes `query` matches, through
    /// FTS5 with the same compilation as `search`. `isCancelled` is polled while SQLite
    /// works (a progress handler), so a newer keystroke stops an older query; nil then.
    public func browseMatchPositions(_ query: Query, filter: BrowseFilter, isCancelled: () -> Bool) throws -> [Int]? {
        let compiled = QuerySQLCompiler.compile(query)
        let (filterSQL, filterArguments) = filter.sql
        var arguments = filterArguments
        var matchSQL = ""
        if let match = compiled.match {
            matchSQL = "q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?) AND "
            arguments.append(match)
        }
        arguments += compiled.arguments
        let sql = """
            WITH shown AS (SELECT q.id, row_number() OVER (ORDER BY q.id) - 1 AS position FROM quote q WHERE \(filterSQL))
            SELECT shown.position FROM shown JOIN quote q ON q.id = shown.id
            WHERE \(matchSQL)\(compiled.whereSQL) ORDER BY shown.position
            """
        return try cancellableRead(query, isCancelled: isCancelled) { db in
            try Int.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
        }
    }

    /// Quotes `query` matches under `scope`, counted per value of `facet` (keys as the browse
    /// facets hand them out: fingerprint, section heading or "" for none, expert id, country code).
    /// `total` is the matching quotes under `scope` (a quote about two countries counts once).
    public func browseMatchCounts(_ query: Query, facet: BrowseFacet, scope: BrowseFilter,
                                  isCancelled: () -> Bool) throws -> (perValue: [String: Int], total: Int)? {
        let compiled = QuerySQLCompiler.compile(query)
        let (scopeSQL, scopeArguments) = scope.sql
        var arguments: [any DatabaseValueConvertible] = []  // in the order of the placeholders below
        var matchSQL = ""
        if let match = compiled.match {
            matchSQL = "q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?) AND "
            arguments.append(match)
        }
        arguments += scopeArguments + compiled.arguments
        let (key, join, group): (String, String, String) = switch facet {
        case .article: ("a.fingerprint", "JOIN article a ON a.id = q.article_id", "q.article_id")
        case .section: ("coalesce(q.section, '')", "", "q.section")
        case .expert: ("q.expert_id", "", "q.expert_id")
        case .country: ("c.code", "JOIN quote_country c ON c.quote_rowid = q.id", "c.code")
        }
        let conditions = "WHERE \(matchSQL)\(scopeSQL) AND \(compiled.whereSQL)"
        let matching = "FROM quote q \(join) \(conditions)"
        return try cancellableRead(query, isCancelled: isCancelled) { db in
            let perValue = Dictionary(try Row.fetchAll(db, sql: "SELECT \(key) AS k, count(*) AS n \(matching) GROUP BY \(group)",
                                                       arguments: StatementArguments(arguments)).map { ($0["k"] as String, $0["n"] as Int) },
                                      uniquingKeysWith: +)
            // Each quote has one article, section and expert, so their counts add up to the total; not so countries.
            let total = facet == .country
                ? try Int.fetchOne(db, sql: "SELECT count(*) FROM quote q \(conditions)", arguments: StatementArguments(arguments)) ?? 0
                : perValue.values.reduce(0, +)
            return (perValue, total)
        }
    }

    /// A read that a newer keystroke can stop: `isCancelled` is polled while SQLite works
    /// (a progress handler); nil when it was.
    func cancellableRead<T>(_ query: Query, isCancelled: () -> Bool, _ body: (Database) throws -> T) throws -> T? {
        if isCancelled() { return nil }
        return try withoutActuallyEscaping(isCancelled) { poll in
            let box = CancellationBox(poll)
            do {
                return try pool.read { db -> T? in
                    let connection = db.sqliteConnection
                    let context = Unmanaged.passUnretained(box).toOpaque()
                    sqlite3_progress_handler(connection, 256, { context in
                        guard let context else { return 0 }
                        return Unmanaged<CancellationBox>.fromOpaque(context).takeUnretainedValue().poll() ? 1 : 0
                    }, context)
                    defer { sqlite3_progress_handler(connection, 0, nil, nil) }
                    return try body(db)
                }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
                return nil
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
                throw DossierError("query: the search engine rejected \"\(query.text)\" (\(error.message ?? "syntax error"))", code: .badInput)
            } catch {
                throw LibraryErrors.map(error, path: path)
            }
        }
    }
}

/// Carries the cancellation poll into SQLite's C progress callback.
private final class CancellationBox {
    let poll: () -> Bool

    init(_ poll: @escaping () -> Bool) { self.poll = poll }
}
