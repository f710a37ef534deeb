import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `--library PATH`, shared by every command that reads or writes the library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("library"),
            help: "Library file (default: $DOSSIER_LIBRARY, else $XDG_DATA_HOME/dossier/library.sqlite).")
    var path: String?

    /// Opens the chosen library; only `import` (`create: true`) makes a new one.
    func open(create: Bool = false) throws -> Library {
        try Library(path: try existing(unless: create), upgrading: CLI.note)
    }

    /// Opens the chosen library for a command that only reads it: the file is never written
    /// (a search or a listing costs no WAL set-up, and works on a read-only file).
    func openForReading() throws -> Library {
        try Library(path: try existing(unless: false), access: .readOnly, upgrading: CLI.note)
    }

    /// The library's path; it must exist unless `create`.
    private func existing(unless create: Bool) throws -> String {
        let file = LibraryLocation.path(option: path)
        if !create && !FileManager.default.fileExists(atPath: file) {
            throw DossierError("library \(file): does not exist yet (add articles with: dossier import PATH)", code: .library)
        }
        return file
    }
}

extension CLI {
    /// Resolves country names in queries (`country:azerbaijan`); codes work without it.
    static var countryNames: (any CountryResolving)? { ClosureCountryResolver { Gazetteer.resolve($0) } }
}
