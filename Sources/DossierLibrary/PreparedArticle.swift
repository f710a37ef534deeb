import DossierCore
import GRDB

/// An article turned into the rows the library stores: cleaned text, JSON columns and
/// search keys computed up front, so `dossier import` can prepare articles on the parsing
/// threads and the single writer only binds values and steps statements.
public struct PreparedArticle: Sendable {
    struct QuoteRows: Sendable {
        var quote: [DatabaseValue]          // quote columns after article_id / ordinal: see `LibraryWriter`
        var countries: [String]
    }

    /// The article's identity, for deduplication.
    public let fingerprint: String
    public let sourcePath: String?
    let article: [DatabaseValue]            // article columns without imported_at
    let sections: [[DatabaseValue]]
    let experts: [(id: String, name: String, credentials: String?)]
    let quotes: [QuoteRows]
    let glossary: [[DatabaseValue]]
    /// The source bytes to keep, compressed.
    let source: StoredSources.Compressed?
    /// The canonical URL of a fetched page: a page already imported by that URL adds nothing.
    /// (Files are deduplicated by fingerprint only: two roundups may share a sidecar URL.)
    let url: String?

    /// Prepares `article` (read from a source of `byteCount` bytes, kept in the library
    /// when `source` is given) for storing.
    public init(_ article: Article, byteCount: Int, source: ArticleSource? = nil) throws {
        let meta = article.metadata
        self.source = try source.map(StoredSources.Compressed.init)
        url = source?.pageURL == nil ? nil : meta.url.map(LibraryText.clean)
        fingerprint = article.fingerprint
        sourcePath = meta.sourcePath
        let title = LibraryText.clean(article.title)
        self.article = row(
            article.fingerprint, title, SearchText.key(article.title), LibraryText.clean(article.lede),
            try LibraryText.json(article.introduction.map(LibraryText.clean)),
            meta.publication.map(LibraryText.clean), meta.url.map(LibraryText.clean), meta.date, meta.language,
            meta.sourcePath, byteCount)
        sections = try article.sections.map { section in
            row(LibraryText.clean(section.heading), try LibraryText.json(section.editorial.map(LibraryText.clean)), section.line)
        }
        experts = article.experts.map { ($0.id, LibraryText.clean($0.name), $0.credentials.map(LibraryText.clean)) }
        let byID = Dictionary(article.experts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        quotes = try article.quotes.map { quote in try Self.rows(quote, title: title, expert: byID[quote.expertID]) }
        glossary = article.glossary.map { entry in
            row(entry.term.map(LibraryText.clean), LibraryText.clean(entry.definition), entry.line)
        }
    }

    private static func rows(_ quote: Quote, title: String, expert: Expert?) throws -> QuoteRows {
        let paragraphs = quote.paragraphs.map(LibraryText.clean)
        let body = paragraphs.joined(separator: "\n\n")
        let roundTrips = LibraryText.paragraphs(of: body) == paragraphs
        let section = quote.section.map(LibraryText.clean)
        let values = row(
            quote.id, quote.expertID, section, SearchText.key(section ?? ""),
            roundTrips ? nil : try LibraryText.json(paragraphs),
            quote.source.startLine, quote.source.endLine, quote.source.startByte, quote.source.endByte,
            body, LibraryText.clean(expert?.name ?? quote.expertID), LibraryText.clean(expert?.credentials ?? ""),
            section ?? "", title, try MentionColumn.json(quote.mentions))
        return QuoteRows(
            quote: values,
            countries: Array(Set(quote.countries.map { $0.uppercased() })).sorted())
    }
}

/// Column values as stored (nil becomes NULL).
private func row(_ values: (any DatabaseValueConvertible)?...) -> [DatabaseValue] {
    values.map { $0?.databaseValue ?? .null }
}
