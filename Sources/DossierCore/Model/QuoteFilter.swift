/// The filters that narrow a list of quotes (the browser's panes, the library's browse
/// queries); nil means "any". One type shared by the UI and the library.
public struct QuoteFilter: Hashable, Sendable {
    /// Fingerprint of the article, when one article is picked.
    public var article: String?
    /// Section heading as printed; "" picks quotes without a section.
    public var section: String?
    /// Expert id (stable across articles: one expert in the whole library).
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
