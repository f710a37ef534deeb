import DossierCore
import DossierLibrary
import Foundation

/// Looks quotes up in the library: by id (`9c941c53-07`, or a longer fingerprint prefix
/// `9c941c53d8712548-07` when two articles share the first 8 digits) or by the hits of a
/// query, ranked as `dossier search` ranks them. The accessed date is the import day and
/// the selectors point into the file the article was imported from (or, when it cannot be
/// read, into the library's kept copy of it).
struct LibraryQuoteLookup: QuoteLookup {
    let library: Library
    /// `--accessed`, overriding the import day.
    let accessed: String?
    /// Most query hits to export; nil for all of them.
    let limit: Int?
    let sources: SourceSnapshots

    init(library: Library, accessed: String?, limit: Int?) {
        self.library = library
        self.accessed = accessed
        self.limit = limit
        sources = SourceSnapshots(kept: { try? library.storedSource(fingerprint: $0) })
    }

    func quotes(ids: [String]) throws -> [LookedUpQuote] {
        try ids.map { id in
            let found = try library.exportableQuotes(id: id)
            guard let only = found.first else {
                throw DossierError("quote \(id): not in the library \(library.path) (ids are as dossier search prints them, e.g. 9c941c53-07)",
                                   code: .notFound)
            }
            guard found.count == 1 else {
                let choices = found.map { "\(Self.longID($0)) (\($0.article.title))" }.joined(separator: "; ")
                throw DossierError("quote \(id): \(found.count) articles have a quote with this id; give one of \(choices)",
                                   code: .badInput)
            }
            return lookedUp(only)
        }
    }

    func quotes(matching text: String) throws -> [LookedUpQuote] {
        let query = try Query.parse(text, countries: CLI.countryNames)
        let hits = try library.search(query, limit: limit ?? Int(Int32.max))
        guard !hits.isEmpty else { throw DossierError("query \"\(text)\": no quote in the library matches", code: .notFound) }
        return try library.exportableQuotes(for: hits).map(lookedUp)
    }

    /// The quotes `references` name (a collection's, a dossier's), in order; nil where a quote is gone.
    func quotes(references: [QuoteReference]) throws -> [LookedUpQuote?] {
        try library.exportableQuotes(references: references).map { $0.map(lookedUp) }
    }

    /// The id with the whole fingerprint, which no other article shares.
    static func longID(_ found: ExportableQuote) -> String {
        found.article.fingerprint + "-" + (found.quote.id.split(separator: "-").last.map(String.init) ?? "")
    }

    private func lookedUp(_ found: ExportableQuote) -> LookedUpQuote {
        let seen = sources.warnings.count
        let current = sources.current(article: found.article, quote: found.quote)
        for warning in sources.warnings.dropFirst(seen) {
            FileHandle.standardError.write(Data("dossier: \(Terminal.sanitise(warning))\n".utf8))
        }
        return LookedUpQuote(article: found.article, quote: current.quote, accessed: accessed ?? found.importDay, source: current.source)
    }
}
