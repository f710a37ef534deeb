import DossierCore
import DossierUI

/// What a config file sets: key bindings, colours and the browser's defaults.
/// `Settings()` is the defaults.
public struct Settings: Sendable {
    public var keymap = Keymap.standard
    public var theme = Theme.standard
    /// `[browser] sort`: the order search results start in.
    public var defaultSort = ResultOrder.relevance
    /// `[browser] mouse`: whether the mouse is captured at start (`m` toggles it).
    public var mouse = true
    /// `[browser] hyperlinks`: when the reader's source URL is an OSC 8 link.
    public var hyperlinks = HyperlinkMode.auto

    public init() {}

    /// Puts the settings that live in the browser's state there.
    public func apply(to state: inout AppState) {
        state.keymap = keymap
        state.defaultSort = defaultSort
        state.mouseCapture = mouse
    }
}

/// A config file that cannot be used, as one line: the file, the line when
/// known, and what is wrong.
public struct ConfigError: Error, Equatable, Sendable {
    /// The file as shown to the user (`~` for the home directory).
    public var path: String
    public var line: Int?
    public var reason: String

    public init(path: String, line: Int?, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    /// `~/.config/dossier/config.toml:7: unknown key name "ctlr-x" for move_down; using the defaults`
    public var message: String { message(naming: path) }

    /// The same with only the file's name, for the browser's status line.
    public var statusMessage: String { message(naming: String(path.split(separator: "/").last ?? Substring(path))) }

    private func message(naming file: String) -> String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(reason); using the defaults"
    }
}
