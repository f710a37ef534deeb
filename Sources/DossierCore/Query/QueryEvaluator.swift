/// The searchable text of one quote, tokenised and stemmed once, so a query can be
/// evaluated in memory the way the library's FTS5 index evaluates it.
public struct QuoteSearchDocument: Sendable {
    /// Stemmed tokens of each searchable field: quote text, expert name, credentials, section, article title.
    public var fields: [[String]]
    public var expertID: String
    public var countries: Set<String>
    public var sectionKey: String
    public var articleKey: String
    public var fingerprint: String

    public init(quote: Quote, in article: Article) {
        let expert = article.expert(id: quote.expertID)
        let texts = [quote.text, expert?.name ?? "", expert?.credentials ?? "", quote.section ?? "", article.title]
        fields = texts.map { SearchText.tokens($0).map(SearchText.stem) }
        expertID = quote.expertID
        countries = Set(quote.countries.map { $0.uppercased() })
        sectionKey = SearchText.key(quote.section ?? "")
        articleKey = SearchText.key(article.title)
        fingerprint = article.fingerprint.lowercased()
    }
}

extension Query {
    /// Whether `quote` (of `article`) matches, evaluated in memory.
    public func matches(_ quote: Quote, in article: Article) -> Bool {
        matches(QuoteSearchDocument(quote: quote, in: article))
    }

    /// Whether a prepared document matches; prepare documents once when filtering many times.
    public func matches(_ document: QuoteSearchDocument) -> Bool {
        Self.evaluate(root, document)
    }

    /// The quotes of `article` that match, in document order.
    public func matchingQuotes(in article: Article) -> [Quote] {
        article.quotes.filter { matches($0, in: article) }
    }

    private static func evaluate(_ node: QueryNode, _ doc: QuoteSearchDocument) -> Bool {
        switch node {
        case .and(let children): return children.allSatisfy { evaluate($0, doc) }
        case .or(let children): return children.contains { evaluate($0, doc) }
        case .not(let child): return !evaluate(child, doc)
        case .phrase(let words, let prefix):
            let stems = words.map(SearchText.stem)
            return doc.fields.contains { containsPhrase($0, stems, prefix: prefix) }
        case .field(let field, let value):
            switch field {
            case .expert: return doc.expertID.contains(value)
            case .country: return doc.countries.contains(value)
            case .section: return doc.sectionKey.contains(value)
            case .article: return doc.articleKey.contains(value) || doc.fingerprint.hasPrefix(value)
            }
        }
    }

    private static func containsPhrase(_ tokens: [String], _ phrase: [String], prefix: Bool) -> Bool {
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return false }
        for start in 0...(tokens.count - phrase.count) {
            var ok = true
            for (offset, word) in phrase.enumerated() {
                let token = tokens[start + offset]
                let isLast = offset == phrase.count - 1
                if isLast && prefix ? !token.hasPrefix(word) : token != word { ok = false; break }
            }
            if ok { return true }
        }
        return false
    }
}
