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
    /// The first `limit` quotes a matcher accepts under `filter`, in `order`; nil when cancelled
    /// (default in `BrowserDataSource+Ranked.swift`).
    func rankedQuotes(filter: QuoteFilter, matcher: any QuoteMatching, order: SearchOrder, limit: Int,
                      isCancelled: () -> Bool) -> [QuoteRow]?
    /// The whole article with this fingerprint, for export (see `BrowserDataSource+Export.swift`).
    func article(id: String) -> Article?
    /// The day the article was imported (`YYYY-MM-DD`), when the source records it.
    func importDay(articleID: String) -> String?
    /// The source the library kept for the article (nil: none, or not a library).
    func storedSource(articleID: String) -> ArticleSource?

    // Articles: the list under the filter's expert and country (`scope(of: .article, in:)`).
    /// Articles in `range` of the list under `filter`, in `order`, with their quotes counted under it.
    func articles(filter: QuoteFilter, order: ArticleOrder, range: Range<Int>) -> [ArticleEntry]
    /// Position of an article in that list, if it is in it.
    func articlePosition(_ fingerprint: String, filter: QuoteFilter, order: ArticleOrder) -> Int?
    /// One article with all its quotes counted.
    func articleEntry(id: String) -> ArticleEntry?

    // Search counts (see `SearchCounts`).
    /// A search's matches under `scope` per value of `facet`, and in all; nil when cancelled or not supported.
    func facetMatchCounts(_ facet: Facet, scope: QuoteFilter, matcher: any QuoteMatching,
                          isCancelled: () -> Bool) -> (perValue: [String: Int], total: Int)?

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
    /// The filter a facet's list is counted under: every filter but its own, so each
    /// pane counts within the others (a section belongs to its article, so articles
    /// ignore the section too).
    public func scope(of facet: Facet, in filter: QuoteFilter) -> QuoteFilter {
        var scope = filter
        switch facet {
        case .article: scope.article = nil; scope.section = nil
        case .section: scope.section = nil
        case .expert: scope.expert = nil
        case .country: scope.country = nil
        }
        return scope
    }
}

/// Articles for a source that only lists facets (test doubles, simple sources): the
/// article facet in its own order, whatever order is asked for; and no search counts.
extension BrowserDataSource {
    public func articles(filter: QuoteFilter, order: ArticleOrder, range: Range<Int>) -> [ArticleEntry] {
        facets(.article, filter: filter, range: range).map {
            ArticleEntry(fingerprint: $0.key, title: $0.label, publication: $0.detail, date: nil, quoteCount: $0.count)
        }
    }

    public func articlePosition(_ fingerprint: String, filter: QuoteFilter, order: ArticleOrder) -> Int? {
        facetPosition(.article, key: fingerprint, filter: filter)
    }

    public func facetMatchCounts(_ facet: Facet, scope: QuoteFilter, matcher: any QuoteMatching,
                                 isCancelled: () -> Bool) -> (perValue: [String: Int], total: Int)? { nil }

    public func articleEntry(id: String) -> ArticleEntry? {
        article(id: id).map {
            ArticleEntry(fingerprint: $0.fingerprint, title: $0.title, publication: $0.metadata.publication,
                         date: $0.metadata.date, quoteCount: $0.quotes.count)
        }
    }
}

/// Matches of a search counted per facet value, each facet within its own scope (the other
/// filters), so every pane can say how many of its quotes the search finds.
public struct SearchCounts: Hashable, Sendable {
    /// Matching quotes per facet value (keys as `FacetValue.key`); absent means none.
    public var byFacet: [Facet: [String: Int]]
    /// Matching quotes in each facet's scope (the "All …" rows).
    public var totals: [Facet: Int]

    public init(byFacet: [Facet: [String: Int]], totals: [Facet: Int]) {
        self.byFacet = byFacet
        self.totals = totals
    }

    /// Matches for one value of a facet.
    public func count(_ facet: Facet, _ key: String) -> Int { byFacet[facet]?[key] ?? 0 }
}

extension BrowserDataSource {
    /// Counts a search's matches per facet value, each facet within `scope(of:in:)` of `filter`;
    /// nil when cancelled. Sources that cannot count leave the panes' own counts in place.
    public func matchCounts(filter: QuoteFilter, matcher: any QuoteMatching, isCancelled: () -> Bool) -> SearchCounts? {
        var byFacet: [Facet: [String: Int]] = [:]
        var totals: [Facet: Int] = [:]
        for facet in Facet.allCases {
            guard let counts = facetMatchCounts(facet, scope: scope(of: facet, in: filter), matcher: matcher, isCancelled: isCancelled) else {
                return nil
            }
            byFacet[facet] = counts.perValue
            totals[facet] = counts.total
        }
        return SearchCounts(byFacet: byFacet, totals: totals)
    }
}
