/// Who said a quote and where, as `dossier verify` compares it: the speaker and their
/// credentials, the article (title, publication, URL, date) and the section.
public struct QuoteAttribution: Sendable, Hashable {
    /// The fields, named as `verify` reports them.
    public enum Field: String, Sendable, CaseIterable {
        case speaker, credentials, title, publication, url = "URL", date, section
    }

    public var speaker: String
    public var credentials: String?
    public var title: String
    public var publication: String?
    public var url: String?
    public var date: String?
    public var section: String?

    public init(speaker: String, credentials: String?, title: String, publication: String?,
                url: String?, date: String?, section: String?) {
        self.speaker = speaker
        self.credentials = credentials
        self.title = title
        self.publication = publication
        self.url = url
        self.date = date
        self.section = section
    }

    /// The attribution a record carries.
    public init(record: QuoteRecord) {
        self.init(speaker: record.speaker.name, credentials: record.speaker.credentials, title: record.article.title,
                  publication: record.article.publication, url: record.article.url, date: record.article.issued,
                  section: record.location.section)
    }

    /// The attribution of `quote` as `article` gives it.
    public init(article: Article, quote: Quote) {
        let expert = article.expert(id: quote.expertID)
        self.init(speaker: expert?.name ?? quote.expertID, credentials: expert?.credentials, title: article.title,
                  publication: article.metadata.publication, url: article.metadata.url, date: article.metadata.date,
                  section: quote.section)
    }

    public func value(_ field: Field) -> String? {
        switch field {
        case .speaker: speaker
        case .credentials: credentials
        case .title: title
        case .publication: publication
        case .url: url
        case .date: date
        case .section: section
        }
    }

    /// The fields in `fields` whose values differ, from this attribution's to `other`'s.
    /// `normalise` is applied to both sides first (e.g. to drop control characters).
    public func changes(to other: QuoteAttribution, fields: [Field] = Field.allCases,
                        normalise: (String) -> String = { $0 }) -> [FieldChange] {
        fields.compactMap { field in
            let old = value(field).map(normalise)
            let new = other.value(field).map(normalise)
            return old == new ? nil : FieldChange(field: field.rawValue, old: old, new: new)
        }
    }
}

/// One attribution field that differs between an export and what it is checked against.
public struct FieldChange: Sendable, Hashable {
    /// The field's name as reported (`speaker`, `credentials`, `URL`, `author`, …).
    public var field: String
    public var old: String?
    public var new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }

    /// `speaker "Grant Mikaelian" → "Jane Doe"` (`none` for a missing value).
    public var rendered: String {
        func quoted(_ value: String?) -> String { value.map { "\"\(TerminalSafeText.clean($0))\"" } ?? "none" }
        return "\(field) \(quoted(old)) → \(quoted(new))"
    }
}
