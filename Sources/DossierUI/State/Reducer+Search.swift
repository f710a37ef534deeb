import DossierCore

extension AppState {
    /// Keys while the search prompt is open: text edits the query and the
    /// results follow every keystroke.
    mutating func handleSearchKey(_ key: Key) -> [Effect] {
        switch key {
        case .character(let character):
            search.text.append(character)
            return recompileSearch()
        case .backspace, .delete:
            if search.text.isEmpty {
                search.editing = false
                return clearSearch()
            }
            search.text.removeLast()
            return recompileSearch()
        case .enter:
            search.editing = false
            if search.error != nil || search.text.trimmingCharacters().isEmpty { return clearSearch() }
            if search.ranked != nil, focus != .reader { focus = .quotes }  // the results list, to move in
            return []
        case .escape:
            search.editing = false
            return clearSearch()
        case .up, .down, .pageUp, .pageDown:
            let saved = focus
            focus = .quotes
            let effects = perform(key == .up ? .moveUp : key == .down ? .moveDown : key == .pageUp ? .pageUp : .pageDown)
            focus = saved
            return effects
        default:
            return []
        }
    }

    private mutating func recompileSearch() -> [Effect] {
        if search.text.trimmingCharacters().isEmpty {
            search.error = nil
            let wasActive = search.isActive
            search.matcher = nil
            search.positions = nil
            search.positionSet = []
            search.ranked = nil
            return wasActive ? [.cancelSearch] : []
        }
        do {
            search.matcher = try compileQuery(search.text)
            search.error = nil
            return startSearch()
        } catch let error as DossierError {
            search.error = error.message
        } catch {
            search.error = "search \"\(search.text)\": \(error)"
        }
        return []
    }

    /// Starts the current query over the current filter (a new generation).
    mutating func startSearch() -> [Effect] {
        guard let matcher = search.matcher else { return [] }
        search.generation += 1
        search.positions = nil
        search.positionSet = []
        search.counts = nil
        let request = Effect.search(SearchRequest(generation: search.generation, filter: filter, matcher: matcher))
        return requestRanked(limit: firstRankedPage) + [request]
    }

    mutating func clearSearch() -> [Effect] {
        // Generations keep counting: a cleared search's late results must not pass for the next one's.
        let generation = search.generation
        search = SearchState()
        search.generation = generation
        clampReaderScroll()
        return [.cancelSearch]
    }

    mutating func receiveSearchResults(generation: Int, positions: [Int]?) -> [Effect] {
        guard generation == search.generation, let positions else { return [] }
        search.positions = positions
        search.positionSet = Set(positions)
        if search.editing, search.ranked == nil, let first = positions.first(where: { $0 >= quotes.selected }) ?? positions.first {
            quotes.select(first, visible: layout.visibleRows(of: .quotes))
            readerScroll = 0
        }
        return []
    }

    /// The matches counted per pane row, for the search in force.
    mutating func receiveSearchCounts(generation: Int, counts: SearchCounts) -> [Effect] {
        guard generation == search.generation else { return [] }
        search.counts = counts
        return []
    }

    /// `n`/`N`: select the next or previous matching quote, wrapping around.
    mutating func stepMatch(forward: Bool) -> [Effect] {
        guard search.isActive else {
            message = "No search: press / to search"
            return []
        }
        if search.ranked != nil { return stepRanked(forward: forward) }
        guard let positions = search.positions else {
            message = "Searching…"
            return []
        }
        guard !positions.isEmpty else {
            message = "No matches for \"\(search.text)\""
            messageIsError = true
            return []
        }
        let target: Int
        if forward {
            target = positions.first { $0 > quotes.selected } ?? positions[0]
        } else {
            target = positions.last { $0 < quotes.selected } ?? positions[positions.count - 1]
        }
        quotes.select(target, visible: layout.visibleRows(of: .quotes))
        readerScroll = 0
        if focus != .reader { focus = .quotes }
        let index = (positions.firstIndex(of: target) ?? 0) + 1
        message = "Match \(index) of \(positions.count)"
        return []
    }
}
