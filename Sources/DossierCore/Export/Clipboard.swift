import Foundation

/// Copies text to the clipboard: an OSC 52 sequence written to the terminal, plus the
/// first local tool that fits the session (`wl-copy` on Wayland, `xclip`/`xsel` on X11).
/// Under tmux (`$TMUX`) it asks tmux how OSC 52 can pass: a plain sequence when
/// `set-clipboard` is `on` (tmux keeps a buffer and forwards it), a passthrough-wrapped one
/// when `allow-passthrough` is on, none when neither (tmux would drop it). What happened,
/// including that a terminal never confirms OSC 52, comes back as a `ClipboardReport`.
public struct Clipboard: Sendable {
    /// Largest OSC 52 sequence sent; many terminals drop longer ones.
    public static let defaultMaxSequenceBytes = 100_000

    public var environment: [String: String]
    public var maxSequenceBytes: Int
    /// Writes a sequence to the controlling terminal; false when there is none.
    public var writeToTerminal: @Sendable (String) -> Bool
    /// Runs a tool with the text on stdin; returns its exit status (nil when it could not start).
    public var runTool: @Sendable (_ path: String, _ arguments: [String], _ input: Data) -> Int32?
    /// Runs `tmux` with these arguments and returns its trimmed stdout (nil when it fails).
    public var askTmux: @Sendable (_ arguments: [String], _ environment: [String: String]) -> String?

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        maxSequenceBytes: Int = Clipboard.defaultMaxSequenceBytes,
        writeToTerminal: @escaping @Sendable (String) -> Bool = Clipboard.writeToControllingTerminal,
        runTool: @escaping @Sendable (String, [String], Data) -> Int32? = Clipboard.runProcess,
        askTmux: @escaping @Sendable ([String], [String: String]) -> String? = Clipboard.runTmux
    ) {
        self.environment = environment
        self.maxSequenceBytes = maxSequenceBytes
        self.writeToTerminal = writeToTerminal
        self.runTool = runTool
        self.askTmux = askTmux
    }

    /// The OSC 52 "set clipboard" sequence for `text`; with `tmux`, wrapped in a
    /// DCS passthrough (`ESC P tmux; … ESC \`) with its escapes doubled.
    public static func osc52Sequence(for text: String, tmux: Bool) -> String {
        let sequence = "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
        guard tmux else { return sequence }
        return "\u{1B}Ptmux;" + sequence.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }

    /// How an OSC 52 sequence can reach the clipboard from here.
    enum Route: Equatable {
        case direct, tmuxBuffer, tmuxPassthrough
        /// tmux drops it; the reason names the options.
        case blocked(String)
    }

    /// Outside tmux: straight to the terminal. Inside: what tmux's options allow; when tmux
    /// cannot be asked, passthrough is tried (reported as unconfirmed like every OSC 52).
    func route() -> Route {
        guard !(environment["TMUX"] ?? "").isEmpty else { return .direct }
        let setClipboard = tmuxOption("set-clipboard")
        if setClipboard == "on" { return .tmuxBuffer }
        guard let passthrough = tmuxOption("allow-passthrough") else { return .tmuxPassthrough }
        if passthrough == "on" || passthrough == "all" { return .tmuxPassthrough }
        return .blocked("tmux drops OSC 52 (allow-passthrough \(passthrough), set-clipboard \(setClipboard ?? "unknown"))")
    }

    /// The option's value for this pane (inherited values included), else the global one.
    private func tmuxOption(_ name: String) -> String? {
        if let pane = environment["TMUX_PANE"], !pane.isEmpty,
           let value = askTmux(["show-options", "-Apv", "-t", pane, name], environment), !value.isEmpty {
            return value
        }
        return askTmux(["show-options", "-gv", name], environment).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Copies `text` every way available and reports what is known about each.
    public func copy(_ text: String) -> ClipboardReport {
        var report = ClipboardReport(bytes: text.utf8.count)
        let route = route()
        if case .blocked(let reason) = route {
            report.problems.append(reason)
        } else {
            let sequence = Self.osc52Sequence(for: text, tmux: route == .tmuxPassthrough)
            if sequence.utf8.count > maxSequenceBytes {
                report.problems.append("too large for OSC 52 (\(sequence.utf8.count) > \(maxSequenceBytes) bytes)")
            } else if writeToTerminal(sequence) {
                switch route {
                case .tmuxBuffer: report.sent = "OSC 52 (tmux set-clipboard on)"
                case .tmuxPassthrough: report.sent = "OSC 52 (tmux passthrough)"
                default: report.sent = "OSC 52"
                }
            } else {
                report.problems.append("no terminal for OSC 52")
            }
        }
        if let (name, path, arguments) = localTool() {
            if runTool(path, arguments, Data(text.utf8)) == 0 {
                report.confirmed.append(name)
            } else {
                report.problems.append("\(name) failed")
            }
        }
        return report
    }

    /// The first clipboard tool on `PATH` whose display server is running.
    func localTool() -> (name: String, path: String, arguments: [String])? {
        var candidates: [(String, [String])] = []
        if !(environment["WAYLAND_DISPLAY"] ?? "").isEmpty { candidates.append(("wl-copy", [])) }
        if !(environment["DISPLAY"] ?? "").isEmpty {
            candidates.append(("xclip", ["-selection", "clipboard"]))
            candidates.append(("xsel", ["--clipboard", "--input"]))
        }
        let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for (name, arguments) in candidates {
            for directory in directories {
                let path = directory + "/" + name
                if FileManager.default.isExecutableFile(atPath: path) { return (name, path, arguments) }
            }
        }
        return nil
    }

    /// Writes to `/dev/tty`; false when the process has no controlling terminal.
    public static let writeToControllingTerminal: @Sendable (String) -> Bool = { sequence in
        guard let handle = FileHandle(forWritingAtPath: "/dev/tty") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data(sequence.utf8))
            return true
        } catch {
            return false
        }
    }

    /// Runs `path` with `arguments`, feeding `input` on stdin, output discarded.
    public static let runProcess: @Sendable (String, [String], Data) -> Int32? = { path, arguments, input in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            try stdin.fileHandleForWriting.write(contentsOf: input)
            try stdin.fileHandleForWriting.close()
        } catch {
            return nil
        }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs the first `tmux` on `PATH` with `arguments` in `environment` (which names the
    /// server through `$TMUX`); its stdout trimmed, or nil when it fails.
    public static let runTmux: @Sendable ([String], [String: String]) -> String? = { arguments, environment in
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        guard let tmux = directories.map({ $0 + "/tmux" }).first(where: FileManager.default.isExecutableFile) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tmux)
        process.arguments = arguments
        process.environment = environment
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

