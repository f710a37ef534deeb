import DossierCore
import Foundation

/// Every export format rendered from an article's quotes reads back to the same records,
/// and `dossier verify`'s checks find the untouched export and its source unchanged.
enum ExportRoundTrip {
    /// Quotes exported per article: enough to cover several records in one file.
    static let quotesPerArticle = 3

    static func check(_ article: Article, source: Data) throws {
        let records = article.quotes.prefix(quotesPerArticle).map {
            QuoteRecord(article: article, quote: $0, accessed: "2026-01-01", source: source)
        }
        guard !records.isEmpty else { return }
        for record in records where record.target != nil {
            let result = QuoteVerifier.checkSource(record, source: source)
            try require(result.status == .identical, "verify of quote \(record.quote.id) against its own source: \(result.status.rawValue), \(result.detail)")
        }
        for format in ExportFormat.allCases {
            try readsBack(records.map { $0 }, format: format)
            try readsBack([records[0]], format: format)
        }
    }

    /// Renders `records` as `format`, reads the file back, and requires the same records
    /// with nothing `verify` would call changed.
    static func readsBack(_ records: [QuoteRecord], format: ExportFormat) throws {
        let rendered = try QuoteRenderer.render(records, as: format)
        let entries: [ExportReader.Entry]
        do {
            entries = try ExportReader.entries(in: rendered, name: "fuzz.\(format.rawValue)")
        } catch {
            throw InvariantViolation("\(format.rawValue) export does not read back: \(error)")
        }
        // csl-json groups the records by speaker, so only the order may change.
        let same = format == .cslJSON ? Set(entries.map(\.record)) == Set(records) && entries.count == records.count
            : entries.map(\.record) == records
        if !same {
            let read = (try? RecordJSON.pretty(entries.map(\.record))) ?? ""
            throw InvariantViolation("\(format.rawValue) export reads back \(entries.count) records that differ from the \(records.count) rendered: \(read.prefix(2000))")
        }
        for entry in entries {
            if let changed = QuoteVerifier.checkDisplayed(entry) {
                throw InvariantViolation("\(format.rawValue) export of \(entry.record.quote.id): displayed quote reads as changed: \(changed.diff?.rendered() ?? changed.detail)\n\(rendered.prefix(1500))")
            }
            if let changed = QuoteVerifier.checkAttribution(entry) {
                throw InvariantViolation("\(format.rawValue) export of \(entry.record.quote.id): attribution reads as changed: \(changed.detail)")
            }
        }
    }
}
