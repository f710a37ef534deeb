import DossierCore
import GRDB

/// The browse filters are the core's `QuoteFilter`; this file adds their SQL.
/// Keys are the ones the browse facets hand out (see `BrowseFacetValue.key`).
public typealias BrowseFilter = QuoteFilter

extension QuoteFilter {
    /// SQL predicates over `quote q`, all indexed, and their arguments. An article's quotes
    /// (tens) drive the query when it is set (`+` keeps SQLite off the wider indexes);
    /// otherwise section and expert, whose composite index keeps display order; a country
    /// alone drives from its own index, and beside other filters is probed per quote.
    var sql: (String, [any DatabaseValueConvertible]) {
        var predicates: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        let narrow = article != nil ? "+" : ""
        if let article {
            predicates.append("q.article_id = (SELECT id FROM article WHERE fingerprint = ?)")
            arguments.append(article)
        }
        if let section {
            if section.isEmpty {
                predicates.append("\(narrow)q.section IS NULL")
            } else {
                predicates.append("\(narrow)q.section = ?")
                arguments.append(section)
            }
        }
        if let expert {
            predicates.append("\(narrow)q.expert_id = ?")
            arguments.append(expert)
        }
        if let country {
            predicates.append(predicates.isEmpty
                ? "q.id IN (SELECT quote_rowid FROM quote_country WHERE code = ?)"
                : "EXISTS (SELECT 1 FROM quote_country c WHERE c.quote_rowid = q.id AND c.code = ?)")
            arguments.append(country.uppercased())
        }
        return (predicates.isEmpty ? "1" : predicates.joined(separator: " AND "), arguments)
    }
}

/// A list the browser shows beside the quotes.
public enum BrowseFacet: String, Sendable, CaseIterable {
    case article, section, expert, country
}

/// One entry of a browse facet: the key filtered on, its label, and its quote count.
public struct BrowseFacetValue: Hashable, Sendable {
    public var key: String
    public var label: String
    public var detail: String?
    public var count: Int
}

/// One quote as the browser shows it, with the names it refers to resolved.
public struct BrowseQuote: Hashable, Sendable {
    public var quote: Quote
    public var expert: Expert
    public var fingerprint: String
    public var articleTitle: String
    public var publication: String?
    public var date: String?
    /// Glossary entries of the article whose term appears in the quote.
    public var glossary: [GlossaryEntry]
    /// The article's web address, if it has one.
    public var url: String? = nil
}
