import ArgumentParser
import DossierCore
import DossierLibrary

/// `dossier show QUOTE_ID`: one quote in full, with its attribution.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one quote in full (ids as printed by search, e.g. 9c941c53-07)."
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: "The quote id.")
    var quoteID: String

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let quotes = try CLI.run {
            let found = try library.openForReading().quotes(withID: quoteID)
            guard !found.isEmpty else { throw DossierError("quote \(quoteID): not in the library", code: .notFound) }
            return found
        }
        if json { return try CLI.printJSON(quotes.count == 1 ? [quotes[0]] : quotes) }
        let style = TerminalStyle.forStandardOutput()
        for (index, stored) in quotes.enumerated() {
            if index > 0 { print("") }
            let quote = stored.quote
            print(style.bold("\(stored.expert.name)") + (stored.expert.credentials.map { ", " + Terminal.sanitise($0) } ?? ""))
            print(style.dim(stored.articleTitle + (stored.metadata.publication.map { " — " + $0 } ?? "")
                            + (stored.metadata.date.map { " (" + $0 + ")" } ?? "")))
            if let section = quote.section { print("Section: " + Terminal.sanitise(section)) }
            if !quote.countries.isEmpty { print("Countries: " + quote.countries.joined(separator: ", ")) }
            print("")
            for paragraph in quote.paragraphs { print(Terminal.sanitise(paragraph)); print("") }
            let source = stored.metadata.sourcePath ?? stored.metadata.url ?? "source"
            print(style.dim("\(quote.id) · \(Terminal.sanitise(source)) lines \(quote.source.startLine)–\(quote.source.endLine)"))
        }
    }
}
