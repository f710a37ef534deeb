/// Pure renderers from `QuoteRecord`s to the export formats. Output ends with
/// a newline; several records are separated by a blank line (md, txt), put in
/// an array (json, when more than one) or grouped by article (csl-json).
public enum QuoteRenderer {
    /// `records` as `format`. `trailer` adds the machine-readable line to md and txt.
    public static func render(_ records: [QuoteRecord], as format: ExportFormat, trailer: Bool = true) throws -> String {
        switch format {
        case .markdown:
            return try records.map { try markdown($0, trailer: trailer) }.joined(separator: "\n")
        case .text:
            return try records.map { try text($0, trailer: trailer) }.joined(separator: "\n")
        case .json:
            return try (records.count == 1 ? RecordJSON.pretty(records[0]) : RecordJSON.pretty(records)) + "\n"
        case .cslJSON:
            return try RecordJSON.pretty(CSLItem.items(for: records)) + "\n"
        }
    }

    /// What the clipboard gets: the quote and its attribution only, never the record (no
    /// trailer, no source path). md and txt without their trailer; csl-json as items without
    /// `custom`. JSON is the record itself, so it is not offered for the clipboard.
    public static func clipboard(_ records: [QuoteRecord], as format: ExportFormat) throws -> String {
        switch format {
        case .markdown, .text: return try render(records, as: format, trailer: false)
        case .cslJSON: return try RecordJSON.pretty(CSLItem.items(for: records, withRecords: false)) + "\n"
        case .json: throw DossierError("JSON is the full quote record; save it to a file instead of copying it", code: .badInput)
        }
    }

    /// A blockquote, an attribution line with `[@key, para. N]`, and the trailer.
    public static func markdown(_ record: QuoteRecord, trailer: Bool = true) throws -> String {
        let escape = { (text: String) in MarkdownText.escape(TerminalSafeText.clean(text)) }
        var out = markdownQuoteBody(record) + "\n\n"
        out += AttributionLine.line(record, escape: escape, emphasis: { "*\($0)*" })
        out += " [@\(record.citationKey), para. \(record.location.paragraphsInArticle.label)]\n"
        if trailer { out += "\n" + (try ExportTrailer.line(for: record, format: .markdown)) + "\n" }
        return out
    }

    /// The quoted words in plain text, an attribution line with place, URL and accessed date, and the trailer.
    public static func text(_ record: QuoteRecord, trailer: Bool = true) throws -> String {
        var out = textQuoteBody(record) + "\n\n"
        out += AttributionLine.line(record, escape: TerminalSafeText.clean, emphasis: { $0 })
        out += ", para. \(record.location.paragraphsInArticle.label)."
        if let url = record.article.url { out += " \(TerminalSafeText.clean(url))" }
        out += " (accessed \(CitationDate.reading(TerminalSafeText.clean(record.accessed))))\n"
        if trailer { out += "\n" + (try ExportTrailer.line(for: record, format: .text)) + "\n" }
        return out
    }

    /// `> ` lines, paragraphs separated by a bare `>` line. A line break inside a paragraph
    /// (a record read from a file may have one) starts another `> ` line, so the whole
    /// paragraph stays in the blockquote that `verify` reads back.
    static func markdownQuoteBody(_ record: QuoteRecord) -> String {
        record.quote.paragraphs
            .map { paragraph in
                TerminalSafeText.clean(paragraph).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "> " + MarkdownText.escape(String($0)) }.joined(separator: "\n")
            }
            .joined(separator: "\n>\n")
    }

    /// The paragraphs separated by blank lines, between the article language's
    /// quotation marks (« » for Russian, Ukrainian, French…, else “ ”).
    static func textQuoteBody(_ record: QuoteRecord) -> String {
        let marks = quotationMarks(language: record.article.language)
        return marks.open + record.quote.paragraphs.map(TerminalSafeText.clean).joined(separator: "\n\n") + marks.close
    }

    static func quotationMarks(language: String) -> (open: String, close: String) {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return ["ru", "uk", "be", "fr", "hy", "az", "kk"].contains(primary) ? ("«", "»") : ("“", "”")
    }
}
