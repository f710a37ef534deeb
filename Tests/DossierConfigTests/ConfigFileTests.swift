import DossierConfig
import DossierUI
import Foundation
import Testing

@Suite struct ConfigFileTests {
    private let path = "~/.config/dossier/config.toml"

    private func error(_ text: String) -> String? {
        do {
            _ = try ConfigFile.parse(text, path: path)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func aValidFileSetsKeysColoursAndTheBrowserDefaults() throws {
        let settings = try ConfigFile.parse("""
            # my settings
            [keys]
            move_down = ["j", "down", "ctrl-n"]
            move_up = ["k", "up", "ctrl-p"]
            quit = "Q"
            clear_filter = []

            [colors]
            theme = "monochrome"
            selection = "black on cyan"
            match = "bold underline"

            [browser]
            sort = "newest"
            mouse = false
            hyperlinks = "never"
            """, path: path)
        #expect(settings.keymap.command(for: .control("n")) == .moveDown)
        #expect(settings.keymap.command(for: .character("j")) == .moveDown)
        #expect(settings.keymap.command(for: .control("p")) == .moveUp)
        #expect(settings.keymap.command(for: .character("Q")) == .quit)
        #expect(settings.keymap.command(for: .character("q")) == nil)
        #expect(settings.keymap.command(for: .character("x")) == nil)
        #expect(settings.keymap.command(for: .character("c")) == .pickCountry)
        #expect(settings.theme.name == .monochrome)
        #expect(!settings.theme.usesColor)
        #expect(settings.theme.appearance(for: Style(role: .match)) == CellAppearance(bold: true, underline: true))
        #expect(settings.defaultSort == .newest)
        #expect(!settings.mouse)
        #expect(settings.hyperlinks == .never)
    }

    @Test func settingsGoIntoTheBrowserState() throws {
        let settings = try ConfigFile.parse("[keys]\nhelp = [\"H\", \"f\"]\n[browser]\nmouse = false\nsort = \"oldest\"\n", path: path)
        var state = AppState(data: InMemoryDataSource(articles: [], title: "Dossier"))
        settings.apply(to: &state)
        #expect(!state.mouseCapture)
        #expect(state.defaultSort == .oldest)
        // List order (matches marked in the quotes list, n/N) can be the first order too.
        var listed = AppState(data: InMemoryDataSource(articles: [], title: "Dossier"))
        try ConfigFile.parse("[browser]\nsort = \"list\"\n", path: path).apply(to: &listed)
        #expect(listed.resultOrder == .list)
        #expect(throws: ConfigError.self) { try ConfigFile.parse("[browser]\nsort = \"sideways\"\n", path: path) }
        #expect(state.keymap.command(for: .character("f")) == .help)
        #expect(state.keymap.helpLines.contains("  H f         This help"))
    }

    @Test func theColourThemeKeepsItsColoursWithOverrides() throws {
        let settings = try ConfigFile.parse("[colors]\nselection = \"black on cyan\"\nmatch = \"bold yellow\"\n", path: path)
        #expect(settings.theme.appearance(for: Style(reverse: true, role: .selection)) == CellAppearance(foreground: .black, background: .cyan))
        #expect(settings.theme.appearance(for: Style(role: .accent)).foreground == .cyan)
        #expect(!settings.theme.honouring(environment: ["NO_COLOR": "1"]).usesColor)
    }

    @Test func eachProblemIsOneLineWithTheFileAndTheLine() {
        #expect(error("[keys]\nmove_up = [\"k\"]\n\n\n\n\nmove_down = [\"j\", \"ctlr-x\"]\n")
                == #"~/.config/dossier/config.toml:7: unknown key name "ctlr-x" for move_down; using the defaults"#)
        #expect(error("\n[keys]\nmove_dwn = [\"j\"]\n")
                == #"~/.config/dossier/config.toml:3: unknown action "move_dwn" in [keys] (`dossier config defaults` lists them); using the defaults"#)
        #expect(error("[browser]\nsort = \"newest\"\nmouse = \"yes\"\n")
                == "~/.config/dossier/config.toml:3: mouse must be true or false; using the defaults")
        #expect(error("[keys]\nmove_down = [1, 2]\n")
                == #"~/.config/dossier/config.toml:2: keys for move_down must be strings, like ["j", "down"]; using the defaults"#)
        #expect(error("[keys]\nmove_down = true\n")
                == #"~/.config/dossier/config.toml:2: keys for move_down must be a list of strings, like ["j", "down"]; using the defaults"#)
        #expect(error("[keys]\nquit = [\"ctrl-c\"]\n")
                == #"~/.config/dossier/config.toml:2: "ctrl-c" cannot be bound for quit: the terminal sends it as an interrupt; using the defaults"#)
        #expect(error("[colors]\ntheme = \"solarized\"\n")
                == #"~/.config/dossier/config.toml:2: unknown theme "solarized" (default or monochrome); using the defaults"#)
        #expect(error("[colors]\nmatch = \"bold yelow\"\n")?.hasPrefix(#"~/.config/dossier/config.toml:2: unknown colour word "yelow" for match"#) == true)
        #expect(error("[colors]\nhighlight = \"red\"\n")?.hasPrefix(#"~/.config/dossier/config.toml:2: unknown colour role "highlight""#) == true)
        #expect(error("[browser]\nsrot = \"newest\"\n")
                == #"~/.config/dossier/config.toml:2: unknown setting "srot" in [browser] (sort, mouse, hyperlinks); using the defaults"#)
        #expect(error("[keyz]\n")
                == "~/.config/dossier/config.toml:1: unknown section [keyz] (expected [keys], [colors] or [browser]); using the defaults")
    }

    @Test func aKeyOnTwoActionsNamesBoth() {
        // Against a default binding: the user's line.
        #expect(error("[keys]\nmove_down = [\"j\", \"x\"]\n")
                == #"~/.config/dossier/config.toml:2: key "x" is bound to both clear_filter and move_down; using the defaults"#)
        // Both written by the user: the later line.
        #expect(error("[keys]\nquit = [\"Q\"]\nhelp = [\"?\"]\nmove_up = [\"Q\"]\n")
                == #"~/.config/dossier/config.toml:4: key "Q" is bound to both quit and move_up; using the defaults"#)
    }

    @Test func aSyntaxErrorCarriesTOMLKitsLine() throws {
        let message = try #require(error("[keys]\nmove_down = [\"j\"\nquit = [\"q\"]\n"))
        #expect(message.hasPrefix("~/.config/dossier/config.toml:3: TOML syntax error: Error while parsing array: expected comma or closing ']'"))
        #expect(message.hasSuffix("; using the defaults"))
        #expect(!message.contains("\n"))
        let duplicate = try #require(error("[keys]\nquit = [\"q\"]\nquit = [\"Q\"]\n"))
        #expect(duplicate.hasPrefix("~/.config/dossier/config.toml:3: TOML syntax error: "))
    }

    @Test func escapeCodesInTheFileNeverReachTheMessage() throws {
        let message = try #require(error("[keys]\nmove_down = [\"\\u001b[2J\"]\n"))
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func aBrokenFileGivesTheDefaultsAndAMissingOneNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("config.toml").path
        let environment = ["HOME": directory.path]
        let missing = ConfigFile.load(path: file, environment: environment)
        #expect(missing.error == nil)
        try "[keys]\nmove_down = [\"J\"]\n[browser]\nmouse = false\nsort = 3\n".write(toFile: file, atomically: true, encoding: .utf8)
        let broken = ConfigFile.load(path: file, environment: environment)
        #expect(broken.error?.message == #"~/config.toml:5: sort must be "relevance", "newest", "oldest" or "list"; using the defaults"#)
        #expect(broken.error?.statusMessage == #"config.toml:5: sort must be "relevance", "newest", "oldest" or "list"; using the defaults"#)
        #expect(broken.settings.mouse)
        #expect(broken.settings.keymap.helpLines == Keymap.standard.helpLines)
        #expect(broken.settings.theme == .standard)
        let unreadable = ConfigFile.load(path: directory.path, environment: [:])
        #expect(unreadable.error?.message == "\(directory.path): cannot read the file; using the defaults")
    }

    @Test func thePrintedDefaultsReadBackAsTheDefaults() throws {
        let text = DefaultConfig.text
        #expect(try ConfigFile.parse(text, path: path).keymap.helpLines == Keymap.standard.helpLines)
        // Uncommenting every setting changes nothing either.
        let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let body = line.dropFirst(2)
            let name = body.prefix { $0.isLetter || $0 == "_" }
            return line.hasPrefix("# ") && !name.isEmpty && body.dropFirst(name.count).hasPrefix(" = ") ? body : line
        }.joined(separator: "\n")
        #expect(uncommented.contains("\nmove_down = [\"down\", \"j\"]"))
        #expect(uncommented.contains("\ntheme = \"default\""))
        let settings = try ConfigFile.parse(uncommented, path: path)
        #expect(settings.keymap.helpLines == Keymap.standard.helpLines)
        #expect(settings.theme == .standard)
        #expect(settings.mouse && settings.defaultSort == .relevance && settings.hyperlinks == .auto)
        for command in Command.allCases { #expect(text.contains(command.configName + " = [")) }
    }

    @Test func theFileIsFoundThroughXDGConfigHome() {
        #expect(ConfigLocation.path(environment: ["XDG_CONFIG_HOME": "/x/conf", "HOME": "/home/u"]) == "/x/conf/dossier/config.toml")
        #expect(ConfigLocation.path(environment: ["HOME": "/home/u"]) == "/home/u/.config/dossier/config.toml")
        #expect(ConfigLocation.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.config/dossier/config.toml")
        #expect(ConfigLocation.display("/home/u/.config/dossier/config.toml", environment: ["HOME": "/home/u"]) == "~/.config/dossier/config.toml")
        #expect(ConfigLocation.display("/home/user2/c.toml", environment: ["HOME": "/home/u"]) == "/home/user2/c.toml")
    }
}

@Suite struct ReadmeConfigTests {
    @Test func theREADMEsExampleConfigReads() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: "```toml\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let settings = try ConfigFile.parse(String(text[start.upperBound..<end.lowerBound]), path: "README.md")
        #expect(settings.keymap.command(for: .control("n")) == .moveDown)
        #expect(settings.keymap.command(for: .character("H")) == .help)
        #expect(settings.theme.appearance(for: Style(reverse: true, role: .selection)) == CellAppearance(foreground: .black, background: .cyan))
    }
}
