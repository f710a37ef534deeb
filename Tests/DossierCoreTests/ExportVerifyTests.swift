import Foundation
import Testing
@testable import DossierCore

@Suite struct ExportVerifyTests {
    static func mikaelian() throws -> QuoteRecord {
        try ExportFixtures.record(try ExportFixtures.seed(), quoteID: "9c941c53-01")
    }

    @Test(arguments: ExportFormat.allCases)
    func freshExportIsIdenticalToItsSource(format: ExportFormat) throws {
        let record = try Self.mikaelian()
        let entries = try ExportReader.entries(in: try QuoteRenderer.render([record], as: format), name: "q")
        #expect(entries.map(\.record) == [record])
        let source = try ExportFixtures.sourceData(try ExportFixtures.seed())
        for entry in entries {
            #expect(QuoteVerifier.checkDisplayed(entry) == nil)
            let result = QuoteVerifier.checkSource(entry.record, source: source)
            #expect(result.status == .identical)
            #expect(result.detail == "at bytes 1221–2396")
        }
    }

    @Test func cyrillicTextExportRoundTrips() throws {
        let record = try ExportFixtures.record(try ExportFixtures.russian(), quoteID: "5a0e7c21-01")
        let entries = try ExportReader.entries(in: try QuoteRenderer.render([record], as: .text), name: "q")
        #expect(entries.count == 1)
        #expect(entries.first.flatMap(QuoteVerifier.checkDisplayed) == nil)
    }

    @Test func editedSourceIsChangedWithAWordDiff() throws {
        let record = try Self.mikaelian()
        var text = String(decoding: try ExportFixtures.sourceData(try ExportFixtures.seed()), as: UTF8.self)
        text = text.replacingOccurrences(of: "has clearly increased", with: "has sharply increased")
        let result = QuoteVerifier.checkSource(record, source: Data(text.utf8))
        #expect(result.status == .changed)
        #expect(result.diff?.rendered(context: 2).contains("invasion has [-clearly-] {+sharply+} increased. The") == true)
    }

    @Test func movedTextIsStillIdentical() throws {
        let record = try Self.mikaelian()
        let source = Data("New banner line\n".utf8) + (try ExportFixtures.sourceData(try ExportFixtures.seed()))
        let result = QuoteVerifier.checkSource(record, source: source)
        #expect(result.status == .identical)
        #expect(result.detail == "same text, moved to bytes 1237–2412")
    }

    @Test func removedQuoteIsNotFound() throws {
        let record = try Self.mikaelian()
        let data = try ExportFixtures.sourceData(try ExportFixtures.seed())
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.enumerated().filter { !(18...24).contains($0.offset) }.map(\.element).joined(separator: "\n")
        #expect(QuoteVerifier.checkSource(record, source: Data(kept.utf8)).status == .notFound)
    }

    @Test func editedMarkdownQuoteIsChanged() throws {
        let record = try Self.mikaelian()
        // Edit the visible blockquote only, not the record in the trailer.
        let markdown = try QuoteRenderer.render([record], as: .markdown)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("> ") ? $0.replacingOccurrences(of: "many signs indicate", with: "all signs indicate") : String($0) }
            .joined(separator: "\n")
        let entries = try ExportReader.entries(in: markdown, name: "q.md")
        let result = entries.first.flatMap(QuoteVerifier.checkDisplayed)
        #expect(result?.status == .changed)
        #expect(result?.diff?.rendered(context: 1).contains("[-many-] {+all+} signs") == true)
    }

    @Test func fileWithoutRecordIsAOneLineError() {
        #expect(throws: DossierError("notes.txt: no Dossier quote record (json, csl-json, or md/txt with a dossier-quote line)")) {
            try ExportReader.entries(in: "just some notes\n", name: "notes.txt")
        }
    }

    @Test func paragraphNumbersCountLedeIntroductionEditorialAndEarlierQuotes() throws {
        let seed = try ExportFixtures.seed()
        let record = try ExportFixtures.record(seed, quoteID: "9c941c53-08")
        // lede 1 + intro 1 + q01 3 + q02 1 + editorial 1 + q06 1 + editorial 1 = 9 before it.
        #expect(record.location.paragraphsInArticle == .init(first: 10, last: 10))
        #expect(record.location.paragraphsInSection == .init(first: 2, last: 2))
        #expect(record.location.sectionNumber == 3)
    }

    @Test func controlCharactersNeverReachTheOutput() throws {
        var record = try Self.mikaelian()
        record.quote.paragraphs = ["Bad \u{1B}]0;title\u{07} and \u{9B}2J here"]
        for format in [ExportFormat.markdown, .text] {
            let output = try QuoteRenderer.render([record], as: format)
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        }
        let json = try QuoteRenderer.render([record], as: .json)
        #expect(json.contains("\\u001b]0;title\\u0007") && json.contains("\\u009b2J"))
    }

    @Test func markdownEscapingRoundTrips() {
        let text = "1. Actions <[n Nagorno-Karabakh] cost $5 *each* @home_base"
        let escaped = MarkdownText.escape(text)
        #expect(escaped == #"1\. Actions \<\[n Nagorno-Karabakh\] cost \$5 \*each\* \@home\_base"#)
        #expect(MarkdownText.unescape(escaped) == text)
    }
}
