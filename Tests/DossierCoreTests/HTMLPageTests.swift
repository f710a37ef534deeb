import Foundation
import Testing
@testable import DossierCore

/// Saved HTML pages: the page text the importer reads, the page's metadata, and bad pages.
@Suite struct HTMLPageTests {
    static let html = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/html")
    static let bad = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/html-bad")

    func page(_ name: String) throws -> Article {
        try ArticleImporter().importFile(atPath: Self.html.appendingPathComponent(name).path)
    }

    func pageText(_ name: String) throws -> String {
        let data = try Data(contentsOf: Self.html.appendingPathComponent(name))
        return try HTMLPage(data: data, name: name).text
    }

    func failure(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch let error as DossierError { return error.message } catch { return "\(error)" }
    }

    @Test(arguments: [
        ("news-roundup-jsonld.html", ["Hanna Kowalczyk", "Tomás Ferreira", "Leyla Aydın"], 3),
        ("judy-asks.html", ["Vesna Marković", "Arben Krasniqi", "Ingrid Solberg"], 3),
        ("experts-react.html", ["Erik Lindqvist", "Adaeze Okafor"], 2),
        ("blockquote-experts.html", ["Marcus Yee", "Naomi Hartley"], 4),
        ("cyrillic-cp1251.html", ["Анна Мельникова", "Олег Сафаров"], 2),
        ("broken-layout.html", ["Moussa Diallo", "Claire Dubois", "Ibrahim Sanou"], 3),
        ("comments-related.html", ["Mihai Rusu", "Elena Popescu"], 2),
    ])
    func eachShapeFindsItsExperts(name: String, experts: [String], quotes: Int) throws {
        let article = try page(name)
        #expect(article.experts.map(\.name) == experts, "\(name)")
        #expect(article.quotes.count == quotes, "\(name)")
        #expect(article.metadata.sourcePath?.hasSuffix(name) == true)
    }

    @Test func furnitureNeverReachesThePageText() throws {
        let furniture = ["World", "Economy", "Sign up", "Photo: Archive", "Odesa ports hit again", "© 2025", "Most read",
                         "Great piece", "Share on", "Related articles", "my neighbour", "Krasnoselsky", "Privacy", "Главная",
                         "dataLayer", "Clara Wendt"]
        for name in ["news-roundup-jsonld.html", "judy-asks.html", "experts-react.html", "comments-related.html",
                     "cyrillic-cp1251.html", "broken-layout.html", "blockquote-experts.html"] {
            let text = try pageText(name)
            for word in furniture { #expect(!text.contains(word), "\(name) keeps '\(word)'") }
        }
    }

    @Test func pageTextUsesTheMarkdownDialect() throws {
        let text = try pageText("blockquote-experts.html")
        #expect(text.hasPrefix("# Taiwan Strait: four views on deterrence\n\n"))
        #expect(text.contains("\n## Is deterrence holding?\n"))
        #expect(text.contains("> Deterrence is holding") && text.contains(">\n> What worries me"))
        #expect(try pageText("judy-asks.html").contains("\n### Vesna Marković\n"))
        #expect(try pageText("cyrillic-cp1251.html").contains("\n**Анна Мельникова, политолог:**\n"))
        #expect(try pageText("experts-react.html").contains("\n## NATO must patrol, not just watch\n"))
    }

    @Test func quoteSpansArePositionsInThePageText() throws {
        let article = try page("news-roundup-jsonld.html")
        let text = Array(try pageText("news-roundup-jsonld.html").utf8)
        for quote in article.quotes {
            let span = String(decoding: text[quote.source.startByte..<quote.source.endByte], as: UTF8.self)
            #expect(span.contains(quote.paragraphs[0]))
        }
    }

    @Test func metadataComesFromThePage() throws {
        let news = try page("news-roundup-jsonld.html").metadata
        #expect(news.publication == "The Meridian Review")
        #expect(news.url == "https://meridian-review.example/world/2025/11/black-sea-corridor-experts")  // canonical, not og:url
        #expect(news.date == "2025-11-18")
        #expect(news.language == "en")
        let judy = try page("judy-asks.html").metadata
        #expect(judy.date == "2025-06-05" && judy.publication == "Strategic Outlook")
        let moldova = try page("comments-related.html").metadata
        #expect(moldova.url == "https://eastern-frontier.example/moldova-gas-deal" && moldova.date == "2025-02-03")
        let russian = try page("cyrillic-cp1251.html").metadata
        #expect(russian.language == "ru" && russian.publication == "Кавказский обозреватель" && russian.date == "2024-09-02")
    }

    @Test func aSidecarStillOverridesThePage() throws {
        let dir = try Paths.temporaryDirectory()
        let path = dir.appendingPathComponent("page.html").path
        try FileManager.default.copyItem(atPath: Self.html.appendingPathComponent("judy-asks.html").path, toPath: path)
        try Data(#"{"publication": "Override Weekly", "date": "2025-07-01"}"#.utf8)
            .write(to: dir.appendingPathComponent("page.meta.json"))
        let meta = try ArticleImporter().importFile(atPath: path).metadata
        #expect(meta.publication == "Override Weekly" && meta.date == "2025-07-01" && meta.language == "en")
    }

    @Test func charsets() throws {
        let cp1251 = try Data(contentsOf: Self.html.appendingPathComponent("cyrillic-cp1251.html"))
        // The header naming the wrong charset does not garble the page: non-ASCII UTF-8 is never valid by accident.
        #expect(try HTMLCharset.decode(cp1251, header: "text/html; charset=utf-8", name: "x").charset == "windows-1251")
        #expect(try HTMLCharset.decode(cp1251, header: nil, name: "x").text.contains("Эксперты"))
        let latin = Data("<p>Caf\u{E9} cr\u{E8}me</p>".data(using: .isoLatin1) ?? Data())
        #expect(try HTMLCharset.decode(latin, header: "text/html; charset=ISO-8859-1", name: "x").text == "<p>Café crème</p>")
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("<p>é</p>".utf8)
        #expect(try HTMLCharset.decode(bom, header: "text/html; charset=windows-1251", name: "x").text == "<p>é</p>")
    }

    @Test(arguments: [
        ("not-a-roundup.html", "no attributed expert quotes found"),
        ("script-quotes.html", "no attributed expert quotes found"),
        ("truncated.html", "no attributed expert quotes found"),
        ("empty.html", "page is empty"),
    ])
    func badPagesAreOneLineNamingTheFile(name: String, reason: String) {
        let path = Self.bad.appendingPathComponent(name).path
        let message = failure { try ArticleImporter().importFile(atPath: path) }
        #expect(message?.hasPrefix(path + ": ") == true && message?.contains(reason) == true, "\(message ?? "no error")")
        #expect(message?.contains("\n") == false)
    }

    @Test func scriptTextNeverBecomesAQuote() throws {
        let text = try String(contentsOf: Self.bad.appendingPathComponent("script-quotes.html"), encoding: .utf8)
        let pageText = try HTMLPage(data: Data(text.utf8), name: "s.html").text
        for word in ["Anna Petrova", "John Smith", "Ivan Orlov", "Maria Lopez", "Elena Marx"] { #expect(!pageText.contains(word)) }
    }

    @Test func binaryServedAsHTML() throws {
        let data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) + Data(repeating: 0x41, count: 100)
        #expect(failure { try HTMLPage(data: data, name: "x.html") }?.contains("binary file") == true)
    }

    @Test func fiftyMegabytePageIsRefusedByItsSize() throws {
        let path = try Paths.temporaryDirectory().appendingPathComponent("huge.html").path
        let chunk = Data(("<p>" + String(repeating: "x", count: 1020) + "</p>\n").utf8)
        var data = Data(); data.reserveCapacity(50 * 1024 * 1024)
        while data.count < 50 * 1024 * 1024 { data.append(chunk) }
        FileManager.default.createFile(atPath: path, contents: data)
        #expect(failure { try ArticleImporter().importFile(atPath: path) } == "\(path): file is 50 MiB, over the 20 MiB limit for one article")
    }

    /// 10,000 nested `<div>`s: parsed whole (no 256-level cut), walked without recursion, on a
    /// secondary thread's small stack as `dossier import` parses.
    @Test func tenThousandNestedDivs() async throws {
        let roundup = try String(contentsOf: Self.html.appendingPathComponent("judy-asks.html"), encoding: .utf8)
        let body = roundup.components(separatedBy: "<body>")[1].components(separatedBy: "</body>")[0]
        let nested = "<html><body>" + String(repeating: "<div>", count: 10_000) + body + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let article = try await Task.detached { try ArticleImporter().parse(data: Data(nested.utf8), fileName: "nested.html") }.value
        #expect(article.experts.count == 3)
        let empty = "<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>deep</p>" + String(repeating: "</div>", count: 10_000)
        let message = try await Task.detached { failure { try ArticleImporter().parse(data: Data(empty.utf8), fileName: "deep.html") } }.value
        #expect(message == "deep.html: no attributed expert quotes found; is this an expert roundup?")
    }

    @Test func reparseKeepsIdsOfUnchangedQuotes() throws {
        let old = try page("judy-asks.html")
        var new = old
        new.quotes[1].expertID = "someone-else"
        new.quotes.append(Quote(id: old.quotes[0].id, expertID: "x", section: nil, paragraphs: ["A new answer."], source: old.quotes[0].source))
        new.quotes.remove(at: 0)
        new.quotes.insert(Quote(id: old.quotes[1].id, expertID: "y", section: nil, paragraphs: ["Changed words."], source: old.quotes[0].source), at: 0)
        let changes = ReparseChanges(old: old, new: &new)
        #expect(changes.added == 2 && changes.removed == 1 && changes.reattributed == 1 && changes.articleChanged)
        #expect(new.quotes[1].id == old.quotes[1].id && new.quotes[2].id == old.quotes[2].id)
        #expect(Set(new.quotes.map(\.id)).count == new.quotes.count)
        var same = old
        #expect(!ReparseChanges(old: old, new: &same).articleChanged)
    }
}
