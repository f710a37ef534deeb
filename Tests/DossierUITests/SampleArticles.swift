import DossierCore
import DossierUI

/// Two small hand-built articles with Latin, Cyrillic, CJK and emoji text.
enum SampleArticles {
    static let span = SourceSpan(startLine: 1, endLine: 1, startByte: 0, endByte: 0)

    static let caucasus = Article(
        title: "Russia pushes Azerbaijan to attack Armenia — experts",
        lede: "Experts weigh in.",
        metadata: ArticleMetadata(publication: "The Insider", date: "2024-03-01"),
        fingerprint: "aaaa1111",
        sections: [Section(heading: "The Likelihood of Invasion", line: 3), Section(heading: "Role of Russia", line: 9)],
        experts: [
            Expert(name: "Grant Mikaelian", credentials: "Senior Research Fellow, Caucasus Institute (Yerevan)"),
            Expert(id: "andrey-areshev", name: "Андрей Арешев", credentials: "Political commentator"),
        ],
        quotes: [
            Quote(id: "aaaa1111-01", expertID: "grant-mikaelian", section: "The Likelihood of Invasion",
                  paragraphs: ["“The likelihood of a full-scale invasion has clearly increased — the talks are stuck.”"],
                  countries: ["AM", "AZ"], source: span),
            Quote(id: "aaaa1111-02", expertID: "andrey-areshev", section: "The Likelihood of Invasion",
                  paragraphs: ["Россия не заинтересована в войне.", "Moscow prefers a frozen conflict."],
                  countries: ["AZ", "RU"], source: span),
            Quote(id: "aaaa1111-03", expertID: "grant-mikaelian", section: "Role of Russia",
                  paragraphs: ["Russia supports Azerbaijan’s pressure after the Second Karabakh War."],
                  countries: ["AZ", "RU"], source: span),
        ],
        glossary: [GlossaryEntry(term: "Second Karabakh War", definition: "The 44-day war of 2020.", line: 20)]
    )

    static let taiwan = Article(
        title: "台湾海峡の緊張 🌏 Strait tensions",
        lede: "",
        metadata: ArticleMetadata(publication: "Nikkei Asia"),
        fingerprint: "bbbb2222",
        sections: [Section(heading: "Outlook", line: 2)],
        experts: [Expert(id: "li-ming", name: "李明 Li Ming", credentials: "東京大学 professor")],
        quotes: [
            Quote(id: "bbbb2222-01", expertID: "li-ming", section: "Outlook",
                  paragraphs: ["中国の圧力は続く 🚢 — Beijing will keep testing the ADIZ."],
                  countries: ["CN", "TW"], source: span),
        ],
        glossary: [GlossaryEntry(term: "ADIZ", definition: "Air defence identification zone.", line: 5)]
    )

    static var data: InMemoryDataSource { InMemoryDataSource(articles: [caucasus, taiwan], title: "Dossier") }

    static func state(width: Int = 100, height: Int = 30) -> AppState {
        AppState(data: data, width: width, height: height)
    }
}

extension AppState {
    /// Sends keys through the reducer and returns every effect produced.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { reduce(&self, .key($0)) }
    }

    /// Types text as single-character key presses.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { reduce(&self, .key(.character($0))) }
    }

    /// Runs any search effects synchronously and feeds the results back.
    mutating func settle(_ effects: [Effect]) {
        for case .rank(let request) in effects {
            let rows = data.rankedQuotes(filter: request.filter, matcher: request.matcher, order: request.order,
                                         limit: request.limit, isCancelled: { false }) ?? []
            settle(reduce(&self, .rankedResults(RankedPage(request, rows: rows))))
        }
        for case .search(let request) in effects {
            let positions = data.matchPositions(filter: request.filter, matcher: request.matcher, isCancelled: { false })
            _ = reduce(&self, .searchResults(generation: request.generation, positions: positions))
            if let counts = data.matchCounts(filter: request.filter, matcher: request.matcher, isCancelled: { false }) {
                _ = reduce(&self, .searchCounts(generation: request.generation, counts: counts))
            }
        }
        for case .loadView(let request) in effects {
            settle(reduce(&self, .viewLoaded(request.load(from: data))))
        }
    }
}
