import Foundation

/// Whether and how to decorate output: ANSI styles only on a terminal with `NO_COLOR` unset.
struct TerminalStyle {
    var enabled: Bool

    static func forStandardOutput() -> TerminalStyle {
        TerminalStyle(enabled: isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty)
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func highlight(_ text: String) -> String { wrap(text, "1;33") }

    /// Article text is sanitised first, so only our own escapes reach the terminal.
    private func wrap(_ text: String, _ code: String) -> String {
        let clean = Terminal.sanitise(text)
        return enabled ? "\u{1B}[\(code)m\(clean)\u{1B}[0m" : clean
    }
}
