/// Key names as a config file writes them (`j`, `space`, `ctrl-n`, `pgdn`) and
/// as the help screen shows them (`j`, `Space`, `Ctrl-n`, `PgDn`).
extension Key {
    /// Why a key name was refused.
    public enum NameError: Error, Equatable, Sendable {
        case unknown
        /// A key the terminal never delivers (a signal or flow control); the reason says which.
        case unavailable(String)
    }

    private static let named: [(String, Key)] = [
        ("space", .character(" ")), ("enter", .enter), ("return", .enter), ("esc", .escape), ("escape", .escape),
        ("tab", .tab), ("backtab", .backTab), ("shift-tab", .backTab), ("up", .up), ("down", .down),
        ("left", .left), ("right", .right), ("pgup", .pageUp), ("pageup", .pageUp), ("pgdn", .pageDown),
        ("pagedown", .pageDown), ("home", .home), ("end", .end), ("backspace", .backspace),
        ("delete", .delete), ("del", .delete),
    ]

    /// Ctrl letters the terminal turns into another key or keeps for itself.
    private static let controlAliases: [Character: Key] = ["h": .backspace, "i": .tab, "j": .enter, "m": .enter]
    private static let controlReserved: [Character: String] = [
        "c": "the terminal sends it as an interrupt", "z": "the terminal sends it as a suspend",
        "s": "the terminal uses it to pause output", "q": "the terminal uses it to resume output",
    ]

    /// The key a name stands for: one printable character (case matters), a
    /// name from the list above (case does not), or `ctrl-` and a letter.
    public static func named(_ name: String) throws(NameError) -> Key {
        if name.count == 1, let character = name.first {
            guard !character.unicodeScalars.contains(where: { TextWidth.isControl($0) }) else { throw .unknown }
            return .character(character)
        }
        let lower = name.lowercased()
        if let entry = named.first(where: { $0.0 == lower }) { return entry.1 }
        for prefix in ["ctrl-", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { throw .unknown }
            if let reason = controlReserved[letter] { throw .unavailable(reason) }
            return controlAliases[letter] ?? .control(letter)
        }
        throw .unknown
    }

    /// The name a config file uses for this key (`Key.named(key.configName) == key`).
    public var configName: String {
        switch self {
        case .character(" "): "space"
        case .character(let character): String(character)
        case .control(let letter): "ctrl-\(letter)"
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .home: "home"
        case .end: "end"
        case .tab: "tab"
        case .backTab: "backtab"
        case .enter: "enter"
        case .escape: "esc"
        case .backspace: "backspace"
        case .delete: "delete"
        }
    }

    /// How the help screen writes this key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-\(letter)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Bksp"
        case .delete: "Del"
        }
    }
}
