/// One place in a quote where a country is named or implied.
public struct CountryMention: Codable, Sendable, Hashable {
    /// How the text referred to the country.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case name, demonym, capital, seat, body, leader
    }

    /// ISO 3166-1 alpha-2 code (or `XK`).
    public var code: String
    public var kind: Kind
    /// The text as printed.
    public var text: String
    /// Index of the paragraph within the quote.
    public var paragraph: Int
    /// UTF-8 byte offset and length within that paragraph.
    public var offset: Int
    public var length: Int

    public init(code: String, kind: Kind, text: String, paragraph: Int, offset: Int, length: Int) {
        self.code = code
        self.kind = kind
        self.text = text
        self.paragraph = paragraph
        self.offset = offset
        self.length = length
    }
}
