extension AppState {
    var pickerVisibleRows: Int { max(1, layout.overlay.height - 4) }

    mutating func openPicker(_ facet: Facet) {
        var picker = PickerState(facet: facet)
        let items = pickerItems(picker)
        picker.list.count = items.count
        if let current = value(of: facet), let index = items.firstIndex(where: { $0?.key == current }) {
            picker.list.select(index, visible: pickerVisibleRows)
        }
        overlay = .picker(picker)
    }

    /// Keys in a picker: printable text narrows, arrows move, Enter applies, Esc closes.
    mutating func handlePickerKey(_ key: Key) -> [Effect] {
        guard case .picker(var picker) = overlay else { return [] }
        let visible = pickerVisibleRows
        switch key {
        case .character(let character):
            picker.query.append(character)
            picker.list = ListState(count: pickerItems(picker).count, selected: picker.query.isEmpty ? 0 : 1)
            picker.list.select(picker.list.selected, visible: visible)
        case .backspace, .delete:
            if !picker.query.isEmpty { picker.query.removeLast() }
            picker.list = ListState(count: pickerItems(picker).count, selected: picker.query.isEmpty ? 0 : 1)
            picker.list.select(picker.list.selected, visible: visible)
        case .down: picker.list.move(by: 1, visible: visible)
        case .up: picker.list.move(by: -1, visible: visible)
        case .pageDown: picker.list.move(by: visible, visible: visible)
        case .pageUp: picker.list.move(by: -visible, visible: visible)
        case .home: picker.list.select(0, visible: visible)
        case .end: picker.list.select(picker.list.count - 1, visible: visible)
        case .escape:
            overlay = .none
            return []
        case .enter:
            return applyPicker(picker)
        case .tab where picker.facet == .country:
            return openLens(picker)
        default: break
        }
        overlay = .picker(picker)
        return []
    }

    mutating func applyPicker(_ picker: PickerState) -> [Effect] {
        let items = pickerItems(picker)
        guard picker.list.selected < items.count else { return [] }
        overlay = .none
        setFilter(picker.facet, items[picker.list.selected]?.key)
        if picker.facet == .article {
            setFilter(.section, nil)
            if filter.article != nil { openArticle() }
        }
        return refilter()
    }

    /// Keys in the help, glossary or context overlay: scroll, or close with Esc, q or the
    /// overlay's own key.
    mutating func handleOverlayKey(_ key: Key) -> [Effect] {
        handleOverlayCommand(keymap.command(for: key))
    }

    /// Scrolls or closes the help, glossary or context overlay (keys and the mouse wheel).
    mutating func handleOverlayCommand(_ command: Command?) -> [Effect] {
        let page = isContext ? contextVisibleRows : pickerVisibleRows
        let delta: Int
        switch command {
        case .moveDown: delta = 1
        case .moveUp: delta = -1
        case .pageDown: delta = page
        case .pageUp: delta = -page
        case .first where isContext: delta = -Int.max / 2
        case .last where isContext: delta = Int.max / 2
        case .back, .quit, .help, .glossary, .quoteContext:
            overlay = .none
            return []
        default: return []
        }
        switch overlay {
        case .help(let scroll): overlay = .help(scroll: max(0, scroll + delta))
        case .glossary(let scroll): overlay = .glossary(scroll: max(0, scroll + delta))
        case .context(let context, let scroll):
            let count = ContextContent.lines(for: context, width: contextTextWidth).lines.count
            overlay = .context(context, scroll: max(0, min(scroll + delta, count - page)))
        default: break
        }
        return []
    }

    private var isContext: Bool {
        if case .context = overlay { return true }
        return false
    }

    /// Rows and text columns inside the context view's border.
    var contextVisibleRows: Int { max(1, layout.context.height - 2) }
    var contextTextWidth: Int { max(0, layout.context.width - 3) }

    /// `C`: the selected quote in its article, from the top of the window (its section
    /// heading) when the quote's start still shows, else with the quote a third down;
    /// a status line when neither the library nor the file has its source.
    mutating func openContext() {
        guard let row = selectedQuote else {
            message = "No quote selected"
            return
        }
        switch data.context(of: row) {
        case .found(let context):
            let (lines, quoteRow) = ContextContent.lines(for: context, width: contextTextWidth)
            let visible = contextVisibleRows
            let scroll = quoteRow + 3 <= visible ? 0 : quoteRow - visible / 3
            overlay = .context(context, scroll: max(0, min(scroll, lines.count - visible)))
        case .unavailable(let reason):
            message = reason
            messageIsError = true
        }
    }

    /// Click focuses a pane and selects the row under the pointer; the wheel scrolls.
    mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        if case .picker(var picker) = overlay {
            let rows = layout.overlay.inset
            switch event.kind {
            case .wheelUp: picker.list.move(by: -3, visible: pickerVisibleRows)
            case .wheelDown: picker.list.move(by: 3, visible: pickerVisibleRows)
            case .press:
                let row = event.row - (rows.y + 2)
                guard rows.contains(column: event.column, row: event.row), row >= 0, row < pickerVisibleRows else {
                    overlay = .none
                    return []
                }
                picker.list.select(picker.list.top + row, visible: pickerVisibleRows)
                return applyPicker(picker)
            }
            overlay = .picker(picker)
            return []
        }
        if overlay != .none {
            if event.kind == .press { overlay = .none }
            return handleOverlayCommand(event.kind == .wheelUp ? .moveUp : .moveDown)
        }
        guard let pane = PaneID.allCases.first(where: { layout.rect(of: $0).contains(column: event.column, row: event.row) }) else {
            return []
        }
        let saved = focus
        focus = pane
        switch event.kind {
        case .wheelUp, .wheelDown:
            let effects = move(.by(event.kind == .wheelUp ? -3 : 3))
            focus = saved
            return effects
        case .press:
            guard pane != .reader else { return [] }
            let row = event.row - layout.rect(of: pane).y - 1
            guard row >= 0, row < layout.visibleRows(of: pane) else { return [] }
            let outlineTop = outline == .articles ? articles.top : sections.top
            let top = pane == .sections ? outlineTop : pane == .experts ? experts.top : search.ranked?.list.top ?? quotes.top
            return move(.to(top + row))
        }
    }
}
