import Foundation

extension QuoteRecord {
    /// The record for `quote` in `article`. `accessed` is the import day
    /// (`YYYY-MM-DD`); `source` is the article's source file as it is on disk,
    /// used for the selectors (they are omitted when it is nil or does not
    /// contain the quote's span).
    public init(article: Article, quote: Quote, accessed: String, source: Data?) {
        let expert = article.expert(id: quote.expertID)
        let numbering = ParagraphNumbering(for: quote, in: article)
        let meta = article.metadata
        let sourceName = meta.url ?? meta.sourcePath ?? article.title
        self.init(
            quote: QuotePart(id: quote.id, paragraphs: quote.paragraphs, countries: quote.countries),
            speaker: SpeakerPart(
                id: quote.expertID, name: expert?.name ?? quote.expertID, credentials: expert?.credentials
            ),
            article: ArticlePart(
                title: article.title, publication: meta.publication, url: meta.url, issued: meta.date,
                language: meta.language, fingerprint: article.fingerprint, sourcePath: meta.sourcePath
            ),
            accessed: accessed,
            location: LocationPart(
                section: quote.section,
                sectionNumber: numbering.sectionNumber,
                paragraphsInSection: numbering.inSection,
                paragraphsInArticle: numbering.inArticle,
                lines: NumberRange(first: quote.source.startLine, last: quote.source.endLine),
                bytes: ByteRange(start: quote.source.startByte, end: quote.source.endByte)
            ),
            target: source.flatMap { TextAnchoring.target(in: $0, span: quote.source, sourceName: sourceName) },
            citationKey: ExportNaming.citationKey(
                speaker: expert?.name ?? quote.expertID, fullName: Self.sharesLastName(expert, in: article),
                publication: meta.publication, issued: meta.date, title: article.title
            )
        )
    }

    /// Whether another expert of the article has `expert`'s last name (their citation keys,
    /// and so their CSL items, would otherwise be one).
    static func sharesLastName(_ expert: Expert?, in article: Article) -> Bool {
        guard let expert, let last = ExportNaming.slugWords(expert.name).last else { return false }
        return article.experts.contains { $0.id != expert.id && ExportNaming.slugWords($0.name).last == last }
    }

    /// `YYYY-MM-DD` of `date` in UTC, for the `accessed` argument.
    public static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
