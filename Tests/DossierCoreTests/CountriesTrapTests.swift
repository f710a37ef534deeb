import Testing
@testable import DossierCore

/// Country codes the tagger finds in one paragraph.
func codes(_ text: String, date: String? = "2025-06-01") -> Set<String> {
    Set(CountryTagger(currentYear: 2026).mentions(in: [text], date: date).map(\.code))
}

/// The known traps of geopolitical prose, one test each.
@Suite struct CountriesTrapTests {
    @Test(arguments: [
        "He grew up in Atlanta, Georgia, before joining the service.",
        "She teaches at Georgia State University.",
        "When I commanded a submarine out of Kings Bay, Georgia, we watched the seabed.",
        "He studied at the University of Georgia.",
    ])
    func georgiaTheUSStateGivesUS(text: String) {
        #expect(codes(text) == ["US"])
    }

    @Test(arguments: [
        "Georgia lost Abkhazia and South Ossetia in 2008.",
        "Tbilisi, Georgia, is where the protests began.",
        "Armenia, Georgia and Azerbaijan share the South Caucasus.",
        "Georgia wants to join the European Union.",
    ])
    func georgiaTheCountryGivesGE(text: String) {
        #expect(codes(text).contains("GE"))
        #expect(!codes(text).contains("US"))
    }

    @Test func georgiaWithTbilisiContextInAnotherParagraphIsTheCountry() {
        let tagger = CountryTagger(currentYear: 2026)
        let mentions = tagger.mentions(in: ["Augusta, Georgia, is a small place.", "The Kremlin watches Tbilisi closely."], date: nil)
        #expect(Set(mentions.map(\.code)) == ["GE", "RU"])
    }

    @Test func townsNamedAfterCountriesOrCapitalsInUSStatesAreTheUS() {
        #expect(codes("He was born in Paris, Texas, and raised in Lebanon, Pennsylvania.") == ["US"])
        #expect(codes("Paris, Berlin and Rome disagree.") == ["FR", "DE", "IT"])
    }

    @Test func jordanThePersonIsNotJordan() {
        #expect(codes("Jordan Whitfield, a former diplomat, disagrees.") == [])
        #expect(codes("Even Michael Jordan could not sell this plan.") == [])
        #expect(codes("King Abdullah of Jordan met the delegation in Amman.") == ["JO"])
        #expect(codes("Jordan has absorbed more refugees than anyone.") == ["JO"])
        #expect(codes("Tom Holland and Jimmy Wales are not countries.") == [])
    }

    @Test func nigerNigeriaAndTheNigerRiverAreDifferent() {
        #expect(codes("Niger expelled the French ambassador.") == ["NE", "FR"])
        #expect(codes("Nigeria is the regional heavyweight.") == ["NG"])
        #expect(codes("Fighting spread along the Niger River near Mopti.") == [])
        #expect(codes("Oil theft is endemic in the Niger Delta.") == [])
        #expect(codes("Nigerien and Nigerian officers met.") == ["NE", "NG"])
    }

    @Test func usStatesGiveUSNotMexico() {
        #expect(codes("Chips will be made in Arizona and New Mexico.") == ["US"])
        #expect(codes("Mexico imposed tariffs.") == ["MX"])
        #expect(codes("Oil rigs in the Gulf of Mexico.") == [])
    }

    @Test func republicOfChinaIsTaiwan() {
        #expect(codes("The Republic of China still claims the islands.") == ["TW"])
        #expect(codes("The People's Republic of China disagrees.") == ["CN"])
        #expect(codes("From the mainland's point of view, Taipei is a province.") == ["CN", "TW"])
        #expect(codes("Ferries from the islands to the mainland stopped.") == [])
    }

    @Test func eventsAndFormatsNamedAfterPlacesDoNotCount() {
        #expect(codes("Turkey still denies the Armenian Genocide.") == ["TR"])
        #expect(codes("The OSCE Minsk Group failed.") == [])
        #expect(codes("The Minsk agreements were never implemented.") == [])
        #expect(codes("The Ohrid agreement ended the conflict.") == [])
        #expect(codes("Patrols in the Gulf of Finland doubled.") == [])
        #expect(codes("The Paris Agreement and the Warsaw Pact are history.") == [])
        #expect(codes("Nobody remembers the Treaty of Moscow.") == [])
        #expect(codes("Gas still flows through Turkish Stream.") == [])
        #expect(codes("Минские соглашения не выполнены.") == [])
    }

    @Test func aSurnameIsNotTheLeaderWhenAnotherFirstNameComesFirst() {
        #expect(codes("The analyst Farid Aliyev disagrees.") == [])
        #expect(codes("President Aliyev disagrees.") == ["AZ"])
        #expect(codes("Ilham Aliyev disagrees.") == ["AZ"])
        #expect(codes("Meanwhile Aliyev disagrees.") == ["AZ"])
        #expect(codes("[Azerbaijani president Ilhan] Aliyev spoke.").contains("AZ"))
        #expect(codes("Аналитик Фарид Алиев не согласен.") == [])
        #expect(codes("Президент Алиев не согласен.") == ["AZ"])
    }

    @Test func formerLeadersDoNotCount() {
        #expect(codes("Putin's personal friend Kocharyan was arrested.") == ["RU"])
        #expect(codes("Robert Kocharyan was arrested.") == [])
        #expect(codes("Biden promised more aid.", date: "2023-05-01") == ["US"])
        #expect(codes("Biden promised more aid.", date: "2026-02-03") == [])
        #expect(codes("Trump called Erdoğan.", date: "2022-01-10") == ["TR"])
        #expect(codes("Trump called Erdoğan.", date: "2018-01-10") == ["US", "TR"])
        #expect(codes("Trump called Erdoğan.", date: "2025-03-10") == ["US", "TR"])
        #expect(codes("Merkel visited.", date: "2019-01-01") == ["DE"])
        #expect(codes("Merkel visited.", date: nil) == [])
    }

    @Test func undatedArticlesCountLeadersOfTheLastTwoYears() {
        let tagger = CountryTagger(currentYear: 2026)
        #expect(tagger.mentions(in: ["Biden said so."], date: nil).map(\.code) == ["US"])
        #expect(tagger.mentions(in: ["Rouhani said so."], date: nil).isEmpty)
    }

    @Test func sovietDoesNotCount() {
        #expect(codes("Post-Soviet states and Soviet submarines.") == [])
    }

    @Test func brusselsIsTheEUNotBelgium() {
        let tags = CountryTagger().tag(["Brussels and NATO disagree with Belgium."], date: nil)
        #expect(tags.countries == ["BE"])
        #expect(tags.blocCodes == ["EU", "NATO"])
        #expect(codes("Brussels has no plan.") == [])
    }

    @Test func languagesAloneDoNotCount() {
        #expect(codes("Russian-language media dominate.") == [])
        #expect(codes("Serbian-language outlets and Russian speakers.") == [])
        #expect(codes("Учебники на русском языке.") == [])
        #expect(codes("Russian troops stayed.") == ["RU"])
        #expect(codes("She speaks Russian and Georgian; the memo was published in Russian.") == [])
        #expect(codes("Crimea remains in Russian hands.") == ["RU"])
    }

    @Test func commonWordsOnlyMatchAsProperNouns() {
        #expect(codes("We ate turkey and the chad fell off the ballot.") == [])
        #expect(codes("Turkey and Chad signed.") == ["TR", "TD"])
        #expect(codes("Let us talk about it.") == [])
        #expect(codes("The US and the U.S. are the same.") == ["US"])
    }

    @Test func diacriticsAndSpellingsFold() {
        #expect(codes("Erdogan and Türkiye, Turkiye and Erdoğan.") == ["TR"])
        #expect(codes("Vucic met Vučić.") == ["RS"])
        #expect(codes("Chișinău and Chisinau.") == ["MD"])
        #expect(codes("Côte d’Ivoire and Cote d'Ivoire.") == ["CI"])
    }

    @Test func compoundsAndPrefixes() {
        #expect(codes("Armenian-Azerbaijani relations.") == ["AM", "AZ"])
        #expect(codes("The Russo-Turkish rivalry.") == ["RU", "TR"])
        #expect(codes("Sino-American talks and Franco-German plans.") == ["CN", "US", "FR", "DE"])
        #expect(codes("The actor Vincent Russo.") == [])
        #expect(codes("российско-азербайджанские отношения") == ["RU", "AZ"])
    }

    @Test func russianCaseEndings() {
        #expect(codes("России, Россию и Россией") == ["RU"])
        #expect(codes("Азербайджана, Армении и Грузии") == ["AZ", "AM", "GE"])
        #expect(codes("Кремль и Путина поддерживают Турцию и Эрдогана.") == ["RU", "TR"])
        #expect(codes("США, Украина, Китай, Иран, Франция, Германия") == ["US", "UA", "CN", "IR", "FR", "DE"])
        #expect(codes("Москва, Баку, Ереван, Анкара, Тбилиси") == ["RU", "AZ", "AM", "TR", "GE"])
        #expect(codes("Пашинян и Алиев") == ["AM", "AZ"])
    }

    @Test func longestMatchWins() {
        #expect(codes("Papua New Guinea and Guinea-Bissau and Equatorial Guinea.") == ["PG", "GW", "GQ"])
        #expect(codes("South Sudan split from Sudan.") == ["SS", "SD"])
        #expect(codes("North Korea and South Korea.") == ["KP", "KR"])
        #expect(codes("Kosovo and Kosovars.") == ["XK"])
        #expect(codes("Latin America and the Washington Post.") == [])
        let westBank = CountryTagger().tag(["Settlements in the West Bank grow; the West is silent."], date: nil)
        #expect(westBank.blocs.map(\.text) == ["the West"])
    }

    @Test func institutionsNamedAfterCapitalsDoNotCount() {
        #expect(codes("He studied at Moscow State University and the Kyiv School of Economics.") == [])
        #expect(codes("The fall of the Berlin Wall.") == [])
        #expect(codes("Moscow and Kyiv disagree.") == ["RU", "UA"])
    }

    @Test func personNamesThatAreCapitalsDoNotCount() {
        #expect(codes("Paris Hilton and Sofia Coppola.") == [])
        #expect(codes("Paris and Sofia agree.") == ["FR", "BG"])
    }

    @Test func mentionsCarryKindTextParagraphAndUTF8Range() {
        let paragraphs = ["Ереван и «Кремль».", "Then Putin's aides met the U.S. envoy in Kyiv."]
        let mentions = CountryTagger(currentYear: 2026).mentions(in: paragraphs, date: nil)
        #expect(mentions.map(\.code) == ["AM", "RU", "RU", "US", "UA"])
        #expect(mentions.map(\.kind) == [.capital, .seat, .leader, .name, .capital])
        #expect(mentions.map(\.paragraph) == [0, 0, 1, 1, 1])
        for mention in mentions {
            let bytes = Array(paragraphs[mention.paragraph].utf8)[mention.offset..<(mention.offset + mention.length)]
            #expect(String(decoding: bytes, as: UTF8.self) == mention.text)
        }
        #expect(mentions.map(\.text) == ["Ереван", "Кремль", "Putin", "U.S.", "Kyiv"])
    }
}
