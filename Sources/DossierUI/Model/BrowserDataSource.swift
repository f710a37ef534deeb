import DossierCore

/// Where the browser reads its data: counts and windows of items for the
/// current filters, so a large library never has to be loaded whole.
public protocol BrowserDataSource: Sendable {
    /// Library name shown in the header.
    var title: String { get }
    /// Quotes in total, without filters.
    var totalQuotes: Int { get }
    /// Number of values a facet has under a filter.
    func facetCount(_ facet: Facet, filter: QuoteFilter) -> Int
    /// Facet values in `range` under a filter, in display order.
    func facets(_ facet: Facet, filter: QuoteFilter, range: Range<Int>) -> [FacetValue]
    /// Position of a facet value in its list under a filter, if present (default: scans the list).
    func facetPosition(_ facet: Facet, key: String, filter: QuoteFilter) -> Int?
    /// Number of quotes under a filter.
    func quoteCount(filter: QuoteFilter) -> Int
    /// Quotes in `range` under a filter, in display order.
    func quotes(filter: QuoteFilter, range: Range<Int>) -> [QuoteRow]
    /// Positions (in display order under `filter`) of the quotes a matcher accepts.
    /// `isCancelled` is polled so a newer query can stop an older one.
    func matchPositions(filter: QuoteFilter, matcher: any QuoteMatching, isCancelled: () -> Bool) -> [Int]?
    /// The whole article with this fingerprint, for export (see `BrowserDataSource+Export.swift`).
    func article(id: String) -> Article?
    /// The day the article was imported (`YYYY-MM-DD`), when the source records it.
    func importDay(articleID: String) -> String?
    /// The source the library kept for the article (nil: none, or not a library).
    func storedSource(articleID: String) -> ArticleSource?

    // Dossiers, lens and collections
    /// One expert's profile across the source (nil: no such expert).
    func expertDossier(expertID: String) -> ExpertDossier?
    /// One country's experts and months (nil: no quote is about it).
    func countryLens(code: String) -> CountryLens?
    /// The quotes `references` name, in order, leaving out those that are gone.
    func quotes(references: [QuoteReference]) -> [QuoteRow]
    /// Whether collections persist (a library), so the browser can offer to save marks.
    var supportsCollections: Bool { get }
    /// The members of the collection called `named` (empty when there is none).
    func loadCollection(named: String) -> [QuoteReference]
    /// Makes `members` the collection's whole list, creating it when needed.
    func saveCollection(named: String, _ members: [QuoteReference]) throws
}

extension BrowserDataSource {
    /// The filter a facet's list is computed under: which other filters narrow it.
    /// Sections depend on the article; experts on article and section;
    /// countries on everything else; articles on nothing.
    public func scope(of facet: Facet, in filter: QuoteFilter) -> QuoteFilter {
        switch facet {
        case .article: return QuoteFilter()
        case .section: return QuoteFilter(article: filter.article)
        case .expert: return QuoteFilter(article: filter.article, section: filter.section)
        case .country: return QuoteFilter(article: filter.article, section: filter.section, expert: filter.expert)
        }
    }
}
