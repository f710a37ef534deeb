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
        // A phrase of several words is left to DateOrder.
        let phrase = try Query.parse("\"of the\"")
        #expect(try library.read { db in try DenseDateOrder.top(phrase, QuerySQLCompiler.compile(phrase), limit: 5, newest: true, denseAbove: 0, db) } == nil)
    }
}
