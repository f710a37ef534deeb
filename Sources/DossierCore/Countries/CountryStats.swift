/// Country counts for the browser's country filter: in how many quotes each country is
/// mentioned, for the whole article and per expert, plus raw mention counts.
public struct CountryStats: Sendable, Hashable, Codable {
    /// Country code → number of quotes that mention it.
    public var article: [String: Int]
    /// Expert id → (country code → number of that expert's quotes that mention it).
    public var byExpert: [String: [String: Int]]
    /// Country code → number of mentions across all quotes.
    public var mentions: [String: Int]

    public init(article: Article) {
        var quotes: [String: Int] = [:]
        var byExpert: [String: [String: Int]] = [:]
        var mentions: [String: Int] = [:]
        for quote in article.quotes {
            let codes = Set(quote.countries).union(quote.mentions.map(\.code))
            for code in codes {
                quotes[code, default: 0] += 1
                byExpert[quote.expertID, default: [:]][code, default: 0] += 1
            }
            for mention in quote.mentions {
                mentions[mention.code, default: 0] += 1
            }
        }
        self.article = quotes
        self.byExpert = byExpert
        self.mentions = mentions
    }

    /// Codes ordered by how many quotes mention them (most first), then by code.
    public var ranked: [String] {
        article.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
