import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier collection export NAME`: every quote of a collection in one go.
struct CollectionExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a collection's quotes: Markdown with one CSL-JSON bibliography, JSON, or CSL-JSON.",
        discussion: """
            md: a document of blockquotes with full attribution; its bibliography goes beside -o FILE.md \
            (FILE.csl.json) or to --bibliography PATH, and the document's header names it for pandoc --citeproc. \
            json: the collection with every quote's record (and the members that are gone). csl-json: the \
            bibliography alone. dossier verify accepts all three. Members whose quote is gone are reported on stderr.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, json, cslJSON = "csl-json"
    }

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Collection name.")
    var name: String

    @Option(help: "md (default), json or csl-json.")
    var format: Format = .md

    @Option(name: .shortAndLong, help: "Output file, or a directory for the default name; stdout when absent.")
    var output: String?

    @Option(help: "With md: where to write the CSL-JSON bibliography (default: beside -o FILE).")
    var bibliography: String?

    @Flag(help: "Overwrite existing output files.")
    var force = false

    func validate() throws {
        if bibliography != nil && format != .md { throw ValidationError("--bibliography goes with --format md") }
    }

    func run() throws {
        try CLI.run {
            let library = try self.library.openForReading()
            let collection = try library.existingCollection(named: name)
            let lookup = LibraryQuoteLookup(library: library, accessed: nil, limit: nil)
            let found = try lookup.quotes(references: collection.members)
            let missing = zip(collection.members, found).filter { $0.1 == nil }.map(\.0)
            let records = found.compactMap { $0?.record }
            if !missing.isEmpty {
                let list = missing.map(\.description).joined(separator: ", ")
                FileHandle.standardError.write(Data(Terminal.sanitise(
                    "dossier: collection \"\(collection.name)\": \(missing.count) member(s) no longer in the library, left out: \(list)\n").utf8))
            }
            if records.isEmpty { throw DossierError("collection \"\(collection.name)\": no quote to export", code: .notFound) }
            let exportFormat: ExportFormat = switch format {
            case .md: .markdown
            case .json: .json
            case .cslJSON: .cslJSON
            }
            let out = SetOutput(format: exportFormat, output: output, bibliography: bibliography, force: force,
                                defaultName: ExportNaming.slugWords(collection.name).joined(separator: "-").nonEmpty ?? "collection")
            try out.write(records: records) { bibliography in
                switch format {
                case .md: return try SetMarkdown.collection(collection, records: records, missing: missing, bibliography: bibliography)
                case .json: return try RecordJSON.pretty(CollectionJSON(collection: collection, records: records, missing: missing)) + "\n"
                case .cslJSON: return try QuoteRenderer.render(records, as: .cslJSON)
                }
            }
        }
    }
}

extension String {
    /// Nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
