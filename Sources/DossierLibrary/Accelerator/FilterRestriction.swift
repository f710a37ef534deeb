import DossierCore
import GRDB

/// Field filters as a restriction of the ranked candidates. A `country:` or `expert:` filter
/// matching at most `RankedSearch.filterRowLimit` quotes joins the conjunction as a list of
/// row ids (an index range read); any other filter, or a larger one, is checked by one
/// indexed lookup per candidate that would enter the page.
struct FilterRestriction {
    private(set) var cursors: [PostingCursor] = []
    private var probe: Statement?
    private var arguments = StatementArguments()

    init(_ filters: [QueryNode], _ db: Database) throws {
        guard !filters.isEmpty else { return }
        var exact = 0
        for filter in filters {
            guard let rowids = try Self.rows(filter, db) else { continue }
            cursors.append(PostingCursor(postings: rowids, f2: Array(repeating: 0, count: rowids.count),
                                         lengths: Array(repeating: 0, count: rowids.count)))
            exact += 1
        }
        guard exact < filters.count else { return }
        var compiled = CompiledQuery()
        for filter in filters { QuerySQLCompiler.predicate(filter, into: &compiled) }
        probe = try db.makeStatement(sql: "SELECT 1 FROM quote q WHERE q.id = ? AND \(compiled.whereSQL)")
        arguments = StatementArguments(compiled.arguments)
    }

    /// Whether the candidate passes every filter.
    func admits(_ rowid: Int64) throws -> Bool {
        guard let probe else { return true }
        return try Int.fetchOne(probe, arguments: [rowid] + arguments) != nil
    }

    /// The filter's rows, sorted, when it is a simple one matching few enough quotes.
    private static func rows(_ filter: QueryNode, _ db: Database) throws -> [Int64]? {
        let sql: String
        let value: String
        let tally: String
        switch filter {
        case .field(.country, let code):
            sql = "SELECT quote_rowid FROM quote_country WHERE code = ? LIMIT ?"
            tally = "SELECT n FROM browse_country_tally WHERE section = '*' AND expert = '*' AND code = ?"
            value = code
        case .field(.expert, let text):
            sql = "SELECT id FROM quote WHERE expert_id IN (SELECT id FROM expert WHERE instr(id, ?) > 0) LIMIT ?"
            tally = "SELECT sum(n) FROM browse_tally WHERE section = '*' AND expert <> '*' AND instr(expert, ?) > 0"
            value = text
        default:
            return nil
        }
        // The browse tallies know a large filter's size without reading its rows (they only
        // steer the choice: the fetch below still counts, so a stale tally is never wrong).
        if let estimate = try Int.fetchOne(db, sql: tally, arguments: [value]), estimate > RankedSearch.filterRowLimit {
            return nil
        }
        let rowids = try Int64.fetchAll(db, sql: sql, arguments: [value, RankedSearch.filterRowLimit + 1])
        return rowids.count > RankedSearch.filterRowLimit ? nil : rowids.sorted()
    }
}
