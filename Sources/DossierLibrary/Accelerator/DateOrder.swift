import GRDB

/// `--sort newest|oldest`: the first matches by article date (undated articles count as the
/// oldest), then article, then the quote's place in it. Few matches are sorted directly;
/// many are found by walking quotes in date order (the `article_by_date` index and
/// `quote_by_article`) until the page is full, so a common word's first page is immediate.
enum DateOrder {
    /// Matches below this are fetched and sorted; above it the date walk stops early.
    static let sortLimit = 20_000

    static func top(_ compiled: CompiledQuery, limit: Int, newest: Bool, _ db: Database) throws -> [Int64] {
        guard limit > 0 else { return [] }
        let direction = newest ? "DESC" : "ASC"
        var matches: Set<Int64>?
        if let match = compiled.match {
            let rowids = try Int64.fetchAll(db, sql: "SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?", arguments: [match])
            if rowids.count <= sortLimit { return try sorted(rowids, compiled, limit: limit, newest: newest, db) }
            matches = Set(rowids)
        }
        var result: [Int64] = []
        let rows = try Int64.fetchCursor(db, sql: """
            SELECT q.id FROM article a JOIN quote q ON q.article_id = a.id WHERE \(compiled.whereSQL)
            ORDER BY a.date \(direction), a.id \(direction), q.ordinal
            """, arguments: StatementArguments(compiled.arguments))
        while result.count < limit, let rowid = try rows.next() {
            if matches?.contains(rowid) ?? true { result.append(rowid) }
        }
        return result
    }

    private static func sorted(_ rowids: [Int64], _ compiled: CompiledQuery, limit: Int, newest: Bool, _ db: Database) throws -> [Int64] {
        var keyed: [(date: String?, article: Int64, ordinal: Int, rowid: Int64)] = []
        var start = 0
        while start < rowids.count {
            let chunk = rowids[start..<min(start + 500, rowids.count)]
            start += chunk.count
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.date, a.id, q.ordinal, q.id FROM quote q JOIN article a ON a.id = q.article_id
                WHERE q.id IN (\(marks)) AND \(compiled.whereSQL)
                """, arguments: StatementArguments(Array(chunk)) + StatementArguments(compiled.arguments))
            keyed += rows.map { ($0[0], $0[1], $0[2], $0[3]) }
        }
        keyed.sort { a, b in
            if a.date != b.date {
                // SQLite's order: NULL below every text.
                guard let x = a.date else { return !newest }
                guard let y = b.date else { return newest }
                return newest ? x > y : x < y
            }
            if a.article != b.article { return newest ? a.article > b.article : a.article < b.article }
            return a.ordinal < b.ordinal
        }
        return keyed.prefix(limit).map(\.rowid)
    }
}
