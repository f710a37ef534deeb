import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier country CODE`: who talks about a country most, and when.
struct CountryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "country",
        abstract: "The experts ranked by their quotes about a country, and its quotes month by month.",
        discussion: """
            CODE is an ISO code (GE), a name or another form the gazetteer knows (Georgia, Georgian, Tbilisi). \
            Months come from the articles' dates; articles dated by the year only, and undated ones, are counted apart.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Country code or name.")
    var country: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        try CLI.run {
            let code = try Self.resolve(country)
            let lens = try library.openForReading().countryLens(code: code)
            if json {
                FileHandle.standardOutput.write(Data((try RecordJSON.pretty(lens) + "\n").utf8))
            } else {
                FileHandle.standardOutput.write(Data(DossierOutline.country(lens, name: Gazetteer.name(for: code) ?? code).utf8))
            }
        }
    }

    /// The country code `text` names; a bloc (NATO, EU) or an unknown name is an error.
    static func resolve(_ text: String) throws -> String {
        guard let code = Gazetteer.resolve(text) else {
            throw DossierError("country \"\(text)\": not a country code or name Dossier knows (try an ISO code such as GE)", code: .notFound)
        }
        if Gazetteer.bundled.isBloc(code) {
            throw DossierError("country \"\(text)\": \(code) is a bloc, not a country; quotes are tagged with countries only", code: .badInput)
        }
        return code
    }
}
