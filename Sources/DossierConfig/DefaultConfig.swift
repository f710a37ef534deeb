import Foundation
import DossierUI

/// The commented default `config.toml` that `dossier config defaults` prints,
/// generated from the default keymap and theme so it never goes stale.
public enum DefaultConfig {
    public static var text: String {
        var lines = [
            "# Dossier configuration. Dossier reads $XDG_CONFIG_HOME/dossier/config.toml",
            "# (else ~/.config/dossier/config.toml, or the file given with --config).",
            "# Every setting is shown with its default, commented out: uncomment what you change.",
            "# A broken file is reported on one line naming the line, and the defaults are used.",
            "",
            "[keys]",
            "# Each action takes a list of keys. Your list replaces the action's default keys;",
            "# [] leaves it unbound. A key may belong to one action only.",
            "# Key names: one character (\"j\", \"G\", \"?\", \"/\"), space, enter, esc, tab, backtab,",
            "# up, down, left, right, pgup, pgdn, home, end, backspace, delete, and ctrl-a to ctrl-y",
            "# (not ctrl-c, ctrl-z, ctrl-s or ctrl-q, which the terminal keeps; ctrl-h, ctrl-i,",
            "# ctrl-j and ctrl-m are backspace, tab and enter). Typing in the search, the pickers",
            "# and the save dialog is not affected.",
        ]
        let keymap = Keymap.standard
        let width = keymap.bindings.map { setting($0.command, $0.keys).count }.max() ?? 0
        for binding in keymap.bindings {
            let entry = setting(binding.command, binding.keys)
            lines.append("# " + entry + String(repeating: " ", count: width - entry.count) + "  # " + binding.help)
        }
        let unbound = Command.allCases.filter { keymap.binding(for: $0) == nil }
        if !unbound.isEmpty {
            lines.append("# Actions without a default key:")
            for command in unbound { lines.append("# " + setting(command, [])) }
        }
        lines += [
            "",
            "[colors]",
            "# The theme is \"default\" or \"monochrome\" (no colour: only bold, dim, underline, reverse).",
            "# NO_COLOR set in the environment always means no colour.",
            "# A role's look: attributes (bold, dim, underline, reverse), a colour (black, red, green,",
            "# yellow, blue, magenta, cyan, white, default) and \"on COLOUR\" for the background,",
            "# e.g. selection = \"black on cyan\" or match = \"bold yellow\"; \"\" adds nothing.",
            "# A background replaces the reverse video the selection and matches use.",
            "# theme = \"default\"",
        ]
        for role in ColorRole.allCases {
            lines.append("# \(role.configName) = \"\(Theme.standard.roles[role]?.spec ?? "")\"")
        }
        lines += [
            "",
            "[browser]",
            "# sort = \"relevance\"    # the order of search results: relevance, newest, oldest or list",
            "# mouse = true          # capture the mouse at start (m toggles it)",
            "# hyperlinks = \"auto\"   # the reader's source URL as a clickable link (OSC 8): auto, always, never",
            "#                       # auto: only on terminals known to show them, never inside tmux or screen",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func setting(_ command: Command, _ keys: [Key]) -> String {
        command.configName + " = [" + keys.map { "\"" + escaped($0.configName) + "\"" }.joined(separator: ", ") + "]"
    }

    private static func escaped(_ name: String) -> String {
        name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
