/// A CSL-JSON item (field names as in the CSL 1.0.2 input schema) for what one expert
/// said in one article: `type` `interview` with the expert as `author`, the article's
/// `title`, the publication as `container-title`, `URL`, `issued`, `accessed` and
/// `language`, so Zotero and pandoc's citeproc show "Mikaelian 2024". The quotes are in
/// `note` and, for `dossier verify`, the full records under `custom` (file exports only).
public struct CSLItem: Codable, Sendable, Hashable {
    /// CSL date: `{"date-parts": [[2024, 3, 4]]}`.
    public struct DateValue: Codable, Sendable, Hashable {
        public var dateParts: [[Int]]
        enum CodingKeys: String, CodingKey { case dateParts = "date-parts" }
    }

    /// Dossier's data under the CSL `custom` object.
    public struct Custom: Codable, Sendable, Hashable {
        public var quoteIDs: [String]
        /// The full records, so `dossier verify` can check a CSL-JSON export.
        public var dossierQuotes: [QuoteRecord]
        enum CodingKeys: String, CodingKey {
            case quoteIDs = "quote-ids", dossierQuotes = "dossier-quotes"
        }
    }

    public var id: String
    public var citationKey: String
    public var type: String
    public var author: [CSLName]?
    public var title: String
    public var containerTitle: String?
    public var url: String?
    public var issued: DateValue?
    public var accessed: DateValue?
    public var language: String
    public var note: String
    /// Nil in clipboard copies, which carry the citation only.
    public var custom: Custom?

    enum CodingKeys: String, CodingKey {
        case id, citationKey = "citation-key", type, author, title, containerTitle = "container-title"
        case url = "URL", issued, accessed, language, note, custom
    }

    /// One item for the quotes in `records` (they must share a citation key, that is one
    /// speaker in one article); `records` go under `custom` when `withRecords`.
    public init(records: [QuoteRecord], withRecords: Bool = true) {
        let first = records.first
        let article = first?.article
        id = first?.citationKey ?? "article"
        citationKey = id
        type = "interview"
        author = first.map { [CSLName(person: $0.speaker.name)] }
        title = article?.title ?? ""
        containerTitle = article?.publication
        url = article?.url
        issued = article?.issued.flatMap(CitationDate.init(iso:)).map { DateValue(dateParts: [$0.parts]) }
        accessed = first.flatMap { CitationDate(iso: $0.accessed) }.map { DateValue(dateParts: [$0.parts]) }
        language = article?.language ?? "en"
        note = records.map(Self.noteLine).joined(separator: "\n")
        custom = withRecords ? Custom(quoteIDs: records.map(\.quote.id), dossierQuotes: records) : nil
    }

    /// The items for `records`, one per citation key and speaker (a speaker in an article), in
    /// first-seen order: an item's author is its records' speaker even when two keys are alike.
    public static func items(for records: [QuoteRecord], withRecords: Bool = true) -> [CSLItem] {
        var order: [[String]] = []
        var groups: [[String]: [QuoteRecord]] = [:]
        for record in records {
            let group = [record.citationKey, record.speaker.id, record.speaker.name]
            if groups[group] == nil { order.append(group) }
            groups[group, default: []].append(record)
        }
        return order.compactMap { groups[$0].map { CSLItem(records: $0, withRecords: withRecords) } }
    }

    private static func noteLine(_ record: QuoteRecord) -> String {
        var place: [String] = []
        if let section = record.location.section { place.append("§ \(section)") }
        place.append("para. \(record.location.paragraphsInArticle.label)")
        return "Quote \(record.quote.id): \(AttributionLine.speaker(record)): “\(record.quote.text)” (\(place.joined(separator: ", ")))"
    }
}

/// A CSL name: `family` and `given` for a person's name of two or more words, else `literal`.
public struct CSLName: Codable, Sendable, Hashable {
    public var family: String?
    public var given: String?
    public var literal: String?

    /// Splits a printed name: the last word is the family name, with any lowercase particles
    /// before it (`de Waal`, `van der Berg`); the words before are the given names.
    public init(person name: String) {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else {
            literal = name
            return
        }
        var split = words.count - 1
        while split > 1, let first = words[split - 1].first, first.isLowercase { split -= 1 }
        family = words[split...].joined(separator: " ")
        given = words[..<split].joined(separator: " ")
    }

    /// The name as printed again (`Grant Mikaelian`).
    public var printed: String {
        literal ?? [given, family].compactMap { $0 }.joined(separator: " ")
    }
}
