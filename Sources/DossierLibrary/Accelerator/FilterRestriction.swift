import DossierCore
import GRDB
import GRDBSQLite

/// Field filters as a restriction of the ranked candidates. A `country:` or `expert:` filter
/// matching at most `RankedSearch.filterRowLimit` quotes joins the conjunction as a list of
/// row ids (an index range read); any other filter, or a larger one, is checked by one
/// indexed lookup per candidate that would enter the page.
struct FilterRestriction {
    private(set) var cursors: [PostingCursor] = []
    /// One lookup per filter that is not a row list.
    private var probes: [Probe] = []

    private enum Probe {
        /// A statement taking the candidate's row id first (its other arguments bound once):
        /// admitted when it returns a row. Stepped through SQLite's own calls: a probe runs for
        /// thousands of candidates, and binding every argument again cost more than the lookup.
        case statement(Statement)
        /// The candidate's expert, looked up and checked against the experts the filter matches
        /// (an `IN (SELECT …)` probe scanned every expert again for each candidate).
        case expert(Statement, Set<String>)
    }

    /// `candidates`: how many quotes the search's rarest phrase matches (nil: unknown). A filter
    /// listing more rows than a few times that is probed per candidate instead: typing `t` under an
    /// expert with 18,791 quotes read all of them for a word in a few thousand.
    init(_ filters: [QueryNode], candidates: Int? = nil, _ db: Database) throws {
        let quotes = filters.isEmpty ? "" : try Self.probeSource(db)  // the probes' FROM
        for filter in filters {
            if let rowids = try Self.rows(filter, limit: Self.rowLimit(candidates), db) {
                cursors.append(PostingCursor(postings: rowids, f2: Array(repeating: 0, count: rowids.count),
                                             lengths: Array(repeating: 0, count: rowids.count)))
            } else if case .field(.country, let code) = filter {
                // The primary key (code, quote) answers alone, without visiting the quote's row.
                probes.append(.statement(try Self.statement("SELECT 1 FROM quote_country WHERE quote_rowid = ? AND code = ?", [code], db)))
            } else if case .field(.expert, let text) = filter {
                let experts = Set(try String.fetchAll(db, sql: "SELECT id FROM expert WHERE instr(id, ?) > 0", arguments: [text]))
                probes.append(.expert(try db.makeStatement(sql: "SELECT q.expert_id FROM \(quotes) WHERE q.id = ?"), experts))
            } else {
                var compiled = CompiledQuery()
                QuerySQLCompiler.predicate(filter, into: &compiled)
                probes.append(.statement(try Self.statement("SELECT 1 FROM \(quotes) WHERE q.id = ? AND \(compiled.whereSQL)",
                                                            compiled.arguments, db)))
            }
        }
    }

    /// Where a probe reads a candidate's expert, article and section: the narrow index
    /// `quote_lens` when it carries them all (v18), so a probe never reads the wide quote row
    /// (a section filter at 10k: 16–24 → 11 ms). SQLite prefers the rowid lookup unless told.
    static func probeSource(_ db: Database) throws -> String {
        let lens = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'quote_lens'")
        return lens?.contains("section_key") == true ? "quote q INDEXED BY quote_lens" : "quote q"
    }

    /// A probe's statement with every argument after the row id bound (0 stands for the row id).
    private static func statement(_ sql: String, _ arguments: [DatabaseValueConvertible?], _ db: Database) throws -> Statement {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(StatementArguments([0] + arguments))
        return statement
    }

    /// Whether the candidate passes every filter.
    func admits(_ rowid: Int64) throws -> Bool {
        for probe in probes {
            switch probe {
            case .statement(let statement):
                guard try statement.lookup(rowid, body: { _ in true }) == true else { return false }
            case .expert(let statement, let experts):
                let known = try statement.lookup(rowid) { row in
                    sqlite3_column_text(row, 0).map { experts.contains(String(cString: $0)) } ?? false
                }
                guard known == true else { return false }
            }
        }
        return true
    }

    /// Rows listed ahead at most: `RankedSearch.filterRowLimit`, or fewer when the search's
    /// rarest phrase has few quotes (a probe costs about what reading three rows does).
    static func rowLimit(_ candidates: Int?) -> Int {
        let limit = RankedSearch.filterRowLimit
        guard let candidates else { return limit }
        return min(limit, max(candidates, 1) * 3)
    }

    /// The filter's rows, sorted, when it is a simple one matching at most `limit` quotes.
    private static func rows(_ filter: QueryNode, limit: Int, _ db: Database) throws -> [Int64]? {
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
        if let estimate = try Int.fetchOne(db, sql: tally, arguments: [value]), estimate > limit {
            return nil
        }
        let rowids = try Int64.fetchAll(db, sql: sql, arguments: [value, limit + 1])
        return rowids.count > limit ? nil : rowids.sorted()
    }
}
