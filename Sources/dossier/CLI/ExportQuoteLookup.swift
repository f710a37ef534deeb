import DossierCore
import Foundation

/// One quote found for export, with what the record needs besides the model.
struct LookedUpQuote {
    var article: Article
    var quote: Quote
    /// Import day (`YYYY-MM-DD`), used as the accessed date.
    var accessed: String
    /// The article's source file bytes, for the selectors; nil when unreadable.
    var source: Data?

    var record: QuoteRecord { QuoteRecord(article: article, quote: quote, accessed: accessed, source: source) }
}

/// Where `dossier export` finds quotes: an article file (`ArticleFileLookup`) or the library (`LibraryQuoteLookup`).
protocol QuoteLookup {
    /// The quotes named by `ids`, in that order; throws `.notFound` naming an unknown id.
    func quotes(ids: [String]) throws -> [LookedUpQuote]
    /// The quotes that match `query` (the query language of `dossier search`).
    func quotes(matching query: String) throws -> [LookedUpQuote]
}

/// Looks quotes up in one article file parsed with `ArticleImporter`; ids are
/// full quote ids (`b22ca693-07`) or ordinals (`7`, `07`).
struct ArticleFileLookup: QuoteLookup {
    let path: String
    let article: Article
    let accessed: String
    let source: Data?
    /// Most query hits to export; nil for all of them.
    let limit: Int?

    init(path: String, accessed: String?, limit: Int? = nil, tagger: (any CountryTagging)?) throws {
        self.path = path
        self.limit = limit
        var article = try ArticleImporter(tagger: tagger).importFile(atPath: path)
        article.metadata.sourcePath = URL(fileURLWithPath: path).standardizedFileURL.path
        self.article = article
        self.accessed = accessed ?? QuoteRecord.isoDay(Date())
        self.source = FileManager.default.contents(atPath: path)
    }

    func quotes(ids: [String]) throws -> [LookedUpQuote] {
        try ids.map { id in
            guard let quote = quote(for: id) else {
                let range = [article.quotes.first?.id, article.quotes.last?.id].compactMap { $0 }.joined(separator: " … ")
                throw DossierError("\(path): no quote '\(id)' (ids are \(range), or ordinals 1…\(article.quotes.count))", code: .notFound)
            }
            return LookedUpQuote(article: article, quote: quote, accessed: accessed, source: source)
        }
    }

    func quotes(matching query: String) throws -> [LookedUpQuote] {
        let parsed = try Query.parse(query, countries: CLI.countryNames)
        let found = parsed.matchingQuotes(in: article).prefix(limit ?? Int.max)
        guard !found.isEmpty else { throw DossierError("\(path): no quote matches '\(query)'", code: .notFound) }
        return found.map { LookedUpQuote(article: article, quote: $0, accessed: accessed, source: source) }
    }

    private func quote(for id: String) -> Quote? {
        if let exact = article.quotes.first(where: { $0.id == id }) { return exact }
        guard let ordinal = Int(id), ordinal >= 1 else { return nil }
        return article.quotes.first { $0.id.hasSuffix("-" + String(format: "%02d", ordinal)) }
            ?? (ordinal <= article.quotes.count ? article.quotes[ordinal - 1] : nil)
    }
}
