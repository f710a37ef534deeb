import DossierCore

/// A list the browser can show besides the quotes: each is a facet of the quotes.
public enum Facet: String, Sendable, CaseIterable {
    case article, section, expert, country
}

/// One entry of a facet list: the value filtered on, how to show it, and how
/// many quotes have it under the other filters.
public struct FacetValue: Hashable, Sendable {
    public var key: String
    public var label: String
    public var detail: String?
    public var count: Int

    public init(key: String, label: String, detail: String? = nil, count: Int) {
        self.key = key
        self.label = label
        self.detail = detail
        self.count = count
    }
}

/// One quote as the quotes list and the reader need it: the quote with the
/// names it refers to resolved.
public struct QuoteRow: Hashable, Sendable {
    public var quote: Quote
    public var expert: Expert
    /// Fingerprint of the article the quote comes from.
    public var articleID: String
    public var articleTitle: String
    public var publication: String?
    public var date: String?
    /// Glossary entries of the article whose term appears in the quote.
    public var glossary: [GlossaryEntry]
    /// The article's web address as imported (unchecked: see `WebLink.sanitised`).
    public var url: String?

    public init(quote: Quote, expert: Expert, articleID: String, articleTitle: String, publication: String?, date: String?,
                glossary: [GlossaryEntry], url: String? = nil) {
        self.quote = quote
        self.expert = expert
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.publication = publication
        self.date = date
        self.glossary = glossary
        self.url = url
    }
}
