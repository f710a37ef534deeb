/// One expert's record across a library: every quote in date order, the credentials each
/// article printed (a change of affiliation shows as a new entry), the countries they speak
/// about and the experts they were asked alongside. Pure: built from `ExpertAppearance`s.
public struct ExpertDossier: Codable, Sendable, Hashable {
    /// The expert as the latest article (in date order) printed them.
    public var expert: Expert
    /// Every quote, articles in date order (undated last, then import order), each article's in
    /// document order; without their country mentions (`countries` holds what they are about).
    public var quotes: [DossierQuote]
    /// Consecutive articles printing the same credentials collapse into one entry.
    public var credentials: [CredentialSpan]
    /// Quotes about each country, most first (ties by code).
    public var countries: [CountryCount]
    /// Experts quoted in the same articles, most shared articles first (ties by name, then id).
    public var coExperts: [CoExpert]
    /// Articles the expert appears in.
    public var articleCount: Int

    /// One quote with the article it comes from and the expert as that article printed them.
    public struct DossierQuote: Codable, Sendable, Hashable {
        public var quote: Quote
        public var article: DossierArticle
        public var speaker: Expert
    }

    /// Credentials printed by one or more consecutive articles (in date order).
    public struct CredentialSpan: Codable, Sendable, Hashable {
        /// As printed (whitespace runs collapsed).
        public var credentials: String
        /// Date of the first and last article printing them; nil when those are undated.
        public var from: String?
        public var to: String?
        /// Fingerprints of the articles, in date order.
        public var articles: [String]

        enum CodingKeys: String, CodingKey { case credentials, from, to, articles }

        /// Encodes an unknown date as an explicit `null`, so the JSON shape is stable.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(credentials, forKey: .credentials)
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
            try c.encode(articles, forKey: .articles)
        }
    }

    /// Quotes about one country.
    public struct CountryCount: Codable, Sendable, Hashable {
        public var code: String
        public var count: Int
    }

    /// Another expert and the number of articles that quoted both.
    public struct CoExpert: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var articles: Int
    }

    /// The dossier of the expert the appearances are about (any order; empty → nil).
    /// An article appearing twice counts once.
    public init?(appearances: [ExpertAppearance]) {
        var seen: Set<String> = []
        let ordered = appearances
            .sorted { DossierArticle.chronological($0.article, $1.article) }
            .filter { seen.insert($0.article.fingerprint).inserted }
        guard let latest = ordered.last else { return nil }
        expert = latest.expert
        articleCount = ordered.count
        quotes = ordered.flatMap { appearance in
            appearance.quotes.map { quote in
                var quote = quote
                quote.mentions = []
                return DossierQuote(quote: quote, article: appearance.article, speaker: appearance.expert)
            }
        }
        credentials = Self.spans(ordered)
        var countryCounts: [String: Int] = [:]
        for entry in quotes {
            for code in Set(entry.quote.countries) { countryCounts[code, default: 0] += 1 }
        }
        countries = countryCounts.map { CountryCount(code: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.code) > ($1.count, $0.code) }
        coExperts = Self.coExperts(ordered, expertID: latest.expert.id)
    }

    /// Runs of identical credentials; an article printing none neither starts nor breaks a run.
    private static func spans(_ ordered: [ExpertAppearance]) -> [CredentialSpan] {
        var spans: [CredentialSpan] = []
        for appearance in ordered {
            guard let printed = appearance.expert.credentials.map(collapsingWhitespace), !printed.isEmpty else { continue }
            if var last = spans.last, last.credentials == printed {
                last.to = appearance.article.date ?? last.to
                last.articles.append(appearance.article.fingerprint)
                spans[spans.count - 1] = last
            } else {
                spans.append(CredentialSpan(credentials: printed, from: appearance.article.date, to: appearance.article.date,
                                            articles: [appearance.article.fingerprint]))
            }
        }
        return spans
    }

    /// Shared-article counts; a co-expert's name is the one printed in the latest shared article.
    private static func coExperts(_ ordered: [ExpertAppearance], expertID: String) -> [CoExpert] {
        var counts: [String: Int] = [:]
        var names: [String: String] = [:]
        for appearance in ordered {
            var inArticle: Set<String> = []
            for other in appearance.others where other.id != expertID && inArticle.insert(other.id).inserted {
                counts[other.id, default: 0] += 1
                names[other.id] = other.name
            }
        }
        return counts.map { CoExpert(id: $0.key, name: names[$0.key] ?? $0.key, articles: $0.value) }
            .sorted { a, b in
                if a.articles != b.articles { return a.articles > b.articles }
                if a.name != b.name { return a.name < b.name }
                return a.id < b.id
            }
    }

    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
