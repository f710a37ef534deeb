import Foundation
import Testing
@testable import DossierCore

/// `verify` checks who said it and where, not only the words: every format that shows an
/// attribution is compared with its record, and a record with the article it came from.
@Suite struct ExportAttributionTests {
    static func mikaelian() throws -> QuoteRecord { try ExportVerifyTests.mikaelian() }

    /// The changes `verify` finds in an export of `record` as `format` after `edit`.
    static func changes(_ format: ExportFormat, _ edit: (String) -> String) throws -> [String] {
        let text = edit(try QuoteRenderer.render([try mikaelian()], as: format))
        let entry = try #require(try ExportReader.entries(in: text, name: "q").first)
        return QuoteVerifier.checkAttribution(entry)?.changes.map(\.rendered) ?? []
    }

    /// `text` with `old` replaced on the attribution line only (not in the record).
    static func onAttributionLine(_ old: String, _ new: String) -> (String) -> String {
        { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("— ") ? $0.replacingOccurrences(of: old, with: new) : String($0) }
                .joined(separator: "\n")
        }
    }

    @Test(arguments: ExportFormat.allCases)
    func freshExportsShowTheirRecordsAttribution(format: ExportFormat) throws {
        let entries = try ExportReader.entries(in: try QuoteRenderer.render([try Self.mikaelian()], as: format), name: "q")
        #expect(entries.allSatisfy { QuoteVerifier.checkAttribution($0) == nil })
    }

    @Test(arguments: [ExportFormat.markdown, .text])
    func anEditedSpeakerIsNamed(format: ExportFormat) throws {
        #expect(try Self.changes(format, Self.onAttributionLine("Grant Mikaelian", "Jane Doe"))
            == [#"speaker "Grant Mikaelian" → "Jane Doe""#])
    }

    @Test(arguments: [ExportFormat.markdown, .text])
    func editedCredentialsAreNamed(format: ExportFormat) throws {
        #expect(try Self.changes(format, Self.onAttributionLine("Senior Research Fellow", "Director"))
            == [#"credentials "Political Scientist, Economist, Senior Research Fellow at the Caucasus Institute (Yerevan)" → "Political Scientist, Economist, Director at the Caucasus Institute (Yerevan)""#])
    }

    @Test(arguments: [ExportFormat.markdown, .text])
    func anEditedSectionIsNamed(format: ExportFormat) throws {
        #expect(try Self.changes(format, Self.onAttributionLine("§ The Likelihood of Invasion", "§ Role of Russia"))
            == [#"section "The Likelihood of Invasion" → "Role of Russia""#])
    }

    @Test func anEditedTitleDateAndURLAreNamed() throws {
        #expect(try Self.changes(.markdown, Self.onAttributionLine("“Russia pushes", "“Turkey pushes")).first?.hasPrefix("title ") == true)
        #expect(try Self.changes(.markdown, Self.onAttributionLine("*, 2024,", "*, 2023,")) == [#"date "2024" → "2023""#])
        #expect(try Self.changes(.text, Self.onAttributionLine("news/269956", "news/1"))
            == [#"URL "https://theins.ru/en/news/269956" → "https://theins.ru/en/news/1""#])
    }

    @Test func aDeletedAttributionLineIsChanged() throws {
        let changes = try Self.changes(.markdown) { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("— ") }.joined(separator: "\n")
        }
        #expect(changes.first?.hasPrefix("attribution \"— Grant Mikaelian") == true)
        #expect(changes.first?.hasSuffix("→ none") == true)
    }

    @Test func anEditedCSLAuthorOrContainerIsNamed() throws {
        let author = try Self.changes(.cslJSON) { $0.replacingOccurrences(of: "\"family\" : \"Mikaelian\"", with: "\"family\" : \"Doe\"") }
        #expect(author == [#"author "Grant Mikaelian" → "Grant Doe""#])
        let container = try Self.changes(.cslJSON) { $0.replacingOccurrences(of: "\"container-title\" : \"The Insider\"", with: "\"container-title\" : \"Meduza\"") }
        #expect(container == [#"container-title "The Insider" → "Meduza""#])
    }

    @Test func aRecordIsCheckedAgainstTheArticleItsSourceReadsAs() throws {
        let seed = try ExportFixtures.seed()
        let record = try Self.mikaelian()
        #expect(QuoteVerifier.checkAttribution(record, against: seed) == nil)
        var edited = record
        edited.speaker.name = "Jane Doe"
        edited.location.section = "Role of Russia"
        let result = QuoteVerifier.checkAttribution(edited, against: seed)
        #expect(result?.status == .changed)
        #expect(result?.detail == #"speaker "Jane Doe" → "Grant Mikaelian"; section "Role of Russia" → "The Likelihood of Invasion""#)
    }
}
