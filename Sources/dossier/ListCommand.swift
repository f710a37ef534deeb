import ArgumentParser
import DossierCore
import DossierLibrary

/// `dossier list articles|experts|sections|countries`: what the library holds, with counts.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the library's articles, experts, sections or countries with counts."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case articles, experts, sections, countries
    }

    @OptionGroup var library: LibraryOptions

    @Argument(help: "What to list: articles, experts, sections or countries.")
    var kind: Kind

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let library = try CLI.run { try self.library.openForReading() }
        if kind == .articles {
            let articles = try CLI.run { try library.articles() }
            if json { return try CLI.printJSON(articles) }
            for article in articles {
                let date = article.date ?? "----------"
                print(Terminal.sanitise("\(article.fingerprint.prefix(8))  \(date)  \(article.quotes) quotes  \(article.experts) experts  \(article.title)"))
            }
            return
        }
        let rows = try CLI.run {
            switch kind {
            case .experts: return try library.experts()
            case .sections: return try library.sections()
            case .countries, .articles: return try library.countries()
            }
        }
        if json { return try CLI.printJSON(rows) }
        for row in rows {
            let label: String
            switch kind {
            case .experts: label = "\(row.name) (\(row.key))"
            case .countries: label = "\(row.key) \(Gazetteer.name(for: row.key) ?? "")"
            case .sections, .articles: label = row.name
            }
            print(Terminal.sanitise("\(row.quotes) quotes  \(row.articles) articles  \(label)"))
        }
    }
}
