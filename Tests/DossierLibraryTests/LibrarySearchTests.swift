import DossierCore
import Foundation
import Testing
@testable import DossierLibrary

@Suite struct LibrarySearchTests {
    static let resolver = ClosureCountryResolver { name in
        ["azerbaijan": "AZ", "turkey": "TR", "türkiye": "TR", "serbia": "RS"][name.lowercased()]
    }

    func library() throws -> Library {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        try library.add(SampleArticles.caucasus)
        try library.add(SampleArticles.balkans)
        return library
    }

    func ids(_ library: Library, _ text: String) throws -> [String] {
        try library.search(Query.parse(text, countries: Self.resolver), limit: 50).map(\.quoteID)
    }

    @Test func rankingFollowsBM25() throws {
        let library = try library()
        let hits = try library.search(Query.parse("invasion"), limit: 50)
        // The quote saying "invasion" five times outranks those saying it once.
        #expect(hits.first?.quoteID == "9c941c53-01")
        let scores = hits.compactMap(\.score)
        #expect(scores.count == hits.count)
        #expect(scores == scores.sorted())
        #expect(Set(hits.map(\.quoteID)) == ["9c941c53-01", "9c941c53-02", "1234abcd-01"])
    }

    @Test(arguments: [
        ("erdogan", ["9c941c53-03"]),                       // diacritics folded
        ("ERDOĞAN", ["9c941c53-03"]),
        ("turkiye", ["9c941c53-04"]),
        ("москва", ["9c941c53-03"]),                         // Cyrillic, case folded
        ("арешев", ["9c941c53-03"]),                         // expert name is indexed
        ("\"full-scale invasion\"", ["9c941c53-02"]),       // phrase
        ("\"invasion full-scale\"", []),
        ("kopal*", ["1234abcd-01", "9c941c53-02", "9c941c53-04"]),  // prefix (expert name)
        ("nevada", ["9c941c53-02", "9c941c53-04"]),          // credentials
        ("belgrade", ["1234abcd-01", "1234abcd-02"]),         // title/credentials
        ("ukraine OR kosovo", ["1234abcd-02", "9c941c53-04"]),
        ("invasion -aliyev", ["1234abcd-01", "9c941c53-01"]),
        ("-invasion", ["1234abcd-02", "9c941c53-03", "9c941c53-04"]),
        ("russia invasions", ["9c941c53-01", "9c941c53-02"]), // stemming; all words must match, the title counts
        ("expert:kopalyan", ["1234abcd-01", "9c941c53-02", "9c941c53-04"]),
        ("expert:\"Nerses Kopalyan\" war", ["1234abcd-01", "9c941c53-04"]),
        ("country:AZ", ["9c941c53-01", "9c941c53-02", "9c941c53-03"]),
        ("country:türkiye", ["9c941c53-03", "9c941c53-04"]),
        ("country:serbia -country:xk", ["1234abcd-01"]),
        ("section:\"role of russia\"", ["9c941c53-03", "9c941c53-04"]),
        ("section:likelihood aliyev", ["9c941c53-02"]),
        ("article:belgrade", ["1234abcd-01", "1234abcd-02"]),
        ("article:9c941c53 turkey", ["9c941c53-03", "9c941c53-04"]),
        ("expert:kopalyan OR country:XK", ["1234abcd-01", "1234abcd-02", "9c941c53-02", "9c941c53-04"]),
        ("(moscow OR москва) baku", ["9c941c53-03"]),
    ])
    func everyQueryForm(query: String, expected: [String]) throws {
        let library = try library()
        #expect(try ids(library, query).sorted() == expected)
        // The in-memory evaluator gives the same answer.
        let parsed = try Query.parse(query, countries: Self.resolver)
        let inMemory = [SampleArticles.caucasus, SampleArticles.balkans].flatMap(parsed.matchingQuotes(in:)).map(\.id).sorted()
        #expect(inMemory == expected)
    }

    @Test func snippetsMarkTheMatches() throws {
        let library = try library()
        let hit = try #require(try library.search(Query.parse("erdogan")).first)
        #expect(hit.snippet.contains { $0.match && $0.text == "Erdoğan" })
        #expect(hit.expertName == "Андрей Арешев")
        #expect(hit.section == "The Role of Russia and Turkey")
        #expect(hit.articleTitle == SampleArticles.caucasus.title)
    }

    @Test func limitCapsTheHits() throws {
        let library = try library()
        #expect(try library.search(Query.parse("-zzzz"), limit: 2).count == 2)
    }
}
