import DossierCore
import DossierLibrary

/// What the library says about an exported quote: still stored with the same words,
/// stored with other words, gone, or its article never stored there.
struct LibraryVerdict {
    /// nil when the library does not hold the record's article (nothing to compare).
    var status: VerifyResult.Status?
    var detail: String
    var diff: WordDiff?

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
    var exitCode: Int32 { status?.exitCode ?? 0 }
}
