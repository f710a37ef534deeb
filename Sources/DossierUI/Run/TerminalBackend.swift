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
}
