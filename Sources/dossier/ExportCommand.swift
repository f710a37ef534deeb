import ArgumentParser
import DossierCore
import Foundation

/// `dossier export`: one or more quotes with full attribution as md, txt, json or csl-json.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export quotes with attribution (md, txt, json, csl-json) to stdout or a file.",
        discussion: "Quotes are looked up in the article given with --file, by id (b22ca693-07) or ordinal (7). See docs/export.md."
    )

    @Argument(help: "Quote ids or ordinals.")
    var quoteIDs: [String] = []

    @Option(name: .long, help: "Article file to take the quotes from (parsed like `dossier parse`).")
    var file: String?

    @Option(name: .long, help: "Export every quote whose text or speaker contains this text.")
    var query: String?

    @Option(name: .long, help: "md, txt, json or csl-json.")
    var format: ExportFormat = .markdown

    @Option(name: .shortAndLong, help: "Output file, or a directory to use the default name; stdout when absent.")
    var output: String?

    @Flag(help: "Overwrite existing output files.")
    var force = false

    @Option(help: "Accessed date (YYYY-MM-DD) to record instead of today, the import day.")
    var accessed: String?

    @Flag(help: "Leave out the machine-readable dossier-quote line of md and txt (verify then cannot read it).")
    var noTrailer = false

    func validate() throws {
        if quoteIDs.isEmpty && query == nil { throw ValidationError("give quote ids or --query") }
        if !quoteIDs.isEmpty && query != nil { throw ValidationError("give quote ids or --query, not both") }
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

    /// The article file now; the library's lookup slots in here when it lands.
    private func makeLookup() throws -> any QuoteLookup {
        guard let file else {
            throw DossierError("export: give --file ARTICLE (looking quotes up in the library is not available yet)", code: .badInput)
        }
        return try ArticleFileLookup(path: file, accessed: accessed, tagger: CLI.tagger)
    }
}

extension ExportFormat: ExpressibleByArgument {}
