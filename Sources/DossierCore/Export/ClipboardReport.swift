/// What a clipboard copy did: the tools that took the text (confirmed), where an OSC 52
/// sequence went (never confirmed: terminals do not answer it), and what failed.
public struct ClipboardReport: Sendable, Hashable {
    public var bytes: Int
    /// Local tools that exited 0 with the text: the clipboard has it.
    public var confirmed: [String] = []
    /// How the OSC 52 sequence was sent, when it was (`OSC 52`, `OSC 52 (tmux passthrough)`).
    public var sent: String?
    public var problems: [String] = []

    public init(bytes: Int, confirmed: [String] = [], sent: String? = nil, problems: [String] = []) {
        self.bytes = bytes
        self.confirmed = confirmed
        self.sent = sent
        self.problems = problems
    }

    /// True when some way of copying was taken (confirmed or not).
    public var succeeded: Bool { !confirmed.isEmpty || sent != nil }
    /// True when a local tool confirmed the copy.
    public var isConfirmed: Bool { !confirmed.isEmpty }

    /// One line for the status bar, saying what is known.
    public var summary: String {
        if isConfirmed {
            return "Copied \(bytes) bytes via \(confirmed.joined(separator: " and "))" + (sent.map { "; also sent \($0)" } ?? "")
        }
        if let sent {
            return "Sent \(bytes) bytes to the terminal via \(sent); it may not support it"
        }
        return "Copy failed: " + (problems.isEmpty ? "no clipboard available" : problems.joined(separator: "; "))
    }
}
