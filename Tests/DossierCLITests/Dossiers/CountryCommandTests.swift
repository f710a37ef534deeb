import Foundation
import Testing

/// `dossier country`: experts ranked by their quotes about a country, and its months.
@Suite struct CountryCommandTests {
    @Test func jsonRanksExpertsAndCountsMonthsApartFromYearOnlyDates() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        let result = try library.run(["country", "Armenia", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lens = try #require(try library.json(result.stdout) as? [String: Any])
        #expect(lens["code"] as? String == "AM")
        let experts = try #require(lens["experts"] as? [[String: Any]])
        #expect(experts.first?["id"] as? String == "nerses-kopalyan")
        #expect(experts.first?["count"] as? Int == 6)
        let counts = experts.compactMap { $0["count"] as? Int }
        #expect(counts == counts.sorted(by: >))
        #expect(lens["quoteCount"] as? Int == counts.reduce(0, +))
        // The bundled article is dated 2024 (year only); the Belgrade one 2025-05-02.
        #expect((lens["months"] as? [[String: Any]])?.map { "\($0["period"] ?? "") \($0["count"] ?? "")" } == ["2025-05 1"])
        let yearOnly = try #require((lens["yearOnly"] as? [[String: Any]])?.first)
        #expect(yearOnly["period"] as? String == "2024")
        #expect(yearOnly["count"] as? Int == counts.reduce(0, +) - 1)
        #expect(lens["undated"] as? Int == 0)
        // Stable: the same bytes twice, and the same lens by code.
        #expect(try library.run(["country", "am", "--json"]).stdout == result.stdout)
    }

    @Test func textIsAlignedAndReadable() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        let result = try library.run(["country", "XK"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Kosovo (XK): 1 quote(s) by 1 expert(s)

            Experts (quotes about Kosovo)
              1  Milena Stanković (milena-stankovic)

            By month
              2025-05  1  ████████████████████████████████████████

            """)
    }

    @Test func unknownCountriesAndBlocsAreOneLineErrors() throws {
        let library = try DossierLibrarySetup()
        defer { library.remove() }
        let unknown = try library.run(["country", "Narnia"])
        #expect(unknown.status == 5)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr == "dossier: country \"Narnia\": not a country code or name Dossier knows (try an ISO code such as GE)\n")
        let bloc = try library.run(["country", "NATO"])
        #expect(bloc.status == 1)
        #expect(bloc.stderr.hasPrefix("dossier: country \"NATO\": NATO is a bloc"))
        let none = try library.run(["country", "Peru", "--json"])
        #expect(none.status == 0)
        #expect((try library.json(none.stdout) as? [String: Any])?["quoteCount"] as? Int == 0)
    }
}
