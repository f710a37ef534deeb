import ArgumentParser
import DossierCore
import DossierLibrary
import Foundation

/// `dossier expert NAME`: one expert's profile across the library.
struct ExpertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expert",
        abstract: "One expert's quotes across the library, affiliations over time, countries and co-experts.",
        discussion: """
            NAME is an expert id (grant-mikaelian), a name (case and accents ignored), or a part of one \
            name that no other expert's contains. Quotes are in article date order (undated last). \
            --format md writes a Markdown dossier with a CSL-JSON bibliography: beside the file with -o \
            (dossier.md → dossier.csl.json), or at --bibliography PATH; pandoc --citeproc reads both.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, json }

    @OptionGroup var library: LibraryOptions

    @Argument(help: "Expert id, name, or a unique part of a name.")
    var name: String

    @Flag(help: "Print JSON (same as --format json).")
    var json = false

    @Option(help: "text (default), md or json.")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Write to this file (or directory) instead of stdout.")
    var output: String?

    @Option(help: "With --format md: where to write the CSL-JSON bibliography (default: beside -o FILE).")
    var bibliography: String?

    @Flag(help: "Overwrite existing output files.")
    var force = false

    func validate() throws {
        if json && format != .text && format != .json { throw ValidationError("give --json or --format, not both") }
        if bibliography != nil && format != .md { throw ValidationError("--bibliography goes with --format md") }
    }

    func run() throws {
        try CLI.run {
            let library = try self.library.openForReading()
            let expert = try Self.resolve(name, in: library)
            guard let dossier = try library.expertDossier(expertID: expert.id) else {
                throw DossierError("expert \(expert.name) (\(expert.id)): no article in the library \(library.path) lists them", code: .notFound)
            }
            let format = json ? .json : self.format
            switch format {
            case .json:
                try emit(RecordJSON.pretty(dossier) + "\n")
            case .text:
                try emit(DossierOutline.expert(dossier))
            case .md:
                let lookup = LibraryQuoteLookup(library: library, accessed: nil, limit: nil)
                let references = dossier.quotes.map { QuoteReference(fingerprint: $0.article.fingerprint, quoteID: $0.quote.id) }
                let records = try lookup.quotes(references: references).compactMap { $0?.record }
                let out = SetOutput(format: .markdown, output: output, bibliography: bibliography, force: force,
                                    defaultName: ExportNaming.slugWords(dossier.expert.name).joined(separator: "-") + "-dossier")
                try out.write(records: records) { try SetMarkdown.expert(dossier, records: records, bibliography: $0) }
            }
        }
    }

    /// Text and JSON go to stdout, or to `--output` like an export.
    private func emit(_ text: String) throws {
        guard let output else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        try ExportFiles.write([ExportFiles.File(path: output, text: text)], force: force)
    }

    /// The expert `text` names; unknown is `.notFound`, ambiguous lists the candidates.
    static func resolve(_ text: String, in library: Library) throws -> ExpertMatching.Candidate {
        switch try library.resolveExpert(text) {
        case .found(let expert):
            return expert
        case .notFound:
            throw DossierError("expert \"\(text)\": no such expert in the library \(library.path) (dossier list experts shows them)", code: .notFound)
        case .ambiguous(let candidates):
            let shown = candidates.prefix(10).map { "\($0.name) (\($0.id))" }.joined(separator: "; ")
            let more = candidates.count > 10 ? "; and \(candidates.count - 10) more" : ""
            throw DossierError("expert \"\(text)\": \(candidates.count) experts match: \(shown)\(more); give an id or a fuller name")
        }
    }
}
