import DossierCore
import DossierLibrary
import DossierUI
import Foundation
import Testing
@testable import DossierApp

/// The dossier, lens and collection requirements of `BrowserDataSource`: the library-backed
/// source and the in-memory one give the same answers on the same articles.
@Suite(.serialized) struct DossierSourceTests {
    let fixture: TestLibrary
    let library: LibraryDataSource
    let memory: InMemoryDataSource

    init() throws {
        fixture = try TestLibrary()
        library = try LibraryDataSource(library: fixture.library)
        memory = InMemoryDataSource(articles: fixture.articles)
    }

    private func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func everyExpertsDossierIsTheSameFromBothSources() throws {
        defer { fixture.remove() }
        let experts = Set(fixture.articles.flatMap(\.experts).map(\.id))
        #expect(experts.count > 10)
        for id in experts.sorted() {
            let fromLibrary = try #require(library.expertDossier(expertID: id), "\(id)")
            let fromMemory = try #require(memory.expertDossier(expertID: id), "\(id)")
            #expect(try json(fromLibrary) == json(fromMemory), "\(id)")
        }
        #expect(library.expertDossier(expertID: "nobody-at-all") == nil)
        #expect(memory.expertDossier(expertID: "nobody-at-all") == nil)
    }

    @Test func kopalyanSpansTheSeedAndTheFollowUp() throws {
        defer { fixture.remove() }
        let dossier = try #require(library.expertDossier(expertID: "nerses-kopalyan"))
        #expect(dossier.articleCount == 2)
        // The seed is dated 2024 (year only), the follow-up 2024-05-02: "2024" sorts first.
        #expect(dossier.quotes.last?.quote.id == "1234abcd-01")
        #expect(dossier.credentials.last?.credentials == "Visiting fellow")
        #expect(dossier.credentials.last?.from == "2024-05-02")
        #expect(dossier.coExperts.contains { $0.id == "milena-stankovic" && $0.articles == 1 })
    }

    @Test func everyCountrysLensIsTheSameFromBothSources() throws {
        defer { fixture.remove() }
        let codes = Set(fixture.articles.flatMap(\.quotes).flatMap(\.countries))
        #expect(codes.count > 5)
        for code in codes.sorted() {
            let fromLibrary = try #require(library.countryLens(code: code), "\(code)")
            #expect(try json(fromLibrary) == json(try #require(memory.countryLens(code: code.lowercased()))), "\(code)")
            #expect(fromLibrary.quoteCount == fixture.articles.flatMap(\.quotes).filter { $0.countries.contains(code) }.count)
        }
        #expect(library.countryLens(code: "AQ") == nil)
        #expect(memory.countryLens(code: "AQ") == nil)
    }

    @Test func referencedQuotesComeBackInOrderWithoutTheVanished() throws {
        defer { fixture.remove() }
        let first = fixture.articles[0].quotes[3], last = TestLibrary.followUp.quotes[1]
        let references = [QuoteReference(fingerprint: TestLibrary.followUp.fingerprint, quoteID: last.id),
                          QuoteReference(fingerprint: "ffffffffffffffff", quoteID: "ffffffff-01"),
                          QuoteReference(fingerprint: fixture.articles[0].fingerprint, quoteID: first.id)]
        for source in [library as any BrowserDataSource, memory] {
            #expect(source.quotes(references: references).map(\.quote.id) == [last.id, first.id])
            #expect(source.quotes(references: references).map(\.reference) == [references[0], references[2]])
        }
    }

    @Test func onlyTheLibraryKeepsCollections() throws {
        defer { fixture.remove() }
        let members = fixture.articles[1].quotes.prefix(2).map { QuoteReference(fingerprint: fixture.articles[1].fingerprint, quoteID: $0.id) }
        #expect(library.supportsCollections)
        #expect(library.loadCollection(named: "piece") == [])
        try library.saveCollection(named: "piece", members)
        #expect(library.loadCollection(named: "Piece") == members)
        try library.saveCollection(named: "piece", Array(members.reversed()))
        #expect(library.loadCollection(named: "piece") == members.reversed())

        #expect(!memory.supportsCollections)
        #expect(memory.loadCollection(named: "piece") == [])
        #expect(throws: DossierError.self) { try memory.saveCollection(named: "piece", members) }
    }
}
