import Foundation
import Testing
@testable import DossierCore

/// Every fixture article against its hand-made label (see Tests/Fixtures/articles/README.md).
@Suite struct FixtureImportTests {
    struct Label: Decodable {
        struct LabelExpert: Decodable { var name: String; var credentials: String }
        struct LabelQuote: Decodable {
            var expert: String; var section: String?; var starts_with: String; var ends_with: String
            var paragraphs: Int; var countries: [String]
        }
        struct LabelGlossary: Decodable { var term: String?; var definition_starts_with: String }
        var title: String
        var sections: [String]
        var experts: [LabelExpert]
        var quotes: [LabelQuote]
        var glossary: [LabelGlossary]
        var boilerplate_samples: [String]
    }

    static let names = [
        "01_insider_western_balkans.txt", "02_experts_react_baltic_sea.txt", "03_asks_moldova_transnistria.txt",
        "04_insider_sahel_short.txt", "05_markdown_taiwan_strait.md",
    ]

    static func load(_ name: String) throws -> (Article, Label) {
        let url = Paths.fixtures.appendingPathComponent(name)
        let labelURL = url.deletingPathExtension().appendingPathExtension("json")
        let label = try JSONDecoder().decode(Label.self, from: Data(contentsOf: labelURL))
        let article = try ArticleImporter().importFile(atPath: url.path)
        return (article, label)
    }

    /// First `count` or last `count` words, split on single spaces as the labels do.
    static func words(_ text: String, first count: Int) -> String { text.split(separator: " ").prefix(count).joined(separator: " ") }
    static func words(_ text: String, last count: Int) -> String { text.split(separator: " ").suffix(count).joined(separator: " ") }

    @Test(arguments: names) func structureMatchesLabel(name: String) throws {
        let (article, label) = try Self.load(name)
        #expect(article.title == label.title)
        #expect(article.sections.map(\.heading) == label.sections)
        #expect(article.experts.map(\.name) == label.experts.map(\.name))
        #expect(article.experts.map(\.credentials) == label.experts.map(\.credentials))
        #expect(article.quotes.count == label.quotes.count)
        for (quote, want) in zip(article.quotes, label.quotes) {
            let text = quote.paragraphs.joined(separator: " ")
            #expect(article.expert(id: quote.expertID)?.name == want.expert, "\(name) \(quote.id)")
            #expect(quote.section == want.section, "\(name) \(quote.id)")
            #expect(Self.words(text, first: 8) == want.starts_with, "\(name) \(quote.id)")
            #expect(Self.words(text, last: 6) == want.ends_with, "\(name) \(quote.id)")
            #expect(quote.paragraphs.count == want.paragraphs, "\(name) \(quote.id)")
        }
    }

    @Test(arguments: names) func glossaryMatchesLabel(name: String) throws {
        let (article, label) = try Self.load(name)
        #expect(article.glossary.map(\.term) == label.glossary.map(\.term))
        for (entry, want) in zip(article.glossary, label.glossary) {
            #expect(entry.definition.hasPrefix(want.definition_starts_with), "\(name): \(entry.definition)")
        }
    }

    @Test(arguments: names) func boilerplateNeverInsideAQuote(name: String) throws {
        let (article, label) = try Self.load(name)
        let quoted = article.quotes.flatMap(\.paragraphs)
        for sample in label.boilerplate_samples {
            let needle = sample.trimmingCharacters(in: .whitespaces)
            #expect(!quoted.contains { $0.contains(needle) }, "\(name): \(needle)")
        }
    }

    @Test func mirrorCopiesShareAFingerprint() throws {
        let seed = try String(contentsOfFile: Paths.seed, encoding: .utf8)
        let mirror = seed
            .replacingOccurrences(of: "USD102.58", with: "USD90.19")
            .replacingOccurrences(of: "REPORTS\nANALYTICS\nINVESTIGATIONS\n", with: "Skip to main content\nMENU\n")
            .replacingOccurrences(of: "Subscribe to our weekly digest", with: "Sign up for our newsletter")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let a = try ArticleImporter().parse(data: Data(seed.utf8), fileName: "a.txt")
        let b = try ArticleImporter().parse(data: Data(mirror.utf8), fileName: "b.txt")
        #expect(a.fingerprint == b.fingerprint)
        #expect(a.quotes.map(\.paragraphs) == b.quotes.map(\.paragraphs))
        let other = try ArticleImporter().parse(data: Data(seed.replacingOccurrences(of: "many signs indicate", with: "few signs indicate").utf8), fileName: "c.txt")
        #expect(other.fingerprint != a.fingerprint)
    }
}
