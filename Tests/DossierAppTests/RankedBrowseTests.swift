import DossierCore
import DossierLibrary
import DossierUI
import Foundation
import Testing
@testable import DossierApp

/// The browser's ranked results on a library: the page under the browse filters is exactly
/// `dossier search`'s page for the query with the same filter typed into it.
@Suite(.serialized) struct RankedBrowseTests {
    let fixture: TestLibrary
    let source: LibraryDataSource

    init() throws {
        fixture = try TestLibrary()
        source = try LibraryDataSource(library: fixture.library, pageSize: 8)
    }

    private func browsed(_ text: String, _ filter: QuoteFilter, _ order: SearchOrder, limit: Int = 50) throws -> [String] {
        let rows = source.rankedQuotes(filter: filter, matcher: try QueryMatcher(text), order: order, limit: limit, isCancelled: { false })
        return rows?.map { "\($0.articleID)/\($0.quote.id)" } ?? []
    }

    private func searched(_ text: String, _ order: SearchOrder, limit: Int = 50) throws -> [String] {
        try fixture.library.search(try QueryMatcher(text).query, limit: limit, order: order).map { "\($0.fingerprint)/\($0.quoteID)" }
    }

    @Test func theRelevancePageUnderAFilterIsDossierSearchsPage() throws {
        defer { fixture.remove() }
        #expect(try fixture.library.acceleratorStatus() == .ready)
        let seed = fixture.articles[0].fingerprint
        let cases: [(query: String, filter: QuoteFilter, typed: String)] = [
            ("russia", QuoteFilter(expert: "nerses-kopalyan"), "russia expert:nerses-kopalyan"),  // the expert's rows join the conjunction
            ("the", QuoteFilter(country: "AZ"), "the country:AZ"),
            ("war OR invasion", QuoteFilter(country: "RU"), "(war OR invasion) country:RU"),  // FTS5's own ranking
            ("russia", QuoteFilter(article: seed), "russia article:\(seed)"),  // an article's quotes scored from postings
            ("\"of the\"", QuoteFilter(article: seed), "\"of the\" article:\(seed)"),
            ("armenia -turkey", QuoteFilter(article: seed, expert: "nerses-kopalyan"), "armenia -turkey article:\(seed) expert:nerses-kopalyan"),
            ("turk*", QuoteFilter(), "turk*"),
            ("the", QuoteFilter(), "the"),
        ]
        for (query, filter, typed) in cases {
            let page = try browsed(query, filter, .relevance)
            #expect(!page.isEmpty, "\(query) under \(filter)")
            #expect(page == (try searched(typed, .relevance)), "\(query) under \(filter)")
        }
        // A short first page is the start of a longer one (what scrolling asks for).
        #expect(try browsed("the", QuoteFilter(country: "AZ"), .relevance, limit: 3)
            == Array(try browsed("the", QuoteFilter(country: "AZ"), .relevance).prefix(3)))
    }

    @Test func dateOrdersUnderAFilterAreDossierSearchsOrders() throws {
        defer { fixture.remove() }
        for order in [SearchOrder.newest, .oldest] {
            let page = try browsed("russia", QuoteFilter(expert: "nerses-kopalyan"), order)
            #expect(page.count > 1)
            #expect(page == (try searched("russia expert:nerses-kopalyan", order)), "\(order)")
            #expect(try browsed("the", QuoteFilter(country: "AZ"), order) == (try searched("the country:AZ", order)), "\(order)")
            let seed = fixture.articles[0].fingerprint
            #expect(try browsed("russia", QuoteFilter(article: seed), order) == (try searched("russia article:\(seed)", order)), "\(order)")
            #expect(try browsed("the -putin", QuoteFilter(article: seed, expert: "nerses-kopalyan"), order)
                == (try searched("the -putin article:\(seed) expert:nerses-kopalyan", order)), "\(order)")
        }
    }

    @Test func aCancelledPageIsNil() throws {
        defer { fixture.remove() }
        let query = try QueryMatcher("russia").query
        #expect(try fixture.library.browseRanked(query, filter: QuoteFilter(), order: .relevance, limit: 5, isCancelled: { true }) == nil)
    }
}
