import CNCursesW
import DossierUI

/// Maps colour roles to ncurses colour pairs; empty when colour is off
/// (`NO_COLOR` set or a monochrome terminal), so only attributes remain.
struct ColorScheme {
    private var pairs: [ColorRole: Int16] = [:]

    static let monochrome = ColorScheme()

    /// Starts colour and defines one pair per coloured role on the terminal's default background.
    static func start() -> ColorScheme {
        guard has_colors(), start_color() != ERR else { return .monochrome }
        use_default_colors()
        let foregrounds: [(ColorRole, Int32)] = [
            (.accent, COLOR_CYAN), (.focusBorder, COLOR_CYAN), (.match, COLOR_YELLOW),
            (.glossary, COLOR_GREEN), (.country, COLOR_MAGENTA), (.error, COLOR_RED),
        ]
        var scheme = ColorScheme()
        for (index, entry) in foregrounds.enumerated() {
            let pair = Int16(index + 1)
            init_pair(pair, Int16(entry.1), -1)
            scheme.pairs[entry.0] = pair
        }
        return scheme
    }

    func pair(for role: ColorRole) -> Int16 { pairs[role] ?? 0 }

    func attributes(for style: Style) -> attr_t {
        var attributes = attr_t(0)
        if style.bold { attributes |= dossier_a_bold() }
        if style.reverse { attributes |= dossier_a_reverse() }
        if style.dim || style.role == .dim { attributes |= dossier_a_dim() }
        if style.underline { attributes |= dossier_a_underline() }
        return attributes
    }
}
