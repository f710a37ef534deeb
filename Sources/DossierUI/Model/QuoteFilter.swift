import DossierCore

/// The filters that narrow the quotes list; nil means "any".
public struct QuoteFilter: Hashable, Sendable {
    /// Fingerprint of the article, when one article is picked.
    public var article: String?
    /// Section heading.
    public var section: String?
    /// Expert id (stable across articles).
    public var expert: String?
    /// ISO country code from `Quote.countries`.
    public var country: String?

    public init(article: String? = nil, section: String? = nil, expert: String? = nil, country: String? = nil) {
        self.article = article
        self.section = section
        self.expert = expert
        self.country = country
    }

    public var isEmpty: Bool { article == nil && section == nil && expert == nil && country == nil }
}

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

    public init(quote: Quote, expert: Expert, articleID: String, articleTitle: String, publication: String?, date: String?, glossary: [GlossaryEntry]) {
        self.quote = quote
        self.expert = expert
        self.articleID = articleID
        self.articleTitle = articleTitle
        self.publication = publication
        self.date = date
        self.glossary = glossary
    }
}
