import Foundation
import Testing
@testable import DossierCore

/// The bundled gazetteer: complete, in sync with its JSON, and usable for names and lookups.
@Suite struct CountriesGazetteerTests {
    static let gazetteerJSON = Paths.packageRoot.appendingPathComponent("Data/gazetteer/gazetteer.json")
    static let isoJSON = URL(fileURLWithPath: "/usr/share/iso-codes/json/iso_3166-1.json")

    @Test func bundledTextIsTheCommittedJSON() throws {
        let committed = try String(contentsOf: Self.gazetteerJSON, encoding: .utf8)
        #expect(GazetteerJSON.text + "\n" == committed, "run `make data` to regenerate the Swift file")
    }

    @Test func coversEveryISOCountryAndKosovo() throws {
        struct ISOFile: Decodable { struct Entry: Decodable { var alpha_2: String }; var entries: [Entry]
            enum CodingKeys: String, CodingKey { case entries = "3166-1" } }
        let iso = try JSONDecoder().decode(ISOFile.self, from: Data(contentsOf: Self.isoJSON))
        let want = Set(iso.entries.map(\.alpha_2)).union(["XK"])
        let have = Set(Gazetteer.bundled.countries.map(\.code))
        #expect(have == want)
        #expect(want.count >= 250)
        for country in Gazetteer.bundled.countries {
            #expect(!country.name.isEmpty)
            #expect(!country.name.hasSuffix(" of"), "\(country.code): \(country.name) is an inverted ISO form")
        }
    }

    @Test func everyCountryIsMatchedByItsOwnName() {
        let tagger = CountryTagger()
        for country in Gazetteer.bundled.countries {
            let codes = tagger.mentions(in: ["News from \(country.name) today."], date: nil).map(\.code)
            #expect(codes.contains(country.code), "\(country.code) \(country.name) → \(codes)")
        }
    }

    @Test func blocsAreSeparateFromCountries() {
        let countries = Set(Gazetteer.bundled.countries.map(\.code))
        for bloc in Gazetteer.bundled.blocs {
            #expect(!countries.contains(bloc.code), "\(bloc.code)")
            #expect(Gazetteer.bundled.isBloc(bloc.code))
        }
        #expect(Gazetteer.bundled.blocs.map(\.code).contains("NATO"))
    }

    @Test func displayNames() {
        #expect(Gazetteer.name(for: "AZ") == "Azerbaijan")
        #expect(Gazetteer.name(for: "ru") == "Russia")
        #expect(Gazetteer.name(for: "XK") == "Kosovo")
        #expect(Gazetteer.name(for: "TR") == "Türkiye")
        #expect(Gazetteer.name(for: "EU") == "European Union")
        #expect(Gazetteer.name(for: "ZZ") == nil)
        #expect(Gazetteer.bundled.country(code: "AM")?.ru == "Армения")
    }

    @Test(arguments: [
        ("azerbaijan", "AZ"), ("AZ", "AZ"), ("az", "AZ"), ("Азербайджан", "AZ"), ("Azerbaijani", "AZ"),
        ("turkey", "TR"), ("turkiye", "TR"), ("Türkiye", "TR"), ("the united states", "US"), ("USA", "US"),
        ("kosovo", "XK"), ("Russia", "RU"), ("Россия", "RU"), ("nato", "NATO"), ("European Union", "EU"),
        ("ivory coast", "CI"), ("côte d'ivoire", "CI"), ("Taiwan", "TW"),
    ])
    func resolvesUserText(text: String, code: String) {
        #expect(Gazetteer.resolve(text) == code)
    }

    @Test func unknownUserTextResolvesToNil() {
        #expect(Gazetteer.resolve("atlantis") == nil)
        #expect(Gazetteer.resolve("  ") == nil)
    }

    @Test func brokenGazetteerJSONIsAOneLineError() {
        #expect(throws: DossierError.self) { try Gazetteer(json: Data("{".utf8)) }
    }
}

/// Country counts for the browser's filter.
@Suite struct CountriesStatsTests {
    @Test func countsQuotesPerCountryOverallAndPerExpert() throws {
        let tagger = CountryTagger(currentYear: 2026)
        func quote(_ id: String, _ expert: String, _ text: String) -> Quote {
            let mentions = tagger.mentions(in: [text], date: nil)
            return Quote(id: id, expertID: expert, section: nil, paragraphs: [text], countries: CountryTagger.codes(of: mentions),
                         mentions: mentions, source: SourceSpan(startLine: 1, endLine: 1, startByte: 0, endByte: 1))
        }
        let article = Article(
            title: "T", lede: "L", fingerprint: "f",
            sections: [], experts: [Expert(name: "A B", credentials: nil), Expert(name: "C D", credentials: nil)],
            quotes: [
                quote("f-01", "a-b", "Baku and Yerevan, Azerbaijan and Armenia."),
                quote("f-02", "c-d", "Moscow watches Baku."),
                quote("f-03", "a-b", "Nothing here."),
            ],
            glossary: []
        )
        let stats = CountryStats(article: article)
        #expect(stats.article == ["AZ": 2, "AM": 1, "RU": 1])
        #expect(stats.byExpert["a-b"] == ["AZ": 1, "AM": 1])
        #expect(stats.byExpert["c-d"] == ["AZ": 1, "RU": 1])
        #expect(stats.mentions == ["AZ": 3, "AM": 2, "RU": 1])
        #expect(stats.ranked == ["AZ", "AM", "RU"])
    }
}
