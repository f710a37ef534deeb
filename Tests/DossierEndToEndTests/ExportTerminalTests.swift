import Foundation
import Testing

/// `s` and `y` in the real binary under tmux. The browser runs inside
/// `script`, which records every byte it writes to its terminal, so the test
/// sees the OSC 52 sequence that really reached the tty.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable && FileManager.default.isExecutableFile(atPath: "/usr/bin/script"),
                             "tmux or script is not installed: run scripts/ensure-deps.sh test"))
struct ExportTerminalTests {
    private func expectScreen(_ session: TmuxSession, _ what: String, _ condition: @escaping (String) -> Bool,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        if session.waitFor(condition) == nil {
            Issue.record("timed out waiting for \(what); screen:\n\(session.capture())", sourceLocation: sourceLocation)
        }
    }

    /// The payloads of tmux-wrapped OSC 52 sequences (`ESC P tmux; ESC ESC ] 52 ; c ; … BEL ESC \`) in a byte log.
    private func osc52Payloads(_ log: Data) -> [String] {
        let text = String(decoding: log, as: UTF8.self)
        let opener = "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;"
        return text.components(separatedBy: opener).dropFirst().compactMap { rest in
            guard let end = rest.firstIndex(of: "\u{07}"), rest[end...].hasPrefix("\u{07}\u{1B}\\") else { return nil }
            return Data(base64Encoded: String(rest[..<end])).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    @Test func saveAsMarkdownRefuseToOverwriteAndCopyThroughOSC52() throws {
        let article = try Paths.copyOfArticle()
        let directory = (article as NSString).deletingLastPathComponent
        let log = directory + "/tty.log"
        let innerStty = directory + "/stty-inside.txt"
        let saved = directory + "/kopalyan-russia-pushes-azerbaijan.md"
        let environment = "HOME=\(directory) XDG_CONFIG_HOME=\(directory)/.config XDG_DATA_HOME=\(directory)/.local/share "
            + "XDG_STATE_HOME=\(directory)/.local/state XDG_CACHE_HOME=\(directory)/.cache"
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("cd \(directory) && env -u DISPLAY -u WAYLAND_DISPLAY \(environment) "
            + "script -q -e -f -c '\(Paths.binary) browse \(article); stty -a > \(innerStty)' \(log); echo EXIT=$?")
        expectScreen(session, "the browser") { $0.contains("Reader · b22ca693-01") }

        // Select the second quote (Nerses Kopalyan) and save it as Markdown under the default name.
        try session.send("Tab", "Tab", "j")
        expectScreen(session, "the second quote in the reader") { $0.contains("Reader · b22ca693-02") && $0.contains("y copy  s save") }
        try session.send("s")
        expectScreen(session, "the format step") { $0.contains("Save quote b22ca693-02") && $0.contains("csl-json") }
        try session.send("Enter")
        expectScreen(session, "the default path") { $0.contains("Save to: kopalyan-russia-pushes-azerbaijan.md") }
        try session.send("Enter")
        expectScreen(session, "the saved message") {
            $0.contains("Saved quote b22ca693-02 as Markdown to kopalyan-russia-pushes-azerbaijan.md + .csl")
        }
        let markdown = try String(contentsOfFile: saved, encoding: .utf8)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("> ") == true, "a blockquote:\n\(markdown)")
        let attribution = lines.first { $0.hasPrefix("— Nerses Kopalyan") }
        #expect(attribution?.contains("*The Insider*") == true, "attribution names The Insider:\n\(markdown)")
        #expect(attribution?.contains("[@kopalyan-the-insider-2024-russia-pushes-azerbaijan, para. ") == true)
        #expect(markdown.contains("<!-- dossier-quote: {"))
        let bibliography = directory + "/kopalyan-russia-pushes-azerbaijan.csl.json"
        #expect(try String(contentsOfFile: bibliography, encoding: .utf8).contains("\"family\" : \"Kopalyan\""),
                "the browser writes the bibliography beside the Markdown, as the CLI does")

        // Saving again asks before overwriting; n keeps the existing file.
        try (markdown + "my own notes\n").write(toFile: saved, atomically: false, encoding: .utf8)
        try session.send("s")
        expectScreen(session, "the format step again") { $0.contains("Save quote b22ca693-02") }
        try session.send("Enter")
        expectScreen(session, "the path step again") { $0.contains("Save to: ") }
        try session.send("Enter")
        expectScreen(session, "the overwrite question") { $0.contains("already exists.") && $0.contains("Overwrite it? (y/n)") }
        try session.send("n")
        expectScreen(session, "the file kept") { $0.contains("Kept the existing") && !$0.contains("Overwrite it?") }
        #expect(try String(contentsOfFile: saved, encoding: .utf8) == markdown + "my own notes\n")

        // y under a default tmux (no allow-passthrough): tmux would drop OSC 52, and the status says so.
        try session.send("y")
        expectScreen(session, "the copy failure") { $0.contains("Could not copy quote b22ca693-02 as Markdown, press s to save: tmux drops") }
        #expect(osc52Payloads(try Data(contentsOf: URL(fileURLWithPath: log))).isEmpty)

        // With passthrough on, the sequence reaches the terminal, reported as sent (terminals never confirm),
        // carrying the quote and attribution without the record.
        try session.setGlobalOption("allow-passthrough", "on")
        try session.send("y")
        expectScreen(session, "the copy message") { $0.contains("Sent quote b22ca693-02 via OSC 52 (tmux passthrough); unconfirmed, press s to save") }
        let payloads = osc52Payloads(try Data(contentsOf: URL(fileURLWithPath: log)))
        #expect(payloads.count == 1)
        #expect(payloads.first.map { markdown.hasPrefix($0) } == true, "the clipboard holds the saved Markdown without its trailer")
        #expect(payloads.first?.contains("dossier-quote") == false)
        let cli = try Spawn.run(Paths.binary, ["export", "b22ca693-02", "--file", article, "--format", "md", "--no-trailer"],
                                environment: ProcessInfo.processInfo.environment)
        #expect(cli.status == 0)
        #expect(payloads.first == cli.output, "the browser copies what `dossier export --no-trailer` prints")

        try session.send("q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
        let inside = try String(contentsOfFile: innerStty, encoding: .utf8)
        let flags = Set(inside.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(flags.contains("icanon") && flags.contains("echo"), "browser's terminal left raw:\n\(inside)")
        try session.run("clear; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | tr '\\n' ' '; echo STTY-DONE")
        expectScreen(session, "stty output") { $0.contains("STTY-DONE") && $0.contains("icanon echo") }
        #expect(!session.capture().contains("-icanon"))
    }

    @Test func escapeCancelsAMissingDirectoryIsOneLineAndThePathEditsByGrapheme() throws {
        let article = try Paths.copyOfArticle()
        let directory = (article as NSString).deletingLastPathComponent
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("cd \(directory) && HOME=\(directory) \(Paths.binary) browse \(article); echo EXIT=$?")
        expectScreen(session, "the browser") { $0.contains("Reader · b22ca693-01") }
        try session.send("s")
        expectScreen(session, "the format step") { $0.contains("Save quote b22ca693-01") }
        try session.send("Escape")
        expectScreen(session, "cancelled") { $0.contains("Save cancelled") && !$0.contains("Save quote") }
        try session.send("s", "Enter", "Home")
        try session.send("missing/", literal: true)
        try session.send("Enter")
        expectScreen(session, "the error") { $0.contains("cannot save: directory missing does not exist") }
        #expect(session.capture().contains("Save to: missing/mikaelian"), "the path stays open to correct")

        // Correct it in place: delete "missing/", type e + combining acute (one grapheme, so one
        // Backspace removes both), then a Cyrillic prefix.
        try session.send("Home")
        for _ in 0..<8 { try session.send("DC") }
        try session.send("e\u{301}", literal: true)
        expectScreen(session, "the accented letter") { $0.contains("Save to: e\u{301}mikaelian") || $0.contains("Save to: émikaelian") }
        try session.send("BSpace")
        try session.send("отчёт-", literal: true)
        expectScreen(session, "the corrected path") { $0.contains("Save to: отчёт-mikaelian") }
        try session.send("Enter")
        expectScreen(session, "the saved message") { $0.contains("Saved quote b22ca693-01 as Markdown to отчёт-mikaelian") }
        #expect(FileManager.default.fileExists(atPath: directory + "/отчёт-mikaelian-russia-pushes-azerbaijan.md"))

        try session.send("s", "Enter")
        expectScreen(session, "the path step") { $0.contains("Save to:") }
        try session.send("Escape")
        expectScreen(session, "cancelled at the path") { $0.contains("Save cancelled") && !$0.contains("Save to:") }
        try session.send("q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
        #expect(!FileManager.default.fileExists(atPath: directory + "/missing"))
    }
}
