import Foundation
import Testing
@testable import DossierCore

/// The seed article must come out exactly: every quote attributed to the right expert
/// and section, with every paragraph.
@Suite struct SeedImportTests {
    let article: Article

    init() throws {
        article = try ArticleImporter().importFile(atPath: Paths.seed)
    }

    @Test func titleLedeAndMetadata() {
        #expect(article.title == "Russia pushes Azerbaijan to attack Armenia, but Aliyev fears full-scale war due to Western sanctions threat, experts say")
        #expect(article.lede.hasPrefix("In recent weeks, Armenian authorities have been warning"))
        #expect(article.introduction == ["The Insider spoke with regional experts about the likelihood of an Azerbaijani invasion, how prepared Armenia is for war, and what roles Russia, Turkey, and Western nations are playing in the developing situation."])
        #expect(article.metadata.publication == "The Insider")
        #expect(article.metadata.url == "https://theins.ru/en/news/269956")
        #expect(article.metadata.language == "en")
        #expect(article.fingerprint.count == 16)
    }

    @Test func sections() {
        #expect(article.sections.map(\.heading) == [
            "The Likelihood of Invasion", "Preparedness for War", "Role of Russia", "The Role of Turkey", "Western Position",
        ])
        #expect(article.sections[0].editorial.isEmpty)
        #expect(article.sections[1].editorial.count == 1)
        #expect(article.sections[1].editorial[0].hasPrefix("The 44-day war for Nagorno-Karabakh demonstrated"))
        #expect(article.sections[3].editorial.count == 2)
        #expect(article.sections[4].editorial.count == 1)
    }

    @Test func expertsWithCredentialsAsPrinted() {
        #expect(article.experts.map(\.name) == ["Grant Mikaelian", "Nerses Kopalyan", "Rauf Mirgadirov", "Arif Yunusov", "Andrey Areshev"])
        #expect(article.experts.map(\.credentials) == [
            "Political Scientist, Economist, Senior Research Fellow at the Caucasus Institute (Yerevan)",
            "Ph.D., Associate Professor of Political Science at the University of Nevada (USA)",
            "Azerbaijani political commentator, currently residing in Switzerland, former political prisoner",
            "Head of the Conflict Studies Department at the Institute of Peace and Democracy, former Azerbaijani political prisoner, currently residing in the Netherlands",
            "Political Commentator, Expert at the Foundation for Strategic Culture",
        ])
        #expect(article.experts.map(\.id) == ["grant-mikaelian", "nerses-kopalyan", "rauf-mirgadirov", "arif-yunusov", "andrey-areshev"])
    }

    /// (expert id, section, paragraph count, first words, last words, first line, last line)
    static let expected: [(String, String, Int, String, String, Int, Int)] = [
        ("grant-mikaelian", "The Likelihood of Invasion", 3, "Over the past month,", "likely intending to seize them.", 21, 23),
        ("nerses-kopalyan", "The Likelihood of Invasion", 1, "The likelihood of a full-scale", "seems quite unlikely.", 27, 27),
        ("rauf-mirgadirov", "The Likelihood of Invasion", 2, "I believe the likelihood", "unlikely to jeopardize.", 31, 32),
        ("arif-yunusov", "The Likelihood of Invasion", 1, "A full-scale invasion is unlikely", "pro-Russian protests there.", 36, 36),
        ("andrey-areshev", "The Likelihood of Invasion", 3, "Currently, there are no signs", "Russian-Armenian relations.", 40, 42),
        ("grant-mikaelian", "Preparedness for War", 1, "Primarily, the administrative apparatus", "for renewed hostilities.", 50, 50),
        ("nerses-kopalyan", "Preparedness for War", 3, "In the domain of high-intensity", "false sense of security.", 54, 56),
        ("grant-mikaelian", "Role of Russia", 1, "Russia supports Azerbaijan's aggression.", "synchronized with Azerbaijan.", 64, 64),
        ("arif-yunusov", "Role of Russia", 6, "In 2018, a revolution began", "Western influences such as NATO.", 68, 74),
        ("nerses-kopalyan", "Role of Russia", 3, "It is in Russia's strategic interest", "Zangezur Corridor to the Russians.", 78, 80),
        ("grant-mikaelian", "The Role of Turkey", 2, "Erdoğan is Aliyev's main patron.", "", 90, 91),
        ("nerses-kopalyan", "The Role of Turkey", 2, "As far as Erdoğan is concerned", "mini-hegemon of the region.", 95, 97),
        ("rauf-mirgadirov", "The Role of Turkey", 3, "The influence of Turkey on Russia's", "", 101, 103),
        ("arif-yunusov", "The Role of Turkey", 3, "Turkey played a pivotal role in 2020.", "escalation of hostilities between Azerbaijan and Armenia.", 107, 109),
        ("andrey-areshev", "The Role of Turkey", 2, "Turkey is active on all fronts.", "frozen for well-known reasons.", 113, 114),
        ("grant-mikaelian", "Western Position", 1, "In March 2022, the European Parliament", "", 122, 122),
        ("nerses-kopalyan", "Western Position", 2, "There is a consistent pattern", "with Armenia's military.", 126, 127),
        ("arif-yunusov", "Western Position", 1, "In October of last year, the Americans", "", 131, 131),
    ]

    @Test func eighteenQuotesAttributedExactly() {
        #expect(article.quotes.count == 18)
        for (quote, want) in zip(article.quotes, Self.expected) {
            #expect(quote.expertID == want.0, "\(quote.id)")
            #expect(quote.section == want.1, "\(quote.id)")
            #expect(quote.paragraphs.count == want.2, "\(quote.id)")
            #expect(quote.paragraphs.first?.hasPrefix(want.3) == true, "\(quote.id): \(quote.paragraphs.first ?? "")")
            #expect(quote.paragraphs.last?.hasSuffix(want.4) == true, "\(quote.id): \(quote.paragraphs.last ?? "")")
            #expect(quote.source.startLine == want.5 && quote.source.endLine == want.6, "\(quote.id): \(quote.source)")
        }
    }

    @Test func quotationMarksAroundTheWholeQuoteAreDroppedInnerOnesKept() {
        for quote in article.quotes {
            #expect(quote.paragraphs.first?.first != "“", "\(quote.id)")
            #expect(quote.paragraphs.last?.last != "”", "\(quote.id)")
        }
        #expect(article.quotes[9].paragraphs[1].contains("so-called “Zangezur Corridor,”"))
        #expect(article.quotes[8].paragraphs[1].contains("‘We are neutral."))
    }

    @Test func sourceSpansPointAtTheBytesOnDisk() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Paths.seed))
        for quote in article.quotes {
            let slice = data[quote.source.startByte..<quote.source.endByte]
            let text = try #require(String(data: slice, encoding: .utf8))
            let first = try #require(quote.paragraphs.first)
            #expect(text.hasPrefix(first) || text.dropFirst().hasPrefix(first), "\(quote.id)")
            #expect(text.contains(try #require(quote.paragraphs.last)), "\(quote.id)")
        }
    }

    @Test func sevenDistinctGlossaryEntries() {
        #expect(article.glossary.count == 7)
        #expect(article.glossary.map(\.term) == ["Zangezur Corridor", "44-day war", nil, nil, nil, "Robert Kocharyan", "Caviar diplomacy"])
        #expect(article.glossary[0].definition.hasPrefix("Azerbaijan wants to be granted access"))
        #expect(article.glossary[6].definition.hasPrefix("is the term used to describe"))
    }

    @Test func noBoilerplateInsideQuotes() {
        let all = article.quotes.flatMap(\.paragraphs).joined(separator: "\n")
        for junk in ["USD102.58", "DONATE", "Subscribe to our weekly digest", "Ваш браузер", "REPORTS"] {
            #expect(!all.contains(junk), "\(junk)")
        }
        #expect(!article.experts.contains { $0.name.contains("Kocharyan") })
    }

    @Test func quoteIDsAreStableAndUnique() throws {
        let again = try ArticleImporter().importFile(atPath: Paths.seed)
        #expect(again.quotes.map(\.id) == article.quotes.map(\.id))
        #expect(Set(article.quotes.map(\.id)).count == 18)
        #expect(article.quotes[0].id == "\(article.fingerprint.prefix(8))-01")
    }
}
