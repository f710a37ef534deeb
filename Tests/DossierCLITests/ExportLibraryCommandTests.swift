import Foundation
import Testing

/// `dossier export` and `dossier verify` against a temporary library made by `dossier import` of the bundled article.
@Suite struct ExportLibraryCommandTests {
    static let formats = ["md", "txt", "json", "csl-json"]

    /// A folder holding a copy of the seed article (with its sidecar) imported into `lib.sqlite`.
    struct Setup {
        let directory: URL
        let article = "the-insider-russia-azerbaijan-armenia-experts.txt"
        var library: String { directory.appendingPathComponent("lib.sqlite").path }
        var articlePath: String { directory.appendingPathComponent(article).path }

        init() throws {
            directory = try ExportCommandTests.temporaryDirectory()
            let source = CLIRunner.packageRoot.appendingPathComponent("Data/articles")
            for name in [article, "the-insider-russia-azerbaijan-armenia-experts.meta.json"] {
                try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: directory.appendingPathComponent(name))
            }
            let imported = try run(["import", "--library", "lib.sqlite", article])
            #expect(imported.status == 0, "\(imported.stderr)")
        }

        /// Runs `dossier` in the folder with no library configured but the ones named on the command line.
        func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
            process.arguments = arguments
            process.currentDirectoryURL = directory
            var environment = ProcessInfo.processInfo.environment
            environment["DOSSIER_LIBRARY"] = nil
            environment["XDG_DATA_HOME"] = directory.appendingPathComponent("xdg").path
            process.environment = environment
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
        }

        /// The day `dossier import` stored the article (`YYYY-MM-DD`).
        func importDay() throws -> String {
            let listed = try run(["list", "articles", "--library", "lib.sqlite", "--json"])
            let rows = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]]
            return String((rows?.first?["importedAt"] as? String ?? "").prefix(10))
        }

        func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

        /// The ids of a json export (one object or an array).
        func exportedIDs(_ text: String) throws -> [String] {
            let value = try json(text)
            let records = (value as? [[String: Any]]) ?? [(value as? [String: Any]) ?? [:]]
            return records.compactMap { ($0["quote"] as? [String: Any])?["id"] as? String }
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    @Test func byIDEveryFormatEqualsTheFileExportAtTheImportDay() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let day = try setup.importDay()
        #expect(day.count == 10)
        let fromFile = try setup.run(["export", "--file", setup.article, "3", "--format", "json", "--accessed", day])
        let id = try #require(try setup.exportedIDs(fromFile.stdout).first)

        for format in Self.formats {
            let library = try setup.run(["export", "--library", "lib.sqlite", id, "--format", format])
            let file = try setup.run(["export", "--file", setup.article, id, "--format", format, "--accessed", day])
            #expect(library.status == 0, "\(format): \(library.stderr)")
            #expect(library.stderr.isEmpty, "\(format): \(library.stderr)")
            #expect(!library.stdout.isEmpty)
            #expect(library.stdout == file.stdout, "\(format)")
        }
        let record = try #require(try setup.json(try setup.run(["export", "--library", "lib.sqlite", id, "--format", "json"]).stdout)
                                  as? [String: Any])
        #expect(record["accessed"] as? String == day)
        #expect((record["article"] as? [String: Any])?["sourcePath"] as? String
                == URL(fileURLWithPath: setup.articlePath).standardizedFileURL.path)
        #expect((record["speaker"] as? [String: Any])?["name"] as? String != nil)
        #expect((record["target"] as? [String: Any])?["textQuote"] != nil)
    }

    @Test func queryExportsExactlyTheSearchHitsInRankOrder() throws {
        let setup = try Setup()
        defer { setup.remove() }
        for (query, limit) in [("erdogan", nil), ("russia -turkey", nil), ("country:TR", nil), ("azerbaijan", "4")] as [(String, String?)] {
            let limitArguments = limit.map { ["--limit", $0] } ?? []
            let search = try setup.run(["search", "--library", "lib.sqlite", "--json", "--limit", limit ?? "1000", query])
            let hits = try #require(try setup.json(search.stdout) as? [[String: Any]]).compactMap { $0["quoteID"] as? String }
            #expect(hits.count >= 2, "\(query)")
            let export = try setup.run(["export", "--library", "lib.sqlite", "--query", query, "--format", "json"] + limitArguments)
            #expect(export.status == 0, "\(query): \(export.stderr)")
            #expect(try setup.exportedIDs(export.stdout) == hits, "\(query)")
        }
        let none = try setup.run(["export", "--library", "lib.sqlite", "--query", "zzzunheardof"])
        #expect(none.status == 5)
        #expect(none.stderr == "dossier: query \"zzzunheardof\": no quote in the library matches\n")
        let bad = try setup.run(["export", "--library", "lib.sqlite", "--query", "\"unclosed"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("dossier: query: "))
    }

    @Test func outputFileIsWrittenAtomicallyAndReplacedOnlyWithForce() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let ids = try setup.exportedIDs(try setup.run(["export", "--file", setup.article, "1", "2", "--format", "json"]).stdout)
        #expect(ids.count == 2)
        let target = setup.directory.appendingPathComponent("quote.json")

        let first = try setup.run(["export", "--library", "lib.sqlite", ids[0], "--format", "json", "-o", "quote.json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "dossier: wrote quote.json\n")
        #expect(try setup.exportedIDs(try String(contentsOf: target, encoding: .utf8)) == [ids[0]])

        let refused = try setup.run(["export", "--library", "lib.sqlite", ids[1], "--format", "json", "-o", "quote.json"])
        #expect(refused.status == 4)
        #expect(refused.stderr.hasSuffix("quote.json already exists; use --force to overwrite it\n"))
        #expect(try setup.exportedIDs(try String(contentsOf: target, encoding: .utf8)) == [ids[0]])

        let forced = try setup.run(["export", "--library", "lib.sqlite", ids[1], "--format", "json", "-o", "quote.json", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try setup.exportedIDs(try String(contentsOf: target, encoding: .utf8)) == [ids[1]])
        // Written through a temporary file and a rename: nothing else is left in the folder.
        let names = try FileManager.default.contentsOfDirectory(atPath: setup.directory.path).filter { !$0.hasPrefix("lib.sqlite") }
        #expect(names.sorted() == [setup.article, "quote.json", "the-insider-russia-azerbaijan-armenia-experts.meta.json"].sorted())
    }

    @Test func unknownIDMissingLibraryAndConflictingSourcesAreClearErrors() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let unknown = try setup.run(["export", "--library", "lib.sqlite", "ffffffff-01"])
        #expect(unknown.status == 5)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.split(separator: "\n").count == 1)
        #expect(unknown.stderr.hasPrefix("dossier: quote ffffffff-01: not in the library lib.sqlite"))

        let missing = try setup.run(["export", "--library", "none/lib.sqlite", "ffffffff-01"])
        #expect(missing.status == 3)
        #expect(missing.stderr == "dossier: library none/lib.sqlite: does not exist yet (add articles with: dossier import PATH)\n")
        #expect(!FileManager.default.fileExists(atPath: setup.directory.appendingPathComponent("none").path))

        // No --library and no library at the default place: the same message, naming that place.
        let noDefault = try setup.run(["export", "ffffffff-01"])
        #expect(noDefault.status == 3)
        #expect(noDefault.stderr.contains("xdg/dossier/library.sqlite: does not exist yet"))

        let both = try setup.run(["export", "--library", "lib.sqlite", "--file", setup.article, "1"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("give --file or --library, not both"))
        let limitWithoutQuery = try setup.run(["export", "--library", "lib.sqlite", "--limit", "2", "ffffffff-01"])
        #expect(limitWithoutQuery.status != 0)
        #expect(limitWithoutQuery.stderr.contains("--limit goes with --query"))
    }

    @Test func verifyAgainstTheLibraryAndTheSource() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let id = try #require(try setup.exportedIDs(try setup.run(["export", "--file", setup.article, "1", "--format", "json"]).stdout).first)
        #expect(try setup.run(["export", "--library", "lib.sqlite", id, "--format", "json", "-o", "fresh.json"]).status == 0)
        #expect(try setup.run(["export", "--library", "lib.sqlite", id, "--format", "md", "-o", "fresh.md"]).status == 0)

        for name in ["fresh.json", "fresh.md"] {
            let fresh = try setup.run(["verify", "--library", "lib.sqlite", name])
            #expect(fresh.status == 0, "\(name): \(fresh.stdout)\(fresh.stderr)")
            let lines = fresh.stdout.split(separator: "\n")
            #expect(lines.count == 2)
            #expect(lines.first?.hasPrefix("identical: \(id) (") == true)
            #expect(lines.first?.hasSuffix("in " + URL(fileURLWithPath: setup.articlePath).standardizedFileURL.path) == true)
            #expect(lines.last?.hasSuffix("same words in the library lib.sqlite") == true)
        }

        // An edited record: the source still holds the exported bytes, the library's words differ.
        let original = try String(contentsOf: setup.directory.appendingPathComponent("fresh.json"), encoding: .utf8)
        let word = try #require(["increased", "Russia", "Azerbaijan"].first { original.contains($0) })
        try original.replacingOccurrences(of: word, with: "Xyzzy").write(to: setup.directory.appendingPathComponent("edited.json"),
                                                                       atomically: true, encoding: .utf8)
        let edited = try setup.run(["verify", "--library", "lib.sqlite", "edited.json"])
        #expect(edited.status == 1, "\(edited.stdout)")
        #expect(edited.stdout.contains("changed: \(id) ("))
        #expect(edited.stdout.contains("the words differ in the library lib.sqlite"))
        #expect(edited.stdout.contains("[-Xyzzy"))

        // Without a library at the default place and none named, only the source is checked.
        let sourceOnly = try setup.run(["verify", "fresh.json"])
        #expect(sourceOnly.status == 0)
        #expect(sourceOnly.stdout.split(separator: "\n").count == 1)
        #expect(!sourceOnly.stdout.contains("library"))

        // A named library that does not exist is an error, not a silent skip.
        let missing = try setup.run(["verify", "--library", "none.sqlite", "fresh.json"])
        #expect(missing.status == 3)
        #expect(missing.stderr == "dossier: library none.sqlite: does not exist yet (add articles with: dossier import PATH)\n")
    }

    @Test func verifyReportsASourceEditedAfterImportAndExportsNoStaleSelectors() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let id = try #require(try setup.exportedIDs(try setup.run(["export", "--file", setup.article, "1", "--format", "json"]).stdout).first)
        #expect(try setup.run(["export", "--library", "lib.sqlite", id, "--format", "md", "-o", "before.md"]).status == 0)

        let text = try String(contentsOfFile: setup.articlePath, encoding: .utf8)
        #expect(text.contains("has clearly increased"))
        try text.replacingOccurrences(of: "has clearly increased", with: "has sharply increased")
            .write(toFile: setup.articlePath, atomically: true, encoding: .utf8)

        let changed = try setup.run(["verify", "--library", "lib.sqlite", "before.md"])
        #expect(changed.status == 1)
        #expect(changed.stdout.hasPrefix("changed: \(id) ("))
        #expect(changed.stdout.contains("[-clearly-] {+sharply+}"))
        #expect(changed.stdout.contains("same words in the library lib.sqlite"))

        // Exporting now still gives the library's words, but no selectors into the edited file.
        let after = try setup.run(["export", "--library", "lib.sqlite", id, "--format", "json"])
        #expect(after.status == 0)
        #expect(after.stderr.contains("changed since it was imported; quote \(id) is no longer in it, exported without selectors"))
        let record = try #require(try setup.json(after.stdout) as? [String: Any])
        #expect(record["target"] == nil)
        let words = (record["quote"] as? [String: Any])?["text"] as? String ?? ""
        #expect(words.contains("has clearly increased"))

        // Removing the source: the quote is checked against the library's kept copy of it.
        try FileManager.default.removeItem(atPath: setup.articlePath)
        let gone = try setup.run(["verify", "--library", "lib.sqlite", "before.md"])
        #expect(gone.status == 0, "\(gone.stdout)\(gone.stderr)")
        #expect(gone.stdout.hasPrefix("identical: \(id) (") && gone.stdout.contains("in the library's copy of"))
    }

    @Test func selectorsFollowTheQuoteWhenTextBeforeItChanged() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let before = try setup.run(["export", "--library", "lib.sqlite", "--query", "expert:mikaelian", "--limit", "1", "--format", "json"])
        let old = try #require(try setup.json(before.stdout) as? [String: Any])
        let id = try #require((old["quote"] as? [String: Any])?["id"] as? String)
        let oldStart = try #require((old["location"] as? [String: Any]).flatMap { $0["bytes"] as? [String: Int] }?["start"])

        // The lede gains 8 bytes; the quotes (and so the fingerprint) stay the same.
        let text = try String(contentsOfFile: setup.articlePath, encoding: .utf8)
        #expect(text.contains("In recent weeks,"))
        try text.replacingOccurrences(of: "In recent weeks,", with: "In the recent few weeks,")
            .write(toFile: setup.articlePath, atomically: true, encoding: .utf8)

        let after = try setup.run(["export", "--library", "lib.sqlite", id, "--format", "json"])
        #expect(after.status == 0)
        #expect(after.stderr.isEmpty, "\(after.stderr)")
        let record = try #require(try setup.json(after.stdout) as? [String: Any])
        let bytes = try #require((record["location"] as? [String: Any]).flatMap { $0["bytes"] as? [String: Int] })
        let position = try #require((record["target"] as? [String: Any]).flatMap { $0["textPosition"] as? [String: Any] })
        #expect(bytes["start"] == oldStart + 8)
        #expect(position["start"] as? Int == oldStart + 8)
        #expect(record["quote"] as? [String: AnyHashable] == old["quote"] as? [String: AnyHashable])
        try after.stdout.write(to: setup.directory.appendingPathComponent("after.json"), atomically: true, encoding: .utf8)
        let verified = try setup.run(["verify", "--library", "lib.sqlite", "after.json"])
        #expect(verified.status == 0)
        #expect(verified.stdout.hasPrefix("identical: \(id) (Grant Mikaelian): at bytes \(oldStart + 8)–"))
    }

    @Test func verifyNamesAnEditedSpeakerCredentialsOrSectionAndExitsOne() throws {
        let setup = try Setup()
        defer { setup.remove() }
        #expect(try setup.run(["export", "--library", "lib.sqlite", "b22ca693-01", "-o", "q.md"]).status == 0)
        #expect(try setup.run(["export", "--library", "lib.sqlite", "b22ca693-01", "--format", "json", "-o", "q.json"]).status == 0)
        let markdown = try String(contentsOf: setup.directory.appendingPathComponent("q.md"), encoding: .utf8)
        let edits: [(old: String, new: String, expected: String)] = [
            ("— Grant Mikaelian", "— Jane Doe", #"changed: b22ca693-01 (Grant Mikaelian): speaker "Grant Mikaelian" → "Jane Doe" in edited.md"#),
            ("Senior Research Fellow", "Director",
             #"changed: b22ca693-01 (Grant Mikaelian): credentials "Political Scientist, Economist, Senior Research Fellow at the Caucasus Institute (Yerevan)" → "Political Scientist, Economist, Director at the Caucasus Institute (Yerevan)" in edited.md"#),
            ("§ The Likelihood of Invasion", "§ Role of Russia",
             #"changed: b22ca693-01 (Grant Mikaelian): section "The Likelihood of Invasion" → "Role of Russia" in edited.md"#),
        ]
        for edit in edits {
            // Only the visible attribution line is edited; the record in the trailer stays as exported.
            let edited = markdown.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("— ") ? $0.replacingOccurrences(of: edit.old, with: edit.new) : String($0) }
                .joined(separator: "\n")
            try edited.write(to: setup.directory.appendingPathComponent("edited.md"), atomically: true, encoding: .utf8)
            let result = try setup.run(["verify", "--library", "lib.sqlite", "edited.md"])
            #expect(result.status == 1, "\(edit.new): \(result.stdout)")
            #expect(result.stdout.split(separator: "\n").first.map(String.init) == edit.expected)
        }

        // An edited record (json) is checked against the library, and without it against the source file.
        let json = try String(contentsOf: setup.directory.appendingPathComponent("q.json"), encoding: .utf8)
        try json.replacingOccurrences(of: #""name" : "Grant Mikaelian""#, with: #""name" : "Jane Doe""#)
            .write(to: setup.directory.appendingPathComponent("edited.json"), atomically: true, encoding: .utf8)
        let library = try setup.run(["verify", "--library", "lib.sqlite", "edited.json"])
        #expect(library.status == 1)
        #expect(library.stdout.contains(#"changed: b22ca693-01 (Jane Doe): speaker "Jane Doe" → "Grant Mikaelian" in the library lib.sqlite"#))
        let source = try setup.run(["verify", "edited.json"])
        #expect(source.status == 1)
        #expect(source.stdout.contains(#"changed: b22ca693-01 (Jane Doe): speaker "Jane Doe" → "Grant Mikaelian" in /"#))
    }
}
