import ArgumentParser
import DossierCore
import DossierLibrary

/// `--library PATH`, shared by every command that reads or writes the library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("library"),
            help: "Library file (default: $DOSSIER_LIBRARY, else $XDG_DATA_HOME/dossier/library.sqlite).")
    var path: String?

    /// Opens the chosen library, creating it when missing.
    func open() throws -> Library {
        try Library(path: LibraryLocation.path(option: path))
    }
}

extension CLI {
    /// Resolves country names in queries (`country:azerbaijan`); codes work without it.
    static var countryNames: (any CountryResolving)? { nil }
}
