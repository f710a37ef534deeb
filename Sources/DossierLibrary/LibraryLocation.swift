import Foundation

/// Where the library file lives: `--library`, then `DOSSIER_LIBRARY`, then
/// `$XDG_DATA_HOME/dossier/library.sqlite`, then `~/.local/share/dossier/library.sqlite`.
public enum LibraryLocation {
    public static func path(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["DOSSIER_LIBRARY"], !env.isEmpty { return env }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return (dataHome as NSString).appendingPathComponent("dossier/library.sqlite")
    }
}
