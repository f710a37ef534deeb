import DossierCore

/// The ranked results list: while a search is active in relevance, newest or oldest order the
/// quotes pane lists the matches in that order, a page at a time, computed off the input loop.
/// The quotes list underneath is left as it was, so ending the search returns to it.
extension AppState {
    /// Rows asked for first: a page, or the visible rows if more.
    var firstRankedPage: Int { max(RankedResults.firstPage, layout.visibleRows(of: .quotes) + 1) }

    /// The rows the quotes pane lists: the results, or the quotes under the filters.
    var shownQuoteCount: Int { search.ranked?.rows.count ?? quotes.count }

    /// Asks for the first `limit` results of the query in force in the current order.
    mutating func requestRanked(limit: Int) -> [Effect] {
        guard let matcher = search.matcher, let order = resultOrder.searchOrder else {
            search.ranked = nil
            return []
        }
        rankGeneration += 1
        if search.ranked == nil { search.ranked = RankedResults(order: order) }
        search.ranked?.pending = rankGeneration
        search.ranked?.requested = limit
        return [.rank(RankRequest(generation: rankGeneration, searchGeneration: search.generation, filter: filter,
                                  matcher: matcher, order: order, limit: limit))]
    }

    /// A page arrived: shown if it answers the request in flight. A new query or order starts
    /// at its top; a longer page of the same list keeps the selection.
    mutating func receiveRanked(_ page: RankedPage) -> [Effect] {
        guard var ranked = search.ranked, ranked.pending == page.generation else { return [] }
        let sameList = ranked.searchGeneration == page.searchGeneration && ranked.order == page.order && !ranked.rows.isEmpty
        ranked.rows = page.rows
        ranked.pending = nil
        ranked.order = page.order
        ranked.searchGeneration = page.searchGeneration
        ranked.requested = page.limit
        let visible = layout.visibleRows(of: .quotes)
        if sameList {
            ranked.list.resize(count: page.rows.count, visible: visible)
        } else {
            ranked.list = ListState(count: page.rows.count)
            readerScroll = 0
        }
        search.ranked = ranked
        return fetchMoreIfNeeded()
    }

    /// When the selection is within a screen of the last row held and more may exist, asks for more.
    mutating func fetchMoreIfNeeded() -> [Effect] {
        guard let ranked = search.ranked, ranked.pending == nil, ranked.hasMore else { return [] }
        let visible = layout.visibleRows(of: .quotes)
        guard ranked.list.selected + visible >= ranked.rows.count else { return [] }
        let limit = max(ranked.requested * 2, ranked.list.selected + 2 * visible)
        return requestRanked(limit: min(RankedResults.maximum, limit))
    }

    /// Moves the selection in the results list (the quotes pane while results are shown).
    mutating func moveRanked(_ movement: Movement) -> [Effect] {
        guard var ranked = search.ranked else { return [] }
        let before = ranked.list.selected
        let visible = layout.visibleRows(of: .quotes)
        switch movement {
        case .by(let delta): ranked.list.move(by: delta, visible: visible)
        case .to(let index): ranked.list.select(index, visible: visible)
        }
        if ranked.list.selected != before { readerScroll = 0 }
        search.ranked = ranked
        return fetchMoreIfNeeded()
    }

    /// `S`: the next result order; with a search in force its results follow at once.
    mutating func cycleSearchOrder() -> [Effect] {
        resultOrder = resultOrder.next
        message = "Search results by \(resultOrder.label)"
        guard search.isActive else { return [] }
        guard resultOrder.searchOrder != nil else {
            search.ranked = nil
            readerScroll = 0
            if let positions = search.positions, let first = positions.first(where: { $0 >= quotes.selected }) ?? positions.first {
                quotes.select(first, visible: layout.visibleRows(of: .quotes))
            }
            return []
        }
        return requestRanked(limit: firstRankedPage)
    }

    /// `n`/`N` in the results list: the next or previous result, wrapping around.
    mutating func stepRanked(forward: Bool) -> [Effect] {
        guard let ranked = search.ranked else { return [] }
        guard !ranked.rows.isEmpty else {
            message = ranked.pending != nil ? "Searching…" : "No matches for \"\(search.text)\""
            messageIsError = ranked.pending == nil
            return []
        }
        let count = ranked.rows.count
        var target = ranked.list.selected + (forward ? 1 : -1)
        if target >= count { target = ranked.hasMore ? count - 1 : 0 }
        if target < 0 { target = count - 1 }
        let effects = moveRanked(.to(target))
        if focus != .reader { focus = .quotes }
        message = "Match \(target + 1) of \(rankedTotalLabel)"
        return effects
    }

    /// How many results there are: the count of matches once known, else the rows held (`50+`).
    var rankedTotalLabel: String {
        if let total = search.positions?.count { return "\(total)" }
        guard let ranked = search.ranked else { return "0" }
        return ranked.hasMore ? "\(ranked.rows.count)+" : "\(ranked.rows.count)"
    }
}
