import Foundation

/// The files articles were imported from, as they are now, so an export's selectors point
/// into the file only where it still holds the quote. Each file is read once; it is re-parsed
/// (once) only when a quote's recorded span no longer holds the quote's words. Used by both
/// `dossier export` and the browser, so they agree on when selectors are written.
public final class SourceSnapshots {
    private var files: [String: Data?] = [:]
    private var parsed: [String: Article?] = [:]
    /// Why quotes went out without selectors, one line each, in order, without repeats.
    public private(set) var warnings: [String] = []

    public init() {}

    /// The record for `quote`, with selectors into its source file when that still holds it.
    public func record(article: Article, quote: Quote, accessed: String) -> QuoteRecord {
        let current = current(article: article, quote: quote)
        return QuoteRecord(article: article, quote: current.quote, accessed: accessed, source: current.source)
    }

    /// The quote with its span in the current file, and the file's bytes; the source is nil
    /// (the export then has no selectors, and a warning says why) when the file cannot be
    /// read or no longer holds the quote's words.
    public func current(article: Article, quote: Quote) -> (quote: Quote, source: Data?) {
        guard let path = article.metadata.sourcePath else {
            warn("quote \(quote.id) has no source file; exported without selectors")
            return (quote, nil)
        }
        guard let data = file(path) else { return (quote, nil) }
        if Self.span(quote.source, of: data, holds: quote.paragraphs) { return (quote, data) }
        guard let reparsed = self.article(path, data: data, metadata: article.metadata) else { return (quote, nil) }
        let words = quote.paragraphs.map(Self.sanitise)
        let candidates = reparsed.quotes.filter { $0.paragraphs.map(Self.sanitise) == words }
        guard let match = candidates.first(where: { $0.id.hasSuffix(Self.ordinalSuffix(quote.id)) }) ?? candidates.first else {
            warn("\(path): changed since it was imported; quote \(quote.id) is no longer in it, exported without selectors")
            return (quote, nil)
        }
        var moved = quote
        moved.source = match.source
        return (moved, data)
    }

    /// Whether the bytes of `span` carry the same letters and digits as `paragraphs`
    /// (typography, quotation marks and line breaks aside).
    public static func span(_ span: SourceSpan, of data: Data, holds paragraphs: [String]) -> Bool {
        guard span.startByte >= 0, span.startByte < span.endByte, span.endByte <= data.count else { return false }
        let text = String(decoding: data[data.startIndex + span.startByte ..< data.startIndex + span.endByte], as: UTF8.self)
        return letters(text) == letters(paragraphs.joined(separator: "\n"))
    }

    private static func letters(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Control characters removed, as the library stores text.
    static func sanitise(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            !(scalar.value < 0x20 && scalar != "\n" && scalar != "\t") && !(0x7F...0x9F).contains(scalar.value)
        }))
    }

    private func file(_ path: String) -> Data? {
        if let known = files[path] { return known }
        // Spans of an HTML article are positions in its page text.
        let data = FileManager.default.contents(atPath: path).flatMap { try? ArticleSource(data: $0, name: path).spanText() }
        if data == nil { warn("\(path): cannot read the source file; exported without selectors") }
        files[path] = data
        return data
    }

    private func article(_ path: String, data: Data, metadata: ArticleMetadata) -> Article? {
        if let known = parsed[path] { return known }
        // `data` is already the span text (page text for HTML, which is Markdown).
        let name = URL(fileURLWithPath: path).lastPathComponent
        let lower = name.lowercased()
        let textName = lower.hasSuffix(".html") || lower.hasSuffix(".htm") ? name + ".md" : name
        let article = try? ArticleImporter().parse(data: data, fileName: textName, metadata: metadata)
        if article == nil { warn("\(path): no longer reads as an article; exported without selectors") }
        parsed[path] = article
        return article
    }

    private static func ordinalSuffix(_ id: String) -> String {
        "-" + (id.split(separator: "-").last.map(String.init) ?? "")
    }

    private func warn(_ message: String) {
        if !warnings.contains(message) { warnings.append(message) }
    }
}
