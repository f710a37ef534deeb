import Foundation

/// Display names for ISO country codes (English), until the gazetteer provides them.
public enum CountryNames {
    private static let locale = Locale(identifier: "en_US")

    /// "Armenia" for "AM"; the code itself when no name is known.
    public static func name(for code: String) -> String {
        if code == "XK" { return "Kosovo" }
        if code == "CN" { return "China" }
        return locale.localizedString(forRegionCode: code) ?? code
    }
}
