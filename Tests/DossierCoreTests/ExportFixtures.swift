import Foundation
@testable import DossierCore

/// Hand-built articles for the export tests (the importer lives elsewhere):
/// quotes are given by their source lines, and their byte spans are computed
/// from the real files, so selectors and `verify` can be checked against them.
enum ExportFixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = repoRoot.appendingPathComponent("Tests/DossierCoreTests/Golden")
    static let seedPath = "Data/articles/the-insider-russia-azerbaijan-armenia-experts.txt"
    static let russianPath = "Tests/DossierCoreTests/Golden/fixtures/ru-sample.txt"
    static let accessed = "2025-01-02"

    struct QuoteSpec {
        var ordinal: Int
        var name: String
        var credentials: String?
        var section: String?
        var lines: ClosedRange<Int>
        var countries: [String] = []
    }

    static func lineSpans(of data: Data) -> [(start: Int, end: Int)] {
        var spans: [(Int, Int)] = []
        var start = 0
        for (index, byte) in data.enumerated() where byte == UInt8(ascii: "\n") {
            spans.append((start, index))
            start = index + 1
        }
        if start < data.count { spans.append((start, data.count)) }
        return spans
    }

    static func build(
        path: String, fingerprint: String, title: String, ledeLines: [Int], introLines: [Int],
        sections: [(heading: String, line: Int, editorial: [Int])], quotes: [QuoteSpec], metadata: ArticleMetadata
    ) throws -> Article {
        let data = try Data(contentsOf: repoRoot.appendingPathComponent(path))
        let spans = lineSpans(of: data)
        func line(_ number: Int) -> String {
            let span = spans[number - 1]
            return String(decoding: data[span.start..<span.end], as: UTF8.self)
        }
        var experts: [Expert] = []
        var built: [Quote] = []
        for spec in quotes {
            let expert = Expert(name: spec.name, credentials: spec.credentials)
            if !experts.contains(where: { $0.id == expert.id }) { experts.append(expert) }
            var paragraphs = spec.lines.map(line)
            if let first = paragraphs.first, first.hasPrefix("“") || first.hasPrefix("«") {
                paragraphs[0] = String(first.dropFirst())
            }
            if let last = paragraphs.last, last.hasSuffix("”") || last.hasSuffix("»") {
                paragraphs[paragraphs.count - 1] = String(last.dropLast())
            }
            built.append(Quote(
                id: "\(fingerprint.prefix(8))-\(String(format: "%02d", spec.ordinal))",
                expertID: expert.id, section: spec.section, paragraphs: paragraphs, countries: spec.countries,
                source: SourceSpan(
                    startLine: spec.lines.lowerBound, endLine: spec.lines.upperBound,
                    startByte: spans[spec.lines.lowerBound - 1].start, endByte: spans[spec.lines.upperBound - 1].end
                )
            ))
        }
        var meta = metadata
        meta.sourcePath = path
        return Article(
            title: title, lede: ledeLines.map(line).joined(separator: "\n"), introduction: introLines.map(line),
            metadata: meta, fingerprint: fingerprint,
            sections: sections.map { Section(heading: $0.heading, editorial: $0.editorial.map(line), line: $0.line) },
            experts: experts, quotes: built, glossary: []
        )
    }

    /// The seed article with five of its quotes.
    static func seed() throws -> Article {
        try build(
            path: seedPath, fingerprint: "9c941c53d8712548",
            title: "Russia pushes Azerbaijan to attack Armenia, but Aliyev fears full-scale war due to Western sanctions threat, experts say",
            ledeLines: [13], introLines: [15],
            sections: [("The Likelihood of Invasion", 17, []), ("Preparedness for War", 44, [46]), ("Role of Russia", 58, [60])],
            quotes: [
                QuoteSpec(ordinal: 1, name: "Grant Mikaelian",
                          credentials: "Political Scientist, Economist, Senior Research Fellow at the Caucasus Institute (Yerevan)",
                          section: "The Likelihood of Invasion", lines: 21...23, countries: ["AM", "AZ", "FR", "IR", "RU", "TR"]),
                QuoteSpec(ordinal: 2, name: "Nerses Kopalyan",
                          credentials: "Ph.D., Associate Professor of Political Science at the University of Nevada (USA)",
                          section: "The Likelihood of Invasion", lines: 27...27, countries: ["AM", "AZ"]),
                QuoteSpec(ordinal: 6, name: "Grant Mikaelian", credentials: nil,
                          section: "Preparedness for War", lines: 50...50, countries: ["AM"]),
                QuoteSpec(ordinal: 8, name: "Grant Mikaelian", credentials: nil,
                          section: "Role of Russia", lines: 64...64, countries: ["AM", "AZ", "RU"]),
                QuoteSpec(ordinal: 9, name: "Arif Yunusov", credentials: nil,
                          section: "Role of Russia", lines: 68...72, countries: ["AM", "AZ", "RU", "US"]),
            ],
            metadata: ArticleMetadata(publication: "The Insider", url: "https://theins.ru/en/news/269956", date: "2024", language: "en")
        )
    }

    /// A small hand-made Russian article with one quote.
    static func russian() throws -> Article {
        try build(
            path: russianPath, fingerprint: "5a0e7c21b3f49d10", title: "Эксперты: Южный Кавказ после войны",
            ledeLines: [3], introLines: [], sections: [("Роль России", 5, [])],
            quotes: [QuoteSpec(ordinal: 1, name: "Павел Сомов",
                               credentials: "ведущий научный сотрудник Института региональных исследований (Тбилиси)",
                               section: "Роль России", lines: 9...10, countries: ["AM", "RU", "TR"])],
            metadata: ArticleMetadata(publication: "Кавказский обзор", url: "https://example.org/ru/kavkaz-eksperty",
                                      date: "2024-05-02", language: "ru")
        )
    }

    static func sourceData(_ article: Article) throws -> Data {
        try Data(contentsOf: repoRoot.appendingPathComponent(article.metadata.sourcePath ?? ""))
    }

    static func record(_ article: Article, quoteID: String) throws -> QuoteRecord {
        guard let quote = article.quotes.first(where: { $0.id == quoteID }) else {
            throw DossierError("fixture has no quote \(quoteID)", code: .notFound)
        }
        return QuoteRecord(article: article, quote: quote, accessed: accessed, source: try sourceData(article))
    }

    /// The records the golden files cover: plain, curly-quote-heavy, single paragraph, Cyrillic.
    static func goldenRecords() throws -> [(name: String, record: QuoteRecord)] {
        let seed = try seed()
        return [
            ("seed-mikaelian", try record(seed, quoteID: "9c941c53-01")),
            ("seed-kopalyan", try record(seed, quoteID: "9c941c53-02")),
            ("seed-yunusov-curly", try record(seed, quoteID: "9c941c53-09")),
            ("ru-somov", try record(try russian(), quoteID: "5a0e7c21-01")),
        ]
    }

    /// A fresh empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
