import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier export`: one or more quotes with full attribution as md, txt, json or csl-json.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export quotes with attribution (md, txt, json, csl-json) to stdout or a file.",
        discussion: """
            Quotes come from the library, by id (9c941c53-07, or 9c941c53d8712548-07 when two articles share \
            the first 8 digits) or as the hits of --query (the query language of dossier search, same ranking). \
            With --file ARTICLE they come from that file instead, by id or ordinal (7). See docs/export.md.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: ArgumentHelp("Quote ids as dossier search prints them (ordinals too with --file).", valueName: "quote-id"))
    var quoteIDs: [String] = []

    @Option(name: .long, help: "Take the quotes from this article file instead of the library (parsed like `dossier parse`).")
    var file: String?

    @Option(name: .long, help: "Export every hit of this query (as `dossier search` finds and ranks them).")
    var query: String?

    @Option(help: "With --query: export only the best N hits (like `dossier search --limit N`).")
    var limit: Int?

    @Option(name: .long, help: "md, txt, json or csl-json.")
    var format: ExportFormat = .markdown

    @Option(name: .shortAndLong, help: "Output file, or a directory to use the default name; stdout when absent.")
    var output: String?

    @Flag(help: "Overwrite existing output files.")
    var force = false

    @Option(help: "Accessed date (YYYY-MM-DD) to record instead of the import day (today with --file).")
    var accessed: String?

    @Flag(help: "Leave out the machine-readable dossier-quote line of md and txt (verify then cannot read it).")
    var noTrailer = false

    func validate() throws {
        if quoteIDs.isEmpty && query == nil { throw ValidationError("give quote ids or --query") }
        if !quoteIDs.isEmpty && query != nil { throw ValidationError("give quote ids or --query, not both") }
        if file != nil && library.path != nil { throw ValidationError("give --file or --library, not both") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if limit != nil && query == nil { throw ValidationError("--limit goes with --query") }
        if let accessed, CitationDate(iso: accessed)?.parts.count != 3 {
            throw ValidationError("--accessed must be a date like 2025-01-31")
        }
    }

    func run() throws {
        try CLI.run {
            let lookup = try makeLookup()
            let found = try query.map(lookup.quotes(matching:)) ?? lookup.quotes(ids: quoteIDs)
            let records = found.map(\.record)
            if let output {
                let paths = try ExportOutput.write(records, format: format, to: output, force: force, trailer: !noTrailer)
                FileHandle.standardError.write(Data("dossier: wrote \(paths.joined(separator: " and "))\n".utf8))
            } else {
                FileHandle.standardOutput.write(Data(try QuoteRenderer.render(records, as: format, trailer: !noTrailer).utf8))
            }
        }
    }

    /// The article file given with `--file`, else the library.
    private func makeLookup() throws -> any QuoteLookup {
        if let file { return try ArticleFileLookup(path: file, accessed: accessed, limit: limit, tagger: CLI.tagger) }
        return LibraryQuoteLookup(library: try library.openForReading(), accessed: accessed, limit: limit)
    }
}

extension ExportFormat: ExpressibleByArgument {}
