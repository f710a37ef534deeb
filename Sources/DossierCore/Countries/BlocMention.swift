/// One place in a quote where a bloc or organisation (EU, NATO, "the West") is named.
/// Blocs are filterable on their own and never count as countries.
public struct BlocMention: Codable, Sendable, Hashable {
    /// Bloc code from the gazetteer (`EU`, `NATO`, `CSTO`, `WEST`).
    public var code: String
    public var text: String
    /// Index of the paragraph within the quote.
    public var paragraph: Int
    /// UTF-8 byte offset and length within that paragraph.
    public var offset: Int
    public var length: Int

    public init(code: String, text: String, paragraph: Int, offset: Int, length: Int) {
        self.code = code
        self.text = text
        self.paragraph = paragraph
        self.offset = offset
        self.length = length
    }
}

/// Everything the tagger found in one quote.
public struct CountryTags: Sendable, Hashable {
    public var mentions: [CountryMention]
    public var blocs: [BlocMention]

    /// Country codes mentioned, sorted and unique (what `Quote.countries` holds).
    public var countries: [String] { Array(Set(mentions.map(\.code))).sorted() }
    /// Bloc codes mentioned, sorted and unique.
    public var blocCodes: [String] { Array(Set(blocs.map(\.code))).sorted() }
}
