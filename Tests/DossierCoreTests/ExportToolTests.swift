import Foundation
import Testing
@testable import DossierCore

/// Exports read by outside tools: pandoc's citeproc and Python's jsonschema.
@Suite struct ExportToolTests {
    /// Runs an executable found on PATH; returns status and stdout+stderr.
    static func run(_ tool: String, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func pandocCiteprocRendersTheQuoteWithItsBibliography() throws {
        let directory = try ExportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let seed = try ExportFixtures.seed()
        let records = try ["9c941c53-01", "9c941c53-09"].map { try ExportFixtures.record(seed, quoteID: $0) }
        try QuoteRenderer.render(records, as: .markdown).write(to: directory.appendingPathComponent("q.md"), atomically: true, encoding: .utf8)
        try QuoteRenderer.render(records, as: .cslJSON).write(to: directory.appendingPathComponent("q.csl.json"), atomically: true, encoding: .utf8)
        let result = try Self.run("pandoc", ["--citeproc", "--bibliography", "q.csl.json", "-f", "markdown-smart", "-t", "plain", "--wrap=none", "q.md"], in: directory)
        #expect(result.status == 0, "pandoc failed: \(result.output)")
        #expect(result.output.contains("The Insider"))
        // The expert is the author and the article's date is the year: in the text and the bibliography.
        #expect(result.output.contains("(Mikaelian 2024, paras. 3–5)"), "\(result.output)")
        #expect(result.output.contains("(Yunusov 2024, paras. 11–15)"), "\(result.output)")
        #expect(result.output.contains("Mikaelian, Grant. 2024."), "\(result.output)")
        #expect(!result.output.contains("n.d."))
        // The default Chicago style title-cases English titles.
        #expect(result.output.lowercased().contains("russia pushes azerbaijan to attack armenia"))
        #expect(result.output.contains("paras. 3–5"))
        #expect(result.output.contains("https://theins.ru/en/news/269956"))
        // Escaped editorial brackets and `<` come out as printed.
        #expect(result.output.contains("military actions <[n Nagorno-Karabakh] without"))
        #expect(!result.output.contains("dossier-quote"))
    }

    @Test func jsonExportsValidateAgainstTheDocumentedSchema() throws {
        let directory = try ExportFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var files: [String] = []
        for (name, record) in try ExportFixtures.goldenRecords() {
            try QuoteRenderer.render([record], as: .json).write(to: directory.appendingPathComponent("\(name).json"), atomically: true, encoding: .utf8)
            files.append("\(name).json")
        }
        let seed = try ExportFixtures.seed()
        let several = try seed.quotes.map { try ExportFixtures.record(seed, quoteID: $0.id) }
        try QuoteRenderer.render(several, as: .json).write(to: directory.appendingPathComponent("several.json"), atomically: true, encoding: .utf8)
        try QuoteRenderer.render(several, as: .cslJSON).write(to: directory.appendingPathComponent("several.csl.json"), atomically: true, encoding: .utf8)
        var broken = several[0]
        broken.quote.countries = ["armenia"]
        try QuoteRenderer.render([broken], as: .json).write(to: directory.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        def check(name, value):
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(value))
            print(name, "invalid" if errors else "valid")
        for name in sys.argv[2:]:
            data = json.load(open(name))
            check(name, [r for item in data for r in item["custom"]["dossier-quotes"]] if name.endswith(".csl.json") else data)
        """
        let schema = ExportFixtures.repoRoot.appendingPathComponent("docs/quote-export.schema.json").path
        let result = try Self.run("python3", ["-c", script, schema] + files + ["several.json", "several.csl.json", "broken.json"], in: directory)
        #expect(result.status == 0, "python3 with jsonschema is needed (scripts/ensure-deps.sh test): \(result.output)")
        for name in files + ["several.json", "several.csl.json"] {
            #expect(result.output.contains("\(name) valid\n"), "\(result.output)")
        }
        #expect(result.output.contains("broken.json invalid"))
    }
}
