import Foundation
import Testing

/// `dossier collection`: built by a script, exported in one go, read back by `verify` and pandoc.
@Suite struct CollectionCommandTests {
    @Test func aScriptBuildsShowsAndExportsACollection() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        let add = try library.run(["collection", "add", "Piece on Armenia", "b22ca693-02", "f6b239f9-01", "b22ca693-02"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "Piece on Armenia: 2 added, 2 quote(s)\n")
        #expect(try library.run(["collection", "add", "piece on armenia", "b22ca693bf70c005-7"]).status == 0)
        let list = try library.run(["collection", "list", "--json"])
        let summaries = try #require(try library.json(list.stdout) as? [[String: Any]])
        #expect(summaries.map { $0["name"] as? String } == ["Piece on Armenia"])
        #expect(summaries.first?["count"] as? Int == 3)

        let show = try library.run(["collection", "show", "Piece on Armenia", "--json"])
        let members = try #require(try library.json(show.stdout) as? [[String: Any]])
        #expect(members.map { $0["reference"] as? String } == ["b22ca693bf70c005-02", "f6b239f980e87115-01", "b22ca693bf70c005-07"])
        #expect(members.map { $0["missing"] as? Bool } == [false, false, false])

        // Re-reading every article keeps the members (ids are kept where the words are unchanged).
        let reparse = try library.run(["reparse"])
        #expect(reparse.status == 0, "\(reparse.stdout)\(reparse.stderr)")
        let afterReparse = try #require(try library.json(try library.run(["collection", "show", "Piece on Armenia", "--json"]).stdout) as? [[String: Any]])
        #expect(afterReparse.map { $0["missing"] as? Bool } == [false, false, false])

        let remove = try library.run(["collection", "remove", "Piece on Armenia", "b22ca693-07"])
        #expect(remove.stdout == "Piece on Armenia: 1 removed, 2 quote(s)\n")

        let export = try library.run(["collection", "export", "Piece on Armenia", "-o", "piece.md"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr == "dossier: wrote piece.md and piece.csl.json\n")
        let csl = try #require(try library.json(try String(contentsOf: library.directory.appendingPathComponent("piece.csl.json"), encoding: .utf8))
                               as? [[String: Any]])
        #expect(csl.count == 2)
        for format in ["json", "csl-json"] {
            let other = try library.run(["collection", "export", "Piece on Armenia", "--format", format, "-o", "piece.\(format)"])
            #expect(other.status == 0, "\(other.stderr)")
        }
        for file in ["piece.md", "piece.json", "piece.csl-json"] {
            let verify = try library.run(["verify", file])
            #expect(verify.status == 0, "\(file): \(verify.stdout)\(verify.stderr)")
            #expect(verify.stdout.contains("identical: b22ca693-02 (Nerses Kopalyan)"), "\(file)")
            #expect(verify.stdout.contains("identical: f6b239f9-01 (Nerses Kopalyan)"), "\(file)")
        }
        let json = try #require(try library.json(try String(contentsOf: library.directory.appendingPathComponent("piece.json"), encoding: .utf8))
                                as? [String: Any])
        #expect(json["schema"] as? String == "dossier-collection/1")
        #expect((json["quotes"] as? [Any])?.count == 2)

        let pandoc = try #require(try library.tool("pandoc", ["--citeproc", "-f", "markdown-smart", "-t", "plain", "--wrap=none", "piece.md"]))
        #expect(pandoc.status == 0, "\(pandoc.output)")
        #expect(pandoc.output.contains("(Kopalyan 2024, para. 6)"), "\(pandoc.output)")
        #expect(pandoc.output.contains("(Kopalyan 2025, para. 2)"), "\(pandoc.output)")
        // One bibliography entry per expert and article (the second under the style's repeated-author dash).
        #expect(pandoc.output.contains("Kopalyan, Nerses. 2024. Russia pushes Azerbaijan"), "\(pandoc.output)")
        #expect(pandoc.output.contains("2025. Belgrade plays for time, experts say. Example Review."), "\(pandoc.output)")

        try #require(try library.run(["collection", "rename", "Piece on Armenia", "Final"]).status == 0)
        #expect(try library.run(["collection", "delete", "final"]).status == 0)
        #expect(try library.run(["collection", "list"]).stdout.hasPrefix("no collections"))
    }

    @Test func errorsAreOneLineWithTheirExitCodes() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        for arguments in [["collection", "show", "Nope"], ["collection", "export", "Nope"], ["collection", "delete", "Nope"],
                          ["collection", "remove", "Nope", "b22ca693-02"]] {
            let result = try library.run(arguments)
            #expect(result.status == 5, "\(arguments)")
            #expect(result.stderr.hasPrefix("dossier: collection \"Nope\": no such collection in the library "), "\(arguments)")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(arguments)")
        }
        let unknownQuote = try library.run(["collection", "add", "Piece", "b22ca693-99"])
        #expect(unknownQuote.status == 5)
        #expect(unknownQuote.stderr.hasPrefix("dossier: quote b22ca693-99: not in the library"))
        #expect(try library.run(["collection", "list"]).stdout.hasPrefix("no collections"), "a failed add creates nothing")
        let badID = try library.run(["collection", "add", "Piece", "b22ca693-02", "oops"])
        #expect(badID.status == 1)
        #expect(badID.stderr == "dossier: quote oops: not a quote id (ids look like 9c941c53-07, or 9c941c53d8712548-07)\n")

        #expect(try library.run(["collection", "add", "Piece", "b22ca693-02"]).status == 0)
        let unwritable = try library.run(["collection", "export", "Piece", "-o", "missing-folder/piece.md"])
        #expect(unwritable.status == 4)
        #expect(unwritable.stderr.hasPrefix("dossier: cannot write missing-folder/piece.md: directory "))
        #expect(unwritable.stderr.hasSuffix("/missing-folder does not exist\n"))
        #expect(unwritable.stderr.filter { $0 == "\n" }.count == 1)
        let notMember = try library.run(["collection", "remove", "Piece", "f6b239f9-01"])
        #expect(notMember.status == 5)
        #expect(notMember.stderr == "dossier: collection \"Piece\": quote f6b239f9-01 is not a member\n")
    }

    @Test func aMemberWhoseQuoteIsGoneIsReportedNotDropped() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        #expect(try library.run(["collection", "add", "Piece", "b22ca693-02", "f6b239f9-01"]).status == 0)
        // Stand in for a quote that a later reparse no longer finds (sqlite3 is not required by make test).
        guard let edit = try library.tool("sqlite3", ["lib.sqlite", "UPDATE collection_member SET quote_id = 'f6b239f9-09' WHERE quote_id = 'f6b239f9-01'"]) else { return }
        #expect(edit.status == 0, "\(edit.output)")
        let show = try library.run(["collection", "show", "Piece"])
        #expect(show.stdout.contains("2. f6b239f980e87115-09  missing: no longer in the library"), "\(show.stdout)")
        #expect(show.stdout.hasPrefix("Piece: 2 quote(s), 1 no longer in the library"))
        let export = try library.run(["collection", "export", "Piece", "--format", "json"])
        #expect(export.status == 0)
        #expect(export.stderr == "dossier: collection \"Piece\": 1 member(s) no longer in the library, left out: f6b239f980e87115-09\n")
        let json = try #require(try library.json(export.stdout) as? [String: Any])
        #expect(json["missing"] as? [String] == ["f6b239f980e87115-09"])
        #expect((json["quotes"] as? [Any])?.count == 1)
        #expect(try library.run(["collection", "remove", "Piece", "f6b239f9-09"]).stdout == "Piece: 1 removed, 1 quote(s)\n")
    }
}
