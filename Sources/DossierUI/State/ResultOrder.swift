import DossierCore

/// The order `/` search results are shown in (`S` cycles it). The first three are
/// `dossier search --sort`'s and list the matches as a results list in the quotes pane;
/// `list` keeps the quotes list as it is and marks the matches (`n`/`N` step through them).
public enum ResultOrder: String, Sendable, CaseIterable {
    case relevance, newest, oldest, list

    public init(_ order: SearchOrder) {
        switch order {
        case .relevance: self = .relevance
        case .newest: self = .newest
        case .oldest: self = .oldest
        }
    }

    /// The data source's order, nil for list order.
    public var searchOrder: SearchOrder? {
        switch self {
        case .relevance: .relevance
        case .newest: .newest
        case .oldest: .oldest
        case .list: nil
        }
    }

    /// How the pane title and messages name it.
    public var label: String { self == .list ? "list order" : rawValue }
}

/// The results list shown while a search is active in a ranked order: the first rows in that
/// order (more are asked for as the selection nears the end), and the selection in them.
public struct RankedResults: Sendable {
    /// Rows asked for first; a page is at least the visible rows.
    public static let firstPage = 50
    /// The most rows the list grows to (the label then says `+`).
    public static let maximum = 10_000

    public var order: SearchOrder
    public var rows: [QuoteRow] = []
    public var list = ListState()
    /// Rows asked for by the request in flight, or by the last one answered.
    public var requested = 0
    /// The generation of the request in flight; nil when none is.
    public var pending: Int?
    /// The search generation `rows` belong to (a newer query resets the selection to the top).
    public var searchGeneration = 0

    public init(order: SearchOrder) { self.order = order }

    /// Whether more rows than `rows` exist (or may: not yet answered).
    public var hasMore: Bool { pending != nil || (rows.count >= requested && rows.count < Self.maximum && requested > 0) }
}

/// A page of ranked results to compute off the input loop; a newer generation supersedes it.
public struct RankRequest: Sendable {
    public var generation: Int
    public var searchGeneration: Int
    public var filter: QuoteFilter
    public var matcher: any QuoteMatching
    public var order: SearchOrder
    public var limit: Int
}
