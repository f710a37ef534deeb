/// One attributed block of an expert's words: every paragraph verbatim, the
/// section it sits in, the countries it is about and its place in the source.
public struct Quote: Codable, Sendable, Hashable, Identifiable {
    /// Stable id: the article fingerprint's first 8 hex digits and the quote's ordinal (`9c941c53-07`).
    public var id: String
    /// Id of the speaking `Expert`.
    public var expertID: String
    /// Heading of the section the quote sits in, or nil when the article has none.
    public var section: String?
    public var paragraphs: [String]
    /// ISO 3166-1 alpha-2 codes (plus `XK`), sorted.
    public var countries: [String]
    /// Every country mention found in the paragraphs.
    public var mentions: [CountryMention]
    public var source: SourceSpan

    public init(
        id: String, expertID: String, section: String?, paragraphs: [String],
        countries: [String] = [], mentions: [CountryMention] = [], source: SourceSpan
    ) {
        self.id = id
        self.expertID = expertID
        self.section = section
        self.paragraphs = paragraphs
        self.countries = countries
        self.mentions = mentions
        self.source = source
    }

    /// The paragraphs joined by a blank line.
    public var text: String { paragraphs.joined(separator: "\n\n") }

    enum CodingKeys: String, CodingKey {
        case id, expertID = "expert", section, paragraphs, countries, mentions, source
    }

    /// Encodes `section` as an explicit `null` when absent, as the documented JSON shape requires.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(expertID, forKey: .expertID)
        try c.encode(section, forKey: .section)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(countries, forKey: .countries)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(source, forKey: .source)
    }
}

/// Where a piece of text sits in its source file: 1-based inclusive line range and
/// the byte range `[startByte, endByte)` in the file as it is on disk.
public struct SourceSpan: Codable, Sendable, Hashable {
    public var startLine: Int
    public var endLine: Int
    public var startByte: Int
    public var endByte: Int

    public init(startLine: Int, endLine: Int, startByte: Int, endByte: Int) {
        self.startLine = startLine
        self.endLine = endLine
        self.startByte = startByte
        self.endByte = endByte
    }
}
