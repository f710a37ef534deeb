/// A CSL-JSON item (field names as in the CSL 1.0.2 input schema) describing
/// the article, with the quotes and speakers in `note` and `custom`.
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
    public var title: String
    public var containerTitle: String?
    public var url: String?
    public var issued: DateValue?
    public var accessed: DateValue?
    public var language: String
    public var note: String
    public var custom: Custom

    enum CodingKeys: String, CodingKey {
        case id, citationKey = "citation-key", type, title, containerTitle = "container-title"
        case url = "URL", issued, accessed, language, note, custom
    }

    /// One item for the article shared by `records` (they must have the same citation key).
    public init(records: [QuoteRecord]) {
        let first = records.first
        let article = first?.article
        id = first?.citationKey ?? "article"
        citationKey = id
        type = article?.publication == nil ? "webpage" : "article-newspaper"
        title = article?.title ?? ""
        containerTitle = article?.publication
        url = article?.url
        issued = article?.issued.flatMap(CitationDate.init(iso:)).map { DateValue(dateParts: [$0.parts]) }
        accessed = first.flatMap { CitationDate(iso: $0.accessed) }.map { DateValue(dateParts: [$0.parts]) }
        language = article?.language ?? "en"
        note = records.map(Self.noteLine).joined(separator: "\n")
        custom = Custom(quoteIDs: records.map(\.quote.id), dossierQuotes: records)
    }

    /// The items for `records`, one per article, in first-seen order.
    public static func items(for records: [QuoteRecord]) -> [CSLItem] {
        var order: [String] = []
        var groups: [String: [QuoteRecord]] = [:]
        for record in records {
            if groups[record.citationKey] == nil { order.append(record.citationKey) }
            groups[record.citationKey, default: []].append(record)
        }
        return order.compactMap { groups[$0].map(CSLItem.init(records:)) }
    }

    private static func noteLine(_ record: QuoteRecord) -> String {
        var place: [String] = []
        if let section = record.location.section { place.append("§ \(section)") }
        place.append("para. \(record.location.paragraphsInArticle.label)")
        return "Quote \(record.quote.id): \(AttributionLine.speaker(record)): “\(record.quote.text)” (\(place.joined(separator: ", ")))"
    }
}
