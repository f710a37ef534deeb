/// One of the terminal's eight colours, or its own default.
public enum TerminalColor: String, Sendable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white

    /// The ANSI colour number (0–7), or nil for the terminal's default.
    public var ansi: Int? {
        switch self {
        case .default: nil
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        }
    }
}

/// How a colour role looks: colours and attributes added to the cell's own.
/// Written in a config as `"bold yellow"`, `"black on cyan"`, `"underline"`.
public struct RoleLook: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil,
                bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }
}

/// What the terminal draws for a cell: colours (nil: the terminal's default) and attributes.
public struct CellAppearance: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil,
                bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }
}

/// Colours for the colour roles. The backend asks it how to draw each cell;
/// the panes only ever name roles.
public struct Theme: Hashable, Sendable {
    /// The built-in themes (`[colors] theme`).
    public enum Name: String, Sendable, CaseIterable { case `default`, monochrome }

    public var name: Name
    /// Per-role looks; roles not listed draw with the cell's attributes only.
    public var roles: [ColorRole: RoleLook]

    /// Colour on the terminal's default background, as Dossier always had.
    public static let standard = Theme(name: .default, roles: [
        .accent: RoleLook(foreground: .cyan), .focusBorder: RoleLook(foreground: .cyan), .match: RoleLook(foreground: .yellow),
        .glossary: RoleLook(foreground: .green), .country: RoleLook(foreground: .magenta), .error: RoleLook(foreground: .red),
    ])

    /// No colour at all: bold, dim, underline and reverse only.
    public static let monochrome = Theme(name: .monochrome, roles: [:])

    public init(name: Name, roles: [ColorRole: RoleLook]) {
        self.name = name
        self.roles = name == .monochrome ? roles.mapValues(\.withoutColor) : roles
    }

    /// The built-in theme of a name.
    public static func named(_ name: Name) -> Theme { name == .monochrome ? .monochrome : .standard }

    /// This theme with per-role overrides (each replaces the role's look; an empty one clears it); a
    /// monochrome theme keeps their attributes and drops their colours.
    public func overriding(_ overrides: [ColorRole: RoleLook]) -> Theme {
        Theme(name: name, roles: roles.merging(overrides) { _, new in new }.filter { $0.value != RoleLook() })
    }

    /// The theme after `NO_COLOR` (set and not empty), which always wins: colours are dropped.
    public func honouring(environment: [String: String]) -> Theme {
        guard let value = environment["NO_COLOR"], !value.isEmpty else { return self }
        return Theme(name: .monochrome, roles: roles)
    }

    /// True when some role has a colour (the backend then starts colour).
    public var usesColor: Bool { roles.values.contains { $0.foreground != nil || $0.background != nil } }

    /// How a cell of this style is drawn. A role with a background colour shows
    /// its colours as given, so the cell's `reverse` is dropped.
    public func appearance(for style: Style) -> CellAppearance {
        let look = roles[style.role] ?? RoleLook()
        return CellAppearance(
            foreground: look.foreground, background: look.background,
            bold: style.bold || look.bold, dim: style.dim || style.role == .dim || look.dim,
            underline: style.underline || look.underline,
            reverse: (style.reverse && look.background == nil) || look.reverse)
    }

    /// The SGR sequence that draws a cell of this style (from a reset), for text
    /// written outside ncurses (OSC 8 links).
    public func sgr(for style: Style) -> String {
        let look = appearance(for: style)
        var codes = ["0"]
        if look.bold { codes.append("1") }
        if look.dim { codes.append("2") }
        if look.underline { codes.append("4") }
        if look.reverse { codes.append("7") }
        if let ansi = look.foreground?.ansi { codes.append("\(30 + ansi)") }
        if let ansi = look.background?.ansi { codes.append("\(40 + ansi)") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

extension RoleLook {
    var withoutColor: RoleLook {
        var look = self
        look.foreground = nil
        look.background = nil
        return look
    }
}

extension ColorRole {
    /// The role's name in a config file (`focusBorder` → `focus_border`).
    public var configName: String {
        switch self {
        case .normal: "normal"
        case .accent: "accent"
        case .border: "border"
        case .focusBorder: "focus_border"
        case .selection: "selection"
        case .match: "match"
        case .glossary: "glossary"
        case .country: "country"
        case .status: "status"
        case .error: "error"
        case .dim: "dim"
        }
    }
}
