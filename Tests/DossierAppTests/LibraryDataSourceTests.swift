import DossierCore
import DossierLibrary
import DossierUI
import Foundation
import Testing
@testable import DossierApp

@Suite(.serialized) struct LibraryDataSourceTests {
    let fixture: TestLibrary
    let library: LibraryDataSource
    let memory: InMemoryDataSource

    init() throws {
        fixture = try TestLibrary()
        // Small pages, so the windows below straddle page boundaries.
        library = try LibraryDataSource(library: fixture.library, pageSize: 8)
        memory = InMemoryDataSource(articles: fixture.articles)
    }

    private func all(_ source: any BrowserDataSource, _ facet: Facet, _ filter: QuoteFilter) -> [FacetValue] {
        source.facets(facet, filter: filter, range: 0..<source.facetCount(facet, filter: filter))
    }

    private func quoteIDs(_ source: any BrowserDataSource, _ filter: QuoteFilter, _ range: Range<Int>) -> [String] {
        source.quotes(filter: filter, range: range).map { "\($0.articleID)/\($0.quote.id)" }
    }

    /// Filters combining an article, a section, an expert and a country (or none of each).
    private func combinedFilters() -> [QuoteFilter] {
        var filters: [QuoteFilter] = []
        for article in [nil] + all(memory, .article, QuoteFilter()).map(\.key) {
            let base = QuoteFilter(article: article)
            for section in [nil] + all(memory, .section, base).prefix(2).map(\.key) {
                let withSection = QuoteFilter(article: article, section: section)
                for expert in [nil] + all(memory, .expert, withSection).prefix(2).map(\.key) {
                    let withExpert = QuoteFilter(article: article, section: section, expert: expert)
                    for country in [nil] + all(memory, .country, withExpert).prefix(2).map(\.key) {
                        filters.append(QuoteFilter(article: article, section: section, expert: expert, country: country))
                    }
                }
            }
        }
        return filters
    }

    @Test func countsAndWindowsEqualTheInMemorySource() throws {
        defer { fixture.remove() }
        #expect(fixture.articles.count >= 3)
        #expect(library.totalQuotes == memory.totalQuotes)
        let total = memory.totalQuotes
        #expect(quoteIDs(library, QuoteFilter(), 0..<total) == quoteIDs(memory, QuoteFilter(), 0..<total))
        // Windows that straddle the 8-row cache pages, and windows past the end.
        for range in [0..<1, 5..<30, 7..<9, 15..<17, 16..<40, (total - 3)..<(total + 10), (total + 5)..<(total + 9)] {
            #expect(quoteIDs(library, QuoteFilter(), range) == quoteIDs(memory, QuoteFilter(), range), "range \(range)")
        }
        let first = try #require(library.quotes(filter: QuoteFilter(), range: 0..<1).first)
        let expected = try #require(memory.quotes(filter: QuoteFilter(), range: 0..<1).first)
        #expect(first == expected)
    }

    @Test func everyFacetUnderCombinedFiltersEqualsTheInMemorySource() {
        defer { fixture.remove() }
        let filters = combinedFilters()
        #expect(filters.count > 50)
        for filter in filters {
            #expect(library.quoteCount(filter: filter) == memory.quoteCount(filter: filter), "\(filter)")
            let count = memory.quoteCount(filter: filter)
            #expect(quoteIDs(library, filter, 0..<count) == quoteIDs(memory, filter, 0..<count), "\(filter)")
            for facet in Facet.allCases {
                #expect(library.facetCount(facet, filter: filter) == memory.facetCount(facet, filter: filter), "\(facet) \(filter)")
                let values = all(memory, facet, filter)
                #expect(all(library, facet, filter) == values, "\(facet) \(filter)")
                if let middle = values.dropFirst(values.count / 2).first {
                    #expect(library.facetPosition(facet, key: middle.key, filter: filter) == values.count / 2, "\(facet) \(filter)")
                }
                #expect(library.facetPosition(facet, key: "no-such-key", filter: filter) == nil)
            }
        }
    }

    @Test func theArticlesListInEveryOrderEqualsTheInMemorySource() {
        defer { fixture.remove() }
        let experts = all(memory, .expert, QuoteFilter()).prefix(3).map(\.key)
        let countries = all(memory, .country, QuoteFilter()).prefix(3).map(\.key)
        var filters = [QuoteFilter()]
        for expert in experts { filters.append(QuoteFilter(expert: expert)) }
        for country in countries {
            filters.append(QuoteFilter(country: country))
            for expert in experts { filters.append(QuoteFilter(expert: expert, country: country)) }
        }
        for filter in filters {
            let count = memory.facetCount(.article, filter: filter)
            #expect(library.facetCount(.article, filter: filter) == count, "\(filter)")
            for order in ArticleOrder.allCases {
                let expected = memory.articles(filter: filter, order: order, range: 0..<count)
                #expect(expected.count == count)
                #expect(library.articles(filter: filter, order: order, range: 0..<(count + 5)) == expected, "\(order) \(filter)")
                // The counts are the quotes under the filter, article by article.
                for entry in expected {
                    var narrowed = filter
                    narrowed.article = entry.fingerprint
                    #expect(entry.quoteCount == memory.quoteCount(filter: narrowed))
                }
                if let middle = expected.dropFirst(count / 2).first {
                    #expect(library.articlePosition(middle.fingerprint, filter: filter, order: order) == count / 2, "\(order) \(filter)")
                }
            }
            #expect(library.articlePosition("no-such-article", filter: filter, order: .newest) == nil)
        }
        let newest = memory.articles(filter: QuoteFilter(), order: .newest, range: 0..<100).compactMap(\.date)
        #expect(newest == newest.sorted(by: >))
        #expect(library.articleEntry(id: fixture.articles[0].fingerprint)?.quoteCount == fixture.articles[0].quotes.count)
    }

    @Test func anExpertFilterSpansArticles() {
        defer { fixture.remove() }
        let filter = QuoteFilter(expert: "nerses-kopalyan")
        let rows = library.quotes(filter: filter, range: 0..<100)
        #expect(Set(rows.map(\.articleID)) == [fixture.articles[0].fingerprint, TestLibrary.followUp.fingerprint])
        #expect(rows.allSatisfy { $0.expert.id == "nerses-kopalyan" })
        #expect(rows.last?.expert.credentials == "Visiting fellow")
        let expert = all(library, .expert, QuoteFilter()).first { $0.key == "nerses-kopalyan" }
        #expect(expert?.count == rows.count)
    }

    @Test func aCountryFilterKeepsOnlyQuotesAboutThatCountry() {
        defer { fixture.remove() }
        let filter = QuoteFilter(country: "AZ")
        let rows = library.quotes(filter: filter, range: 0..<500)
        #expect(!rows.isEmpty && rows.count == library.quoteCount(filter: filter))
        #expect(rows.allSatisfy { $0.quote.countries.contains("AZ") })
        #expect(rows.contains { $0.articleID == TestLibrary.followUp.fingerprint })
        let countries = all(library, .country, QuoteFilter())
        #expect(countries.first { $0.key == "AZ" }?.count == rows.count)
        #expect(zip(countries, countries.dropFirst()).allSatisfy { $0.count >= $1.count })
    }

    @Test func searchPositionsEqualTheInMemorySource() throws {
        defer { fixture.remove() }
        let queries = ["russia", "invasion OR war", "\"role of\"", "turk*", "war -russia", "expert:kopalyan",
                       "country:AZ", "country:azerbaijan belgrade", "section:\"role of russia\"", "article:belgrade", "-russia",
                       "(peace OR deal) -kosovo", "nosuchwordanywhere"]
        let filters = [QuoteFilter(), QuoteFilter(article: fixture.articles[0].fingerprint), QuoteFilter(country: "RU"),
                       QuoteFilter(expert: "nerses-kopalyan")]
        for text in queries {
            let matcher = try QueryMatcher(text)
            for filter in filters {
                let fromLibrary = library.matchPositions(filter: filter, matcher: matcher, isCancelled: { false })
                let fromMemory = memory.matchPositions(filter: filter, matcher: matcher, isCancelled: { false })
                #expect(fromLibrary == fromMemory, "\(text) under \(filter)")
                // Every pane's counts under the search, computed by SQL and in memory, agree.
                let counts = library.matchCounts(filter: filter, matcher: matcher, isCancelled: { false })
                #expect(counts != nil)
                #expect(counts == memory.matchCounts(filter: filter, matcher: matcher, isCancelled: { false }), "\(text) under \(filter)")
            }
        }
        let counted = library.matchCounts(filter: QuoteFilter(), matcher: try QueryMatcher("russia"), isCancelled: { false })
        #expect((counted?.totals[.expert] ?? 0) > 3)
        #expect(counted?.totals[.expert] == counted?.byFacet[.expert]?.values.reduce(0, +))
        let russia = library.matchPositions(filter: QuoteFilter(), matcher: try QueryMatcher("russia"), isCancelled: { false })
        #expect((russia?.count ?? 0) > 3)
    }

    @Test func aCancelledSearchStopsInsideSQLite() throws {
        defer { fixture.remove() }
        let matcher = try QueryMatcher("-nosuchwordanywhere")
        var polls = 0
        let finished = library.matchPositions(filter: QuoteFilter(), matcher: matcher, isCancelled: { polls += 1; return false })
        #expect(finished?.count == library.totalQuotes)
        // The poll runs while SQLite works, not only before and after.
        #expect(polls > 2)
        var calls = 0
        let stopped = library.matchPositions(filter: QuoteFilter(), matcher: matcher, isCancelled: { calls += 1; return calls > 2 })
        #expect(stopped == nil)
        #expect(calls == 3)
        // The connection is usable again afterwards: the progress handler was removed.
        #expect(library.matchPositions(filter: QuoteFilter(), matcher: matcher, isCancelled: { false })?.count == library.totalQuotes)
    }

    @Test func exportGetsWholeArticlesAndTheImportDay() throws {
        defer { fixture.remove() }
        let seed = fixture.articles[0]
        let article = try #require(library.article(id: seed.fingerprint))
        #expect(article.quotes.map(\.id) == seed.quotes.map(\.id))
        #expect(library.article(id: "0000") == nil)
        let day = try #require(library.importDay(articleID: seed.fingerprint))
        #expect(day.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
        #expect(library.importDay(articleID: "0000") == nil)
    }

    @Test func theCacheStaysBounded() {
        defer { fixture.remove() }
        for start in stride(from: 0, to: 8 * 400, by: 8) { _ = library.quotes(filter: QuoteFilter(), range: start..<(start + 1)) }
        var cache = BrowseCache()
        for page in 0..<1_000 { cache.store(.count(page), for: .quotes(BrowseFilter(), page: page)) }
        #expect(cache.count <= cache.capacity)
        #expect(cache.value(for: .quotes(BrowseFilter(), page: 999))?.count == 999)
    }
}
