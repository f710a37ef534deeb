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
        state.search.ranked?.list.keepVisible(state.layout.visibleRows(of: .quotes))
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
    case .searchCounts(let generation, let counts):
        return state.receiveSearchCounts(generation: generation, counts: counts)
    case .rankedResults(let page):
        return state.receiveRanked(page)
    case .exportOutcome(let outcome):
        return state.receiveExportOutcome(outcome)
    case .viewLoaded(let result):
        return state.receiveView(result)
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
        case .marks(let list): return state.handleMarksKey(key, list)
        case .dossier(let view, let scroll): return state.handleDossierKey(key, view, scroll: scroll)
        case .lens(let lens, let list): return state.handleLensKey(key, lens, list)
        case .loading:
            if [.back, .quit].contains(state.keymap.command(for: key)) { state.overlay = .none }
            return []
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
            case .sections where outline == .articles && filter.article != nil: openArticle()
            case .sections, .experts: focus = .quotes
            case .quotes: if shownQuoteCount > 0 { focus = .reader }
            case .reader: break
            }
        case .back: return back()
        case .search:
            search.editing = true
            search.text = ""
            search.error = nil
        case .nextMatch: return stepMatch(forward: true)
        case .previousMatch: return stepMatch(forward: false)
        case .cycleSearchOrder: return cycleSearchOrder()
        case .pickCountry: openPicker(.country)
        case .cycleArticleOrder: cycleArticleOrder()
        case .pickArticle:
            if pinnedArticle != nil {
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
            if newest == .article { setFilter(.section, nil) }
            return refilter()
        case .clearAllFilters:
            filterOrder = []
            filter = QuoteFilter(article: pinnedArticle)
            var effects = refilter()
            if search.isActive { effects += clearSearch() }
            return effects
        case .toggleMouse:
            mouseCapture.toggle()
            message = mouseCapture ? "Mouse capture on" : "Mouse capture off (terminal selection works)"
            return [.setMouseCapture(mouseCapture)]
        case .markQuote: return toggleMark()
        case .showMarks: openMarks()
        case .expertDossier: return openDossier()
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
        case .sections where outline == .articles:
            let before = articles.selected
            apply(&articles, visible: layout.visibleRows(of: .sections))
            guard articles.selected != before else { return [] }
            setFilter(.article, articleEntry(row: articles.selected)?.fingerprint)
            return refilter(articleRow: articles.selected)
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
            if search.ranked != nil { return moveRanked(movement) }
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
        if focus == .sections, outline == .sections, pinnedArticle == nil {
            outline = .articles
            guard filter.section != nil else { return [] }
            setFilter(.section, nil)
            return refilter()
        }
        if search.isActive { return clearSearch() }
        if focus == .quotes {
            focus = filter.expert != nil ? .experts : .sections
        }
        return []
    }

    /// After a filter change: drop filters the new scope no longer offers,
    /// re-point the article, section and expert lists, restart the quotes list and search.
    /// `articleRow`: the articles list row the article filter was just taken from (a move in
    /// that list), which spares looking the article up again.
    mutating func refilter(articleRow: Int? = nil) -> [Effect] {
        for facet in [Facet.article, .section, .expert] where !(facet == .article && (pinnedArticle != nil || articleRow != nil)) {
            guard let key = value(of: facet) else { continue }
            let present = facet == .article
                ? data.articlePosition(key, filter: filter, order: articleOrder) != nil
                : data.facetPosition(facet, key: key, filter: data.scope(of: facet, in: filter)) != nil
            if !present { setFilter(facet, nil) }
        }
        if filter.article == nil { outline = .articles }
        if pinnedArticle == nil {
            articles.count = data.facetCount(.article, filter: filter) + 1
            let row = articleRow ?? filter.article.flatMap { data.articlePosition($0, filter: filter, order: articleOrder) }.map { $0 + 1 }
            articles.select(row ?? 0, visible: layout.visibleRows(of: .sections))
        }
        if outline == .sections { refreshSections() }
        experts.count = data.facetCount(.expert, filter: filter) + 1
        experts.select(filter.expert.flatMap { data.facetPosition(.expert, key: $0, filter: filter) }.map { $0 + 1 } ?? 0,
                       visible: layout.visibleRows(of: .experts))
        quotes.count = data.quoteCount(filter: filter)
        quotes.select(0, visible: layout.visibleRows(of: .quotes))
        readerScroll = 0
        return search.isActive ? startSearch() : []
    }

    /// Enter on an article: the pane lists its sections, from "All sections".
    mutating func openArticle() {
        outline = .sections
        refreshSections()
        sections.select(0, visible: layout.visibleRows(of: .sections))
    }

    /// Recounts the sections list (shown only for one article, so only computed then).
    mutating func refreshSections() {
        sections.count = data.facetCount(.section, filter: filter) + 1
        sections.select(filter.section.flatMap { data.facetPosition(.section, key: $0, filter: filter) }.map { $0 + 1 } ?? 0,
                        visible: layout.visibleRows(of: .sections))
    }

    /// `O`: the next article order, keeping the selected article selected.
    mutating func cycleArticleOrder() {
        guard pinnedArticle == nil else {
            message = "Only one article is loaded"
            return
        }
        articleOrder = articleOrder.next
        articles.select(filter.article.flatMap { data.articlePosition($0, filter: filter, order: articleOrder) }.map { $0 + 1 } ?? 0,
                        visible: layout.visibleRows(of: .sections))
        message = "Articles by \(articleOrder.label)"
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
