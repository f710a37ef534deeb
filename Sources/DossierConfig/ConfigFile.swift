import DossierCore
import DossierUI
import Foundation
import TOMLKit

/// Reads `config.toml`. All or nothing: any error gives the defaults and one
/// `ConfigError` line naming the file and the line.
public enum ConfigFile {
    /// The settings in the file at `path`; the defaults, silently, when there is no file.
    public static func load(path: String, environment: [String: String]) -> (settings: Settings, error: ConfigError?) {
        let shown = ConfigLocation.display(path, environment: environment)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return (Settings(), nil) }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            return (Settings(), ConfigError(path: shown, line: nil, reason: "cannot read the file"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (Settings(), ConfigError(path: shown, line: nil, reason: "not UTF-8 text"))
        }
        do {
            return (try parse(text, path: shown), nil)
        } catch {
            return (Settings(), error)
        }
    }

    /// The settings a config text sets; `path` is only used in the error.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> Settings {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(path: path, line: error.source.begin.line, reason: "TOML syntax error: " + oneLine(error.description))
        } catch {
            throw ConfigError(path: path, line: nil, reason: "TOML syntax error: " + oneLine("\(error)"))
        }
        var reader = ConfigReader(lines: ConfigLines(text), path: path)
        return try reader.read(table)
    }

    /// Text safe for one status line: control characters and newlines become spaces.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? " " : $0 }))
    }
}

/// Walks the parsed table section by section, in file order, so the first
/// error reported is the first in the file.
private struct ConfigReader {
    let lines: ConfigLines
    let path: String
    var settings = Settings()

    init(lines: ConfigLines, path: String) {
        self.lines = lines
        self.path = path
    }

    func fail(_ keyPath: [String], _ reason: String) -> ConfigError {
        ConfigError(path: path, line: lines.line(of: keyPath), reason: ConfigFile.oneLine(reason))
    }

    /// Keys of a table, in the order they appear in the file.
    func ordered(_ table: TOMLTable, under prefix: [String]) -> [String] {
        table.keys.sorted { (lines.line(of: prefix + [$0]) ?? .max, $0) < (lines.line(of: prefix + [$1]) ?? .max, $1) }
    }

    mutating func read(_ root: TOMLTable) throws(ConfigError) -> Settings {
        for section in ordered(root, under: []) {
            guard let table = root[section]?.table else {
                throw fail([section], "\"\(section)\" must be a table: [keys], [colors] or [browser]")
            }
            switch section {
            case "keys": try readKeys(table)
            case "colors", "colours": try readColors(table, section)
            case "browser": try readBrowser(table)
            default: throw fail([section], "unknown section [\(section)] (expected [keys], [colors] or [browser])")
            }
        }
        return settings
    }

    mutating func readKeys(_ table: TOMLTable) throws(ConfigError) {
        var overrides: [Command: [Key]] = [:]
        for name in ordered(table, under: ["keys"]) {
            let at = ["keys", name]
            guard let command = Command(configName: name) else {
                throw fail(at, "unknown action \"\(name)\" in [keys] (`dossier config defaults` lists them)")
            }
            let names: [String]
            if let single = table[name]?.string {
                names = [single]
            } else if let array = table[name]?.array {
                var strings: [String] = []
                for element in array {
                    guard let string = element.string else { throw fail(at, "keys for \(name) must be strings, like [\"j\", \"down\"]") }
                    strings.append(string)
                }
                names = strings
            } else {
                throw fail(at, "keys for \(name) must be a list of strings, like [\"j\", \"down\"]")
            }
            var keys: [Key] = []
            for keyName in names {
                do {
                    keys.append(try Key.named(keyName))
                } catch {
                    switch error {
                    case .unknown: throw fail(at, "unknown key name \"\(keyName)\" for \(name)")
                    case .unavailable(let why): throw fail(at, "\"\(keyName)\" cannot be bound for \(name): \(why)")
                    }
                }
            }
            overrides[command] = keys
        }
        do {
            settings.keymap = try Keymap.standard.rebinding(overrides)
        } catch {
            // Point at the later of the two lines when the user bound both.
            let lines = self.lines
            let lineOf = { (command: Command) in overrides[command] == nil ? 0 : (lines.line(of: ["keys", command.configName]) ?? 0) }
            let (earlier, later) = lineOf(error.other) > lineOf(error.command) ? (error.command, error.other) : (error.other, error.command)
            throw fail(["keys", later.configName],
                       "key \"\(error.key.configName)\" is bound to both \(earlier.configName) and \(later.configName)")
        }
    }

    mutating func readColors(_ table: TOMLTable, _ section: String) throws(ConfigError) {
        var themeName = Theme.Name.default
        var overrides: [ColorRole: RoleLook] = [:]
        for name in ordered(table, under: [section]) {
            let at = [section, name]
            guard let value = table[name]?.string else { throw fail(at, "\(name) must be a string, like \"bold yellow\"") }
            if name == "theme" {
                guard let theme = Theme.Name(rawValue: value) else {
                    throw fail(at, "unknown theme \"\(value)\" (default or monochrome)")
                }
                themeName = theme
                continue
            }
            guard let role = ColorRole.allCases.first(where: { $0.configName == name }) else {
                let roles = ColorRole.allCases.map(\.configName).joined(separator: ", ")
                throw fail(at, "unknown colour role \"\(name)\" (theme, \(roles))")
            }
            do {
                overrides[role] = try RoleLook(spec: value)
            } catch {
                throw fail(at, "unknown colour word \"\(error.word)\" for \(name) (attributes bold, dim, underline, reverse; colours \(TerminalColor.allCases.map(\.rawValue).joined(separator: ", ")); \"FG on BG\")")
            }
        }
        settings.theme = Theme.named(themeName).overriding(overrides)
    }

    mutating func readBrowser(_ table: TOMLTable) throws(ConfigError) {
        for name in ordered(table, under: ["browser"]) {
            let at = ["browser", name]
            switch name {
            case "sort":
                guard let value = table[name]?.string, let order = ResultOrder(rawValue: value) else {
                    throw fail(at, "sort must be \"relevance\", \"newest\", \"oldest\" or \"list\"")
                }
                settings.defaultSort = order
            case "mouse":
                guard let value = table[name]?.bool else { throw fail(at, "mouse must be true or false") }
                settings.mouse = value
            case "hyperlinks":
                guard let value = table[name]?.string, let mode = HyperlinkMode(rawValue: value) else {
                    throw fail(at, "hyperlinks must be \"auto\", \"always\" or \"never\"")
                }
                settings.hyperlinks = mode
            default:
                throw fail(at, "unknown setting \"\(name)\" in [browser] (sort, mouse, hyperlinks)")
            }
        }
    }
}
