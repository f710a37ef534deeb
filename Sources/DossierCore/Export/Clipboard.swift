import Foundation

/// Copies text to the clipboard: an OSC 52 sequence written to the terminal
/// (wrapped for tmux passthrough when `$TMUX` is set), plus the first local
/// tool that fits the session (`wl-copy` on Wayland, `xclip`/`xsel` on X11).
/// What happened comes back as a value for the status line.
public struct Clipboard: Sendable {
    /// Largest OSC 52 sequence sent; many terminals drop longer ones.
    public static let defaultMaxSequenceBytes = 100_000

    public var environment: [String: String]
    public var maxSequenceBytes: Int
    /// Writes a sequence to the controlling terminal; false when there is none.
    public var writeToTerminal: @Sendable (String) -> Bool
    /// Runs a tool with the text on stdin; returns its exit status (nil when it could not start).
    public var runTool: @Sendable (_ path: String, _ arguments: [String], _ input: Data) -> Int32?

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        maxSequenceBytes: Int = Clipboard.defaultMaxSequenceBytes,
        writeToTerminal: @escaping @Sendable (String) -> Bool = Clipboard.writeToControllingTerminal,
        runTool: @escaping @Sendable (String, [String], Data) -> Int32? = Clipboard.runProcess
    ) {
        self.environment = environment
        self.maxSequenceBytes = maxSequenceBytes
        self.writeToTerminal = writeToTerminal
        self.runTool = runTool
    }

    /// The OSC 52 "set clipboard" sequence for `text`; with `tmux`, wrapped in a
    /// DCS passthrough (`ESC P tmux; … ESC \`) with its escapes doubled.
    public static func osc52Sequence(for text: String, tmux: Bool) -> String {
        let sequence = "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
        guard tmux else { return sequence }
        return "\u{1B}Ptmux;" + sequence.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
    }

    /// Copies `text` every way available and reports which ways worked.
    public func copy(_ text: String) -> ClipboardReport {
        var report = ClipboardReport(bytes: text.utf8.count)
        let inTmux = !(environment["TMUX"] ?? "").isEmpty
        let sequence = Self.osc52Sequence(for: text, tmux: inTmux)
        if sequence.utf8.count > maxSequenceBytes {
            report.problems.append("too large for OSC 52 (\(sequence.utf8.count) > \(maxSequenceBytes) bytes)")
        } else if writeToTerminal(sequence) {
            report.methods.append(inTmux ? "OSC 52 (tmux)" : "OSC 52")
        } else {
            report.problems.append("no terminal for OSC 52")
        }
        if let (name, path, arguments) = localTool() {
            if runTool(path, arguments, Data(text.utf8)) == 0 {
                report.methods.append(name)
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
}

/// What a clipboard copy did: the ways that worked and the ones that did not.
public struct ClipboardReport: Sendable, Hashable {
    public var bytes: Int
    public var methods: [String] = []
    public var problems: [String] = []

    public init(bytes: Int, methods: [String] = [], problems: [String] = []) {
        self.bytes = bytes
        self.methods = methods
        self.problems = problems
    }

    public var succeeded: Bool { !methods.isEmpty }

    /// One line for the status bar.
    public var summary: String {
        if succeeded {
            return "Copied \(bytes) bytes via \(methods.joined(separator: " and "))"
        }
        return "Copy failed: " + (problems.isEmpty ? "no clipboard available" : problems.joined(separator: "; "))
    }
}
