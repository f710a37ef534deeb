import Foundation
import Testing

/// A piece's quotes gathered in a real terminal (tmux): three quotes marked under two
/// different filters, kept across a restart, exported in one go, and the bibliography read
/// by pandoc; the expert dossier and the country lens open from the keyboard.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: run scripts/ensure-deps.sh test"))
struct MarksTerminalTests {
    private func expectScreen(_ session: TmuxSession, _ what: String, _ condition: @escaping (String) -> Bool,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        if session.waitFor(condition) == nil {
            Issue.record("timed out waiting for \(what); screen:\n\(session.capture())", sourceLocation: sourceLocation)
        }
    }

    /// A library of the seed and three fixture roundups, in a fresh folder that is also the working directory.
    private func library() throws -> (directory: String, library: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-marks-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/config", withIntermediateDirectories: true)
        let fixtures = Paths.packageRoot.appendingPathComponent("Tests/Fixtures/articles").path
        let articles = [try Paths.copyOfArticle()] + ["01_insider_western_balkans.txt", "03_asks_moldova_transnistria.txt", "05_markdown_taiwan_strait.md"]
            .map { fixtures + "/" + $0 }
        let library = directory + "/library.sqlite"
        let imported = try Spawn.run(Paths.binary, ["import", "--library", library] + articles, environment: ProcessInfo.processInfo.environment)
        #expect(imported.status == 0, "\(imported.output)")
        return (directory, library)
    }

    @Test func markThreeQuotesUnderTwoFiltersKeepThemAndExportThemForPandoc() throws {
        let (directory, library) = try library()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let session = try TmuxSession(width: 100, height: 30)
        let start = "cd \(directory) && XDG_CONFIG_HOME=\(directory)/config \(Paths.binary) --library \(library); echo EXIT=$?"
        try session.run(start)
        expectScreen(session, "the articles list") { $0.contains("Articles · newest") && $0.contains("All articles") }

        // Filter one: a country. Two quotes about Armenia get marked.
        try session.send("c")
        try session.send("armenia", literal: true)
        try session.send("Enter")
        expectScreen(session, "the country filter") { $0.contains("country: Armenia") }
        try session.send("Tab", "Tab", "Space", "j", "Space")
        expectScreen(session, "two marks") { $0.contains("2 marked") }

        // Filter two: an expert from another article. One more quote.
        try session.send("X", "BTab", "j", "j", "j", "j", "Tab", "Space")  // Arben Krasniqi, on the Balkans
        expectScreen(session, "three marks") { $0.contains("3 marked") && $0.contains("expert: Arben Krasniqi") }

        // Marks are kept in the library: they survive a restart.
        try session.send("q")
        expectScreen(session, "the first exit") { $0.contains("EXIT=0") }
        try session.run("clear; " + start)
        expectScreen(session, "the marks after a restart") { $0.contains("3 marked") }

        // M lists them across filters; s saves them all as Markdown with one bibliography.
        try session.send("M")
        expectScreen(session, "the marked quotes") { $0.contains("Marked quotes") && $0.contains("1/3") }
        try session.send("s")
        expectScreen(session, "the format step") { $0.contains("Save 3 quotes") && $0.contains("one bibliography for all") }
        try session.send("Enter")
        expectScreen(session, "the path step") { $0.contains("marked-quotes.md") }
        try session.send("Enter")
        expectScreen(session, "the saved message") { $0.contains("Saved 3 marked quotes as Markdown") }

        // The dossier of the selected quote's expert, and the lens on a country.
        try session.send("e")
        expectScreen(session, "the dossier") { $0.contains("Dossier · ") && $0.contains("Credentials as printed") }
        try session.send("Escape", "c")
        try session.send("russia", literal: true)
        try session.send("Tab")
        expectScreen(session, "the lens") { $0.contains("Russia (RU)") && $0.contains("Experts, most quotes first") }
        try session.send("Escape", "q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }

        let markdown = try String(contentsOfFile: directory + "/marked-quotes.md", encoding: .utf8)
        #expect(markdown.components(separatedBy: "\n> ").count >= 4, "three blockquotes: \(markdown)")
        let bibliography = directory + "/marked-quotes.csl.json"
        let items = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: bibliography))) as? [[String: Any]]
        #expect(items?.count == 3)
        // The collection the marks live in lists the same three quotes.
        let shown = try Spawn.run(Paths.binary, ["collection", "show", "marked", "--library", library], environment: ProcessInfo.processInfo.environment)
        #expect(shown.status == 0, "\(shown.output)")
        // pandoc reads the bibliography and cites every quote.
        if let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first(where: FileManager.default.isExecutableFile) {
            let result = try Spawn.run(pandoc, ["--citeproc", "--bibliography", bibliography, "-f", "markdown-smart", "-t", "plain",
                                                "--wrap=none", directory + "/marked-quotes.md"], environment: ProcessInfo.processInfo.environment)
            #expect(result.status == 0, "pandoc: \(result.output)")
            #expect(!result.output.contains("???"), "unresolved citations: \(result.output)")
            #expect(result.output.contains("2024"), "\(result.output)")
        }
    }
}
