import ArgumentParser
import DossierConfig
import Foundation

/// `--config PATH`, for the commands that open the browser.
struct ConfigOptions: ParsableArguments {
    @Option(name: .customLong("config"),
            help: "Config file (default: $XDG_CONFIG_HOME/dossier/config.toml, else ~/.config/dossier/config.toml).")
    var path: String?

    /// The file to read: the option, else the standard place.
    func file(environment: [String: String]) -> String {
        path ?? ConfigLocation.path(environment: environment)
    }

    /// The settings to browse with; a broken file is one line on stderr and the defaults.
    func load() -> (settings: Settings, error: ConfigError?) {
        let environment = ProcessInfo.processInfo.environment
        let loaded = ConfigFile.load(path: file(environment: environment), environment: environment)
        if let error = loaded.error { FileHandle.standardError.write(Data("dossier: \(error.message)\n".utf8)) }
        return loaded
    }
}

/// `dossier config path|defaults|check`: where the config file is, a commented
/// default one to start from, and whether the current one reads.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "The browser's config file: where it is, the defaults, and a check.",
        discussion: "Key bindings, colours and browser defaults live in config.toml (see README, \"Configuration\").",
        subcommands: [Path.self, Defaults.self, Check.self]
    )

    @Flag(name: .customLong("print-defaults"), help: "Print a commented default config.toml (same as `dossier config defaults`).")
    var printDefaults = false

    func run() throws {
        guard printDefaults else { throw CleanExit.helpRequest(self) }
        print(DefaultConfig.text, terminator: "")
    }

    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "path", abstract: "Print where the config file is looked for.")
        @OptionGroup var config: ConfigOptions
        func run() { print(config.file(environment: ProcessInfo.processInfo.environment)) }
    }

    struct Defaults: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "defaults", abstract: "Print a commented default config.toml to copy and edit.")
        func run() { print(DefaultConfig.text, terminator: "") }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: "Read the config file and report the first problem (exit 1), or that it is fine.")
        @OptionGroup var config: ConfigOptions

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            let file = config.file(environment: environment)
            let shown = ConfigLocation.display(file, environment: environment)
            guard FileManager.default.fileExists(atPath: file) else {
                print("\(shown): no config file; the defaults are used")
                return
            }
            if let error = ConfigFile.load(path: file, environment: environment).error {
                FileHandle.standardError.write(Data("dossier: \(error.message)\n".utf8))
                throw ExitCode(1)
            }
            print("\(shown): ok")
        }
    }
}
