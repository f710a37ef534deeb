import Foundation
import Testing
@testable import DossierCore

/// Two experts of one last name in one article (a fuzz finding): each keeps a citation key and a
/// CSL item of their own, so a csl-json export names the right author and `verify` agrees.
@Suite struct SharedLastNameExportTests {
    static let article = Article(
        title: "Sanctions, a year on", lede: "Two economists answer.",
        metadata: ArticleMetadata(publication: "Harbour Street Review", date: "2025-03-01"),
        fingerprint: "0123456789abcdef", sections: [],
        experts: [Expert(name: "John Smith", credentials: "Economist"), Expert(name: "Jane Smith", credentials: "Banker"),
                  Expert(name: "Olga Petrova", credentials: nil)],
        quotes: [
            Quote(id: "01234567-01", expertID: "john-smith", section: nil, paragraphs: ["Exports fell."],
                  source: SourceSpan(startLine: 3, endLine: 3, startByte: 40, endByte: 53)),
            Quote(id: "01234567-02", expertID: "jane-smith", section: nil, paragraphs: ["Banks adapted."],
                  source: SourceSpan(startLine: 5, endLine: 5, startByte: 60, endByte: 74)),
            Quote(id: "01234567-03", expertID: "olga-petrova", section: nil, paragraphs: ["Prices rose."],
                  source: SourceSpan(startLine: 7, endLine: 7, startByte: 80, endByte: 92)),
        ],
        glossary: [])

    static var records: [QuoteRecord] {
        article.quotes.map { QuoteRecord(article: article, quote: $0, accessed: "2025-04-01", source: nil) }
    }

    @Test func aSharedLastNameGivesWholeNameKeys() {
        #expect(Self.records.map(\.citationKey) == [
            "john-smith-harbour-street-review-2025-sanctions-a-year",
            "jane-smith-harbour-street-review-2025-sanctions-a-year",
            "petrova-harbour-street-review-2025-sanctions-a-year",
        ])
    }

    @Test func eachSpeakerIsTheAuthorOfTheirOwnItem() throws {
        let items = CSLItem.items(for: Self.records)
        #expect(items.map { $0.author?.first?.printed } == ["John Smith", "Jane Smith", "Olga Petrova"])
        let file = try QuoteRenderer.render(Self.records, as: .cslJSON)
        for entry in try ExportReader.entries(in: file, name: "smiths.json") {
            #expect(QuoteVerifier.checkAttribution(entry) == nil, "\(entry.record.speaker.name)")
        }
    }

    @Test func recordsOfOneAlikeKeyStillSplitBySpeaker() {
        var records = Self.records
        records[1].citationKey = records[0].citationKey
        #expect(CSLItem.items(for: records).count == 3)
    }
}
