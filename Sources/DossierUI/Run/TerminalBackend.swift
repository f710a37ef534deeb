/// What the run loop needs from a terminal: its size, the next input event,
/// a way to show a screen, and mouse capture. `NcursesBackend` is the real
/// one; tests can script their own.
public protocol TerminalBackend: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// The next event, or nil when none arrived within `timeoutMilliseconds`.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Shows a screen (only cells that changed need to be written).
    func draw(_ screen: Screen)
    func setMouseCapture(_ enabled: Bool)
    /// Writes a control sequence (OSC 52) to the terminal between frames,
    /// never through the screen; false when there is no terminal to write to.
    func writeControlSequence(_ sequence: String) -> Bool
    /// Rewrites a link drawn in the last frame as an OSC 8 hyperlink; false when not written.
    func writeHyperlink(_ link: ScreenLink) -> Bool
}

extension TerminalBackend {
    /// Default for backends without a real terminal: nothing is written.
    public func writeControlSequence(_ sequence: String) -> Bool { false }

    /// Default: nothing is written.
    public func writeHyperlink(_ link: ScreenLink) -> Bool { false }
}
