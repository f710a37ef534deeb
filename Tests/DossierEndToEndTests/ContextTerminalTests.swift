import Foundation
import Testing

/// `C` in a real terminal: the quote in its article from the library's kept copy after the
/// file was deleted, and back with Esc.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed: run scripts/ensure-deps.sh test"))
struct ContextTerminalTests {
    private func expectScreen(_ session: TmuxSession, _ what: String, _ condition: @escaping (String) -> Bool,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        if session.waitFor(condition) == nil {
            Issue.record("timed out waiting for \(what); screen:\n\(session.capture())", sourceLocation: sourceLocation)
        }
    }

    @Test func theQuoteInItsContextFromTheKeptCopy() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-context-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let library = directory + "/library.sqlite"
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "DOSSIER_LIBRARY")
        let article = try Paths.copyOfArticle()
        defer { try? FileManager.default.removeItem(atPath: (article as NSString).deletingLastPathComponent) }
        let imported = try Spawn.run(Paths.binary, ["import", "--library", library, article], environment: environment)
        #expect(imported.status == 0, "\(imported.output)")
        try FileManager.default.removeItem(atPath: article)

        let session = try TmuxSession(width: 100, height: 30)
        try session.run("DOSSIER_LIBRARY=\(library) \(Paths.binary); echo EXIT=$?")
        expectScreen(session, "the panes") { $0.contains("Quotes") && $0.contains("Grant Mikaelian") }
        try session.send("Tab", "Tab", "C")
        expectScreen(session, "the context view") {
            $0.contains("Context · ") && $0.contains("library copy of") && $0.contains("▌ ") && $0.contains("Esc or C returns")
        }
        try session.send("Escape")
        expectScreen(session, "the panes again") { $0.contains("─ Reader · ") && !$0.contains("Context · ") }
        try session.send("q")
        expectScreen(session, "the exit status") { $0.contains("EXIT=0") }
    }
}
