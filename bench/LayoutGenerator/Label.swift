/// What the importer should find in a generated article, derived from the content and the
/// layout choices (never by parsing the text). Paragraph texts follow the importer's conventions:
/// the marks around the whole quote, Markdown `> `, list dashes and attribution tails are dropped,
/// no-break spaces are plain spaces and zero-width spaces are gone; inner quotation marks stay.
public struct LayoutLabel: Codable, Sendable, Hashable {
    public struct Expert: Codable, Sendable, Hashable {
        public var name: String
        /// As printed: the header minus the name and separator, or the signature after `Name is `.
        public var credentials: String?
    }

    public struct Quote: Codable, Sendable, Hashable {
        public var expert: String
        /// The heading as printed (with its number, without Markdown `#`), nil when the layout has no sections.
        public var section: String?
        public var paragraphs: [String]
        /// ISO codes of the countries the content put into the quote (by name, capital or demonym).
        public var countries: [String]?
    }

    public var title: String
    public var sections: [String]
    public var experts: [Expert]
    public var quotes: [Quote]
    public var family: String
    /// The seeded layout choices, in words (`CRLF, blank gaps, “curly” marks, furniture top+between`).
    public var variation: String
    public var fileName: String
}

/// One generated article: its bytes as text, the file name (its extension decides Markdown) and its label.
public struct RenderedArticle: Sendable {
    public var text: String
    public var fileName: String
    public var label: LayoutLabel
}

/// Collects the label while a family renders.
struct LabelBuilder {
    var title = ""
    var sections: [String] = []
    var experts: [LayoutLabel.Expert] = []
    var quotes: [LayoutLabel.Quote] = []

    mutating func section(_ heading: String) {
        if !sections.contains(heading) { sections.append(heading) }
    }

    mutating func quote(expert name: String, credentials: String?, section: String?, paragraphs: [String], countries: Set<String>) {
        if let index = experts.firstIndex(where: { $0.name == name }) {
            if experts[index].credentials == nil { experts[index].credentials = credentials }
        } else {
            experts.append(.init(name: name, credentials: credentials))
        }
        quotes.append(.init(expert: name, section: section, paragraphs: paragraphs, countries: countries.sorted()))
    }
}
