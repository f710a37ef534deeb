import DossierCore
import Foundation
@testable import DossierUI

/// The sample roundup as a source text, its Areshev quote's span in it, and a data source
/// that keeps copies of sources as the library does.
enum ContextSample {
    static let text = """
        Russia pushes Azerbaijan to attack Armenia — experts

        The Likelihood of Invasion

        The editors asked: will the war \u{1B}[31mresume\u{1B}[0m?
        Grant Mikaelian, Senior Research Fellow:
        “The likelihood of a full-scale invasion has clearly increased — the talks are stuck.”
        Андрей Арешев, политолог:
        Россия не заинтересована в войне.
        Moscow prefers a frozen conflict.
        李明 Li Ming, 東京大学:
        中国の圧力は続く 🚢 — Beijing will keep testing the ADIZ.

        Role of Russia

        Russia supports Azerbaijan’s pressure after the Second Karabakh War.

        """

    static let words = "Россия не заинтересована в войне.\nMoscow prefers a frozen conflict."

    /// The caucasus sample whose quote 02 sits at its bytes in `text`, imported from `path`.
    static func article(path: String?) -> Article {
        var article = SampleArticles.caucasus
        let start = text.components(separatedBy: words)[0].utf8.count
        article.quotes[1].source = SourceSpan(startLine: 9, endLine: 10, startByte: start, endByte: start + words.utf8.count)
        article.metadata.sourcePath = path
        return article
    }

    static func data(path: String? = "/nonexistent/roundup.txt", kept: Bool) -> KeptSourceData {
        let source = ArticleSource(data: Data(text.utf8), name: "/somewhere/roundup.txt")
        return KeptSourceData(base: InMemoryDataSource(articles: [article(path: path), SampleArticles.taiwan]),
                              kept: kept ? ["aaaa1111": source] : [:])
    }
}

/// An in-memory data source with kept sources, as `LibraryDataSource` has.
struct KeptSourceData: BrowserDataSource {
    let base: InMemoryDataSource
    let kept: [String: ArticleSource]
    var title: String { base.title }
    var totalQuotes: Int { base.totalQuotes }
    func facetCount(_ facet: Facet, filter: QuoteFilter) -> Int { base.facetCount(facet, filter: filter) }
    func facets(_ facet: Facet, filter: QuoteFilter, range: Range<Int>) -> [FacetValue] { base.facets(facet, filter: filter, range: range) }
    func quoteCount(filter: QuoteFilter) -> Int { base.quoteCount(filter: filter) }
    func quotes(filter: QuoteFilter, range: Range<Int>) -> [QuoteRow] { base.quotes(filter: filter, range: range) }
    func matchPositions(filter: QuoteFilter, matcher: any QuoteMatching, isCancelled: () -> Bool) -> [Int]? {
        base.matchPositions(filter: filter, matcher: matcher, isCancelled: isCancelled)
    }
    func article(id: String) -> Article? { base.article(id: id) }
    func storedSource(articleID: String) -> ArticleSource? { kept[articleID] }
}
