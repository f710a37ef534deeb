import DossierCore
import Testing

@Suite struct QueryHighlighterTests {
    func marked(_ query: String, _ text: String, words: Int = 24) throws -> String {
        try QueryHighlighter.snippet(of: Query.parse(query), in: text, wordCount: words)
            .map { $0.match ? "[\($0.text)]" : $0.text }.joined()
    }

    @Test func marksStemmedFoldedAndPrefixMatchesButNotExclusions() throws {
        #expect(try marked("erdogan invasion -russia", "Erdoğan's invasions worry Russia.") == "[Erdoğan]'s [invasions] worry Russia.")
        #expect(try marked("corrid*", "The Zangezur Corridor, corridors and a cord.") == "The Zangezur [Corridor], [corridors] and a cord.")
        #expect(try marked("москва", "Москва и Баку") == "[Москва] и Баку")
        #expect(try marked("expert:kopalyan", "Nothing to mark here.") == "Nothing to mark here.")
    }

    @Test func snippetCentresOnTheMatches() throws {
        let text = (1...60).map { "w\($0)" }.joined(separator: " ") + " sanctions bite " + (61...120).map { "w\($0)" }.joined(separator: " ")
        let snippet = try marked("sanctions", text, words: 8)
        #expect(snippet == "…w58 w59 w60 [sanctions] bite w61 w62 w63…")
    }

    @Test func oneMatcherServesAPageOfTextsAsFreshOnesWould() throws {
        let query = try Query.parse("sanction* russia -gas")
        let texts = ["Russia's sanctions on gas.", "RUSSIA, Russian, russia.", "Sanctioned: no gas here.", "Nothing.", ""]
        let matcher = QueryHighlighter.Matcher(query)
        for text in texts + texts.reversed() {  // verdicts remembered from one text hold in the next
            #expect(matcher.matches(in: text) == QueryHighlighter.Matcher(query).matches(in: text))
            #expect(matcher.snippet(in: text, wordCount: 3) == QueryHighlighter.Matcher(query).snippet(in: text, wordCount: 3))
        }
        #expect(matcher.matches(in: "RUSSIA, Russian, russia.").count == 2)
    }
}
