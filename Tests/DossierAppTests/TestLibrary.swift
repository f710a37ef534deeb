import DossierCore
import DossierLibrary
import DossierUI
import Foundation

/// A temporary library built from the seed, the fixture articles and a hand-built
/// follow-up that quotes a seed expert again, plus the same articles in memory.
struct TestLibrary {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = packageRoot.appendingPathComponent("Data/articles/the-insider-russia-azerbaijan-armenia-experts.txt").path
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/articles").path

    let library: Library
    let articles: [Article]
    let directory: String

    /// Imports every article in order, so import order equals the in-memory order:
    /// one article per call, or all of them in one batch (one transaction).
    /// `bulk` stores them in two batches of a bulk import (indexes and tallies built at the end).
    init(batched: Bool = false, bulk: Bool = false) throws {
        directory = NSTemporaryDirectory() + "dossier-app-\(UUID().uuidString)"
        library = try Library(path: directory + "/library.sqlite")
        let importer = ArticleImporter(tagger: CountryTagger())
        var articles = [try importer.importFile(atPath: Self.seed)]
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures)
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") && name != "README.md" {
            articles.append(try importer.importFile(atPath: Self.fixtures + "/" + name))
        }
        articles.append(Self.followUp)
        if bulk {
            let session = try library.beginImport(articleCount: articles.count, bulk: true)
            let half = articles.count / 2
            _ = try library.add(articles[..<half].map { ($0, 0) })
            _ = try library.add(articles[half...].map { ($0, 0) })
            try session.finish()
        } else if batched {
            _ = try library.add(articles.map { ($0, 0) })
        } else {
            for article in articles { try library.add(article) }
        }
        self.articles = articles
    }

    func remove() { try? FileManager.default.removeItem(atPath: directory) }

    /// A second article quoting Nerses Kopalyan (an expert of the seed), with no sections.
    static let followUp: Article = {
        let span = SourceSpan(startLine: 1, endLine: 2, startByte: 0, endByte: 10)
        let kopalyan = Expert(name: "Nerses Kopalyan", credentials: "Visiting fellow")
        let other = Expert(name: "Milena Stanković", credentials: "Senior researcher")
        return Article(
            title: "Belgrade plays for time, experts say", lede: "Belgrade braces.",
            metadata: ArticleMetadata(publication: "Example", date: "2024-05-02"), fingerprint: "1234abcd99887766",
            sections: [], experts: [kopalyan, other],
            quotes: [
                Quote(id: "1234abcd-01", expertID: kopalyan.id, section: nil,
                      paragraphs: ["Nobody in Belgrade wants a war, but Russia profits from invasions elsewhere."],
                      countries: ["RS", "RU"], source: span),
                Quote(id: "1234abcd-02", expertID: other.id, section: nil,
                      paragraphs: ["Kosovo and Serbia need a deal; Azerbaijan watches."], countries: ["AZ", "RS", "XK"], source: span),
            ],
            glossary: [])
    }()
}
