import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Opens a web page in the user's browser for `o`: the first command of
/// `$BROWSER` (a colon-separated list; `%s` stands for the URL, else the URL is
/// the last argument; `%%` is a percent sign) whose program exists, else
/// `xdg-open`. Commands are split on spaces and run without a shell, detached,
/// with stdin, stdout and stderr on /dev/null so nothing reaches the screen.
public struct URLOpener: Sendable {
    public var environment: [String: String]
    /// Whether a path is an executable file (injectable for tests).
    public var isExecutable: @Sendable (String) -> Bool
    /// Starts a program (absolute path first) detached; false when it could not start.
    public var spawn: @Sendable ([String]) -> Bool

    public init(environment: [String: String],
                isExecutable: @escaping @Sendable (String) -> Bool = { FileManager.default.isExecutableFile(atPath: $0) },
                spawn: @escaping @Sendable ([String]) -> Bool = URLOpener.spawnDetached) {
        self.environment = environment
        self.isExecutable = isExecutable
        self.spawn = spawn
    }

    /// The program and arguments that would open `url`, program resolved to a path; nil when none is found.
    public func command(for url: String) -> [String]? {
        let candidates = (environment["BROWSER"] ?? "").split(separator: ":").map(String.init) + ["xdg-open"]
        for candidate in candidates {
            var words = candidate.split(separator: " ").map(String.init)
            guard let program = words.first, let path = resolve(program) else { continue }
            words[0] = path
            if words.dropFirst().contains(where: { $0.contains("%s") }) {
                return [path] + words.dropFirst().map { substitute($0, url) }
            }
            return words.enumerated().map { $0.offset == 0 ? $0.element : $0.element.replacingOccurrences(of: "%%", with: "%") } + [url]
        }
        return nil
    }

    /// Opens `url` and says what happened, as a status line.
    public func open(_ url: String) -> (message: String, isError: Bool) {
        guard let command = command(for: url), let program = command.first else {
            return ("Cannot open the page: neither $BROWSER nor xdg-open is available", true)
        }
        let name = (program as NSString).lastPathComponent
        guard spawn(command) else { return ("Cannot open the page: \(name) did not start", true) }
        return ("Opened \(url) with \(name)", false)
    }

    private func substitute(_ word: String, _ url: String) -> String {
        var result = ""
        var index = word.startIndex
        while index < word.endIndex {
            let next = word.index(after: index)
            if word[index] == "%", next < word.endIndex, word[next] == "s" || word[next] == "%" {
                result += word[next] == "s" ? url : "%"
                index = word.index(after: next)
            } else {
                result.append(word[index])
                index = next
            }
        }
        return result
    }

    private func resolve(_ program: String) -> String? {
        if program.contains("/") { return isExecutable(program) ? program : nil }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = directory.hasSuffix("/") ? "\(directory)\(program)" : "\(directory)/\(program)"
            if isExecutable(candidate) { return candidate }
        }
        return nil
    }

    /// posix_spawn in a new session with stdio on /dev/null; a thread reaps the child.
    public static let spawnDetached: @Sendable ([String]) -> Bool = { arguments in
        guard let program = arguments.first else { return false }
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for descriptor in Int32(0)...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        posix_spawnattr_setflags(&attributes, 0x80)  // POSIX_SPAWN_SETSID (glibc, hidden behind _GNU_SOURCE)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, program, &actions, &attributes, &argv, environ) == 0 else { return false }
        let child = pid
        Thread.detachNewThread {
            var status: Int32 = 0
            while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        }
        return true
    }
}
