import DossierCore
import Testing

@Suite struct QueryParserTests {
    func parse(_ text: String) throws -> QueryNode {
        try Query.parse(text, countries: ClosureCountryResolver { $0.lowercased() == "azerbaijan" ? "AZ" : nil }).root
    }

    @Test func wordsPhrasesPrefixesAndFields() throws {
        #expect(try parse("Erdoğan") == .phrase(["erdogan"], prefix: false))
        #expect(try parse("war peace") == .and([.phrase(["war"], prefix: false), .phrase(["peace"], prefix: false)]))
        #expect(try parse("\"Role of Russia\"") == .phrase(["role", "of", "russia"], prefix: false))
        #expect(try parse("“curly quotes”") == .phrase(["curly", "quotes"], prefix: false))
        #expect(try parse("kopal*") == .phrase(["kopal"], prefix: true))
        #expect(try parse("Nagorno-Karabakh") == .phrase(["nagorno", "karabakh"], prefix: false))
        #expect(try parse("a OR b c") == .and([.or([.phrase(["a"], prefix: false), .phrase(["b"], prefix: false)]),
                                             .phrase(["c"], prefix: false)]))
        #expect(try parse("-war") == .not(.phrase(["war"], prefix: false)))
        #expect(try parse("expert:Kopalyan") == .field(.expert, "kopalyan"))
        #expect(try parse("expert:\"Nerses Kopalyan\"") == .field(.expert, "nerses-kopalyan"))
        #expect(try parse("country:az") == .field(.country, "AZ"))
        #expect(try parse("country:Azerbaijan") == .field(.country, "AZ"))
        #expect(try parse("section:\"Role of Russia\"") == .field(.section, "role of russia"))
        #expect(try parse("ARTICLE:Belgrade") == .field(.article, "belgrade"))
        #expect(try parse("(a OR b) -c") == .and([.or([.phrase(["a"], prefix: false), .phrase(["b"], prefix: false)]),
                                                 .not(.phrase(["c"], prefix: false))]))
        #expect(try parse("Москва") == .phrase(["москва"], prefix: false))
        #expect(try parse("war — peace") == .and([.phrase(["war"], prefix: false), .phrase(["peace"], prefix: false)]))
    }

    @Test(arguments: [
        ("war \"peace", "unbalanced quote (no closing \") at column 5"),
        ("colour:red", "unknown field 'colour' (known: expert, country, section, article) at column 1"),
        ("war expert:", "empty value for expert: at column 5"),
        ("expert: kopalyan", "empty value for expert: (no space after ':') at column 1"),
        ("OR war", "OR needs a term on both sides at column 1"),
        ("war OR", "OR needs a term on both sides at column 5"),
        ("war OR OR peace", "OR needs a term on both sides at column 5"),
        ("(war", "unbalanced '(' at column 1"),
        ("war)", "unbalanced ')' at column 4"),
        ("", "empty query"),
        ("   ", "empty query"),
        ("!!!", "nothing to search for at column 4"),
        ("*", "'*' needs a word before it at column 1"),
        ("wa*r", "'*' is only allowed at the end of a word at column 1"),
        ("country:atlantis", "unknown country 'atlantis' (use a name or a 2-letter ISO code) at column 9"),
    ])
    func malformedQueriesPointAtTheProblem(text: String, message: String) {
        let error = #expect(throws: DossierError.self) { try parse(text) }
        #expect(error?.message == "query: " + message)
        #expect(error?.code == .badInput)
    }

    @Test func porterStemmerMatchesTheReferenceAlgorithm() {
        let cases = ["caresses": "caress", "ponies": "poni", "relational": "relat", "conditional": "condit",
                     "invasions": "invas", "hopping": "hop", "filing": "file", "generalization": "gener",
                     "electricity": "electr", "sanctions": "sanction", "running": "run", "agreed": "agre",
                     "happy": "happi", "москва": "москва", "go": "go"]
        for (word, stem) in cases { #expect(PorterStemmer.stem(word) == stem, "\(word)") }
    }

    @Test func foldingAndTokens() {
        #expect(SearchText.tokens("Erdoğan's Türkiye, Ərdoğan!") == ["erdogan", "s", "turkiye", "ərdogan"])
        #expect(SearchText.key("  The Role of RUSSIA?  ") == "the role of russia")
    }
}
