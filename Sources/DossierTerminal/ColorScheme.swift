import CNCursesW
import DossierUI

/// Maps a `Theme` to ncurses attributes and colour pairs: one pair per colour
/// combination the theme uses, on the terminal's default colours. Without
/// colour (a monochrome theme, `NO_COLOR`, or a terminal without colours) the
/// theme's attributes still apply and every cell uses pair 0.
struct ColorScheme {
    private var theme: Theme
    private var pairs: [ColorRole: Int16] = [:]

    /// Attributes only, no colour pairs.
    init(theme: Theme) { self.theme = theme }

    /// Starts colour when the theme has any and the terminal can show it.
    static func start(_ theme: Theme) -> ColorScheme {
        var scheme = ColorScheme(theme: theme)
        guard theme.usesColor, has_colors(), start_color() != ERR else { return scheme }
        use_default_colors()
        var pairOf: [[Int16]: Int16] = [:]
        for role in ColorRole.allCases {
            guard let look = theme.roles[role], look.foreground != nil || look.background != nil else { continue }
            let colors = [color(look.foreground), color(look.background)]
            if let pair = pairOf[colors] {
                scheme.pairs[role] = pair
                continue
            }
            let pair = Int16(pairOf.count + 1)  // at most 11 roles: every colour terminal has 64 pairs
            init_pair(pair, colors[0], colors[1])
            pairOf[colors] = pair
            scheme.pairs[role] = pair
        }
        return scheme
    }

    private static func color(_ color: TerminalColor?) -> Int16 { Int16(color?.ansi ?? -1) }

    func pair(for role: ColorRole) -> Int16 { pairs[role] ?? 0 }

    func attributes(for style: Style) -> attr_t {
        let look = theme.appearance(for: style)
        var attributes = attr_t(0)
        if look.bold { attributes |= dossier_a_bold() }
        if look.reverse { attributes |= dossier_a_reverse() }
        if look.dim { attributes |= dossier_a_dim() }
        if look.underline { attributes |= dossier_a_underline() }
        return attributes
    }

    /// The SGR for text written outside ncurses; colours only when pairs were made.
    func sgr(for style: Style) -> String {
        pairs.isEmpty ? Theme(name: .monochrome, roles: theme.roles).sgr(for: style) : theme.sgr(for: style)
    }
}
