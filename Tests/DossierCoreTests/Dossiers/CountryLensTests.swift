import Testing
@testable import DossierCore

/// `CountryLens` from tallies: ranking, names, months with gaps filled, year-only and undated.
@Suite struct CountryLensTests {
    @Test func expertsRankByQuotesThenName() {
        let lens = CountryLens(code: "GE", tallies: [
            .init(expertID: "bob", name: "Bob", date: "2024-01-15"),
            .init(expertID: "ann", name: "Ann", date: "2024-03", count: 2),
            .init(expertID: "cat", name: "Cat", date: "2024"),
            .init(expertID: "cat", name: "Cat", date: nil),
            .init(expertID: "bob", name: "Bobby", date: "2023-12-31", count: 1),
            .init(expertID: "bob", name: "Bob", date: "2023-12"),
        ])
        #expect(lens.quoteCount == 7)
        #expect(lens.experts.map(\.id) == ["bob", "ann", "cat"])
        #expect(lens.experts.map(\.count) == [3, 2, 2])
        #expect(lens.experts[0].name == "Bob")  // printed with two of the three quotes
        #expect(lens.months.map(\.period) == ["2023-12", "2024-01", "2024-02", "2024-03"])
        #expect(lens.months.map(\.count) == [2, 1, 0, 2])
        #expect(lens.yearOnly == [.init(period: "2024", count: 1)])
        #expect(lens.undated == 1)
    }

    @Test func theSameQuotesGroupedDifferentlyGiveTheSameLens() {
        let single = (0..<3).map { _ in CountryLens.Tally(expertID: "a", name: "A", date: "2024-05-01") }
        let grouped = [CountryLens.Tally(expertID: "a", name: "A", date: "2024-05", count: 3)]
        #expect(CountryLens(code: "RU", tallies: single) == CountryLens(code: "RU", tallies: grouped))
        #expect(CountryLens(code: "RU", tallies: []).quoteCount == 0)
    }
}
