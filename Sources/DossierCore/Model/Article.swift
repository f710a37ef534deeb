/// One imported expert-roundup article: its metadata, sections, experts,
/// attributed quotes and glossary, as read from a single source file.
public struct Article: Codable, Sendable, Hashable {
    /// Headline as printed.
    public var title: String
    /// The opening paragraph(s) that frame the roundup, joined by a newline.
    public var lede: String
    /// Editorial paragraphs before the first section or expert (after the lede).
    public var introduction: [String]
    public var metadata: ArticleMetadata
    /// Stable content hash: the same article from two mirror sites has the same fingerprint.
    public var fingerprint: String
    public var sections: [Section]
    public var experts: [Expert]
    public var quotes: [Quote]
    public var glossary: [GlossaryEntry]

    public init(
        title: String, lede: String, introduction: [String] = [], metadata: ArticleMetadata = .init(),
        fingerprint: String, sections: [Section], experts: [Expert], quotes: [Quote], glossary: [GlossaryEntry]
    ) {
        self.title = title
        self.lede = lede
        self.introduction = introduction
        self.metadata = metadata
        self.fingerprint = fingerprint
        self.sections = sections
        self.experts = experts
        self.quotes = quotes
        self.glossary = glossary
    }

    /// The expert with the given id, if any.
    public func expert(id: String) -> Expert? {
        experts.first { $0.id == id }
    }

    /// Quotes of one expert, in document order.
    public func quotes(byExpert id: String) -> [Quote] {
        quotes.filter { $0.expertID == id }
    }
}

/// Facts about an article that the text itself may not carry: where it was
/// published and where it came from. Read from a sidecar file when present.
public struct ArticleMetadata: Codable, Sendable, Hashable {
    public var publication: String?
    public var url: String?
    /// Publication date as ISO 8601 (`YYYY-MM-DD`), when known.
    public var date: String?
    /// BCP 47 language tag, e.g. `en` or `ru`.
    public var language: String
    /// Path of the source file the article was imported from.
    public var sourcePath: String?

    public init(publication: String? = nil, url: String? = nil, date: String? = nil, language: String = "en", sourcePath: String? = nil) {
        self.publication = publication
        self.url = url
        self.date = date
        self.language = language
        self.sourcePath = sourcePath
    }
}
