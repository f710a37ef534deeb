import Foundation

/// Builds the `Article` value from the attributed structure: ids, source spans,
/// fingerprint, glossary and country tags.
struct ArticleBuilder {
    let lines: [SourceLine]
    let paragraphs: [Paragraph]
    let layout: Layout
    let attribution: Attribution
    let tagger: (any CountryTagging)?
    var metadata = ArticleMetadata()

    func build() -> Article {
        let title = paragraphs[layout.title].text
        let lede = layout.lede.map { paragraphs[$0].text } ?? ""
        let fingerprint = Fingerprint.of(title: title, quotes: attribution.quotes.map { $0.parts.map(\.text) })
        let experts = attribution.expertOrder.compactMap { key -> Expert? in
            guard let draft = attribution.experts[key] else { return nil }
            return Expert(name: draft.name, credentials: draft.credentials)
        }
        let expertIDs = Dictionary(uniqueKeysWithValues: attribution.expertOrder.compactMap { key in
            attribution.experts[key].map { (key, Expert.slug(for: $0.name)) }
        })
        let sections = attribution.sections.map {
            Section(heading: $0.heading, editorial: $0.editorial, line: lines[paragraphs[$0.paragraph].firstLine].number)
        }
        let quotes = attribution.quotes.enumerated().map { ordinal, draft -> Quote in
            let paragraphsText = draft.parts.map(\.text)
            let mentions = tagger?.mentions(in: paragraphsText, date: metadata.date) ?? []
            return Quote(
                id: "\(fingerprint.prefix(8))-\(ordinal < 9 ? "0" : "")\(ordinal + 1)",
                expertID: expertIDs[draft.expert] ?? Expert.slug(for: draft.expert),
                section: draft.section.map { attribution.sections[$0].heading },
                paragraphs: paragraphsText,
                countries: Array(Set(mentions.map(\.code))).sorted(),
                mentions: mentions,
                source: span(draft.parts)
            )
        }
        let bodyText = quotes.map(\.text).joined(separator: "\n") + "\n" + sections.flatMap(\.editorial).joined(separator: "\n")
        let glossary = Endnotes.entries(
            from: attribution.endnotes.map { (paragraphs[$0].text, lines[paragraphs[$0].firstLine].number) },
            bodyText: bodyText + "\n" + lede
        )
        return Article(
            title: title, lede: lede, introduction: attribution.introduction, metadata: metadata,
            fingerprint: fingerprint, sections: sections, experts: experts, quotes: quotes, glossary: glossary
        )
    }

    /// Lines and bytes of the source the quote's parts came from.
    func span(_ parts: [Attribution.Part]) -> SourceSpan {
        guard let first = parts.first, let last = parts.last else { return SourceSpan(startLine: 0, endLine: 0, startByte: 0, endByte: 0) }
        let firstLine = lines[paragraphs[first.paragraph].firstLine]
        let lastLine = lines[paragraphs[last.paragraph].lastLine]
        let offset = first.offset
        return SourceSpan(
            startLine: firstLine.number, endLine: lastLine.number,
            startByte: min(firstLine.byteRange.lowerBound + offset, firstLine.byteRange.upperBound),
            endByte: lastLine.byteRange.upperBound
        )
    }
}
