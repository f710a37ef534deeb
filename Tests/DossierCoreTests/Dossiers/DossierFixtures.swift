import DossierCore

/// Four small articles about one expert, Ana Petrović, whose affiliation changes between
/// 2023 and 2024, with co-experts and countries chosen so every count is known by hand.
enum DossierFixtures {
    static let span = SourceSpan(startLine: 1, endLine: 1, startByte: 0, endByte: 1)
    static let ana = "ana-petrovic"

    static func quote(_ id: String, _ expert: String, _ countries: [String], section: String? = nil) -> Quote {
        Quote(id: id, expertID: expert, section: section, paragraphs: ["Words of \(id)."], countries: countries, source: span)
    }

    static func article(_ fingerprint: String, _ title: String, date: String?, experts: [Expert], quotes: [Quote]) -> Article {
        Article(title: title, lede: "", metadata: ArticleMetadata(publication: "Pub \(fingerprint.prefix(1))", url: "https://example.org/\(fingerprint)", date: date),
                fingerprint: fingerprint, sections: [], experts: experts, quotes: quotes, glossary: [])
    }

    static let bob = Expert(name: "Bob Ames", credentials: "Analyst")
    static let carl = Expert(name: "Carl Zane", credentials: nil)

    /// In import order: the 2024 articles first, then the undated one, then the 2023 one.
    static let articles: [Article] = [
        article("bbbb000000000002", "Spring talks", date: "2024-03-01",
                experts: [Expert(name: "Ana Petrović", credentials: "Director, Y Centre"), carl],
                quotes: [quote("bbbb0000-01", carl.id, ["AM"]), quote("bbbb0000-02", ana, ["GE", "RU"], section: "Risks")]),
        article("aaaa000000000001", "Winter talks", date: "2024-02",
                experts: [Expert(name: "Ana Petrović", credentials: "Director,  Y Centre"), bob],
                quotes: [quote("aaaa0000-01", ana, ["GE"]), quote("aaaa0000-02", bob.id, ["GE"]), quote("aaaa0000-03", ana, [])]),
        article("dddd000000000004", "Undated talks", date: nil,
                experts: [Expert(name: "Ana Petrovic", credentials: "Director, Y Centre"), bob],
                quotes: [quote("dddd0000-01", ana, ["RU"])]),
        article("cccc000000000003", "Old talks", date: "2023-05-10",
                experts: [bob, Expert(name: "Ana Petrović", credentials: "Fellow, X Institute")],
                quotes: [quote("cccc0000-01", ana, ["GE", "AM"]), quote("cccc0000-02", bob.id, ["AZ"])]),
    ]
}
