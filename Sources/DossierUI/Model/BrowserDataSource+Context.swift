import DossierCore
import Foundation

/// What `C` finds for a quote: its context, or one line saying why there is none.
public enum QuoteContextLookup: Hashable, Sendable {
    case found(QuoteContext)
    case unavailable(String)
}

extension BrowserDataSource {
    /// The quote in its article, read from the library's kept copy of the source, else from
    /// the file it was imported from (where its words are looked for again if the file moved them).
    public func context(of row: QuoteRow) -> QuoteContextLookup {
        let quote = row.quote
        if let kept = storedSource(articleID: row.articleID), let text = try? kept.spanText(),
           let context = QuoteContext(quoteID: quote.id, origin: "library copy of " + Self.shortName(kept.name),
                                      text: text, span: quote.source, section: quote.section) {
            return .found(context)
        }
        guard let article = article(id: row.articleID), let path = article.metadata.sourcePath else {
            return .unavailable("No source for quote \(quote.id): the library keeps no copy and no source file is known")
        }
        let snapshots = SourceSnapshots()
        let current = snapshots.current(article: article, quote: article.quotes.first { $0.id == quote.id } ?? quote)
        guard let text = current.source,
              let context = QuoteContext(quoteID: quote.id, origin: "file " + Self.shortName(path), text: text,
                                         span: current.quote.source, section: quote.section) else {
            let reason = snapshots.warnings.first.map { $0.replacingOccurrences(of: "; exported without selectors", with: "") }
            return .unavailable("No source for quote \(quote.id): the library keeps no copy; " + (reason ?? "\(path) does not hold it"))
        }
        return .found(context)
    }

    /// The last path component of a file path; URLs as they are.
    private static func shortName(_ name: String) -> String {
        name.contains("://") ? name : URL(fileURLWithPath: name).lastPathComponent
    }
}
