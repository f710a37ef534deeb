/// The pieces of an attribution line shared by the text renderers.
enum AttributionLine {
    /// `Name, credentials` (or just the name).
    static func speaker(_ record: QuoteRecord) -> String {
        [record.speaker.name, record.speaker.credentials].compactMap { $0 }.joined(separator: ", ")
    }

    /// `Name, credentials, in “Title”, Publication, 4 March 2024, § Section`, with
    /// `emphasis` applied to the publication and `escape` to article text.
    static func line(_ record: QuoteRecord, escape: (String) -> String, emphasis: (String) -> String) -> String {
        var parts = [escape(speaker(record)), "in “\(escape(record.article.title))”"]
        if let publication = record.article.publication { parts.append(emphasis(escape(publication))) }
        if let issued = record.article.issued { parts.append(escape(CitationDate.reading(issued))) }
        if let section = record.location.section { parts.append("§ \(escape(section))") }
        return "— " + parts.joined(separator: ", ")
    }
}
