import DossierCore
import Foundation
import Testing
@testable import DossierUI

/// The browser's save when the source file is gone: selectors from the library's kept copy.
@Suite struct ExportKeptCopyTests {
    @Test func aMissingSourceFileIsReplacedByTheKeptCopyAndTheStatusLineSaysSo() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-kept-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let performer = ExportPerformer(now: { Date(timeIntervalSince1970: 1_735_776_000) }, environment: [:], workingDirectory: directory)
        let target = ExportTarget(quoteID: "aaaa1111-02", articleID: "aaaa1111", speaker: "Андрей Арешев",
                                  articleTitle: SampleArticles.caucasus.title)
        let job = ExportJob(target: target, format: .json, destination: .file(path: "q.json", overwrite: false))

        let outcome = performer.perform(job, data: ContextSample.data(kept: true), writeToTerminal: { _ in false })
        #expect(outcome == .done("Saved quote aaaa1111-02 as JSON to q.json — /nonexistent/roundup.txt: cannot read the source file; "
            + "selectors computed from the library's kept copy of /somewhere/roundup.txt"))
        let record = try JSONDecoder().decode(QuoteRecord.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/q.json")))
        #expect(record.target?.textQuote.exact == ContextSample.words)
        #expect(record.target?.textPosition.start == ContextSample.text.components(separatedBy: ContextSample.words)[0].utf8.count)

        // Without a kept copy, as before: no selectors, and why.
        let bare = performer.perform(ExportJob(target: target, format: .json, destination: .file(path: "bare.json", overwrite: false)),
                                     data: ContextSample.data(kept: false), writeToTerminal: { _ in false })
        #expect(bare == .done("Saved quote aaaa1111-02 as JSON to bare.json — /nonexistent/roundup.txt: cannot read the source file; exported without selectors"))
    }
}
