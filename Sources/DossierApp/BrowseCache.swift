import DossierCore
import DossierLibrary
import DossierUI

/// A bounded cache of counts and pages, so redrawing the same lists never repeats SQL.
/// It holds at most `capacity` entries (pages of 64 rows), whatever the library's size.
struct BrowseCache {
    enum Key: Hashable {
        case quoteCount(BrowseFilter)
        case quotes(BrowseFilter, page: Int)
        case facetCount(BrowseFacet, BrowseFilter)
        case facets(BrowseFacet, BrowseFilter, page: Int)
        case countries(BrowseFilter)
        case position(BrowseFacet, key: String, BrowseFilter)
        case articles(BrowseFilter, ArticleOrder, page: Int)
        /// An expert's whole articles list (see `LibraryDataSource.expertArticles`).
        case expertArticles(BrowseFilter, ArticleOrder)
        case articlePosition(String, BrowseFilter, ArticleOrder)
        case articleEntry(String)
    }

    enum Value {
        case count(Int)
        case quotes([QuoteRow])
        case facets([FacetValue])
        case articles([ArticleEntry])

        static let empty = Value.facets([])

        var count: Int {
            switch self {
            case .count(let count): count
            case .quotes(let rows): rows.count
            case .facets(let values): values.count
            case .articles(let entries): entries.count
            }
        }

        var quotes: [QuoteRow] { if case .quotes(let rows) = self { rows } else { [] } }
        var facets: [FacetValue] { if case .facets(let values) = self { values } else { [] } }
        var articles: [ArticleEntry] { if case .articles(let entries) = self { entries } else { [] } }
    }

    let capacity = 256
    private var entries: [Key: (value: Value, used: Int)] = [:]
    private var clock = 0

    /// Number of entries held.
    var count: Int { entries.count }

    mutating func value(for key: Key) -> Value? {
        guard let entry = entries[key] else { return nil }
        clock += 1
        entries[key] = (entry.value, clock)
        return entry.value
    }

    /// Stores a value, evicting the least recently used quarter when full.
    mutating func store(_ value: Value, for key: Key) {
        if entries.count >= capacity {
            let stale = entries.sorted { $0.value.used < $1.value.used }.prefix(capacity / 4).map(\.key)
            for key in stale { entries[key] = nil }
        }
        clock += 1
        entries[key] = (value, clock)
    }
}
