import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier search QUERY`: ranked quotes from the library.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the library's quotes.",
        discussion: """
            Words must all match (any case, any accents); "exact phrase", prefix*, a OR b, -excluded,
            and filters expert:NAME country:CODE section:"heading words" article:TITLE-WORDS.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: "Most hits to show.")
    var limit = 20

    @Option(help: "Order: relevance (bm25, the default), newest or oldest (by article date; undated articles count as oldest).")
    var sort: SearchOrder = .relevance

    @Flag(help: "Print the hits as JSON.")
    var json = false

    @Argument(parsing: .allUnrecognized, help: "The query (words; quote it to keep phrases and -exclusions together).")
    var query: [String] = []

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let hits = try CLI.run {
            let parsed = try Query.parse(query.joined(separator: " "), countries: CLI.countryNames)
            let opened = try library.openForReading()
            let hits = try opened.search(parsed, limit: limit, order: sort)
            if sort == .relevance, parsed.root.mentionsWords, let note = try opened.acceleratorStatus().message {
                FileHandle.standardError.write(Data("dossier: \(note)\n".utf8))
            }
            return hits
        }
        if json { return try CLI.printJSON(hits) }
        let style = TerminalStyle.forStandardOutput()
        if hits.isEmpty { print("no matches") }
        for hit in hits {
            let snippet = hit.snippet.map { $0.match ? style.highlight($0.text) : Terminal.sanitise($0.text) }.joined()
                .replacingOccurrences(of: "\n\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            print("\(style.bold(hit.quoteID))  \(style.bold(hit.expertName))"
                  + (hit.section.map { " · " + Terminal.sanitise($0) } ?? ""))
            print("  " + style.dim(hit.articleTitle))
            print("  " + snippet)
            print("")
        }
    }
}

extension SearchOrder: ExpressibleByArgument {}

private extension QueryNode {
    /// Whether the query ranks by words (a filter-only query never uses the accelerator).
    var mentionsWords: Bool {
        switch self {
        case .phrase: return true
        case .field: return false
        case .not: return false
        case .and(let children), .or(let children): return children.contains { $0.mentionsWords }
        }
    }
}
