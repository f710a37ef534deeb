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
        if isCancelled() { return nil }
        return try withoutActuallyEscaping(isCancelled) { poll in
            let box = CancellationBox(poll)
            do {
                return try pool.read { db -> [Int]? in
                    let connection = db.sqliteConnection
                    let context = Unmanaged.passUnretained(box).toOpaque()
                    sqlite3_progress_handler(connection, 256, { context in
                        guard let context else { return 0 }
                        return Unmanaged<CancellationBox>.fromOpaque(context).takeUnretainedValue().poll() ? 1 : 0
                    }, context)
                    defer { sqlite3_progress_handler(connection, 0, nil, nil) }
                    return try Int.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
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
