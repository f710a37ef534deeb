/// How a list of articles is ordered.
public enum ArticleOrder: String, Sendable, CaseIterable, Codable {
    /// By date, newest first (undated last), then newest import first.
    case newest
    /// By title, A to Z.
    case title
    /// By publication, A to Z (unnamed last), newest first within one.
    case publication
    /// Most quotes (under the filters) first, then newest import first.
    case quotes

    /// How the order is named in the browser's pane title and status line.
    public var label: String {
        switch self {
        case .newest: "newest"
        case .title: "title"
        case .publication: "publication"
        case .quotes: "most quotes"
        }
    }

}

/// One article as lists show it: what names it, and its quotes under the filters in force.
public struct ArticleEntry: Hashable, Sendable {
    public var fingerprint: String
    public var title: String
    public var publication: String?
    /// As the article printed it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    public var date: String?
    public var quoteCount: Int

    public init(fingerprint: String, title: String, publication: String?, date: String?, quoteCount: Int) {
        self.fingerprint = fingerprint
        self.title = title
        self.publication = publication
        self.date = date
        self.quoteCount = quoteCount
    }

    /// Sorts summaries the way `order` lists them; `importRank` breaks ties (higher is newer).
    public static func sorted(_ summaries: [(summary: ArticleEntry, importRank: Int)], by order: ArticleOrder) -> [ArticleEntry] {
        summaries.sorted { left, right in
            let a = left.summary, b = right.summary
            switch order {
            case .newest:
                if (a.date ?? "") != (b.date ?? "") { return (a.date ?? "") > (b.date ?? "") }
            case .title:
                let (x, y) = (a.title.lowercased(), b.title.lowercased())
                if x != y { return x < y }
            case .publication:
                if (a.publication == nil) != (b.publication == nil) { return a.publication != nil }
                let (x, y) = ((a.publication ?? "").lowercased(), (b.publication ?? "").lowercased())
                if x != y { return x < y }
                if (a.date ?? "") != (b.date ?? "") { return (a.date ?? "") > (b.date ?? "") }
            case .quotes:
                if a.quoteCount != b.quoteCount { return a.quoteCount > b.quoteCount }
            }
            return left.importRank > right.importRank
        }.map(\.summary)
    }
}
