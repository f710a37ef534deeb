/// Where the config file is looked for: `$XDG_CONFIG_HOME/dossier/config.toml`,
/// else `~/.config/dossier/config.toml` (the XDG base directory rules: a relative
/// `XDG_CONFIG_HOME` is ignored).
public enum ConfigLocation {
    public static func path(environment: [String: String]) -> String {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return join(base, "dossier/config.toml")
        }
        return join(environment["HOME"] ?? "~", ".config/dossier/config.toml")
    }

    /// The path with the home directory written `~`, for messages.
    public static func display(_ path: String, environment: [String: String]) -> String {
        guard let home = environment["HOME"], home.count > 1 else { return path }
        let prefix = home.hasSuffix("/") ? home : home + "/"
        return path.hasPrefix(prefix) ? "~/" + path.dropFirst(prefix.count) : path
    }

    private static func join(_ base: String, _ rest: String) -> String {
        base.hasSuffix("/") ? base + rest : base + "/" + rest
    }
}
