import DossierCore
/// The browser's one state transition: applies an action and returns the
/// effects the run loop must carry out. Pure apart from reads of `state.data`.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .resize(let width, let height):
        state.layout = Layout(width: width, height: height)
        state.sections.keepVisible(state.layout.visibleRows(of: .sections))
        state.experts.keepVisible(state.layout.visibleRows(of: .experts))
        state.quotes.keepVisible(state.layout.visibleRows(of: .quotes))
        state.clampReaderScroll()
        if case .picker(var picker) = state.overlay {
            picker.list.keepVisible(state.pickerVisibleRows)
            state.overlay = .picker(picker)
        }
        return []
    case .message(let text, let isError):
        state.message = text
        state.messageIsError = isError
        return []
    case .searchResults(let generation, let positions):
        return state.receiveSearchResults(generation: generation, positions: positions)
    case .exportOutcome(let outcome):
        return state.receiveExportOutcome(outcome)
    case .mouse(let event):
        if state.exportDialog != nil { return [] }
        return state.handleMouse(event)
    case .command(let command):
        return state.perform(command)
    case .key(let key):
        state.message = nil
        state.messageIsError = false
        if state.exportDialog != nil { return state.handleExportKey(key) }
        if state.search.editing { return state.handleSearchKey(key) }
        switch state.overlay {
        case .picker: return state.handlePickerKey(key)
        case .help, .glossary, .context: return state.handleOverlayKey(key)
        case .none: break
        }
        guard let command = state.keymap.command(for: key) else { return [] }
        return state.perform(command)
    }
}

extension AppState {
    mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .moveDown: return move(.by(1))
        case .moveUp: return move(.by(-1))
        case .pageDown: return move(.by(layout.visibleRows(of: focus)))
        case .pageUp: return move(.by(-layout.visibleRows(of: focus)))
        case .first: return move(.to(0))
        case .last: return move(.to(Int.max / 2))
        case .focusNext, .focusPrevious:
            let panes = PaneID.allCases
            let index = panes.firstIndex(of: focus) ?? 0
            let step = command == .focusNext ? 1 : panes.count - 1
            focus = panes[(index + step) % panes.count]
        case .open:
            switch focus {
            case .sections, .experts: focus = .quotes
            case .quotes: if quotes.count > 0 { focus = .reader }
            case .reader: break
            }
        case .back: return back()
        case .search:
            search.editing = true
            search.text = ""
            search.error = nil
        case .nextMatch: stepMatch(forward: true)
        case .previousMatch: stepMatch(forward: false)
        case .pickCountry: openPicker(.country)
        case .pickArticle:
            if data.facetCount(.article, filter: filter) < 2 {
                message = "Only one article is loaded"
            } else {
                openPicker(.article)
            }
        case .glossary:
            if let row = selectedQuote, !row.glossary.isEmpty {
                overlay = .glossary(scroll: 0)
            } else {
                message = "No glossary terms in this quote"
            }
        case .quoteContext: openContext()
        case .clearFilter:
            guard let newest = activeFilters.last else {
                message = "No filters to clear"
                return []
            }
            setFilter(newest, nil)
            return refilter()
        case .clearAllFilters:
            filterOrder = []
            filter = QuoteFilter()
            var effects = refilter()
            if search.isActive { effects += clearSearch() }
            return effects
        case .toggleMouse:
            mouseCapture.toggle()
            message = mouseCapture ? "Mouse capture on" : "Mouse capture off (terminal selection works)"
            return [.setMouseCapture(mouseCapture)]
        case .copyQuote: return copySelectedQuote()
        case .copyQuoteAs: openExportDialog(.copy)
        case .saveQuote: openExportDialog(.save)
        case .openSource: return openSource()
        case .help: overlay = .help(scroll: 0)
        case .quit:
            quitRequested = true
            return [.quit]
        }
        return []
    }

    enum Movement {
        case by(Int)
        case to(Int)
    }

    mutating func move(_ movement: Movement) -> [Effect] {
        func apply(_ list: inout ListState, visible: Int) {
            switch movement {
            case .by(let delta): list.move(by: delta, visible: visible)
            case .to(let index): list.select(index, visible: visible)
            }
        }
        switch focus {
        case .sections:
            let before = sections.selected
            apply(&sections, visible: layout.visibleRows(of: .sections))
            guard sections.selected != before else { return [] }
            setFilter(.section, facetValue(.section, row: sections.selected)?.key)
            return refilter()
        case .experts:
            let before = experts.selected
            apply(&experts, visible: layout.visibleRows(of: .experts))
            guard experts.selected != before else { return [] }
            setFilter(.expert, facetValue(.expert, row: experts.selected)?.key)
            return refilter()
        case .quotes:
            let before = quotes.selected
            apply(&quotes, visible: layout.visibleRows(of: .quotes))
            if quotes.selected != before { readerScroll = 0 }
        case .reader:
            switch movement {
            case .by(let delta): readerScroll += delta
            case .to(let index): readerScroll = index
            }
            clampReaderScroll()
        }
        return []
    }

    private mutating func back() -> [Effect] {
        if focus == .reader {
            focus = .quotes
            return []
        }
        if search.isActive { return clearSearch() }
        if focus == .quotes {
            focus = filter.expert != nil ? .experts : .sections
        }
        return []
    }

    /// After a filter change: drop filters the new scope no longer offers,
    /// re-point the section and expert lists, restart the quotes list and search.
    mutating func refilter() -> [Effect] {
        for facet in [Facet.section, .expert] {
            guard let key = value(of: facet) else { continue }
            if data.facetPosition(facet, key: key, filter: data.scope(of: facet, in: filter)) == nil {
                setFilter(facet, nil)
            }
        }
        sections.count = data.facetCount(.section, filter: filter) + 1
        sections.select(filter.section.flatMap { data.facetPosition(.section, key: $0, filter: filter) }.map { $0 + 1 } ?? 0,
                        visible: layout.visibleRows(of: .sections))
        experts.count = data.facetCount(.expert, filter: filter) + 1
        experts.select(filter.expert.flatMap { data.facetPosition(.expert, key: $0, filter: filter) }.map { $0 + 1 } ?? 0,
                       visible: layout.visibleRows(of: .experts))
        quotes.count = data.quoteCount(filter: filter)
        quotes.select(0, visible: layout.visibleRows(of: .quotes))
        readerScroll = 0
        return search.isActive ? startSearch() : []
    }

    /// Number of lines the reader would show for the selected quote.
    var readerLineCount: Int {
        guard let row = selectedQuote else { return 0 }
        return ReaderContent.lines(for: row, width: layout.reader.inset.width - 1, matcher: search.matcher).count
    }

    mutating func clampReaderScroll() {
        let visible = layout.visibleRows(of: .reader)
        readerScroll = max(0, min(readerScroll, readerLineCount - visible))
    }
}
