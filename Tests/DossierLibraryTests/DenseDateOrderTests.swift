import DossierCore
import Foundation
import Testing
@testable import DossierLibrary

/// `DenseDateOrder` (date orders of words in most quotes, from the accelerator's postings) lists
/// exactly what `DateOrder` lists. The fixture library is small, so it is forced to apply.
@Suite struct DenseDateOrderTests {
    @Test func everyQueryShapeListsWhatDateOrderLists() throws {
        let library = try Library(path: try temporaryDirectory() + "/lib.sqlite")
        for n in 0..<40 {
            var article = AcceleratorExactnessTests.generatedArticle(n, seed: 11)
            article.metadata.date = n % 4 == 0 ? nil : String(format: "2024-%02d-01", 1 + n % 12)  // ties and undated ones
            try library.add(article)
        }
        #expect(try library.acceleratorStatus() == .ready)
        let queries = AcceleratorExactnessTests.queries.filter { !$0.contains("\"") }
        var compared = 0
        for text in queries {
            let query = try Query.parse(text)
            let compiled = QuerySQLCompiler.compile(query)
            for newest in [true, false] {
                let dense = try library.read { db in try DenseDateOrder.top(query, compiled, limit: 30, newest: newest, denseAbove: 0, db) }
                let reference = try library.read { db in try DateOrder.top(compiled, limit: 30, newest: newest, db) }
                guard let dense else { continue }  // not applicable (no matches here): DateOrder answers
                #expect(dense == reference, "\(text) newest=\(newest)")
                if !dense.isEmpty { compared += 1 }
            }
        }
        #expect(compared >= 20)
        // Under browse filters, walked by date with the filters checked per quote (as the browser asks).
        let expert = Expert.slug(for: "Nerses Kopalyan")
        for filter in [BrowseFilter(country: "RU"), BrowseFilter(expert: expert), BrowseFilter(expert: expert, country: "AZ"),
                       BrowseFilter(section: "Military Balance", country: "TR")] {
            let query = try Query.parse("the -peace")
            var walk = QuerySQLCompiler.compile(query), restricted = walk
            let (walkSQL, walkArguments) = DenseDateOrder.walkPredicates(filter)
            walk.predicates.append(walkSQL)
            walk.arguments += walkArguments
            let (filterSQL, filterArguments) = filter.sql
            restricted.predicates.append(filterSQL)
            restricted.arguments += filterArguments
            for newest in [true, false] {
                let dense = try library.read { db in
                    try DenseDateOrder.top(query, walk, limit: 20, newest: newest, denseAbove: 0, walkDatesFirst: true, db)
                }
                let reference = try library.read { db in try DateOrder.top(restricted, limit: 20, newest: newest, db) }
                #expect(dense == reference, "\(filter) newest=\(newest)")
                #expect(dense?.isEmpty == false, "\(filter)")
            }
        }
        // A phrase of several words is left to DateOrder (this library is too small for pair terms).
        let phrase = try Query.parse("\"of the\"")
        #expect(try library.read { db in try DenseDateOrder.top(phrase, QuerySQLCompiler.compile(phrase), limit: 5, newest: true, denseAbove: 0, db) } == nil)
    }

    /// Two common words are one pair term in a library past `CommonPairs.minimumQuotes`: their
    /// phrase is dated from its list; longer phrases still go to `DateOrder`.
    @Test func aPhraseOfTwoCommonWordsIsDatedFromItsPairTerm() throws {
        let library = try AcceleratorExactnessTests.makeLibrary(articles: 240)
        try library.write { db in
            try db.execute(sql: "UPDATE article SET date = printf('2024-%02d-01', 1 + id % 12) WHERE id % 4 != 0")
        }
        #expect(try library.read { db in try CommonPairs.stored(db) }.isSuperset(of: ["of", "the", "war"]))
        for text in ["\"of the\"", "\"the war\"", "\"the the\" -peace", "\"of the\" war"] {
            let query = try Query.parse(text)
            let compiled = QuerySQLCompiler.compile(query)
            for newest in [true, false] {
                let dense = try library.read { db in try DenseDateOrder.top(query, compiled, limit: 25, newest: newest, denseAbove: 0, db) }
                let reference = try library.read { db in try DateOrder.top(compiled, limit: 25, newest: newest, db) }
                #expect(dense == reference, "\(text) newest=\(newest)")
                #expect(dense?.isEmpty == false, "\(text)")
            }
        }
        let longer = try Query.parse("\"of the war\"")
        #expect(try library.read { db in try DenseDateOrder.top(longer, QuerySQLCompiler.compile(longer), limit: 5, newest: true, denseAbove: 0, db) } == nil)
    }
}
