import Foundation
import Testing
@testable import DossierCore

/// What `y`/`Y` put on the clipboard: the quote and its attribution, never the record.
@Suite struct ExportClipboardPayloadTests {
    static func kopalyan() throws -> QuoteRecord {
        try ExportFixtures.record(try ExportFixtures.seed(), quoteID: "9c941c53-02")
    }

    static let attribution = "Nerses Kopalyan, Ph.D., Associate Professor of Political Science at the University of Nevada (USA), "
        + "in “Russia pushes Azerbaijan to attack Armenia, but Aliyev fears full-scale war due to Western sanctions threat, experts say”, "

    @Test func markdownIsTheBlockquoteAndItsAttributionLineOnly() throws {
        let record = try Self.kopalyan()
        let words = try #require(record.quote.paragraphs.first)
        #expect(try QuoteRenderer.clipboard([record], as: .markdown) == "> \(words)\n\n— " + Self.attribution
            + "*The Insider*, 2024, § The Likelihood of Invasion [@kopalyan-the-insider-2024-russia-pushes-azerbaijan, para. 6]\n")
    }

    @Test func plainTextIsTheQuoteAndItsAttributionOnly() throws {
        let record = try Self.kopalyan()
        let words = try #require(record.quote.paragraphs.first)
        #expect(try QuoteRenderer.clipboard([record], as: .text) == "“\(words)”\n\n— " + Self.attribution
            + "The Insider, 2024, § The Likelihood of Invasion, para. 6. https://theins.ru/en/news/269956 (accessed 2 January 2025)\n")
    }

    @Test(arguments: ExportFormat.copyable)
    func noCopyCarriesTheRecordOrALocalPath(format: ExportFormat) throws {
        let copied = try QuoteRenderer.clipboard([try Self.kopalyan()], as: format)
        for leak in ["dossier-quote", "sourcePath", "custom", "Data/articles", "textPosition"] {
            #expect(!copied.contains(leak), "\(format.rawValue) copy carries \(leak)")
        }
    }

    @Test func cslJSONCopyIsTheCitationZoteroPastes() throws {
        let copied = try QuoteRenderer.clipboard([try Self.kopalyan()], as: .cslJSON)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(copied.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["type"] as? String == "interview")
        #expect((items.first?["author"] as? [[String: String]]) == [["family": "Kopalyan", "given": "Nerses"]])
    }

    @Test func jsonIsNotOfferedForTheClipboard() throws {
        #expect(!ExportFormat.copyable.contains(.json))
        #expect(throws: DossierError.self) { try QuoteRenderer.clipboard([try Self.kopalyan()], as: .json) }
    }
}
