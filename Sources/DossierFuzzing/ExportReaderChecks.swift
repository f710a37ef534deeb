import DossierCore
import Foundation

/// The export reader on any file: it reads records or refuses with a `DossierError`; each
/// record it reads goes through `verify`'s checks, and re-rendered in the format it came in
/// it reads back to the same record, unchanged.
enum ExportReaderChecks {
    static func check(_ data: Data) throws {
        let text = String(decoding: data, as: UTF8.self)
        let entries: [ExportReader.Entry]
        do { entries = try ExportReader.entries(in: text, name: "fuzz") } catch is DossierError { return }
        let source = Data(SampleRoundup.text.utf8)
        for entry in entries.prefix(8) {
            _ = QuoteVerifier.checkDisplayed(entry)
            _ = QuoteVerifier.checkAttribution(entry)
            _ = QuoteVerifier.checkSource(entry.record, source: source)
            _ = QuoteVerifier.checkSource(entry.record, source: data)
            try ExportRoundTrip.readsBack([entry.record], format: entry.format)
        }
    }
}
