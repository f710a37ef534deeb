import DossierCore
extension BrowserDataSource {
    /// Position of a facet value in its list under a filter, if present.
    public func facetPosition(_ facet: Facet, key: String, filter: QuoteFilter) -> Int? {
        let count = facetCount(facet, filter: filter)
        return facets(facet, filter: filter, range: 0..<count).firstIndex { $0.key == key }
    }
}

extension AppState {
    /// The facet value on row `row` of a list whose row 0 means "all".
    func facetValue(_ facet: Facet, row: Int) -> FacetValue? {
        guard row > 0 else { return nil }
        return data.facets(facet, filter: filter, range: (row - 1)..<row).first
    }

    /// The rows a picker shows after its type-to-narrow text: row 0 ("any") is nil.
    public func pickerItems(_ picker: PickerState) -> [FacetValue?] {
        let count = data.facetCount(picker.facet, filter: filter)
        let all = data.facets(picker.facet, filter: filter, range: 0..<count)
        let needle = SearchFolding.fold(picker.query.trimmingCharacters())
        let narrowed = needle.isEmpty ? all : all.filter { value in
            SearchFolding.fold(value.label).contains(needle) || SearchFolding.fold(value.key) == needle
        }
        return [nil] + narrowed.map { Optional($0) }
    }

    /// The matches of the search in force in a facet's scope (its "All" row), once counted.
    public func searchTotal(_ facet: Facet) -> Int? {
        search.isActive ? search.counts?.totals[facet] : nil
    }

    /// The filters in force, in the order they were applied (oldest first); a pinned article is not one.
    public var activeFilters: [Facet] {
        filterOrder.filter { value(of: $0) != nil && !($0 == .article && pinnedArticle != nil) }
    }

    /// The article on row `row` of the articles list (row 0 is "all articles").
    func articleEntry(row: Int) -> ArticleEntry? {
        guard row > 0 else { return nil }
        return data.articles(filter: filter, order: articleOrder, range: (row - 1)..<row).first
    }

    func value(of facet: Facet) -> String? {
        switch facet {
        case .article: filter.article
        case .section: filter.section
        case .expert: filter.expert
        case .country: filter.country
        }
    }

    mutating func setFilter(_ facet: Facet, _ key: String?) {
        let key = facet == .article ? pinnedArticle ?? key : key
        switch facet {
        case .article: filter.article = key
        case .section: filter.section = key
        case .expert: filter.expert = key
        case .country: filter.country = key
        }
        filterOrder.removeAll { $0 == facet }
        if key != nil { filterOrder.append(facet) }
    }
}

extension String {
    func trimmingCharacters() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
