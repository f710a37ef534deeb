import Foundation

/// A detached tmux session on a private server socket, driven like a user:
/// send keys, poll the screen until something shows up (up to 10 s).
final class TmuxSession {
    let socket: String
    let name = "dossier"

    static var isAvailable: Bool { Paths.tmux != nil }

    init(width: Int, height: Int) throws {
        socket = "dossier-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "env PS1='$ ' sh"])
        _ = waitFor { $0.contains("$") }
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Sets a global tmux option on this session's server (`set -g NAME VALUE`).
    func setGlobalOption(_ name: String, _ value: String) throws {
        _ = try tmux(["set-option", "-g", name, value])
    }

    /// Keys as tmux names them (`Tab`, `Enter`, `Escape`) or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// Types a shell command line and presses Enter.
    func run(_ command: String) throws {
        try send(command, literal: true)
        try send("Enter")
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// The pane's text; `joined` undoes the pane's wrapping of long lines (a long path in an error).
    func capture(joined: Bool = false) -> String {
        (try? tmux(["capture-pane", "-p"] + (joined ? ["-J"] : []) + ["-t", name])) ?? ""
    }

    /// Polls the screen until `condition` holds or 10 s pass; returns the last screen.
    @discardableResult
    func waitFor(timeout: TimeInterval = 10, _ condition: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !condition(screen) {
            if Date() > deadline { return nil }
            Thread.sleep(forTimeInterval: 0.05)
            screen = capture()
        }
        return screen
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        // The developer's own config.toml must not change what the tests see; tests that
        // want a config set XDG_CONFIG_HOME on their command line.
        environment["XDG_CONFIG_HOME"] = "/nonexistent/dossier-e2e-config"
        return try Spawn.run(Paths.tmux ?? "/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments, environment: environment).output
    }
}

/// Where things are, relative to this file.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = packageRoot.appendingPathComponent(".build/debug/dossier").path
    /// The seed article as hand-built JSON (exercises the JSON path of `browse`).
    static let fixture = packageRoot.appendingPathComponent("Tests/DossierEndToEndTests/Fixtures/insider-roundup.json").path
    /// The bundled article (text plus `.meta.json` sidecar), read through the importer.
    static let bundledArticle = packageRoot.appendingPathComponent("Data/articles/the-insider-russia-azerbaijan-armenia-experts.txt").path

    static var tmux: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A private copy of the bundled article and its sidecar, so tests never touch the repository's files.
    static func copyOfArticle(_ source: String = bundledArticle) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let name = (source as NSString).lastPathComponent
        let copy = directory.appendingPathComponent(name).path
        try FileManager.default.copyItem(atPath: source, toPath: copy)
        let sidecar = (source as NSString).deletingPathExtension + ".meta.json"
        if FileManager.default.fileExists(atPath: sidecar) {
            try FileManager.default.copyItem(atPath: sidecar, toPath: (copy as NSString).deletingPathExtension + ".meta.json")
        }
        return copy
    }
}
