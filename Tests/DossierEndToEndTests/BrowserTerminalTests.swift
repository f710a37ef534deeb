import Foundation
import Testing

/// The real binary in a real terminal (tmux): panes, filters, search, resize,
/// quitting and signals, and the terminal state afterwards.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: run scripts/ensure-deps.sh test"))
struct BrowserTerminalTests {
    /// Fails with the screen printed.
    private func expectScreen(_ session: TmuxSession, _ what: String, _ condition: @escaping (String) -> Bool,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        if session.waitFor(condition) == nil {
            Issue.record("timed out waiting for \(what); screen:\n\(session.capture())", sourceLocation: sourceLocation)
        }
    }

    private func quoteRows(_ screen: String) -> [String] {
        // Only the quotes pane: from the top border to the first bottom border.
        let lines = screen.split(separator: "\n").prefix { !$0.contains("┘└") }
        return lines.compactMap { line in
            let parts = line.components(separatedBy: "││")
            guard parts.count == 2 else { return nil }
            let row = parts[1].dropFirst(2)
            return row.contains(":") ? String(row) : nil
        }
    }

    private func expectSaneTerminal(_ session: TmuxSession) throws {
        try session.run("clear; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | tr '\\n' ' '; echo STTY-DONE")
        expectScreen(session, "stty output") { $0.contains("STTY-DONE") && $0.contains("icanon echo") }
        let screen = session.capture()
        #expect(!screen.contains("-icanon"), "terminal left in raw mode:\n\(screen)")
        #expect(!screen.contains("-echo"), "terminal left without echo:\n\(screen)")
    }

    @Test func browseFilterSearchResizeAndQuit() throws {
        let article = try Paths.copyOfArticle()
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("\(Paths.binary) browse \(article); echo EXIT=$?")
        expectScreen(session, "the three panes and the reader") {
            $0.contains("Sections") && $0.contains("Experts") && $0.contains("Quotes") && $0.contains("Reader")
        }

        // Moving to an expert narrows the quotes to theirs.
        try session.send("Tab", "j")
        expectScreen(session, "the expert filter") { $0.contains("expert: Grant Mikaelian") && $0.contains("1/5 ─┘") }
        let rows = quoteRows(session.capture())
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.hasPrefix("Grant Mikaelian:") }, "\(rows)")

        // The country filter narrows to quotes about that country.
        try session.send("c")
        expectScreen(session, "the country picker") { $0.contains("Country · type to narrow") }
        try session.send("turk", literal: true)
        try session.send("Enter")
        expectScreen(session, "the country filter") { $0.contains("country: Türkiye") }
        let narrowed = quoteRows(session.capture())
        #expect((1..<5).contains(narrowed.count), "\(narrowed)")
        #expect(narrowed.allSatisfy { $0.hasPrefix("Grant Mikaelian:") }, "\(narrowed)")
        expectScreen(session, "the country in the reader") { $0.contains("Türkiye (TR)") }

        // A search highlights matches and steps through them.
        try session.send("X", "/")
        try session.send("sanction", literal: true)
        expectScreen(session, "search results") { $0.contains("/sanction▏") && $0.contains("matches") }
        try session.send("Enter", "n")
        expectScreen(session, "stepping to a match") { $0.contains("Match 2 of") }
        expectScreen(session, "a match marker in the list") { $0.contains("›•") }

        // Resize to 80×24: everything is laid out again.
        try session.resize(width: 80, height: 24)
        expectScreen(session, "the 80-column layout") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix("┌─ Sections") && $0.hasSuffix("┐") && $0.count == 80 }
        }

        try session.send("q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
        try expectSaneTerminal(session)
    }

    @Test func tooSmallWindowShowsTheMinimumAndRecovers() throws {
        let article = try Paths.copyOfArticle(Paths.fixture)
        let session = try TmuxSession(width: 50, height: 12)
        try session.run("\(Paths.binary) browse \(article); echo EXIT=$?")
        expectScreen(session, "the too-small message") { $0.contains("needs at least 60×16") }
        try session.resize(width: 100, height: 30)
        expectScreen(session, "the panes after growing (article read from JSON)") {
            $0.contains("Sections") && $0.contains("Grant Mikaelian") && !$0.contains("needs at least")
        }
        try session.send("q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
    }

    /// An X10 mouse report (what ncurses expects for tmux's kmous) for a 0-based cell.
    private func mouseReport(button: Int, column: Int, row: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + column))) + String(UnicodeScalar(UInt8(33 + row)))
    }

    @Test func clickSelectsAnExpertAndTheWheelScrolls() throws {
        let article = try Paths.copyOfArticle()
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("\(Paths.binary) browse \(article); echo EXIT=$?")
        expectScreen(session, "the browser") { $0.contains("Experts") }
        // Row 15 is the third row of the Experts pane at 100×30: Nerses Kopalyan.
        try session.send(mouseReport(button: 0, column: 3, row: 15), mouseReport(button: 3, column: 3, row: 15), literal: true)
        expectScreen(session, "the clicked expert as a filter") { $0.contains("expert: Nerses Kopalyan") }
        try session.send(mouseReport(button: 65, column: 3, row: 15), literal: true)
        expectScreen(session, "the wheel moving three experts down") { $0.contains("expert: Andrey Areshev") }
        try session.send("m")
        expectScreen(session, "mouse capture off") { $0.contains("Mouse capture off") }
        try session.send("q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let article = try Paths.copyOfArticle()
        let pidFile = article + ".pid"
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("sh -c 'echo $$ > \(pidFile); exec \(Paths.binary) browse \(article)'; echo EXIT=$?")
        expectScreen(session, "the browser") { $0.contains("Sections") }
        let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let processID = try #require(Int32(pid))
        kill(processID, SIGTERM)
        expectScreen(session, "the exit status after SIGTERM") { $0.contains("EXIT=143") }
        try expectSaneTerminal(session)
    }

    @Test func withoutATerminalItSaysSoAndExitsTwo() throws {
        let result = try Spawn.run(Paths.binary, ["browse", Paths.fixture], environment: ProcessInfo.processInfo.environment)
        let message = result.output
        #expect(result.status == 2)
        #expect(message.split(separator: "\n").count == 1)
        #expect(message.contains("needs a terminal"))
    }
}
