import DossierCore
import Foundation
import Synchronization
import Testing
@testable import DossierUI

/// A data source that records import days, as the library will.
private struct ImportedSource: BrowserDataSource {
    let base = SampleArticles.data
    var title: String { base.title }
    var totalQuotes: Int { base.totalQuotes }
    func facetCount(_ facet: Facet, filter: QuoteFilter) -> Int { base.facetCount(facet, filter: filter) }
    func facets(_ facet: Facet, filter: QuoteFilter, range: Range<Int>) -> [FacetValue] { base.facets(facet, filter: filter, range: range) }
    func quoteCount(filter: QuoteFilter) -> Int { base.quoteCount(filter: filter) }
    func quotes(filter: QuoteFilter, range: Range<Int>) -> [QuoteRow] { base.quotes(filter: filter, range: range) }
    func matchPositions(filter: QuoteFilter, matcher: any QuoteMatching, isCancelled: () -> Bool) -> [Int]? {
        base.matchPositions(filter: filter, matcher: matcher, isCancelled: isCancelled)
    }
    func article(id: String) -> Article? { base.article(id: id) }
    func importDay(articleID: String) -> String? { articleID == "aaaa1111" ? "2024-05-06" : nil }
}

/// A source that cannot hand out articles (uses the protocol's defaults).
private struct RowsOnlySource: BrowserDataSource {
    let base = SampleArticles.data
    var title: String { base.title }
    var totalQuotes: Int { base.totalQuotes }
    func facetCount(_ facet: Facet, filter: QuoteFilter) -> Int { base.facetCount(facet, filter: filter) }
    func facets(_ facet: Facet, filter: QuoteFilter, range: Range<Int>) -> [FacetValue] { base.facets(facet, filter: filter, range: range) }
    func quoteCount(filter: QuoteFilter) -> Int { base.quoteCount(filter: filter) }
    func quotes(filter: QuoteFilter, range: Range<Int>) -> [QuoteRow] { base.quotes(filter: filter, range: range) }
    func matchPositions(filter: QuoteFilter, matcher: any QuoteMatching, isCancelled: () -> Bool) -> [Int]? { nil }
}

/// Export effects against real files in a temporary directory, a fixed clock
/// and a fake terminal and clipboard tool.
@Suite struct ExportPerformerTests {
    /// 2025-01-02 00:00 UTC.
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_735_776_000) }
    let directory: String
    let target = ExportTarget(
        quoteID: "aaaa1111-02", articleID: "aaaa1111", speaker: "Андрей Арешев",
        articleTitle: "Russia pushes Azerbaijan to attack Armenia — experts")

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    private func performer(environment: [String: String] = ["PATH": "/nonexistent"],
                           tmux: [String: String] = [:],
                           runTool: @escaping @Sendable (String, [String], Data) -> Int32? = { _, _, _ in nil }) -> ExportPerformer {
        ExportPerformer(now: Self.clock, environment: environment, workingDirectory: directory, runTool: runTool,
                        askTmux: { arguments, _ in arguments.last.flatMap { tmux[$0] } })
    }

    /// What the clipboard gets for the quote: no record trailer.
    private func copied(_ format: ExportFormat) throws -> String {
        let article = SampleArticles.caucasus
        let quote = try #require(article.quotes.first { $0.id == "aaaa1111-02" })
        return try QuoteRenderer.clipboard([QuoteRecord(article: article, quote: quote, accessed: "2025-01-02", source: nil)], as: format)
    }

    private static let noSource = " — quote aaaa1111-02 has no source file; exported without selectors"

    private func expected(_ format: ExportFormat, accessed: String = "2025-01-02") throws -> String {
        let article = SampleArticles.caucasus
        let quote = try #require(article.quotes.first { $0.id == "aaaa1111-02" })
        return try QuoteRenderer.render([QuoteRecord(article: article, quote: quote, accessed: accessed, source: nil)], as: format)
    }

    private func fileJob(_ path: String, _ format: ExportFormat = .markdown, overwrite: Bool = false) -> ExportJob {
        ExportJob(target: target, format: format, destination: .file(path: path, overwrite: overwrite))
    }

    private let noTerminal: @Sendable (String) -> Bool = { _ in false }

    @Test func copyWritesTheMarkdownExportAsOSC52WrappedForTmux() throws {
        let sent = Mutex<[String]>([])
        let outcome = performer(environment: ["TMUX": "/tmp/tmux-0/default,1,0", "PATH": "/nonexistent"],
                                tmux: ["allow-passthrough": "on", "set-clipboard": "external"])
            .perform(ExportJob(target: target, format: .markdown, destination: .clipboard), data: SampleArticles.data) { sequence in
                sent.withLock { $0.append(sequence) }
                return true
            }
        #expect(outcome == .done("Sent quote aaaa1111-02 via OSC 52 (tmux passthrough); "
            + "unconfirmed, press s to save — your terminal may not support it"))
        let sequence = try #require(sent.withLock { $0.first })
        #expect(sequence.hasPrefix("\u{1B}Ptmux;\u{1B}\u{1B}]52;c;"))
        #expect(sequence.hasSuffix("\u{07}\u{1B}\\"))
        let base64 = sequence.dropFirst("\u{1B}Ptmux;\u{1B}\u{1B}]52;c;".count).dropLast(3)
        let decoded = try #require(Data(base64Encoded: String(base64)))
        #expect(String(decoding: decoded, as: UTF8.self) == (try copied(.markdown)))
    }

    @Test func underADefaultTmuxNothingIsSentAndTheStatusPointsToSave() {
        let sent = Mutex<[String]>([])
        let outcome = performer(environment: ["TMUX": "/tmp/tmux-0/default,1,0", "PATH": "/nonexistent"],
                                tmux: ["allow-passthrough": "off", "set-clipboard": "external"])
            .perform(ExportJob(target: target, format: .markdown, destination: .clipboard), data: SampleArticles.data) { sequence in
                sent.withLock { $0.append(sequence) }
                return true
            }
        #expect(outcome == .failed("Could not copy quote aaaa1111-02 as Markdown, press s to save: tmux drops OSC 52 "
            + "(allow-passthrough off, set-clipboard external)"))
        #expect(sent.withLock { $0 }.isEmpty)
    }

    @Test func theClipboardGetsTheQuoteAndAttributionOnly() throws {
        let sent = Mutex<[String]>([])
        _ = performer().perform(ExportJob(target: target, format: .markdown, destination: .clipboard), data: SampleArticles.data) { sequence in
            sent.withLock { $0.append(sequence) }
            return true
        }
        let sequence = try #require(sent.withLock { $0.first })
        let decoded = try #require(Data(base64Encoded: String(sequence.dropFirst(7).dropLast())))
        #expect(String(decoding: decoded, as: UTF8.self) == """
            > Россия не заинтересована в войне.
            >
            > Moscow prefers a frozen conflict.

            — Андрей Арешев, Political commentator, in “Russia pushes Azerbaijan to attack Armenia — experts”, *The Insider*, 1 March 2024, \
            § The Likelihood of Invasion [@aresev-the-insider-2024-russia-pushes-azerbaijan, para. 3–4]

            """)
    }

    @Test func copyAlsoRunsXclipWhenAnXDisplayIsThere() throws {
        let tools = directory + "/bin"
        try FileManager.default.createDirectory(atPath: tools, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: tools + "/xclip", contents: Data("#!/bin/sh\n".utf8), attributes: [.posixPermissions: 0o755])
        let fed = Mutex<[String]>([])
        let outcome = performer(environment: ["DISPLAY": ":0", "PATH": tools]) { path, arguments, input in
            fed.withLock { $0.append(path + " " + arguments.joined(separator: " ") + "\n" + String(decoding: input, as: UTF8.self)) }
            return 0
        }.perform(ExportJob(target: target, format: .text, destination: .clipboard), data: SampleArticles.data) { _ in true }
        #expect(outcome == .done("Copied quote aaaa1111-02 as plain text with xclip; also sent OSC 52"))
        #expect(fed.withLock { $0 } == [tools + "/xclip -selection clipboard\n" + (try copied(.text))])
    }

    @Test func copyWithNoWayToTheClipboardFailsInOneLine() {
        let outcome = performer().perform(ExportJob(target: target, format: .markdown, destination: .clipboard),
                                          data: SampleArticles.data, writeToTerminal: noTerminal)
        #expect(outcome == .failed("Could not copy quote aaaa1111-02 as Markdown, press s to save: no terminal for OSC 52"))
    }

    @Test func saveWritesTheFileRelativeToTheWorkingDirectoryAndNeverOverwritesUnasked() throws {
        let name = target.defaultFileName(.markdown)
        #expect(name == "aresev-russia-pushes-azerbaijan.md")
        let path = directory + "/" + name
        let first = performer().perform(fileJob(name), data: SampleArticles.data, writeToTerminal: noTerminal)
        let bibliography = "aresev-russia-pushes-azerbaijan.csl.json"
        #expect(first == .done("Saved quote aaaa1111-02 as Markdown to \(name) + .csl.json" + Self.noSource))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (try expected(.markdown)))
        #expect(try String(contentsOfFile: directory + "/" + bibliography, encoding: .utf8) == (try expected(.cslJSON)))

        try "my notes\n".write(toFile: path, atomically: false, encoding: .utf8)
        let again = performer().perform(fileJob(name), data: SampleArticles.data, writeToTerminal: noTerminal)
        #expect(again == .fileExists(path: path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "my notes\n")

        let replaced = performer().perform(fileJob(path, overwrite: true), data: SampleArticles.data, writeToTerminal: noTerminal)
        #expect(replaced == .done("Saved quote aaaa1111-02 as Markdown to \(name) + .csl.json" + Self.noSource))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (try expected(.markdown)))
    }

    @Test func theAccessedDateIsTheImportDayWhenTheSourceKnowsIt() throws {
        _ = performer().perform(fileJob("imported.txt", .text), data: ImportedSource(), writeToTerminal: noTerminal)
        let text = try String(contentsOfFile: directory + "/imported.txt", encoding: .utf8)
        #expect(text == (try expected(.text, accessed: "2024-05-06")))
        #expect(text.contains("(accessed 6 May 2024)"))
        _ = performer().perform(fileJob("today.txt", .text), data: SampleArticles.data, writeToTerminal: noTerminal)
        #expect(try String(contentsOfFile: directory + "/today.txt", encoding: .utf8).contains("(accessed 2 January 2025)"))
    }

    @Test func aDirectoryGetsTheDefaultNameAndTildeIsHome() throws {
        try FileManager.default.createDirectory(atPath: directory + "/notes", withIntermediateDirectories: true)
        let outcome = performer(environment: ["HOME": directory]).perform(fileJob("~/notes", .cslJSON), data: SampleArticles.data, writeToTerminal: noTerminal)
        let path = directory + "/notes/aresev-russia-pushes-azerbaijan.csl.json"
        #expect(outcome == .done("Saved quote aaaa1111-02 as CSL-JSON to notes/aresev-russia-pushes-azerbaijan.csl.json" + Self.noSource))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (try expected(.cslJSON)))
    }

    @Test func theRecordCarriesAnAbsoluteSourcePathAndSelectors() throws {
        var article = SampleArticles.caucasus
        let words = "Россия не заинтересована в войне.\nMoscow prefers a frozen conflict."
        let source = "Russia pushes Azerbaijan\n\n\(words)\n"
        try source.write(toFile: directory + "/roundup.txt", atomically: false, encoding: .utf8)
        article.metadata.sourcePath = "roundup.txt"
        let start = source.utf8.count - words.utf8.count - 1
        article.quotes[1].source = SourceSpan(startLine: 3, endLine: 4, startByte: start, endByte: source.utf8.count - 1)
        let data = InMemoryDataSource(articles: [article])
        let outcome = performer().perform(fileJob("q.json", .json), data: data, writeToTerminal: noTerminal)
        #expect(outcome == .done("Saved quote aaaa1111-02 as JSON to q.json"))
        let record = try JSONDecoder().decode(QuoteRecord.self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/q.json")))
        #expect(record.article.sourcePath == directory + "/roundup.txt")
        #expect(record.accessed == "2025-01-02")
        #expect(record.target?.textQuote.exact == words)

        // The source changed since: the browser writes no stale selectors, as the CLI does, and says why.
        try source.replacingOccurrences(of: "frozen", with: "thawed").write(toFile: directory + "/roundup.txt", atomically: false, encoding: .utf8)
        let stale = performer().perform(fileJob("stale.md"), data: data, writeToTerminal: noTerminal)
        // (This three-line file no longer reads as an article at all; a real article that lost the
        // quote says "changed since it was imported", as in the CLI.)
        #expect(stale == .done("Saved quote aaaa1111-02 as Markdown to stale.md + .csl.json — "
            + "roundup.txt: no longer reads as an article; exported without selectors"))
        let saved = try String(contentsOfFile: directory + "/stale.md", encoding: .utf8)
        let entry = try #require(try ExportReader.entries(in: saved, name: "stale.md").first)
        #expect(entry.record.target == nil)
        #expect(entry.record.quote.paragraphs.last == "Moscow prefers a frozen conflict.")

        // The source is gone: the same, with its reason.
        try FileManager.default.removeItem(atPath: directory + "/roundup.txt")
        let gone = performer().perform(fileJob("gone.json", .json), data: data, writeToTerminal: noTerminal)
        #expect(gone == .done("Saved quote aaaa1111-02 as JSON to gone.json — roundup.txt: cannot read the source file; exported without selectors"))
    }

    @Test func saveAsMarkdownWritesItsBibliographyBesideItAsTheCLIDoes() throws {
        let outcome = performer().perform(fileJob("notes.md"), data: SampleArticles.data, writeToTerminal: noTerminal)
        #expect(outcome == .done("Saved quote aaaa1111-02 as Markdown to notes.md + .csl.json" + Self.noSource))
        let article = SampleArticles.caucasus
        let quote = try #require(article.quotes.first { $0.id == "aaaa1111-02" })
        let record = QuoteRecord(article: article, quote: quote, accessed: "2025-01-02", source: nil)
        let files = try ExportFiles.files(for: [record], format: .markdown, path: directory + "/notes.md")
        #expect(files.map(\.path) == [directory + "/notes.md", directory + "/notes.csl.json"])
        for file in files { #expect(try String(contentsOfFile: file.path, encoding: .utf8) == file.text) }
        let items = try JSONDecoder().decode([CSLItem].self, from: Data(contentsOf: URL(fileURLWithPath: directory + "/notes.csl.json")))
        #expect(items.first?.author == [CSLName(person: "Андрей Арешев")])
        #expect(items.first?.issued?.dateParts == [[2024, 3, 1]])

        // An existing bibliography counts as an existing file: nothing is replaced unasked.
        try FileManager.default.removeItem(atPath: directory + "/notes.md")
        let again = performer().perform(fileJob("notes.md"), data: SampleArticles.data, writeToTerminal: noTerminal)
        #expect(again == .fileExists(path: directory + "/notes.csl.json"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/notes.md"))
    }

    @Test func writeErrorsAreOneLineNamingThePath() {
        let missing = performer().perform(fileJob("no/such/dir/q.md"), data: SampleArticles.data, writeToTerminal: noTerminal)
        #expect(missing == .failed("cannot save: directory no/such/dir does not exist"))
        let outside = performer().perform(fileJob("/nonexistent-dossier-dir/q.md"), data: SampleArticles.data, writeToTerminal: noTerminal)
        #expect(outside == .failed("cannot save: directory /nonexistent-dossier-dir does not exist"))
        FileManager.default.createFile(atPath: directory + "/plain", contents: Data())
        guard case .failed(let underFile) = performer().perform(fileJob("plain/q.md"), data: SampleArticles.data, writeToTerminal: noTerminal) else {
            Issue.record("writing under a regular file succeeded")
            return
        }
        #expect(underFile.contains("plain"), "\(underFile)")
        #expect(!underFile.contains("\n"))
    }

    @Test func aSourceWithoutArticlesSaysExportIsUnavailable() {
        let outcome = performer().perform(fileJob("q.md"), data: RowsOnlySource(), writeToTerminal: noTerminal)
        #expect(outcome == .failed("Cannot export quote aaaa1111-02: its article is not available"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/q.md"))
    }
}
