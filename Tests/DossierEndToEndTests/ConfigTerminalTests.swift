import Foundation
import Testing

/// config.toml in a real terminal: rebound keys work and the help screen lists them, a
/// broken file still opens the browser with the one-line error, and `o` starts $BROWSER
/// with the article's URL without writing into the screen.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: run scripts/ensure-deps.sh test"))
struct ConfigTerminalTests {
    private func expectScreen(_ session: TmuxSession, _ what: String, _ condition: @escaping (String) -> Bool,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        if session.waitFor(condition) == nil {
            Issue.record("timed out waiting for \(what); screen:\n\(session.capture())", sourceLocation: sourceLocation)
        }
    }

    /// A fresh XDG_CONFIG_HOME holding `config` as dossier/config.toml.
    private func configHome(_ config: String) throws -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-config-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: home + "/dossier", withIntermediateDirectories: true)
        try config.write(toFile: home + "/dossier/config.toml", atomically: true, encoding: .utf8)
        return home
    }

    @Test func reboundKeysWorkAndTheHelpShowsThem() throws {
        let home = try configHome("""
            [keys]
            help = ["H"]
            quit = ["Q", "ctrl-x"]
            focus_next = ["tab", "L"]

            [colors]
            theme = "monochrome"

            [browser]
            hyperlinks = "always"
            """)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let article = try Paths.copyOfArticle()
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("XDG_CONFIG_HOME=\(home) \(Paths.binary) browse \(article); echo EXIT=$?")
        expectScreen(session, "the panes with the rebound hints") { $0.contains("Quotes") && $0.contains("H help  Q quit") }
        try session.send("?")
        try session.send("q")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!session.capture().contains("Keys · Esc closes"))
        #expect(!session.capture().contains("EXIT="))
        try session.send("H")
        expectScreen(session, "the help with the user's keys") { $0.contains("Keys · Esc closes") && $0.contains("Tab L       Next pane") }
        try session.send("NPage", "NPage", "NPage")  // to the end of the help
        expectScreen(session, "the rest of the help") { $0.contains("H           This help") && $0.contains("Q Ctrl-x    Quit") }
        try session.send("Escape")
        // The reader's source link, written as OSC 8 over ncurses' cells, leaves the text as it was.
        try session.send("L", "L", "Enter")
        expectScreen(session, "the reader's source line") { $0.contains("Source: https://theins.ru/en/news/269956") }
        let screen = session.capture()
        #expect(screen.split(separator: "\n").allSatisfy { !$0.contains("8;;") }, "\(screen)")
        try session.send("C-x")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
    }

    @Test func aBrokenConfigIsOneLineAndTheBrowserStillOpens() throws {
        let home = try configHome("[keys]\nmove_down = [\"j\", \"ctlr-x\"]\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let article = try Paths.copyOfArticle()
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("XDG_CONFIG_HOME=\(home) \(Paths.binary) browse \(article) 2>/tmp/dossier-e2e-stderr-$$; echo EXIT=$?; cat /tmp/dossier-e2e-stderr-$$")
        expectScreen(session, "the error as the first status line") {
            $0.contains("Quotes") && $0.contains(" config.toml:2: unknown key name \"ctlr-x\" for move_down; using the defaults")
        }
        try session.send("q")
        expectScreen(session, "the exit status and the stderr line") {
            $0.contains("EXIT=0") && $0.replacingOccurrences(of: "\n", with: "").contains("dossier: \(home)/dossier/config.toml:2: unknown key name \"ctlr-x\" for move_down; using the defaults")
        }
    }

    @Test func oStartsTheBrowserWithTheArticlesURL() throws {
        let home = try configHome("")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let script = home + "/fake-browser"
        let marker = home + "/opened"
        try "#!/bin/sh\necho 'NOISE FROM THE BROWSER'\necho 'MORE NOISE' >&2\nprintf '%s' \"$1\" > \(marker)\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let article = try Paths.copyOfArticle()
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("XDG_CONFIG_HOME=\(home) BROWSER=\(script) \(Paths.binary) browse \(article); echo EXIT=$?")
        expectScreen(session, "the panes") { $0.contains("Quotes") && $0.contains("Grant Mikaelian") }
        try session.send("o")
        expectScreen(session, "the status line") { $0.contains("Opened https://theins.ru/en/news/269956 with fake-browser") }
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: marker) { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.1)
        #expect((try? String(contentsOfFile: marker, encoding: .utf8)) == "https://theins.ru/en/news/269956")
        #expect(!session.capture().contains("NOISE"))
        try session.send("q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
    }
}
