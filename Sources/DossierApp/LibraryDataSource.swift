import DossierCore
import DossierLibrary
import DossierUI
import Synchronization

/// A `BrowserDataSource` over a `Library`: counts and windows come from SQL, and only
/// small pages of them are cached (bounded), so memory stays flat as the library grows.
/// Search runs through FTS5 with the shared query language.
public final class LibraryDataSource: BrowserDataSource {
    public let title: String
    public let totalQuotes: Int
    let library: Library
    let log: @Sendable (String) -> Void
    private let cache = Mutex(BrowseCache())

    /// Rows fetched per page; a page is the unit of caching.
    let pageSize: Int

    /// `log` receives database errors, which the browser otherwise shows as empty lists.
    public init(library: Library, title: String = "Dossier", pageSize: Int = 64,
                log: @escaping @Sendable (String) -> Void = { _ in }) throws {
        self.library = library
        self.pageSize = max(1, pageSize)
        self.title = title
        self.log = log
        totalQuotes = try library.browseQuoteCount(BrowseFilter())
    }

    public func quoteCount(filter: QuoteFilter) -> Int {
        cached(.quoteCount(filter)) { .count(try library.browseQuoteCount(filter)) }.count
    }

    public func quotes(filter: QuoteFilter, range: Range<Int>) -> [QuoteRow] {
        return paged(range) { page in
            cached(.quotes(filter, page: page)) {
                .quotes(try library.browseQuotes(filter, offset: page * pageSize, limit: pageSize,
                                                 total: quoteCount(filter: filter)).map(Self.row))
            }.quotes
        }
    }

    public func facetCount(_ facet: Facet, filter: QuoteFilter) -> Int {
        let scope = scope(of: facet, in: filter)
        if facet == .country { return countries(scope).count }
        if facet == .article, scope.expert != nil { return expertArticles(scope, .newest).count }
        return cached(.facetCount(Self.browse(facet), scope)) {
            .count(try library.browseFacetCount(Self.browse(facet), scope: scope))
        }.count
    }

    public func facets(_ facet: Facet, filter: QuoteFilter, range: Range<Int>) -> [FacetValue] {
        let scope = scope(of: facet, in: filter)
        if facet == .country {
            let all = countries(scope)
            return Array(all[range.clamped(to: 0..<all.count)])
        }
        return paged(range) { page in
            cached(.facets(Self.browse(facet), scope, page: page)) {
                .facets(try library.browseFacets(Self.browse(facet), scope: scope, offset: page * pageSize, limit: pageSize)
                    .map { FacetValue(key: $0.key, label: $0.label, detail: $0.detail, count: $0.count) })
            }.facets
        }
    }

    public func facetPosition(_ facet: Facet, key: String, filter: QuoteFilter) -> Int? {
        let scope = scope(of: facet, in: filter)
        if facet == .country { return countries(scope).firstIndex { $0.key == key } }
        // Cached as -1 when absent; a database error (`.empty`) also reads as absent.
        guard case .count(let position) = cached(.position(Self.browse(facet), key: key, scope), compute: {
            .count(try library.browseFacetPosition(Self.browse(facet), key: key, scope: scope) ?? -1)
        }), position >= 0 else { return nil }
        return position
    }

    public func matchPositions(filter: QuoteFilter, matcher: any QuoteMatching, isCancelled: () -> Bool) -> [Int]? {
        do {
            return try library.browseMatchPositions(matcher.query, filter: filter, isCancelled: isCancelled)
        } catch {
            log("search \(matcher.source): \(error)")
            return []
        }
    }

    public func facetMatchCounts(_ facet: Facet, scope: QuoteFilter, matcher: any QuoteMatching,
                                 isCancelled: () -> Bool) -> (perValue: [String: Int], total: Int)? {
        do {
            return try library.browseMatchCounts(matcher.query, facet: Self.browse(facet), scope: scope, isCancelled: isCancelled)
        } catch {
            log("search counts \(matcher.source): \(error)")
            return nil
        }
    }

    public func article(id: String) -> Article? {
        do { return try library.article(fingerprint: id) } catch {
            log("library: \(error)")
            return nil
        }
    }

    public func importDay(articleID: String) -> String? {
        try? library.importDay(fingerprint: articleID)
    }

    public func storedSource(articleID: String) -> ArticleSource? {
        do { return try library.storedSource(fingerprint: articleID) } catch {
            log("library: \(error)")
            return nil
        }
    }

    public func articles(filter: QuoteFilter, order: ArticleOrder, range: Range<Int>) -> [ArticleEntry] {
        let scope = scope(of: .article, in: filter)
        if scope.expert != nil {
            let all = expertArticles(scope, order)
            return Array(all[range.clamped(to: 0..<all.count)])
        }
        return paged(range) { page in
            cached(.articles(scope, order, page: page)) {
                .articles(try library.browseArticles(scope: scope, order: order, offset: page * pageSize, limit: pageSize))
            }.articles
        }
    }

    public func articlePosition(_ fingerprint: String, filter: QuoteFilter, order: ArticleOrder) -> Int? {
        let scope = scope(of: .article, in: filter)
        if scope.expert != nil { return expertArticles(scope, order).firstIndex { $0.fingerprint == fingerprint } }
        guard case .count(let position) = cached(.articlePosition(fingerprint, scope, order), compute: {
            .count(try library.browseArticlePosition(fingerprint: fingerprint, scope: scope, order: order) ?? -1)
        }), position >= 0 else { return nil }
        return position
    }

    public func articleEntry(id: String) -> ArticleEntry? {
        cached(.articleEntry(id)) { .articles(try library.articleEntry(fingerprint: id).map { [$0] } ?? []) }.articles.first
    }

    /// The articles of an expert (under a country, if any), whole: an expert's articles are
    /// few (thousands for the most quoted), and one read serves the count, every page and positions.
    private func expertArticles(_ scope: BrowseFilter, _ order: ArticleOrder) -> [ArticleEntry] {
        cached(.expertArticles(scope, order)) {
            .articles(try library.browseArticles(scope: scope, order: order, offset: 0, limit: Int(Int32.max)))
        }.articles
    }

    /// Countries under a scope, most quoted first, then by name (a few hundred at most).
    private func countries(_ scope: BrowseFilter) -> [FacetValue] {
        cached(.countries(scope)) {
            let values = try library.browseCountryCounts(scope: scope).map {
                FacetValue(key: $0.code, label: CountryNames.name(for: $0.code), detail: $0.code, count: $0.count)
            }
            return .facets(values.sorted { ($0.count, $1.label) > ($1.count, $0.label) })
        }.facets
    }

    /// The rows of `range`, assembled from the cached pages it touches.
    private func paged<T>(_ range: Range<Int>, page: (Int) -> [T]) -> [T] {
        guard range.lowerBound >= 0, !range.isEmpty else { return [] }
        var result: [T] = []
        for index in (range.lowerBound / pageSize)...((range.upperBound - 1) / pageSize) {
            let rows = page(index)
            let start = index * pageSize
            let lower = max(range.lowerBound, start), upper = min(range.upperBound, start + rows.count)
            if lower < upper { result += rows[(lower - start)..<(upper - start)] }
            if rows.count < pageSize { break }
        }
        return result
    }

    private func cached(_ key: BrowseCache.Key, compute: () throws -> BrowseCache.Value) -> BrowseCache.Value {
        if let value = cache.withLock({ $0.value(for: key) }) { return value }
        let value: BrowseCache.Value
        do { value = try compute() } catch {
            log("library: \(error)")
            return .empty
        }
        cache.withLock { $0.store(value, for: key) }
        return value
    }

    static func browse(_ facet: Facet) -> BrowseFacet {
        switch facet {
        case .article: .article
        case .section: .section
        case .expert: .expert
        case .country: .country
        }
    }

    static func row(_ stored: BrowseQuote) -> QuoteRow {
        QuoteRow(quote: stored.quote, expert: stored.expert, articleID: stored.fingerprint, articleTitle: stored.articleTitle,
                 publication: stored.publication, date: stored.date, glossary: stored.glossary, url: stored.url)
    }
}

extension LibraryDataSource {
    /// The library's own ranking: relevance is exactly `dossier search`'s bm25 page under the
    /// filters; newest and oldest are its date orders.
    public func rankedQuotes(filter: QuoteFilter, matcher: any QuoteMatching, order: SearchOrder, limit: Int,
                             isCancelled: () -> Bool) -> [QuoteRow]? {
        do {
            return try library.browseRanked(matcher.query, filter: filter, order: order, limit: limit, isCancelled: isCancelled)?
                .map(Self.row)
        } catch {
            log("ranked search \(matcher.source): \(error)")
            return []
        }
    }
}
