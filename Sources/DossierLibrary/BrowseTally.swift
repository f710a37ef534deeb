import GRDB

/// Reads of the v7 tallies (see `BrowseTallySchema`): counts and facet lists under
/// filters without an article, as small indexed lookups. A filter on an article is
/// narrow already (tens of quotes), so it keeps the direct SQL over `quote`.
extension BrowseFilter {
    /// Whether the tallies answer for this filter; `withCountry` allows a country filter.
    func usesTally(withCountry: Bool) -> Bool { article == nil && (withCountry || country == nil) }

    /// The tally's section key: `'*'` for any, `''` for quotes without a section, else `'=' + heading`.
    var tallySection: String {
        guard let section else { return "*" }
        return section.isEmpty ? "" : "=" + section
    }

    /// The tally's expert key: `'*'` for any.
    var tallyExpert: String { expert ?? "*" }

    /// The browse key of a tally section key (`""` for quotes without a section).
    static func sectionHeading(tallyKey: String) -> String? {
        tallyKey.first == "=" ? String(tallyKey.dropFirst()) : nil
    }
}

extension Library {
    /// Quotes under a filter without an article.
    func tallyQuoteCount(_ filter: BrowseFilter, _ db: Database) throws -> Int {
        if let country = filter.country {
            return try Int.fetchOne(db, sql: "SELECT n FROM browse_country_tally WHERE section = ? AND expert = ? AND code = ?",
                                    arguments: [filter.tallySection, filter.tallyExpert, country.uppercased()]) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT n FROM browse_tally WHERE section = ? AND expert = ?",
                                arguments: [filter.tallySection, filter.tallyExpert]) ?? 0
    }

    /// The rows listing `facet` (section or expert) under `scope`: the other key fixed, this one not `'*'`.
    static func tallyRows(_ facet: BrowseFacet, scope: BrowseFilter) -> (sql: String, arguments: StatementArguments) {
        facet == .section
            ? ("FROM browse_tally WHERE expert = ? AND section <> '*'", [scope.tallyExpert])
            : ("FROM browse_tally WHERE section = ? AND expert <> '*'", [scope.tallySection])
    }

    /// Section or expert keys under `scope` in display order (by first quote), with counts and first quote rowids.
    func tallyFacets(_ facet: BrowseFacet, scope: BrowseFilter, offset: Int, limit: Int,
                     _ db: Database) throws -> [(key: String, count: Int, first: Int64)] {
        let (rows, arguments) = Self.tallyRows(facet, scope: scope)
        let column = facet == .section ? "section" : "expert"
        return try Row.fetchAll(db, sql: "SELECT \(column) AS k, n, first \(rows) ORDER BY first LIMIT ? OFFSET ?",
                                arguments: arguments + [max(0, limit), max(0, offset)]).map { ($0["k"], $0["n"], $0["first"]) }
    }

    /// Number of section or expert values under `scope`.
    func tallyFacetCount(_ facet: BrowseFacet, scope: BrowseFilter, _ db: Database) throws -> Int {
        let (rows, arguments) = Self.tallyRows(facet, scope: scope)
        return try Int.fetchOne(db, sql: "SELECT count(*) \(rows)", arguments: arguments) ?? 0
    }

    /// Position of a section or expert (browse key) in its list under `scope`.
    func tallyFacetPosition(_ facet: BrowseFacet, key: String, scope: BrowseFilter, _ db: Database) throws -> Int? {
        var target = scope
        if facet == .section { target.section = key } else { target.expert = key }
        guard let first = try Int64.fetchOne(db, sql: "SELECT first FROM browse_tally WHERE section = ? AND expert = ?",
                                             arguments: [target.tallySection, target.tallyExpert]) else { return nil }
        let (rows, arguments) = Self.tallyRows(facet, scope: scope)
        return try Int.fetchOne(db, sql: "SELECT count(*) \(rows) AND first < ?", arguments: arguments + [first])
    }

    /// Country codes and quote counts under a scope without an article or country.
    func tallyCountryCounts(scope: BrowseFilter, _ db: Database) throws -> [(code: String, count: Int)] {
        try Row.fetchAll(db, sql: "SELECT code, n FROM browse_country_tally WHERE section = ? AND expert = ?",
                         arguments: [scope.tallySection, scope.tallyExpert]).map { ($0["code"], $0["n"]) }
    }

    /// Experts under a scope without an article (any section and country filter): most quoted first, then by id.
    func tallyExperts(scope: BrowseFilter, offset: Int, limit: Int, _ db: Database) throws -> [(key: String, count: Int)] {
        let (rows, arguments) = Self.expertTallyRows(scope)
        return try Row.fetchAll(db, sql: "SELECT expert AS k, n \(rows) ORDER BY n DESC, expert LIMIT ? OFFSET ?",
                                arguments: arguments + [max(0, limit), max(0, offset)]).map { ($0["k"], $0["n"]) }
    }

    /// Number of experts under a scope without an article.
    func tallyExpertCount(scope: BrowseFilter, _ db: Database) throws -> Int {
        let (rows, arguments) = Self.expertTallyRows(scope)
        return try Int.fetchOne(db, sql: "SELECT count(*) \(rows)", arguments: arguments) ?? 0
    }

    /// Position of an expert in `tallyExperts` order.
    func tallyExpertPosition(_ expert: String, scope: BrowseFilter, _ db: Database) throws -> Int? {
        let (rows, arguments) = Self.expertTallyRows(scope)
        guard let count = try Int.fetchOne(db, sql: "SELECT n \(rows) AND expert = ?", arguments: arguments + [expert]) else { return nil }
        return try Int.fetchOne(db, sql: "SELECT count(*) \(rows) AND (n > ? OR (n = ? AND expert < ?))",
                                arguments: arguments + [count, count, expert])
    }

    /// The tally rows of every expert under a scope's section and country.
    static func expertTallyRows(_ scope: BrowseFilter) -> (sql: String, arguments: StatementArguments) {
        if let country = scope.country {
            return ("FROM browse_country_tally WHERE section = ? AND code = ? AND expert <> '*'", [scope.tallySection, country.uppercased()])
        }
        return ("FROM browse_tally WHERE section = ? AND expert <> '*'", [scope.tallySection])
    }
}
