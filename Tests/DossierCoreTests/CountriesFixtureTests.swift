import Foundation
import Testing
@testable import DossierCore

/// The tagger on every quote of the five fixtures (their labels) and of the seed (hand
/// labels below), through the real importer. Prints per-quote precision/recall/F1.
@Suite struct CountriesFixtureTests {
    /// A fixed "now" so that undated articles (the seed) do not depend on the clock.
    static let tagger = CountryTagger(currentYear: 2026)

    /// Hand labels for the seed's 18 quotes, in order: first words and countries.
    static let seedLabels: [(startsWith: String, countries: Set<String>)] = [
        ("Over the past month", ["AM", "AZ", "TR", "RU", "IR", "FR"]),
        ("The likelihood of a full-scale invasion", ["AM", "AZ"]),
        ("I believe the likelihood", ["AM", "AZ", "RU", "IR"]),
        ("A full-scale invasion is unlikely", ["AZ", "RU", "AM"]),
        ("Currently, there are no signs", ["AZ", "AM", "TR", "RU"]),
        ("Primarily, the administrative apparatus", ["AM"]),
        ("In the domain of high-intensity", ["AM", "AZ", "FR", "IN", "RU"]),
        ("Russia supports Azerbaijan's aggression", ["RU", "AZ", "AM"]),
        // Biden was in office when this (undated, 2024) article appeared; Kocharyan was not.
        ("In 2018, a revolution began", ["AM", "AZ", "RU", "US", "UA"]),
        ("It is in Russia's strategic interest", ["RU", "AZ", "AM"]),
        ("Erdoğan is Aliyev's main patron", ["TR", "AZ", "RU", "AM"]),
        ("As far as Erdoğan is concerned", ["TR", "AZ", "AM", "RU"]),
        ("The influence of Turkey", ["TR", "RU", "UA", "LY", "SY", "AZ"]),
        ("Turkey played a pivotal role", ["TR", "AZ", "RU", "SY", "FR", "AM"]),
        ("Turkey is active on all fronts", ["TR", "AM", "AZ", "RU", "BY"]),
        ("In March 2022, the European Parliament", ["AM", "AZ", "TR", "RU"]),
        ("There is a consistent pattern", ["AZ", "AM", "US"]),
        ("In October of last year", ["US", "AZ", "AM", "RU", "UA"]),
    ]

    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, exact = 0, quotes = 0
        mutating func add(got: Set<String>, want: Set<String>) {
            truePositives += got.intersection(want).count
            falsePositives += got.subtracting(want).count
            falseNegatives += want.subtracting(got).count
            quotes += 1
            if got == want { exact += 1 }
        }
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var summary: String {
            String(format: "%d/%d quotes exact, P=%.3f R=%.3f F1=%.3f", exact, quotes, precision, recall, f1)
        }
    }

    static func importWithTagger(_ path: String) throws -> Article {
        try ArticleImporter(tagger: tagger).importFile(atPath: path)
    }

    @Test(arguments: FixtureImportTests.names) func fixtureQuotesHaveTheLabelledCountries(name: String) throws {
        let url = Paths.fixtures.appendingPathComponent(name)
        let labelURL = url.deletingPathExtension().appendingPathExtension("json")
        let label = try JSONDecoder().decode(FixtureImportTests.Label.self, from: Data(contentsOf: labelURL))
        let article = try Self.importWithTagger(url.path)
        try #require(article.quotes.count == label.quotes.count)
        var score = Score()
        for (quote, want) in zip(article.quotes, label.quotes) {
            let got = Set(quote.countries)
            score.add(got: got, want: Set(want.countries))
            #expect(got == Set(want.countries), "\(name) \(quote.id) \(want.starts_with): \(quote.mentions.map { "\($0.text)→\($0.code)" })")
        }
        print("countries \(name): \(score.summary)")
    }

    @Test func seedQuotesHaveTheHandLabelledCountries() throws {
        let article = try Self.importWithTagger(Paths.seed)
        try #require(article.quotes.count == Self.seedLabels.count)
        var score = Score()
        for (quote, want) in zip(article.quotes, Self.seedLabels) {
            #expect(quote.paragraphs.first?.hasPrefix(want.startsWith) == true, "\(quote.id) starts \(quote.paragraphs.first?.prefix(40) ?? "")")
            let got = Set(quote.countries)
            score.add(got: got, want: want.countries)
            #expect(got == want.countries, "\(quote.id) \(want.startsWith): \(quote.mentions.map { "\($0.text)→\($0.code)" })")
        }
        print("countries seed: \(score.summary)")
    }

    @Test func everyQuoteTogether() throws {
        var score = Score()
        for name in FixtureImportTests.names {
            let url = Paths.fixtures.appendingPathComponent(name)
            let label = try JSONDecoder().decode(FixtureImportTests.Label.self, from: Data(contentsOf: url.deletingPathExtension().appendingPathExtension("json")))
            let article = try Self.importWithTagger(url.path)
            for (quote, want) in zip(article.quotes, label.quotes) { score.add(got: Set(quote.countries), want: Set(want.countries)) }
        }
        let seed = try Self.importWithTagger(Paths.seed)
        for (quote, want) in zip(seed.quotes, Self.seedLabels) { score.add(got: Set(quote.countries), want: want.countries) }
        print("countries all (fixtures + seed): \(score.summary)")
        #expect(score.f1 >= 0.95)
    }
}
