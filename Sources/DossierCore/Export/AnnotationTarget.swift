/// W3C Web Annotation target for a quote: the source it points at plus a
/// `TextQuoteSelector` and a `TextPositionSelector`. Positions index the
/// source file's UTF-8 bytes (the same numbers as `SourceSpan.startByte/endByte`),
/// and `exact` is those bytes decoded, so a checker can compare them directly.
public struct AnnotationTarget: Codable, Sendable, Hashable {
    /// The article URL when known, else its source path.
    public var source: String
    public var textQuote: TextQuoteSelector
    public var textPosition: TextPositionSelector

    public init(source: String, textQuote: TextQuoteSelector, textPosition: TextPositionSelector) {
        self.source = source
        self.textQuote = textQuote
        self.textPosition = textPosition
    }
}

/// The quoted text plus up to 32 characters on either side, for re-anchoring.
public struct TextQuoteSelector: Codable, Sendable, Hashable {
    public var type: String = "TextQuoteSelector"
    public var exact: String
    public var prefix: String
    public var suffix: String

    public init(exact: String, prefix: String, suffix: String) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}

/// Start and end of the quote as UTF-8 byte offsets into the source file (`end` exclusive).
public struct TextPositionSelector: Codable, Sendable, Hashable {
    public var type: String = "TextPositionSelector"
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
