import DossierCore
import DossierLibrary

/// What the library says about an exported quote: still stored with the same words,
/// stored with other words, gone, or its article never stored there; and whether the
/// stored speaker, credentials, article and section are the record's.
struct LibraryVerdict {
    /// nil when the library does not hold the record's article (nothing to compare).
    var status: VerifyResult.Status?
    var detail: String
    var diff: WordDiff?
    /// `changed` naming each attribution field that differs from the stored one; nil when none does.
    var attribution: VerifyResult?

    init(record: QuoteRecord, library: Library) throws {
        let fingerprint = record.article.fingerprint
        switch try library.storedQuote(id: record.quote.id, fingerprint: fingerprint) {
        case .articleMissing:
            status = nil
            detail = "its article \(fingerprint) is not stored"
        case .quoteMissing:
            status = .notFound
            detail = "its article is stored without this quote"
        case .found(let stored):
            attribution = try Self.attribution(record, library: library)
            if record.quote.paragraphs.map(Terminal.sanitise) == stored.paragraphs {
                status = .identical
                detail = "same words"
                return
            }
            let change = WordDiff(old: record.quote.text, new: stored.text)
            status = change.isEmpty ? .identical : .changed
            detail = change.isEmpty ? "same words, spacing differs," : "the words differ"
            diff = change.isEmpty ? nil : change
        }
    }

    /// The exit code this verdict contributes (none when the article is not stored).
    var exitCode: Int32 { max(status?.exitCode ?? 0, attribution?.status.exitCode ?? 0) }

    /// The record's attribution against the stored article's, from the record's values to the library's.
    private static func attribution(_ record: QuoteRecord, library: Library) throws -> VerifyResult? {
        let stored = try library.exportableQuotes(id: record.quote.id)
        guard let found = stored.first(where: { $0.article.fingerprint == record.article.fingerprint }) else { return nil }
        let changes = QuoteAttribution(record: record)
            .changes(to: QuoteAttribution(article: found.article, quote: found.quote), normalise: Terminal.sanitise)
        if changes.isEmpty { return nil }
        return VerifyResult(status: .changed, detail: changes.map(\.rendered).joined(separator: "; "), changes: changes)
    }
}
