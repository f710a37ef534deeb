import Foundation
import Testing

/// `dossier` on a library in a real terminal (tmux): panes, search through the shared
/// query language, an empty library, a corrupt one, and `make run`'s import-then-browse.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: run scripts/ensure-deps.sh test"))
struct LibraryTerminalTests {
    private func expectScreen(_ session: TmuxSession, _ what: String, _ condition: @escaping (String) -> Bool,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        if session.waitFor(condition) == nil {
            Issue.record("timed out waiting for \(what); screen:\n\(session.capture())", sourceLocation: sourceLocation)
        }
    }

    private func temporaryDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-lib-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        return directory
    }

    private var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "DOSSIER_LIBRARY")
        return environment
    }

    private func expectSaneTerminal(_ session: TmuxSession) throws {
        try session.run("clear; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e -icanon -e -echo | tr '\\n' ' '; echo STTY-DONE")
        expectScreen(session, "stty output") { $0.contains("STTY-DONE") && $0.contains("icanon echo") && !$0.contains("-icanon") }
    }

    @Test func browseTheLibrarySearchAndQuit() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = directory + "/library.sqlite"
        let imported = try Spawn.run(Paths.binary, ["import", "--library", library, try Paths.copyOfArticle()], environment: environment)
        #expect(imported.status == 0, "\(imported.output)")

        let session = try TmuxSession(width: 100, height: 30)
        try session.run("DOSSIER_LIBRARY=\(library) \(Paths.binary); echo EXIT=$?")
        expectScreen(session, "the panes on the library") {
            $0.contains("Sections") && $0.contains("Experts") && $0.contains("Quotes") && $0.contains("Grant Mikaelian")
                && $0.contains("The Likelihood of Invasion")
        }

        // The expert filter narrows the quotes (ids are the library's).
        try session.send("Tab", "j")
        expectScreen(session, "the expert filter") { $0.contains("expert: Grant Mikaelian") && $0.contains("1/5 ─┘") }
        try session.send("X")

        // The shared query language: a field filter plus a word, answered by FTS5.
        try session.send("/")
        try session.send("expert:kopalyan russia", literal: true)
        expectScreen(session, "search results") { $0.contains("/expert:kopalyan russia▏") && $0.contains("matches") }
        try session.send("Enter", "n")
        expectScreen(session, "stepping to a match") { $0.contains("Match 2 of") }
        expectScreen(session, "a match marker on Kopalyan") { $0.contains("›•Nerses Kopalyan") }

        // A malformed query shows its one-line message in the status line.
        try session.send("/")
        try session.send("(russia", literal: true)
        expectScreen(session, "the query error") { $0.contains("query:") }
        try session.send("Escape")

        try session.send("q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
        try expectSaneTerminal(session)
    }

    @Test func anEmptyLibrarySaysHowToImport() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = directory + "/none.sqlite"
        let session = try TmuxSession(width: 100, height: 30)
        try session.run("\(Paths.binary) --library \(library); echo EXIT=$?")
        expectScreen(session, "the empty-library hint") { $0.contains("The library is empty") && $0.contains("dossier import PATH") }
        try session.send("q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
        #expect(!FileManager.default.fileExists(atPath: library), "browsing must not create the library")
    }

    @Test func aCorruptLibraryIsOneLineAndExitThree() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = directory + "/library.sqlite"
        let imported = try Spawn.run(Paths.binary, ["import", "--library", library, try Paths.copyOfArticle()], environment: environment)
        #expect(imported.status == 0, "\(imported.output)")
        // Keep the header, overwrite the pages after it.
        let handle = try #require(FileHandle(forWritingAtPath: library))
        try handle.seek(toOffset: 100)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 64 * 1024))
        try handle.close()
        try? FileManager.default.removeItem(atPath: library + "-wal")

        let session = try TmuxSession(width: 100, height: 30)
        try session.run("clear; \(Paths.binary) --library \(library); echo EXIT=$?")
        expectScreen(session, "the exit status") { $0.contains("EXIT=3") }
        let lines = session.capture(joined: true).split(separator: "\n").filter { $0.hasPrefix("dossier:") }
        #expect(lines.count == 1, "\(session.capture())")
        #expect(lines.first?.contains(library) == true)
        try expectSaneTerminal(session)
    }

    @Test func makeRunImportsTheBundledArticlesOnce() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = directory + "/library.sqlite"
        let articles = (try Paths.copyOfArticle() as NSString).deletingLastPathComponent
        for _ in 0..<2 {
            // Without a terminal the browser refuses (exit 2), after the import has run.
            let result = try Spawn.run(Paths.binary, ["run-bundled", "--library", library, articles], environment: environment)
            #expect(result.status == 2, "\(result.output)")
        }
        let listed = try Spawn.run(Paths.binary, ["list", "articles", "--library", library, "--json"], environment: environment)
        #expect(listed.status == 0)
        #expect(listed.output.components(separatedBy: "\"fingerprint\"").count - 1 == 1, "\(listed.output)")
    }
}
