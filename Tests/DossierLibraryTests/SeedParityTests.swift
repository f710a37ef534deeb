import DossierCore
import Foundation
import Testing
@testable import DossierLibrary

/// The library (FTS5) and the in-memory evaluator answer every query the same way on the seed.
@Suite struct SeedParityTests {
    static let queries = [
        "invasion", "invasions", "Erdogan", "turkish", "aliyev ilham", "\"full-scale invasion\"", "\"risk averse\"",
        "nagorno-karabakh", "corrid*", "nakhi* OR syunik", "iran OR france", "iran -turkey", "-iran", "putin -erdogan",
        "expert:kopalyan", "expert:\"arif yunusov\" russia", "section:\"role of russia\"", "section:turkey erdogan",
        "article:azerbaijan peace", "(moscow OR kremlin) pressure", "expert:mikaelian OR section:turkey",
        "political prisoner", "yerevan", "caucasus*", "ilham", "the moscow", "syunik", "2020", "\"the role of\"",
    ]

    @Test func bothBackEndsAgreeOnTheSeed() throws {
        let article = try ArticleImporter().importFile(atPath: ImportProcessTests.seed)
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        try library.add(article)
        var answered = 0
        for text in Self.queries {
            let query = try Query.parse(text)
            let fromLibrary = try library.search(query, limit: 1000).map(\.quoteID).sorted()
            let inMemory = query.matchingQuotes(in: article).map(\.id).sorted()
            #expect(fromLibrary == inMemory, "\(text)")
            if !inMemory.isEmpty && inMemory.count < article.quotes.count { answered += 1 }
        }
        #expect(answered >= Self.queries.count - 4)  // the queries really discriminate
    }
}
