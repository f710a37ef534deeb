import Foundation
import Testing

/// `/` in a real terminal (tmux) on a library: the ranked results list, `S` cycling its order,
/// and Esc back to the quotes list.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: run scripts/ensure-deps.sh test"))
struct RankedTerminalTests {
    private func expectScreen(_ session: TmuxSession, _ what: String, _ condition: @escaping (String) -> Bool,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        if session.waitFor(condition) == nil {
            Issue.record("timed out waiting for \(what); screen:\n\(session.capture())", sourceLocation: sourceLocation)
        }
    }

    /// The dates the results list shows, top to bottom ("2026-02", "2024", …).
    private func resultDates(_ screen: String) -> [String] {
        screen.split(separator: "\n").compactMap { line in
            guard let match = line.firstMatch(of: #/[› ]•(\d{4}(?:-\d\d)?) /#) else { return nil }
            return String(match.1)
        }
    }

    @Test func typeAQueryThenSCyclesTheOrderOfTheResults() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ranked-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let fixtures = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/articles").path
        let articles = [try Paths.copyOfArticle()] + ["01_insider_western_balkans.txt", "03_asks_moldova_transnistria.txt", "05_markdown_taiwan_strait.md"]
            .map { fixtures + "/" + $0 }
        let library = directory + "/library.sqlite"
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "DOSSIER_LIBRARY")
        let imported = try Spawn.run(Paths.binary, ["import", "--library", library] + articles, environment: environment)
        #expect(imported.status == 0, "\(imported.output)")

        let session = try TmuxSession(width: 100, height: 30)
        try session.run("XDG_CONFIG_HOME=\(directory) \(Paths.binary) --library \(library); echo EXIT=$?")
        expectScreen(session, "the articles list") { $0.contains("All articles") && $0.contains("Quotes") }

        // Typing shows the best matches first, in a results list that says its order.
        try session.send("/")
        try session.send("russia", literal: true)
        expectScreen(session, "ranked results") { $0.contains("Results · relevance ▾") && $0.contains("/russia▏") && $0.contains("matches · relevance") }
        try session.send("Enter")

        // S: newest first, each result with its date.
        try session.send("S")
        expectScreen(session, "newest first") { $0.contains("Results · newest ▾") && self.resultDates($0).count > 3 }
        let newest = resultDates(session.capture())
        #expect(newest == newest.sorted(by: >), "\(newest)")
        #expect(Set(newest).count > 1, "the results span articles of different dates: \(newest)")

        // S again: oldest first.
        try session.send("S")
        expectScreen(session, "oldest first") { $0.contains("Results · oldest ▾") && self.resultDates($0).count > 3 }
        let oldest = resultDates(session.capture())
        #expect(oldest == oldest.sorted(), "\(oldest)")
        #expect(oldest.first != newest.first)

        // A result opens in the reader; Esc leaves the reader, Esc again ends the search.
        try session.send("Enter")
        expectScreen(session, "the result in the reader") { $0.contains("Reader · ") }
        try session.send("Escape", "Escape")
        expectScreen(session, "the quotes list again") { $0.contains("─ Quotes ") && !$0.contains("Results ·") }

        try session.send("q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
    }
}
