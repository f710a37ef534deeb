import DossierCore
import DossierLibrary
import Foundation

/// The files library articles were imported from, as they are now: each read and re-parsed
/// once, so an export's selectors point into the file only where it still holds the quote.
final class SourceSnapshots {
    private struct Snapshot {
        var data: Data
        var article: Article
    }

    private var snapshots: [String: Snapshot?] = [:]
    private var warned: Set<String> = []

    /// The quote with its span in the current file, and the file's bytes; the source is nil
    /// (the export then has no selectors, and a warning says why) when the file cannot be
    /// read or no longer holds the quote's words.
    func current(_ found: ExportableQuote) -> (quote: Quote, source: Data?) {
        guard let path = found.article.metadata.sourcePath else {
            warn("", "quote \(found.quote.id) has no source file in the library; exported without selectors")
            return (found.quote, nil)
        }
        guard let snapshot = snapshot(of: path, metadata: found.article.metadata) else { return (found.quote, nil) }
        let candidates = snapshot.article.quotes.filter { $0.paragraphs.map(Terminal.sanitise) == found.quote.paragraphs }
        guard let match = candidates.first(where: { $0.id.hasSuffix(Self.ordinalSuffix(found.quote.id)) }) ?? candidates.first else {
            warn(path + found.quote.id, "\(path): changed since it was imported; quote \(found.quote.id) is no longer in it, "
                 + "exported without selectors")
            return (found.quote, nil)
        }
        var quote = found.quote
        quote.source = match.source
        return (quote, snapshot.data)
    }

    private func snapshot(of path: String, metadata: ArticleMetadata) -> Snapshot? {
        if let known = snapshots[path] { return known }
        var snapshot: Snapshot?
        if let data = FileManager.default.contents(atPath: path) {
            let name = URL(fileURLWithPath: path).lastPathComponent
            if let article = try? ArticleImporter().parse(data: data, fileName: name, metadata: metadata) {
                snapshot = Snapshot(data: data, article: article)
            } else {
                warn(path, "\(path): no longer reads as an article; exported without selectors")
            }
        } else {
            warn(path, "\(path): cannot read the source file; exported without selectors")
        }
        snapshots[path] = snapshot
        return snapshot
    }

    private static func ordinalSuffix(_ id: String) -> String {
        "-" + (id.split(separator: "-").last.map(String.init) ?? "")
    }

    private func warn(_ key: String, _ message: String) {
        guard warned.insert(key + message).inserted else { return }
        FileHandle.standardError.write(Data("dossier: \(Terminal.sanitise(message))\n".utf8))
    }
}
