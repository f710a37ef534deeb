extension QuoteVerifier {
    /// Compares a record's attribution with the article its source file reads as now
    /// (`article`, parsed with its sidecar): the quote is found by its words (the same
    /// ordinal preferred). Speaker, credentials, title and section come from the text and
    /// are compared always; publication, URL and date come from the sidecar and are compared
    /// when both sides have them. Nil when they agree or the quote's words are not there
    /// (the word check reports that).
    public static func checkAttribution(_ record: QuoteRecord, against article: Article) -> VerifyResult? {
        let words = record.quote.paragraphs.map(SourceSnapshots.sanitise)
        let candidates = article.quotes.filter { $0.paragraphs.map(SourceSnapshots.sanitise) == words }
        let ordinal = "-" + (record.quote.id.split(separator: "-").last.map(String.init) ?? "")
        guard let quote = candidates.first(where: { $0.id.hasSuffix(ordinal) }) ?? candidates.first else { return nil }
        let exported = QuoteAttribution(record: record)
        let source = QuoteAttribution(article: article, quote: quote)
        let fields = QuoteAttribution.Field.allCases.filter { field in
            switch field {
            case .speaker, .credentials, .title, .section: true
            case .publication, .url, .date: exported.value(field) != nil && source.value(field) != nil
            }
        }
        let changes = exported.changes(to: source, fields: fields, normalise: SourceSnapshots.sanitise)
        if changes.isEmpty { return nil }
        return VerifyResult(status: .changed, detail: changes.map(\.rendered).joined(separator: "; "), changes: changes)
    }
}
