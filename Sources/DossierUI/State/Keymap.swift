/// What a key can ask the browser to do.
public enum Command: String, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case focusNext, focusPrevious, open, back
    case search, nextMatch, previousMatch, cycleSearchOrder
    case pickCountry, pickArticle, cycleArticleOrder, glossary, quoteContext
    case copyQuote, copyQuoteAs, saveQuote, openSource
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
    public var help: String
    public var context: KeyContext

    /// How the keys are written in the help screen: "Tab → l".
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// The key bindings in force: the default table with the user's overrides.
/// Held in `AppState`; the reducer looks keys up here and the help screen is
/// generated from it.
public struct Keymap: Sendable {
    /// Bindings in help order; a command appears once.
    public private(set) var bindings: [KeyBinding]
    private var byKey: [Key: Command] = [:]

    public static let defaultBindings: [KeyBinding] = [
        KeyBinding(command: .moveDown, keys: [.down, .character("j")], help: "Next item (scroll in the reader)", context: .movement),
        KeyBinding(command: .moveUp, keys: [.up, .character("k")], help: "Previous item", context: .movement),
        KeyBinding(command: .pageDown, keys: [.pageDown], help: "Page down", context: .movement),
        KeyBinding(command: .pageUp, keys: [.pageUp], help: "Page up", context: .movement),
        KeyBinding(command: .first, keys: [.home, .character("g")], help: "First item", context: .movement),
        KeyBinding(command: .last, keys: [.end, .character("G")], help: "Last item", context: .movement),
        KeyBinding(command: .focusNext, keys: [.tab, .right, .character("l")], help: "Next pane", context: .movement),
        KeyBinding(command: .focusPrevious, keys: [.backTab, .left, .character("h")], help: "Previous pane", context: .movement),
        KeyBinding(command: .open, keys: [.enter], help: "Open: narrow to the item, or read the quote", context: .movement),
        KeyBinding(command: .back, keys: [.escape], help: "Back out: close, leave the reader, end the search", context: .movement),
        KeyBinding(command: .search, keys: [.character("/")], help: "Search quotes as you type", context: .filters),
        KeyBinding(command: .nextMatch, keys: [.character("n")], help: "Next search match", context: .filters),
        KeyBinding(command: .previousMatch, keys: [.character("N")], help: "Previous search match", context: .filters),
        KeyBinding(command: .cycleSearchOrder, keys: [.character("S")], help: "Order search results: relevance, newest, oldest, list order", context: .filters),
        KeyBinding(command: .pickCountry, keys: [.character("c")], help: "Filter by country (type to narrow)", context: .filters),
        KeyBinding(command: .pickArticle, keys: [.character("a")], help: "Pick the article", context: .filters),
        KeyBinding(command: .cycleArticleOrder, keys: [.character("O")], help: "Order the articles: newest, title, publication, most quotes", context: .filters),
        KeyBinding(command: .clearFilter, keys: [.character("x"), .backspace], help: "Clear the last filter", context: .filters),
        KeyBinding(command: .clearAllFilters, keys: [.character("X")], help: "Clear all filters", context: .filters),
        KeyBinding(command: .copyQuote, keys: [.character("y")], help: "Copy the quote as Markdown to the clipboard", context: .export),
        KeyBinding(command: .copyQuoteAs, keys: [.character("Y")], help: "Copy the quote as md, txt or csl-json (no record)", context: .export),
        KeyBinding(command: .saveQuote, keys: [.character("s")], help: "Save the quote to a file (format, then path)", context: .export),
        KeyBinding(command: .markQuote, keys: [.character(" ")], help: "Mark or unmark the quote (marks are kept)", context: .library),
        KeyBinding(command: .showMarks, keys: [.character("M")], help: "The marked quotes: export them in one go", context: .library),
        KeyBinding(command: .expertDossier, keys: [.character("e")], help: "The expert's dossier: quotes, credentials, countries", context: .library),
        KeyBinding(command: .quoteContext, keys: [.character("C")], help: "The quote in its context in the article", context: .general),
        KeyBinding(command: .openSource, keys: [.character("o")], help: "Open the article's web page ($BROWSER or xdg-open)", context: .general),
        KeyBinding(command: .glossary, keys: [.character("t")], help: "Glossary terms in the quote", context: .general),
        KeyBinding(command: .toggleMouse, keys: [.character("m")], help: "Mouse capture on/off", context: .general),
        KeyBinding(command: .help, keys: [.character("?")], help: "This help", context: .general),
        KeyBinding(command: .quit, keys: [.character("q")], help: "Quit", context: .general),
    ]

    /// The default keymap.
    public static let standard = Keymap(bindings: defaultBindings)

    /// A keymap of these bindings; when two commands share a key, the first wins
    /// (`rebinding` refuses that for user bindings).
    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        for binding in bindings {
            for key in binding.keys where byKey[key] == nil { byKey[key] = binding.command }
        }
    }

    /// The command bound to a key, if any.
    public func command(for key: Key) -> Command? { byKey[key] }

    /// The binding of a command.
    public func binding(for command: Command) -> KeyBinding? {
        bindings.first { $0.command == command }
    }

    /// Keys shared by two commands, as (key, first command, second command).
    public var conflicts: [(key: Key, first: Command, second: Command)] {
        var owner: [Key: Command] = [:]
        var found: [(Key, Command, Command)] = []
        for binding in bindings {
            for key in binding.keys {
                if let first = owner[key] {
                    if first != binding.command { found.append((key, first, binding.command)) }
                } else {
                    owner[key] = binding.command
                }
            }
        }
        return found
    }

    /// This keymap with each given command's keys replaced (an empty list unbinds it).
    /// A command without a default binding is added under "General". Duplicate keys
    /// within one command are dropped; a key left on two commands is a `Conflict`.
    public func rebinding(_ overrides: [Command: [Key]]) throws(Conflict) -> Keymap {
        var bindings = self.bindings
        for command in Command.allCases {
            guard let keys = overrides[command] else { continue }
            var unique: [Key] = []
            for key in keys where !unique.contains(key) { unique.append(key) }
            if let index = bindings.firstIndex(where: { $0.command == command }) {
                bindings[index].keys = unique
            } else {
                bindings.append(KeyBinding(command: command, keys: unique, help: command.configName, context: .general))
            }
        }
        let keymap = Keymap(bindings: bindings)
        if let conflict = keymap.conflicts.first {
            // Name the user's binding second, so an error points at the line they wrote.
            let userFirst = overrides[conflict.first] != nil && overrides[conflict.second] == nil
            throw Conflict(key: conflict.key, command: userFirst ? conflict.first : conflict.second,
                           other: userFirst ? conflict.second : conflict.first)
        }
        return keymap
    }

    /// A key bound to two commands.
    public struct Conflict: Error, Equatable, Sendable {
        public var key: Key
        /// The command whose binding was being applied.
        public var command: Command
        /// The command that already had the key.
        public var other: Command
    }

    /// Status-line hints with each command's first key: "Tab panes  / search"; unbound commands are left out.
    public func hints(_ entries: [(Command, String)]) -> String {
        entries.compactMap { command, text in binding(for: command)?.keys.first.map { "\($0.label) \(text)" } }
            .joined(separator: "  ")
    }

    /// Help screen lines, grouped by context: "  Tab → l      Next pane".
    /// Every key of every bound command; commands without keys are left out.
    public var helpLines: [String] {
        let shown = bindings.filter { !$0.keys.isEmpty }
        let column = max(12, (shown.map { TextWidth.of($0.keyLabel) }.max() ?? 0) + 2)
        var lines: [String] = []
        for context in KeyContext.allCases {
            let rows = shown.filter { $0.context == context }
            guard !rows.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(context.rawValue)
            for binding in rows {
                let padded = binding.keyLabel + String(repeating: " ", count: max(1, column - TextWidth.of(binding.keyLabel)))
                lines.append("  " + padded + binding.help)
            }
        }
        return lines
    }
}

extension Command {
    /// The command's name in a config file: the case name in snake_case (`moveDown` →
    /// `move_down`; an acronym stays one word: `openURL` → `open_url`).
    public var configName: String { Command.snakeCase(rawValue) }

    static func snakeCase(_ camelCase: String) -> String {
        let characters = Array(camelCase)
        var name = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if !previous.isUppercase || nextIsLower { name += "_" }
            }
            name += character.lowercased()
        }
        return name
    }

    /// The command a config name stands for.
    public init?(configName: String) {
        guard let command = Command.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = command
    }
}
