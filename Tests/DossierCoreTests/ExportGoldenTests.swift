import Foundation
import Testing
@testable import DossierCore

/// Every format of several seed quotes against files in `Golden/`.
/// Re-record with `DOSSIER_RECORD_GOLDEN=1 swift test --filter ExportGoldenTests`.
@Suite struct ExportGoldenTests {
    static let recording = ProcessInfo.processInfo.environment["DOSSIER_RECORD_GOLDEN"] == "1"

    @Test(arguments: ExportFormat.allCases)
    func rendersLikeTheGoldenFiles(format: ExportFormat) throws {
        for (name, record) in try ExportFixtures.goldenRecords() {
            let output = try QuoteRenderer.render([record], as: format)
            let url = ExportFixtures.goldenDirectory.appendingPathComponent("\(name).\(format.fileExtension)")
            if Self.recording {
                try output.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            #expect(output == expected, "\(url.lastPathComponent) differs; re-record with DOSSIER_RECORD_GOLDEN=1")
        }
    }

    @Test func quotesOfOneExpertInOneArticleShareOneCSLItem() throws {
        let seed = try ExportFixtures.seed()
        let records = try ["9c941c53-01", "9c941c53-02", "9c941c53-06"].map { try ExportFixtures.record(seed, quoteID: $0) }
        let items = CSLItem.items(for: records)
        #expect(items.map(\.id) == ["mikaelian-the-insider-2024-russia-pushes-azerbaijan", "kopalyan-the-insider-2024-russia-pushes-azerbaijan"])
        #expect(items.first?.custom?.quoteIDs == ["9c941c53-01", "9c941c53-06"])
        #expect(items.first?.author == [CSLName(person: "Grant Mikaelian")])
        #expect(items.first?.type == "interview")
        let json = try QuoteRenderer.render(records, as: .json)
        let decoded = try JSONDecoder().decode([QuoteRecord].self, from: Data(json.utf8))
        #expect(decoded == records)
    }
}
