import Foundation

/// The files articles were imported from, as they are now, so an export's selectors point
/// into the file only where it still holds the quote. Each file is read once; it is re-parsed
/// (once) only when a quote's recorded span no longer holds the quote's words. When the file
/// cannot be read, the library's kept copy of the source (`kept`, by article fingerprint) is
/// used instead. Used by both `dossier export` and the browser, so they agree on when
/// selectors are written.
public final class SourceSnapshots {
    private var files: [String: Data?] = [:]
    private var keptTexts: [String: (name: String, text: Data, html: Bool)?] = [:]
    private var parsed: [String: Article?] = [:]
    private let kept: (String) -> ArticleSource?
    /// Why quotes went out without selectors, or with selectors from the kept copy: one line
    /// each, in order, without repeats.
    public private(set) var warnings: [String] = []

    /// `kept` gives the library's stored source of an article by fingerprint (nil: none).
    public init(kept: @escaping (String) -> ArticleSource? = { _ in nil }) {
        self.kept = kept
    }

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
            if let found = fromKeptCopy(article: article, quote: quote, reason: "quote \(quote.id) has no source file") { return found }
            warn("quote \(quote.id) has no source file; exported without selectors")
            return (quote, nil)
        }
        guard let data = file(path) else {
            if let found = fromKeptCopy(article: article, quote: quote, reason: "\(path): cannot read the source file") { return found }
            warn("\(path): cannot read the source file; exported without selectors")
            return (quote, nil)
        }
        if Self.span(quote.source, of: data, holds: quote.paragraphs) { return (quote, data) }
        guard let reparsed = self.article(path, name: path, data: data, metadata: article.metadata) else {
            warn("\(path): no longer reads as an article; exported without selectors")
            return (quote, nil)
        }
        guard let moved = Self.locate(quote, in: reparsed) else {
            warn("\(path): changed since it was imported; quote \(quote.id) is no longer in it, exported without selectors")
            return (quote, nil)
        }
        return (moved, data)
    }

    /// The quote and the span text of the library's kept copy, when there is one that holds
    /// the quote; the warning names the copy used.
    private func fromKeptCopy(article: Article, quote: Quote, reason: String) -> (quote: Quote, source: Data?)? {
        guard let copy = keptText(article.fingerprint) else { return nil }
        var found = quote
        if !Self.span(quote.source, of: copy.text, holds: quote.paragraphs) {
            guard let reparsed = self.article("kept:" + article.fingerprint, name: copy.name, html: copy.html, data: copy.text, metadata: article.metadata),
                  let moved = Self.locate(quote, in: reparsed) else { return nil }
            found = moved
        }
        warn("\(reason); selectors computed from the library's kept copy of \(copy.name)")
        return (found, copy.text)
    }

    /// The quote with its span where `article` (a re-parse of its source) has the same words.
    private static func locate(_ quote: Quote, in article: Article) -> Quote? {
        let words = quote.paragraphs.map(sanitise)
        let candidates = article.quotes.filter { $0.paragraphs.map(sanitise) == words }
        guard let match = candidates.first(where: { $0.id.hasSuffix(ordinalSuffix(quote.id)) }) ?? candidates.first else { return nil }
        var moved = quote
        moved.source = match.source
        return moved
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
        files[path] = data
        return data
    }

    /// The span text of the library's kept copy of an article, the name it was imported as,
    /// and whether it is a page (its span text is then Markdown).
    private func keptText(_ fingerprint: String) -> (name: String, text: Data, html: Bool)? {
        if let known = keptTexts[fingerprint] { return known }
        let copy = kept(fingerprint).flatMap { source in (try? source.spanText()).map { (name: source.name, text: $0, html: source.isHTML) } }
        keptTexts[fingerprint] = copy
        return copy
    }

    /// Parses span text once per key; HTML page text is read as Markdown.
    private func article(_ key: String, name path: String, html: Bool? = nil, data: Data, metadata: ArticleMetadata) -> Article? {
        if let known = parsed[key] { return known }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let lower = name.lowercased()
        let isHTML = html ?? (lower.hasSuffix(".html") || lower.hasSuffix(".htm"))
        let textName = isHTML ? name + ".md" : name
        let article = try? ArticleImporter().parse(data: data, fileName: textName, metadata: metadata)
        parsed[key] = article
        return article
    }

    private static func ordinalSuffix(_ id: String) -> String {
        "-" + (id.split(separator: "-").last.map(String.init) ?? "")
    }

    private func warn(_ message: String) {
        if !warnings.contains(message) { warnings.append(message) }
    }
}
