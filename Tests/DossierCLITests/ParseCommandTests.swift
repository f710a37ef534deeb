import Foundation
import Testing

/// `dossier parse` as scripts use it: the documented JSON shape, the outline, exit codes.
@Suite struct ParseCommandTests {
    @Test func jsonHasTheDocumentedShape() throws {
        let result = try CLIRunner.run(["parse", "--json", CLIRunner.seed])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Russia pushes Azerbaijan to attack Armenia, but Aliyev fears full-scale war due to Western sanctions threat, experts say")
        #expect((object["lede"] as? String)?.isEmpty == false)
        #expect((object["fingerprint"] as? String)?.count == 16)
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.compactMap { $0["heading"] as? String }.count == 5)
        let experts = try #require(object["experts"] as? [[String: Any]])
        #expect(experts.map { Set($0.keys) }.allSatisfy { $0.isSuperset(of: ["id", "name", "credentials"]) })
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.count == 18)
        for quote in quotes {
            #expect(Set(quote.keys).isSuperset(of: ["id", "expert", "section", "paragraphs", "countries", "source"]))
            let source = try #require(quote["source"] as? [String: Any])
            #expect(source["startLine"] is Int && source["endLine"] is Int)
            #expect(experts.contains { $0["id"] as? String == quote["expert"] as? String })
        }
        let glossary = try #require(object["glossary"] as? [[String: Any]])
        #expect(glossary.count == 7)
        // Unknown terms are an explicit null, as documented.
        #expect(glossary.contains { $0["term"] is NSNull })
    }

    @Test func outlineNamesSectionsExpertsAndQuotes() throws {
        let result = try CLIRunner.run(["parse", CLIRunner.seed])
        #expect(result.status == 0)
        #expect(result.stdout.contains("5 sections · 5 experts · 18 quotes · 7 glossary entries"))
        #expect(result.stdout.contains("§ Role of Russia"))
        #expect(result.stdout.contains("Arif Yunusov, lines 68–74, 6 ¶"))
    }

    @Test func badInputIsOneLineAndNonZero() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let binary = dir.appendingPathComponent("x.txt")
        try Data([0, 1, 2, 3]).write(to: binary)
        for (path, fragment) in [("/no/such.txt", "no such file"), (dir.path, "is a directory"), (binary.path, "binary file")] {
            let result = try CLIRunner.run(["parse", path])
            #expect(result.status == 1, "\(path)")
            #expect(result.stdout.isEmpty, "\(path)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(path): \(result.stderr)")
            #expect(result.stderr.contains(path) && result.stderr.contains(fragment), "\(result.stderr)")
        }
    }
}

extension ParseCommandTests {
    @Test func countriesViewCountsQuotesPerExpert() throws {
        let result = try CLIRunner.run(["parse", "--countries", CLIRunner.seed])
        #expect(result.status == 0)
        #expect(result.stdout.contains("AZ  Azerbaijan"))
        #expect(result.stdout.contains("Andrey Areshev: AM 2, AZ 2, RU 2, TR 2, BY 1"))
        let json = try CLIRunner.run(["parse", "--countries", "--json", CLIRunner.seed])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let byExpert = try #require(object["byExpert"] as? [String: [String: Int]])
        #expect(byExpert["andrey-areshev"]?["TR"] == 2)
    }

    @Test func jsonCarriesSortedCountryCodesPerQuote() throws {
        let result = try CLIRunner.run(["parse", "--json", CLIRunner.seed])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        let first = try #require(quotes.first?["countries"] as? [String])
        #expect(first == ["AM", "AZ", "FR", "IR", "RU", "TR"])
        for quote in quotes {
            let codes = quote["countries"] as? [String] ?? []
            #expect(codes == codes.sorted())
        }
    }
}
