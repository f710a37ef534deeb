/// What a key can ask the browser to do.
public enum Command: String, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case focusNext, focusPrevious, open, back
    case search, nextMatch, previousMatch
    case pickCountry, pickArticle, cycleArticleOrder, glossary, quoteContext
    case copyQuote, copyQuoteAs, saveQuote
    case markQuote, showMarks, expertDossier
    case clearFilter, clearAllFilters
    case toggleMouse, help, quit
}

/// Where a binding applies; shown as a heading in the help screen.
public enum KeyContext: String, Sendable, CaseIterable {
    case movement = "Moving"
    case filters = "Filters and search"
    case export = "Copy and save the quote"
    case library = "Marks and dossiers"
    case general = "General"
}

/// One row of the keymap: a command, its keys, what it does, and its context.
public struct KeyBinding: Sendable {
    public var command: Command
    public var keys: [Key]
    /// How the keys are written in the help screen and status line.
    public var keyLabel: String
    public var help: String
    public var context: KeyContext
}

/// The one table of key bindings: the reducer looks keys up here and the help
/// screen is generated from it.
public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(command: .moveDown, keys: [.down, .character("j")], keyLabel: "↓ j", help: "Next item (scroll in the reader)", context: .movement),
        KeyBinding(command: .moveUp, keys: [.up, .character("k")], keyLabel: "↑ k", help: "Previous item", context: .movement),
        KeyBinding(command: .pageDown, keys: [.pageDown], keyLabel: "PgDn", help: "Page down", context: .movement),
        KeyBinding(command: .pageUp, keys: [.pageUp], keyLabel: "PgUp", help: "Page up", context: .movement),
        KeyBinding(command: .first, keys: [.home, .character("g")], keyLabel: "Home g", help: "First item", context: .movement),
        KeyBinding(command: .last, keys: [.end, .character("G")], keyLabel: "End G", help: "Last item", context: .movement),
        KeyBinding(command: .focusNext, keys: [.tab, .right, .character("l")], keyLabel: "Tab → l", help: "Next pane", context: .movement),
        KeyBinding(command: .focusPrevious, keys: [.backTab, .left, .character("h")], keyLabel: "S-Tab ← h", help: "Previous pane", context: .movement),
        KeyBinding(command: .open, keys: [.enter], keyLabel: "Enter", help: "Open: narrow to the item, or read the quote", context: .movement),
        KeyBinding(command: .back, keys: [.escape], keyLabel: "Esc", help: "Back out: close, leave the reader, end the search", context: .movement),
        KeyBinding(command: .search, keys: [.character("/")], keyLabel: "/", help: "Search quotes as you type", context: .filters),
        KeyBinding(command: .nextMatch, keys: [.character("n")], keyLabel: "n", help: "Next search match", context: .filters),
        KeyBinding(command: .previousMatch, keys: [.character("N")], keyLabel: "N", help: "Previous search match", context: .filters),
        KeyBinding(command: .pickCountry, keys: [.character("c")], keyLabel: "c", help: "Filter by country (type to narrow)", context: .filters),
        KeyBinding(command: .pickArticle, keys: [.character("a")], keyLabel: "a", help: "Pick the article", context: .filters),
        KeyBinding(command: .cycleArticleOrder, keys: [.character("O")], keyLabel: "O", help: "Order the articles: newest, title, publication, most quotes", context: .filters),
        KeyBinding(command: .clearFilter, keys: [.character("x"), .backspace], keyLabel: "x", help: "Clear the last filter", context: .filters),
        KeyBinding(command: .clearAllFilters, keys: [.character("X")], keyLabel: "X", help: "Clear all filters", context: .filters),
        KeyBinding(command: .copyQuote, keys: [.character("y")], keyLabel: "y", help: "Copy the quote as Markdown to the clipboard", context: .export),
        KeyBinding(command: .copyQuoteAs, keys: [.character("Y")], keyLabel: "Y", help: "Copy the quote as md, txt or csl-json (no record)", context: .export),
        KeyBinding(command: .saveQuote, keys: [.character("s")], keyLabel: "s", help: "Save the quote to a file (format, then path)", context: .export),
        KeyBinding(command: .markQuote, keys: [.character(" ")], keyLabel: "Space", help: "Mark or unmark the quote (marks are kept)", context: .library),
        KeyBinding(command: .showMarks, keys: [.character("M")], keyLabel: "M", help: "The marked quotes: export them in one go", context: .library),
        KeyBinding(command: .expertDossier, keys: [.character("e")], keyLabel: "e", help: "The expert's dossier: quotes, credentials, countries", context: .library),
        KeyBinding(command: .quoteContext, keys: [.character("C")], keyLabel: "C", help: "The quote in its context in the article", context: .general),
        KeyBinding(command: .glossary, keys: [.character("t")], keyLabel: "t", help: "Glossary terms in the quote", context: .general),
        KeyBinding(command: .toggleMouse, keys: [.character("m")], keyLabel: "m", help: "Mouse capture on/off", context: .general),
        KeyBinding(command: .help, keys: [.character("?")], keyLabel: "?", help: "This help", context: .general),
        KeyBinding(command: .quit, keys: [.character("q")], keyLabel: "q", help: "Quit", context: .general),
    ]

    private static let byKey: [Key: Command] = {
        var table: [Key: Command] = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil { table[key] = binding.command }
        }
        return table
    }()

    /// The command bound to a key, if any.
    public static func command(for key: Key) -> Command? { byKey[key] }

    /// The binding of a command.
    public static func binding(for command: Command) -> KeyBinding? {
        bindings.first { $0.command == command }
    }

    /// Help screen lines, grouped by context: "  Tab → l      Next pane".
    public static var helpLines: [String] {
        var lines: [String] = []
        for context in KeyContext.allCases {
            if !lines.isEmpty { lines.append("") }
            lines.append(context.rawValue)
            for binding in bindings where binding.context == context {
                let padded = binding.keyLabel + String(repeating: " ", count: max(1, 12 - TextWidth.of(binding.keyLabel)))
                lines.append("  " + padded + binding.help)
            }
        }
        return lines
    }
}
