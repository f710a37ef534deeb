import Testing
@testable import DossierCore

@Suite struct QuoteCollectionTests {
    let a = QuoteReference(fingerprint: "b22ca693bf70c005", quoteID: "b22ca693-07")
    let b = QuoteReference(fingerprint: "1234abcd99887766", quoteID: "1234abcd-01")

    @Test func referencesPrintAsTheLongQuoteID() {
        #expect(a.description == "b22ca693bf70c005-07")
    }

    @Test func addingKeepsOrderAndDropsDuplicates() {
        #expect(QuoteCollection.adding([b, a, b], to: [a]) == [a, b])
        #expect(QuoteCollection.removing([a], from: [a, b]) == [b])
    }

    @Test func namesMustBePrintableAndNotEmpty() {
        #expect(QuoteCollection.problem(withName: "Piece on Georgia") == nil)
        #expect(QuoteCollection.problem(withName: "  ") != nil)
        #expect(QuoteCollection.problem(withName: "bad\u{1B}[31m") != nil)
        #expect(QuoteCollection.problem(withName: String(repeating: "x", count: 101)) != nil)
    }
}
