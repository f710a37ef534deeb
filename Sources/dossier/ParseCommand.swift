import ArgumentParser
import DossierCore
import Foundation

/// `dossier parse FILE [--json]`: import one article and print its structure.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse one article and print its outline (or the full structure with --json)."
    )

    @Argument(help: "A plain-text, Markdown or HTML article (a NAME.meta.json sidecar is read if present), or an http(s) URL.")
    var file: String

    @Option(help: "Seconds a URL fetch may stall before it fails.")
    var timeout: Double = SourceInput.defaultTimeout

    @Flag(help: "Print the structure as JSON (shape documented in the README).")
    var json = false

    @Flag(help: "List the countries the quotes are about, with counts per expert.")
    var countries = false

    @Flag(help: "Print every paragraph with the role it got and the evidence that decided it.")
    var explain = false

    @Flag(name: .customLong("page-text"), help: "Print the text quote positions refer to: for an HTML page, the main content Dossier extracts (Markdown dialect).")
    var pageText = false

    func run() throws {
        if pageText {
            let text = try CLI.run { try SourceInput.load(file, timeout: timeout).spanText() }
            FileHandle.standardOutput.write(text)
            return
        }
        if explain { return try runExplain() }
        let article = try CLI.run { try ArticleImporter(tagger: CLI.tagger).parse(SourceInput.load(file, timeout: timeout)) }
        if countries && json {
            try CLI.printJSON(CountryStats(article: article))
        } else if countries {
            print(CountryOutline.render(article), terminator: "")
        } else if json {
            try CLI.printJSON(article)
        } else {
            print(Outline.render(article), terminator: "")
        }
    }

    private func runExplain() throws {
        let explanation = try CLI.run {
            let source = try SourceInput.load(file, timeout: timeout)
            // The roles are explained on the page text of an HTML page (named .md: it is the Markdown dialect).
            let name = source.isHTML ? file + " (page text).md" : source.name
            return try ArticleImporter(tagger: CLI.tagger).explain(data: source.spanText(), fileName: name)
        }
        if json { return try CLI.printJSON(explanation) }
        print(ExplanationOutline.render(explanation), terminator: "")
    }
}
