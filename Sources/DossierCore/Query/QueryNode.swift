/// A field a query can filter on (`expert:…`, `country:…`, `section:…`, `article:…`).
public enum QueryField: String, Sendable, Hashable, CaseIterable {
    case expert, country, section, article
}

/// The parsed form of a search query. Text leaves hold folded tokens (lowercase,
/// diacritics removed), the same tokens the full-text index stores.
public indirect enum QueryNode: Sendable, Hashable {
    /// Consecutive tokens that must appear in this order in one field; with
    /// `prefix`, the last token matches any word starting with it. One token is a plain word.
    case phrase([String], prefix: Bool)
    /// Every child must match.
    case and([QueryNode])
    /// At least one child must match.
    case or([QueryNode])
    /// The child must not match.
    case not(QueryNode)
    /// A field filter. For `.country` the value is an upper-case ISO code; for the
    /// other fields it is the folded text to look for.
    case field(QueryField, String)

    /// True when the node (and everything below it) only concerns quote text, so a
    /// full-text engine can evaluate it on its own.
    public var isPureText: Bool {
        switch self {
        case .phrase: return true
        case .field: return false
        case .not(let child): return child.isPureText
        case .and(let children), .or(let children): return children.allSatisfy(\.isPureText)
        }
    }
}
