import DossierCore
import Foundation
import Testing
@testable import DossierLibrary

/// The library reads behind `dossier export` and `dossier verify`: ids, ambiguity, query hits, stored state.
@Suite struct ExportLibraryReadsTests {
    /// The Caucasus sample again under another fingerprint with the same first 8 digits, so its quote ids repeat.
    static var twin: Article {
        var article = SampleArticles.caucasus
        article.fingerprint = "9c941c53ffff0000"
        article.title = "A second roundup that shares the id prefix"
        return article
    }

    func library(_ articles: [Article]) throws -> Library {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        for article in articles { try library.add(article) }
        return library
    }

    @Test func idFormsAreParsedAndNormalised() {
        #expect(QuoteIDForm("9c941c53-07") == QuoteIDForm("9C941C53-7"))
        #expect(QuoteIDForm("9c941c53-07")?.quoteID == "9c941c53-07")
        #expect(QuoteIDForm("9C941C53D8712548-7")?.quoteID == "9c941c53-07")
        #expect(QuoteIDForm("9C941C53D8712548-7")?.fingerprintPrefix == "9c941c53d8712548")
        #expect(QuoteIDForm("9c941c53-123")?.quoteID == "9c941c53-123")
        for bad in ["7", "9c941c5-07", "9c941c53x-07", "9c941c53-", "9c941c53-+1", "9c941c53-0", "9c941c53-07-1", ""] {
            #expect(QuoteIDForm(bad) == nil, "\(bad)")
        }
    }

    @Test func anIDSharedByTwoArticlesReturnsBothAndALongerIDNarrowsToOne() throws {
        let library = try library([SampleArticles.caucasus, Self.twin, SampleArticles.balkans])
        let both = try library.exportableQuotes(id: "9c941c53-02")
        #expect(both.map(\.article.title) == [SampleArticles.caucasus.title, Self.twin.title])
        #expect(both.allSatisfy { $0.quote.id == "9c941c53-02" && $0.quote.expertID == "nerses-kopalyan" })

        let one = try library.exportableQuotes(id: "9c941c53d87-2")
        #expect(one.count == 1)
        #expect(one.first?.article.fingerprint == SampleArticles.caucasus.fingerprint)
        #expect(one.first?.quote == SampleArticles.caucasus.quotes[1])
        #expect(one.first?.article.metadata.sourcePath == "/data/caucasus.txt")
        #expect(try library.exportableQuotes(id: "9c941c53ffff-2").map(\.article.title) == [Self.twin.title])

        #expect(try library.exportableQuotes(id: "9c941c53-99").isEmpty)
        #expect(try library.exportableQuotes(id: "9c941c53aa-02").isEmpty)
        #expect(try library.exportableQuotes(id: "2").isEmpty)
    }

    @Test func theImportDayIsTheStoredImportDate() throws {
        let library = try library([SampleArticles.balkans])
        try library.write { db in try db.execute(sql: "UPDATE article SET imported_at = '2021-12-31T23:30:00Z'") }
        let found = try #require(try library.exportableQuotes(id: "1234abcd-01").first)
        #expect(found.importDay == "2021-12-31")
        let stored = try #require(try library.articles().first?.importedAt)
        #expect(found.importedAt == stored)
        #expect(found.importDay == String(stored.prefix(10)))
        #expect(CitationDate(iso: found.importDay)?.parts.count == 3)
    }

    @Test func queryHitsComeBackInRankOrderWithTheirArticles() throws {
        let library = try library([SampleArticles.caucasus, SampleArticles.balkans])
        let hits = try library.search(try Query.parse("russia"), limit: 50)
        #expect(hits.count >= 3)
        let found = try library.exportableQuotes(for: hits)
        #expect(found.map(\.quote.id) == hits.map(\.quoteID))
        #expect(found.map(\.article.fingerprint) == hits.map(\.fingerprint))
    }

    @Test func storedStateTellsFoundMissingQuoteAndMissingArticle() throws {
        let library = try library([SampleArticles.caucasus])
        let fingerprint = SampleArticles.caucasus.fingerprint
        #expect(try library.storedQuote(id: "9c941c53-03", fingerprint: fingerprint) == .found(SampleArticles.caucasus.quotes[2]))
        #expect(try library.storedQuote(id: "9c941c53-42", fingerprint: fingerprint) == .quoteMissing)
        #expect(try library.storedQuote(id: "9c941c53-03", fingerprint: "9c941c53ffff0000") == .articleMissing)
    }
}
