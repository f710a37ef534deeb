import Foundation

/// Why each paragraph of an article got its role: what `dossier parse --explain` prints.
public struct ImportExplanation: Sendable, Codable {
    /// One paragraph: where it is, the role it got and the evidence that decided it.
    public struct Paragraph: Sendable, Codable {
        public var startLine: Int
        public var endLine: Int
        public var role: String
        public var text: String
        /// Features that fired, with what each added to the chosen role's score.
        public var evidence: [Contribution]
    }

    /// One feature's part in a decision.
    public struct Contribution: Sendable, Codable {
        public var feature: String
        public var score: Double
    }

    public var paragraphs: [Paragraph]
    /// The one-line reason the import was refused, if it was.
    public var refusal: String?
}

extension ArticleImporter {
    /// Runs the importer's passes on `data` and reports every paragraph's role with its
    /// evidence, also (especially) when the article would be refused.
    public func explain(data: Data, fileName: String) throws -> ImportExplanation {
        let text = try SourceLoader.decode(data, name: fileName)
        let lines = SourceLines.split(text)
        let markdown = Self.isMarkdown(fileName: fileName, lines: lines)
        let paragraphs = ParagraphSplitter.split(lines, markdown: markdown)
        guard let layout = Layout.find(in: paragraphs, markdown: markdown) else {
            return ImportExplanation(paragraphs: [], refusal: "no article text found (only navigation or boilerplate)")
        }
        let attribution = Attributor.attribute(paragraphs, layout: layout, markdown: markdown)
        var decisions: [Int: Attribution.Decision] = [:]
        for decision in attribution.decisions { decisions[decision.paragraph] = decision }
        let explained = paragraphs.indices.map { index -> ImportExplanation.Paragraph in
            let paragraph = paragraphs[index]
            var role: String
            var evidence: [ImportExplanation.Contribution] = []
            if index == layout.title {
                role = "title"
            } else if index == layout.lede {
                role = "lede"
            } else if let decision = decisions[index] {
                role = paragraph.isFurniture && decision.role == .furniture ? "furniture (site words)" : decision.role.description
                evidence = decision.evidence.map { .init(feature: $0.feature.name, score: $0.score) }
            } else {
                role = paragraph.isFurniture ? "furniture (site words)" : "before title"
            }
            return .init(startLine: lines[paragraph.firstLine].number, endLine: lines[paragraph.lastLine].number,
                         role: role, text: paragraph.text, evidence: evidence)
        }
        let refusal = attribution.quotes.isEmpty ? "no attributed expert quotes found" : nil
        return ImportExplanation(paragraphs: explained, refusal: refusal)
    }
}
