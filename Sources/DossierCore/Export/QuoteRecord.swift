/// Everything an exported quote carries: the exact words, who said them and
/// where, the article it comes from, and selectors that let it be re-found and
/// checked later. Every export format is rendered from this one value, and
/// `json` is its direct encoding (see `docs/export.md`).
public struct QuoteRecord: Codable, Sendable, Hashable {
    /// Identifies this record layout; bumped when a field changes meaning.
    public static let currentSchema = "dossier-quote/1"

    public var schema: String
    public var quote: QuotePart
    public var speaker: SpeakerPart
    public var article: ArticlePart
    /// The day the article was imported, used as the citation's accessed date (`YYYY-MM-DD`).
    public var accessed: String
    public var location: LocationPart
    /// Web Annotation selectors, or nil when the source file could not be read at export time.
    public var target: AnnotationTarget?
    /// Pandoc citation key and CSL-JSON `id` of the article.
    public var citationKey: String

    public init(
        schema: String = QuoteRecord.currentSchema, quote: QuotePart, speaker: SpeakerPart, article: ArticlePart,
        accessed: String, location: LocationPart, target: AnnotationTarget?, citationKey: String
    ) {
        self.schema = schema
        self.quote = quote
        self.speaker = speaker
        self.article = article
        self.accessed = accessed
        self.location = location
        self.target = target
        self.citationKey = citationKey
    }

    /// The quoted words: verbatim paragraphs, editorial brackets kept as printed.
    public struct QuotePart: Codable, Sendable, Hashable {
        /// The quote's stable id (`9c941c53-07`).
        public var id: String
        /// The paragraphs joined by a blank line.
        public var text: String
        public var paragraphs: [String]
        /// ISO 3166-1 alpha-2 codes, sorted.
        public var countries: [String]

        public init(id: String, paragraphs: [String], countries: [String]) {
            self.id = id
            self.text = paragraphs.joined(separator: "\n\n")
            self.paragraphs = paragraphs
            self.countries = countries
        }
    }

    /// The expert as the article printed them.
    public struct SpeakerPart: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var credentials: String?

        public init(id: String, name: String, credentials: String?) {
            self.id = id
            self.name = name
            self.credentials = credentials
        }
    }

    /// The article the quote was taken from.
    public struct ArticlePart: Codable, Sendable, Hashable {
        public var title: String
        public var publication: String?
        public var url: String?
        /// Publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when known.
        public var issued: String?
        public var language: String
        public var fingerprint: String
        /// The source file the article was imported from; `verify` reads it.
        public var sourcePath: String?

        public init(
            title: String, publication: String?, url: String?, issued: String?,
            language: String, fingerprint: String, sourcePath: String?
        ) {
            self.title = title
            self.publication = publication
            self.url = url
            self.issued = issued
            self.language = language
            self.fingerprint = fingerprint
            self.sourcePath = sourcePath
        }
    }

    /// Where the quote sits in the article and in its source file.
    public struct LocationPart: Codable, Sendable, Hashable {
        /// Section heading, or nil when the article has none.
        public var section: String?
        /// 1-based number of the section, or nil when the article has none.
        public var sectionNumber: Int?
        /// 1-based paragraph numbers within the section (editorial paragraphs count).
        public var paragraphsInSection: NumberRange?
        /// 1-based paragraph numbers within the article body (lede, introduction, editorial and quotes).
        public var paragraphsInArticle: NumberRange
        /// 1-based inclusive source line range.
        public var lines: NumberRange
        /// Byte range `[first, last)` in the source file, as `SourceSpan` records it.
        public var bytes: ByteRange

        public init(
            section: String?, sectionNumber: Int?, paragraphsInSection: NumberRange?,
            paragraphsInArticle: NumberRange, lines: NumberRange, bytes: ByteRange
        ) {
            self.section = section
            self.sectionNumber = sectionNumber
            self.paragraphsInSection = paragraphsInSection
            self.paragraphsInArticle = paragraphsInArticle
            self.lines = lines
            self.bytes = bytes
        }
    }

    /// An inclusive range of 1-based numbers (paragraphs, lines).
    public struct NumberRange: Codable, Sendable, Hashable {
        public var first: Int
        public var last: Int

        public init(first: Int, last: Int) {
            self.first = first
            self.last = last
        }

        /// `7` or `7–9` (en dash), as a citation locator prints it.
        public var label: String { first == last ? "\(first)" : "\(first)–\(last)" }
    }

    /// A half-open byte range `[start, end)`.
    public struct ByteRange: Codable, Sendable, Hashable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }
}
