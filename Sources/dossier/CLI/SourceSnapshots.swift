import DossierCore
import DossierLibrary
import Foundation

/// The files library articles were imported from, as they are now, so an export's selectors
/// point into the file only where it still holds the quote. Each file is read once; it is
/// re-parsed (once) only when a quote's recorded span no longer holds the quote's words.
final class SourceSnapshots {
    private var files: [String: Data?] = [:]
    private var parsed: [String: Article?] = [:]
    private var warned: Set<String> = []

    /// The quote with its span in the current file, and the file's bytes; the source is nil
    /// (the export then has no selectors, and a warning says why) when the file cannot be
    /// read or no longer holds the quote's words.
    func current(_ found: ExportableQuote) -> (quote: Quote, source: Data?) {
        guard let path = found.article.metadata.sourcePath else {
            warn("quote \(found.quote.id) has no source file in the library; exported without selectors")
            return (found.quote, nil)
        }
        guard let data = file(path) else { return (found.quote, nil) }
        if Self.span(found.quote.source, of: data, holds: found.quote.paragraphs) { return (found.quote, data) }
        guard let article = article(path, data: data, metadata: found.article.metadata) else { return (found.quote, nil) }
        let candidates = article.quotes.filter { $0.paragraphs.map(Terminal.sanitise) == found.quote.paragraphs }
        guard let match = candidates.first(where: { $0.id.hasSuffix(Self.ordinalSuffix(found.quote.id)) }) ?? candidates.first else {
            warn("\(path): changed since it was imported; quote \(found.quote.id) is no longer in it, exported without selectors")
            return (found.quote, nil)
        }
        var quote = found.quote
        quote.source = match.source
        return (quote, data)
    }

    /// Whether the bytes of `span` carry the same letters and digits as `paragraphs`
    /// (typography, quotation marks and line breaks aside).
    static func span(_ span: SourceSpan, of data: Data, holds paragraphs: [String]) -> Bool {
        guard span.startByte >= 0, span.startByte < span.endByte, span.endByte <= data.count else { return false }
        let text = String(decoding: data[data.startIndex + span.startByte ..< data.startIndex + span.endByte], as: UTF8.self)
        return letters(text) == letters(paragraphs.joined(separator: "\n"))
    }

    private static func letters(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
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
        guard warned.insert(message).inserted else { return }
        FileHandle.standardError.write(Data("dossier: \(Terminal.sanitise(message))\n".utf8))
    }
}
