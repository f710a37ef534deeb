import DossierCore
import Foundation

/// Display names for ISO country codes: the gazetteer's, else Foundation's English names.
public enum CountryNames {
    private static let locale = Locale(identifier: "en_US")

    /// "Armenia" for "AM"; the code itself when no name is known.
    public static func name(for code: String) -> String {
        if let name = Gazetteer.name(for: code) { return name }
        if code == "XK" { return "Kosovo" }
        if code == "CN" { return "China" }
        return locale.localizedString(forRegionCode: code) ?? code
    }
}
