import Foundation
import Testing

/// `dossier expert` on a library where Nerses Kopalyan speaks in 2024 and again in 2025.
@Suite struct ExpertCommandTests {
    @Test func jsonHasEveryQuoteInDateOrderAndBothAffiliations() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        let result = try library.run(["expert", "Kopalyan", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let dossier = try #require(try library.json(result.stdout) as? [String: Any])
        let expert = dossier["expert"] as? [String: Any]
        #expect(expert?["id"] as? String == "nerses-kopalyan")
        #expect(expert?["credentials"] as? String == "Visiting fellow at the Belgrade Centre for Security Policy")
        let quotes = try #require(dossier["quotes"] as? [[String: Any]])
        #expect(quotes.map { ($0["quote"] as? [String: Any])?["id"] as? String } == ["b22ca693-02", "b22ca693-07", "b22ca693-10", "b22ca693-12", "b22ca693-17", "f6b239f9-01"])
        let last = quotes.last?["article"] as? [String: Any]
        #expect(last?["title"] as? String == "Belgrade plays for time, experts say")
        #expect(last?["publication"] as? String == "Example Review")
        #expect(last?["date"] as? String == "2025-05-02")
        #expect(last?["url"] as? String == "https://example.org/belgrade")
        #expect((quotes.first?["quote"] as? [String: Any])?["section"] as? String == "The Likelihood of Invasion")
        let credentials = try #require(dossier["credentials"] as? [[String: Any]])
        #expect(credentials.map { $0["from"] as? String } == ["2024", "2025-05-02"])
        #expect(credentials.map { $0["credentials"] as? String } == [
            "Ph.D., Associate Professor of Political Science at the University of Nevada (USA)",
            "Visiting fellow at the Belgrade Centre for Security Policy"])
        let countries = try #require(dossier["countries"] as? [[String: Any]])
        #expect(countries.prefix(3).map { "\($0["code"] ?? "") \($0["count"] ?? "")" } == ["AM 6", "AZ 5", "RU 4"])
        let others = try #require(dossier["coExperts"] as? [[String: Any]])
        #expect(others.map { $0["name"] as? String } == ["Andrey Areshev", "Arif Yunusov", "Grant Mikaelian", "Milena Stanković", "Rauf Mirgadirov"])
        #expect(dossier["articleCount"] as? Int == 2)
    }

    @Test func textShowsTheAffiliationsWithTheirDates() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        let result = try library.run(["expert", "NERSES KOPALYAN"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Nerses Kopalyan (nerses-kopalyan)")
        #expect(lines.contains("  2024                            Ph.D., Associate Professor of Political Science at the University of Nevada (USA)"))
        #expect(lines.contains("  2025-05-02                      Visiting fellow at the Belgrade Centre for Security Policy"))
        #expect(lines.contains("  1  Milena Stanković"))
        #expect(lines.contains("Belgrade plays for time, experts say — Example Review, 2025-05-02"))
    }

    @Test func unknownAndAmbiguousNamesAreOneLineErrors() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        let unknown = try library.run(["expert", "Nobody Atall"])
        #expect(unknown.status == 5)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.hasPrefix("dossier: expert \"Nobody Atall\": no such expert in the library"))
        #expect(unknown.stderr.filter { $0 == "\n" }.count == 1)
        let ambiguous = try library.run(["expert", "mi"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.hasPrefix("dossier: expert \"mi\": "))
        #expect(ambiguous.stderr.contains("Grant Mikaelian (grant-mikaelian)"))
        #expect(ambiguous.stderr.contains("Milena Stanković (milena-stankovic)"))
        #expect(ambiguous.stderr.filter { $0 == "\n" }.count == 1)
        let accents = try library.run(["expert", "milena stankovic", "--json"])
        #expect(accents.status == 0, "\(accents.stderr)")
    }

    @Test func markdownDossierComesWithABibliographyPandocReadsAndVerifyAccepts() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        let result = try library.run(["expert", "nerses-kopalyan", "--format", "md", "-o", "kopalyan.md"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "dossier: wrote kopalyan.md and kopalyan.csl.json\n")
        let markdown = try String(contentsOf: library.directory.appendingPathComponent("kopalyan.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("---\ntitle: \"Dossier: Nerses Kopalyan\"\nbibliography: \"kopalyan.csl.json\"\n---\n"))
        #expect(markdown.contains("## Affiliations\n\n- Ph.D., Associate Professor of Political Science at the University of Nevada (USA) (2024)\n"
                                  + "- Visiting fellow at the Belgrade Centre for Security Policy (2025-05-02)\n"))
        #expect(markdown.components(separatedBy: "\n> ").count - 1 >= 6)
        let csl = try #require(try library.json(try String(contentsOf: library.directory.appendingPathComponent("kopalyan.csl.json"), encoding: .utf8))
                               as? [[String: Any]])
        #expect(csl.count == 2)

        let verify = try library.run(["verify", "kopalyan.md"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        #expect(verify.stdout.contains("identical: f6b239f9-01 (Nerses Kopalyan)"))

        let again = try library.run(["expert", "nerses-kopalyan", "--format", "md", "-o", "kopalyan.md"])
        #expect(again.status == 4)
        #expect(again.stderr == "dossier: kopalyan.md already exists; use --force to overwrite it\n")

        // pandoc is installed by `make test`; its citeproc must read the bibliography.
        let pandoc = try #require(try library.tool("pandoc", ["--citeproc", "-f", "markdown-smart", "-t", "plain", "--wrap=none", "kopalyan.md"]))
        #expect(pandoc.status == 0, "\(pandoc.output)")
        #expect(pandoc.output.contains("(Kopalyan 2025, para. "), "\(pandoc.output)")
        #expect(pandoc.output.contains("Kopalyan, Nerses. 2024."), "\(pandoc.output)")
    }

    @Test func markdownToStdoutWritesTheBibliographyWhereAsked() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        let result = try library.run(["expert", "kopalyan", "--format", "md", "--bibliography", "refs.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("bibliography: \"refs.json\""))
        #expect(FileManager.default.fileExists(atPath: library.directory.appendingPathComponent("refs.json").path))
        let unwritable = try library.run(["expert", "kopalyan", "--format", "md", "-o", "no/such/folder/k.md"])
        #expect(unwritable.status == 4)
        #expect(unwritable.stderr.hasPrefix("dossier: cannot write no/such/folder/k.md: "))
        #expect(unwritable.stderr.filter { $0 == "\n" }.count == 1)
    }
}
