import Foundation
import DossierCore
import Synchronization

/// A `BrowserDataSource` over articles held in memory. Filter results are
/// cached per filter, so moving around never rescans all quotes twice.
public final class InMemoryDataSource: BrowserDataSource {
    public let title: String
    let rows: [QuoteRow]
    private let documents: [QuoteSearchDocument]
    let articles: [Article]
    let articleIndex: FacetIndex
    private let sectionIndex: FacetIndex
    private let expertIndex: FacetIndex
    let countryIndex: FacetIndex
    /// Per row: ids of its article, section and expert, and its country ids.
    private let rowArticle: [Int]
    private let rowSection: [Int]
    private let rowExpert: [Int]
    private let rowCountries: [[Int]]
    private let quoteCache = Mutex<[QuoteFilter: [Int]]>([:])
    private let facetCache = Mutex<[FacetKey: [FacetValue]]>([:])
    private let articleCache = Mutex<[ArticleKey: [ArticleEntry]]>([:])

    private struct ArticleKey: Hashable {
        var scope: QuoteFilter
        var order: ArticleOrder
    }

    private struct FacetKey: Hashable {
        var facet: Facet
        var filter: QuoteFilter
    }

    public init(articles: [Article], title: String = "Dossier") {
        self.title = title
        self.articles = articles
        var rows: [QuoteRow] = []
        var documents: [QuoteSearchDocument] = []
        for article in articles {
            let experts = Dictionary(article.experts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for quote in article.quotes {
                let expert = experts[quote.expertID] ?? Expert(id: quote.expertID, name: quote.expertID, credentials: nil)
                let glossary = article.glossary.filter { entry in
                    guard let term = entry.term, !term.isEmpty else { return false }
                    return quote.paragraphs.contains { $0.range(of: term, options: [.caseInsensitive]) != nil }
                }
                rows.append(QuoteRow(
                    quote: quote, expert: expert, articleID: article.fingerprint, articleTitle: article.title,
                    publication: article.metadata.publication, date: article.metadata.date, glossary: glossary,
                    url: article.metadata.url))
                documents.append(QuoteSearchDocument(quote: quote, in: article))
            }
        }
        self.rows = rows
        var articleIndex = FacetIndex(), sectionIndex = FacetIndex(), expertIndex = FacetIndex(), countryIndex = FacetIndex()
        var rowArticle: [Int] = [], rowSection: [Int] = [], rowExpert: [Int] = [], rowCountries: [[Int]] = []
        for (index, row) in rows.enumerated() {
            rowArticle.append(articleIndex.add(row.articleID, row: index))
            rowSection.append(sectionIndex.add(row.quote.section ?? "", row: index))
            rowExpert.append(expertIndex.add(row.expert.id, row: index))
            rowCountries.append(row.quote.countries.map { countryIndex.add($0, row: index) })
        }
        self.articleIndex = articleIndex
        self.sectionIndex = sectionIndex
        self.expertIndex = expertIndex
        self.countryIndex = countryIndex
        self.rowArticle = rowArticle
        self.rowSection = rowSection
        self.rowExpert = rowExpert
        self.rowCountries = rowCountries
        self.documents = documents
    }

    public var totalQuotes: Int { rows.count }

    /// Articles opened from files are imported now, so they have no recorded import day.
    public func article(id: String) -> Article? { articles.first { $0.fingerprint == id } }

    public func quoteCount(filter: QuoteFilter) -> Int { indices(for: filter).count }

    public func quotes(filter: QuoteFilter, range: Range<Int>) -> [QuoteRow] {
        let matching = indices(for: filter)
        let clamped = range.clamped(to: 0..<matching.count)
        return matching[clamped].map { rows[$0] }
    }

    public func facetCount(_ facet: Facet, filter: QuoteFilter) -> Int { facetValues(facet, filter: filter).count }

    public func facets(_ facet: Facet, filter: QuoteFilter, range: Range<Int>) -> [FacetValue] {
        let values = facetValues(facet, filter: filter)
        return Array(values[range.clamped(to: 0..<values.count)])
    }

    public func matchPositions(filter: QuoteFilter, matcher: any QuoteMatching, isCancelled: () -> Bool) -> [Int]? {
        var positions: [Int] = []
        for (position, index) in indices(for: filter).enumerated() {
            if position % 256 == 0 && isCancelled() { return nil }
            if matcher.matches(documents[index]) { positions.append(position) }
        }
        return positions
    }

    private func indices(for filter: QuoteFilter) -> [Int] {
        if let cached = quoteCache.withLock({ $0[filter] }) { return cached }
        let result = computeIndices(filter)
        quoteCache.withLock { cache in
            if cache.count > 64 { cache.removeAll() }
            cache[filter] = result
        }
        return result
    }

    /// Starts from the shortest posting list among the filters and checks the rest by id.
    private func computeIndices(_ filter: QuoteFilter) -> [Int] {
        var article: Int?, section: Int?, expert: Int?, country: Int?
        var candidates: [[Int]] = []
        if let key = filter.article {
            guard let id = articleIndex.id(of: key) else { return [] }
            article = id
            candidates.append(articleIndex.postings[id])
        }
        if let key = filter.section {
            guard let id = sectionIndex.id(of: key) else { return [] }
            section = id
            candidates.append(sectionIndex.postings[id])
        }
        if let key = filter.expert {
            guard let id = expertIndex.id(of: key) else { return [] }
            expert = id
            candidates.append(expertIndex.postings[id])
        }
        if let key = filter.country {
            guard let id = countryIndex.id(of: key) else { return [] }
            country = id
            candidates.append(countryIndex.postings[id])
        }
        guard let shortest = candidates.min(by: { $0.count < $1.count }) else { return Array(rows.indices) }
        return shortest.filter { row in
            (article == nil || rowArticle[row] == article)
                && (section == nil || rowSection[row] == section)
                && (expert == nil || rowExpert[row] == expert)
                && (country.map { rowCountries[row].contains($0) } ?? true)
        }
    }

    private func facetValues(_ facet: Facet, filter: QuoteFilter) -> [FacetValue] {
        let key = FacetKey(facet: facet, filter: scope(of: facet, in: filter))
        if let cached = facetCache.withLock({ $0[key] }) { return cached }
        let values = computeFacet(facet, scope: key.filter)
        facetCache.withLock { cache in
            if cache.count > 256 { cache.removeAll() }
            cache[key] = values
        }
        return values
    }

    private func computeFacet(_ facet: Facet, scope: QuoteFilter) -> [FacetValue] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        var labels: [String: (String, String?)] = [:]
        func add(_ key: String, _ label: String, _ detail: String?) {
            if counts[key] == nil { order.append(key); labels[key] = (label, detail) }
            counts[key, default: 0] += 1
        }
        if facet == .article {
            return articleEntries(scope: scope, order: .newest).map {
                FacetValue(key: $0.fingerprint, label: $0.title, detail: $0.publication, count: $0.quoteCount)
            }
        } else {
            for index in indices(for: scope) {
                let row = rows[index]
                switch facet {
                case .section: add(row.quote.section ?? "", row.quote.section ?? "(no section)", nil)
                case .expert: add(row.expert.id, row.expert.name, row.expert.credentials)
                case .country:
                    for code in row.quote.countries { add(code, CountryNames.name(for: code), code) }
                case .article: break
                }
            }
        }
        var values = order.map { key in
            FacetValue(key: key, label: labels[key]?.0 ?? key, detail: labels[key]?.1, count: counts[key] ?? 0)
        }
        // Across articles, experts are listed most quoted first; within one, as it printed them.
        if facet == .country {
            values.sort { ($0.count, $1.label) > ($1.count, $0.label) }
        } else if facet == .expert && scope.article == nil && articles.count > 1 {
            // Named as the first article printed them, whatever the scope (as the library does).
            values = values.map { value in
                guard let first = expertIndex.id(of: value.key).flatMap({ expertIndex.postings[$0].first }) else { return value }
                return FacetValue(key: value.key, label: rows[first].expert.name, detail: rows[first].expert.credentials, count: value.count)
            }
            values.sort { ($0.count, $1.key) > ($1.count, $0.key) }
        }
        return values
    }

    public func facetMatchCounts(_ facet: Facet, scope: QuoteFilter, matcher: any QuoteMatching,
                                 isCancelled: () -> Bool) -> (perValue: [String: Int], total: Int)? {
        var counts: [String: Int] = [:]
        var total = 0
        for (position, index) in indices(for: scope).enumerated() {
            if position % 256 == 0 && isCancelled() { return nil }
            guard matcher.matches(documents[index]) else { continue }
            total += 1
            let row = rows[index]
            switch facet {
            case .article: counts[row.articleID, default: 0] += 1
            case .section: counts[row.quote.section ?? "", default: 0] += 1
            case .expert: counts[row.expert.id, default: 0] += 1
            case .country: for code in row.quote.countries { counts[code, default: 0] += 1 }
            }
        }
        return (counts, total)
    }

    public func articles(filter: QuoteFilter, order: ArticleOrder, range: Range<Int>) -> [ArticleEntry] {
        let all = articleEntries(scope: scope(of: .article, in: filter), order: order)
        return Array(all[range.clamped(to: 0..<all.count)])
    }

    public func articlePosition(_ fingerprint: String, filter: QuoteFilter, order: ArticleOrder) -> Int? {
        articleEntries(scope: scope(of: .article, in: filter), order: order).firstIndex { $0.fingerprint == fingerprint }
    }

    public func articleEntry(id: String) -> ArticleEntry? {
        articles.first { $0.fingerprint == id }.map {
            ArticleEntry(fingerprint: $0.fingerprint, title: $0.title, publication: $0.metadata.publication,
                         date: $0.metadata.date, quoteCount: $0.quotes.count)
        }
    }

    /// The articles with quotes under `scope`, counted, in `order` (later files count as newer imports).
    private func articleEntries(scope: QuoteFilter, order: ArticleOrder) -> [ArticleEntry] {
        let key = ArticleKey(scope: scope, order: order)
        if let cached = articleCache.withLock({ $0[key] }) { return cached }
        let entries = computeArticleEntries(scope: scope, order: order)
        articleCache.withLock { cache in
            if cache.count > 64 { cache.removeAll() }
            cache[key] = entries
        }
        return entries
    }

    private func computeArticleEntries(scope: QuoteFilter, order: ArticleOrder) -> [ArticleEntry] {
        var counts: [Int: Int] = [:]
        for index in indices(for: scope) { counts[rowArticle[index], default: 0] += 1 }
        let entries = articles.enumerated().compactMap { rank, article -> (summary: ArticleEntry, importRank: Int)? in
            guard let id = articleIndex.id(of: article.fingerprint), let count = counts[id] else { return nil }
            return (ArticleEntry(fingerprint: article.fingerprint, title: article.title, publication: article.metadata.publication,
                                 date: article.metadata.date, quoteCount: count), rank)
        }
        return ArticleEntry.sorted(entries, by: order)
    }
}
