import Foundation
import Testing
@testable import DossierCore

/// `ExpertDossier` and `ExpertMatching` on `DossierFixtures`, with every value worked out by hand.
@Suite struct ExpertDossierTests {
    let dossier: ExpertDossier? = ExpertDossier(appearances: DossierFixtures.articles.enumerated().compactMap { index, article in
        ExpertAppearance(expertID: DossierFixtures.ana, in: article, importOrder: index)
    })

    @Test func quotesRunInDateOrderWithUndatedLast() throws {
        let dossier = try #require(dossier)
        #expect(dossier.quotes.map(\.quote.id) == ["cccc0000-01", "aaaa0000-01", "aaaa0000-03", "bbbb0000-02", "dddd0000-01"])
        #expect(dossier.quotes[3].article.title == "Spring talks")
        #expect(dossier.quotes[3].article.publication == "Pub b")
        #expect(dossier.quotes[3].quote.section == "Risks")
        #expect(dossier.articleCount == 4)
        // The name and credentials of the latest article (the undated one sorts last).
        #expect(dossier.expert == Expert(id: "ana-petrovic", name: "Ana Petrovic", credentials: "Director, Y Centre"))
    }

    @Test func identicalCredentialsCollapseAndKeepTheirDates() throws {
        let spans = try #require(dossier).credentials
        #expect(spans.map(\.credentials) == ["Fellow, X Institute", "Director, Y Centre"])
        #expect(spans[0].from == "2023-05-10" && spans[0].to == "2023-05-10")
        #expect(spans[1].from == "2024-02" && spans[1].to == "2024-03-01")
        #expect(spans[1].articles == ["aaaa000000000001", "bbbb000000000002", "dddd000000000004"])
    }

    @Test func countriesAndCoExpertsAreCounted() throws {
        let dossier = try #require(dossier)
        #expect(dossier.countries == [.init(code: "GE", count: 3), .init(code: "RU", count: 2), .init(code: "AM", count: 1)])
        #expect(dossier.coExperts == [.init(id: "bob-ames", name: "Bob Ames", articles: 3), .init(id: "carl-zane", name: "Carl Zane", articles: 1)])
    }

    @Test func jsonKeepsEveryKeyAndQuotesCarryNoMentions() throws {
        var quote = DossierFixtures.quote("eeee0000-01", "x", ["GE"])
        quote.mentions = [CountryMention(code: "GE", kind: .name, text: "Georgia", paragraph: 0, offset: 0, length: 7)]
        let article = DossierArticle(fingerprint: "eeee000000000005", title: "T", importOrder: 7)
        let dossier = try #require(ExpertDossier(appearances: [
            ExpertAppearance(article: article, expert: Expert(id: "x", name: "X", credentials: "C"), quotes: [quote], others: [])]))
        #expect(dossier.quotes[0].quote.mentions.isEmpty)
        #expect(dossier.quotes[0].quote.countries == ["GE"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(dossier), as: UTF8.self)
        #expect(json.contains(#""credentials":[{"articles":["eeee000000000005"],"credentials":"C","from":null,"to":null}]"#), "\(json)")
        #expect(json.contains(#""article":{"date":null,"fingerprint":"eeee000000000005","publication":null,"title":"T","url":null}"#), "\(json)")
        #expect(!json.contains("importOrder"))
    }

    @Test func anExpertNoArticleListsHasNoDossier() {
        #expect(ExpertDossier(appearances: []) == nil)
        #expect(ExpertAppearance(expertID: "nobody", in: DossierFixtures.articles[0], importOrder: 0) == nil)
    }

    @Test func namesResolveByIDExactNameThenUniquePart() {
        let candidates = [("ana-petrovic", "Ana Petrović"), ("bob-ames", "Bob Ames"), ("bob-amesbury", "Bob Amesbury")]
            .map { ExpertMatching.Candidate(id: $0.0, name: $0.1) }
        let ana = candidates[0], bob = candidates[1]
        #expect(ExpertMatching.resolve("ana-petrovic", among: candidates) == .found(ana))
        #expect(ExpertMatching.resolve("ANA PETROVIC", among: candidates) == .found(ana))
        #expect(ExpertMatching.resolve("petrović", among: candidates) == .found(ana))
        // "Bob Ames" is exact for one and a part of the other: the exact one wins.
        #expect(ExpertMatching.resolve("bob ames", among: candidates) == .found(bob))
        #expect(ExpertMatching.resolve("Bob", among: candidates) == .ambiguous([bob, candidates[2]]))
        #expect(ExpertMatching.resolve("Zed", among: candidates) == .notFound)
        #expect(ExpertMatching.resolve("  ", among: candidates) == .notFound)
    }
}
