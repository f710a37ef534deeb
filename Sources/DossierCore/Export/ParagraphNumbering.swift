/// Numbers a quote's paragraphs the way a reader counts them: within the
/// article body (lede lines, introduction, each section's editorial paragraphs
/// and every quote's paragraphs, in source order) and within its section.
/// Headings and expert header lines are not counted.
public struct ParagraphNumbering: Sendable, Hashable {
    public var inArticle: QuoteRecord.NumberRange
    public var inSection: QuoteRecord.NumberRange?
    /// 1-based number of the quote's section, when it has one.
    public var sectionNumber: Int?

    public init(for quote: Quote, in article: Article) {
        var articleCount = article.lede.split(separator: "\n", omittingEmptySubsequences: true).count
            + article.introduction.count
        var sectionCount = 0
        var currentSection = 0
        var sections = article.sections.sorted { $0.line < $1.line }[...]
        var found: (article: Int, section: Int, number: Int?)?
        for candidate in article.quotes.sorted(by: { $0.source.startLine < $1.source.startLine }) {
            while let next = sections.first, next.line <= candidate.source.startLine {
                sections.removeFirst()
                currentSection += 1
                sectionCount = next.editorial.count
                articleCount += next.editorial.count
            }
            if candidate.id == quote.id {
                found = (articleCount, sectionCount, currentSection > 0 ? currentSection : nil)
                break
            }
            articleCount += candidate.paragraphs.count
            sectionCount += candidate.paragraphs.count
        }
        let base = found ?? (articleCount, sectionCount, nil)
        let count = max(quote.paragraphs.count, 1)
        inArticle = .init(first: base.article + 1, last: base.article + count)
        inSection = base.number == nil ? nil : .init(first: base.section + 1, last: base.section + count)
        self.sectionNumber = base.number
    }
}
