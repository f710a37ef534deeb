/// The article facts a dossier, lens or collection shows beside a quote: enough to cite it.
public struct DossierArticle: Codable, Sendable, Hashable {
    public var fingerprint: String
    public var title: String
    public var publication: String?
    public var url: String?
    /// Publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when known.
    public var date: String?
    /// Rank in import order (library row id, or the order articles were opened): orders
    /// undated articles and ties, and is not encoded (its numbers differ between sources).
    public var importOrder: Int

    enum CodingKeys: String, CodingKey { case fingerprint, title, publication, url, date }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(fingerprint: try c.decode(String.self, forKey: .fingerprint), title: try c.decode(String.self, forKey: .title),
                  publication: try c.decodeIfPresent(String.self, forKey: .publication), url: try c.decodeIfPresent(String.self, forKey: .url),
                  date: try c.decodeIfPresent(String.self, forKey: .date), importOrder: 0)
    }

    /// Encodes absent fields as explicit `null`s, so the JSON shape is stable.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(fingerprint, forKey: .fingerprint)
        try c.encode(title, forKey: .title)
        try c.encode(publication, forKey: .publication)
        try c.encode(url, forKey: .url)
        try c.encode(date, forKey: .date)
    }

    public init(fingerprint: String, title: String, publication: String? = nil, url: String? = nil,
                date: String? = nil, importOrder: Int) {
        self.fingerprint = fingerprint
        self.title = title
        self.publication = publication
        self.url = url
        self.date = date
        self.importOrder = importOrder
    }

    /// The facts of `article`, which was imported `importOrder`-th.
    public init(_ article: Article, importOrder: Int) {
        self.init(fingerprint: article.fingerprint, title: article.title, publication: article.metadata.publication,
                  url: article.metadata.url, date: article.metadata.date, importOrder: importOrder)
    }

    /// Dated articles first, oldest first (`2024` before `2024-03`), then import order.
    public static func chronological(_ a: DossierArticle, _ b: DossierArticle) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.importOrder < b.importOrder
        }
    }

    /// `YYYY-MM` of the date, or nil when undated or dated by the year only.
    public var month: String? {
        guard let date, date.count >= 7 else { return nil }
        return String(date.prefix(7))
    }
}
