import DossierCore
import Foundation
import GRDB
import Testing
@testable import DossierLibrary

@Suite struct LibraryStorageTests {
    @Test func articleRoundTripsThroughTheLibrary() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        try library.add(SampleArticles.caucasus)
        try library.add(SampleArticles.balkans)
        #expect(try library.article(fingerprint: SampleArticles.caucasus.fingerprint) == SampleArticles.caucasus)
        #expect(try library.article(fingerprint: SampleArticles.balkans.fingerprint) == SampleArticles.balkans)
        #expect(try library.article(fingerprint: "nope") == nil)
    }

    @Test func sameArticleTwiceAddsNothing() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        #expect(try library.add(SampleArticles.caucasus) == .added)
        #expect(try library.add(SampleArticles.caucasus) == .unchanged)
        var mirror = SampleArticles.caucasus
        mirror.metadata.sourcePath = "/mirror/copy.txt"
        #expect(try library.add(mirror) == .duplicate(ofPath: "/data/caucasus.txt"))
        #expect(try library.articleCount() == 1)
        #expect(try library.quotes(withID: "9c941c53-01").count == 1)
    }

    @Test func expertQuotedInTwoArticlesIsOneExpertWithBothCredentials() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        try library.add(SampleArticles.caucasus)
        try library.add(SampleArticles.balkans)
        let kopalyan = try #require(try library.experts().first { $0.key == "nerses-kopalyan" })
        #expect(kopalyan.articles == 2)
        #expect(kopalyan.quotes == 3)
        let inBalkans = try #require(try library.quotes(withID: "1234abcd-01").first)
        #expect(inBalkans.expert.credentials == "Visiting fellow in Belgrade")
    }

    @Test func listingsCountQuotes() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        try library.add(SampleArticles.caucasus)
        try library.add(SampleArticles.balkans)
        let articles = try library.articles()
        #expect(articles.map(\.title) == [SampleArticles.balkans.title, SampleArticles.caucasus.title])
        #expect(articles.map(\.quotes) == [2, 4])
        let sections = try library.sections()
        #expect(sections.map(\.name).sorted() == ["The Likelihood of Invasion", "The Role of Russia and Turkey"])
        let countries = Dictionary(uniqueKeysWithValues: try library.countries().map { ($0.key, $0.quotes) })
        #expect(countries["RU"] == 4)
        #expect(countries["XK"] == 1)
    }

    @Test func controlCharactersNeverReachTheLibrary() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        var article = SampleArticles.filler(1)
        article.title = "Evil \u{1B}[2Jtitle\u{7}"
        article.quotes[0].paragraphs = ["Clear \u{1B}]52;c;ZXZpbA==\u{7}screen"]
        try library.add(article)
        let stored = try #require(try library.article(fingerprint: article.fingerprint))
        #expect(stored.title == "Evil [2Jtitle")
        #expect(stored.quotes[0].paragraphs == ["Clear ]52;c;ZXZpbA==screen"])
    }
}
