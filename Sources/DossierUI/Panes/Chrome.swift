import DossierCore

/// The header, the status line and the too-small message.
enum Chrome {
    static func renderHeader(_ state: AppState, into screen: inout Screen) {
        let rect = state.layout.header
        let style = Style(reverse: true, role: .status)
        screen.fill(rect, style: style)
        let articles = state.data.facetCount(.article, filter: QuoteFilter())
        var text = " \(state.data.title) · \(articles) article\(articles == 1 ? "" : "s") · \(state.data.totalQuotes) quotes"
        if let article = state.filter.article, let entry = state.data.articleEntry(id: article) {
            text += " · " + entry.title + (state.pinnedArticle != nil ? entry.publication.map { " (\($0))" } ?? "" : "")
        }
        var right = state.quotes.count == state.data.totalQuotes ? "" : " \(state.quotes.count) shown "
        if !state.marks.isEmpty { right += " \(state.marks.count) marked " }
        let rightWidth = TextWidth.of(right)
        screen.put(TextWidth.truncate(text, to: rect.width - rightWidth), x: 0, y: rect.y, style: Style(bold: true, reverse: true, role: .status))
        screen.put(right, x: rect.width - rightWidth, y: rect.y, style: style)
    }

    static func renderStatus(_ state: AppState, into screen: inout Screen) {
        let rect = state.layout.status
        screen.fill(rect, style: Style(role: .status))
        if state.search.editing {
            let prompt = "/" + state.search.text
            let used = screen.put(prompt, x: 0, y: rect.y, maxWidth: rect.width - 1, style: Style(bold: true))
            screen.put("▏", x: used, y: rect.y, style: Style(role: .accent))
            let note = state.search.error ?? searchCount(state) + (state.search.isActive ? " · \(state.resultOrder.label)" : "")
            let noteStyle = Style(bold: state.search.error != nil, role: state.search.error != nil ? .error : .dim)
            let noteText = "  " + note
            screen.put(TextWidth.truncate(noteText, to: max(0, rect.width - used - 2)), x: used + 1, y: rect.y, style: noteStyle)
            return
        }
        var parts: [String] = []
        for facet in state.activeFilters { parts.append(filterLabel(facet, state)) }
        if state.search.isActive { parts.append("/\(state.search.text) (\(searchCount(state)), \(state.resultOrder.label))") }
        let filters = parts.isEmpty ? "No filters" : parts.joined(separator: " · ")
        let used = screen.put(TextWidth.truncate(filters, to: rect.width * 3 / 5), x: 1, y: rect.y, style: Style(bold: !parts.isEmpty, role: .status))
        let right: String
        var rightStyle = Style(dim: true, role: .dim)
        if let message = state.message {
            right = message
            rightStyle = Style(bold: true, role: state.messageIsError ? .error : .accent)
        } else if case .context = state.overlay {
            right = "↑↓ PgUp PgDn scroll  Esc or C returns"
        } else {
            let keys = state.keymap
            let hints = state.search.isActive
                ? keys.hints([(.cycleSearchOrder, "order"), (.nextMatch, "next"), (.back, "end search"), (.help, "help")])
                : parts.isEmpty
                ? keys.hints([(.focusNext, "panes"), (.search, "search"), (.pickCountry, "country"), (.help, "help"), (.quit, "quit")])
                : keys.hints([(.clearFilter, "clear"), (.clearAllFilters, "clear all"), (.search, "search"), (.help, "help"), (.quit, "quit")])
            right = state.focus == .quotes || state.focus == .reader ? keys.hints([(.copyQuote, "copy"), (.saveQuote, "save")]) + "  " + hints : hints
        }
        let space = rect.width - used - 5
        guard space > 3 else { return }
        let shown = TextWidth.truncate(right, to: space)
        screen.put(shown, x: rect.width - 1 - TextWidth.of(shown), y: rect.y, style: rightStyle)
    }

    private static func searchCount(_ state: AppState) -> String {
        guard state.search.isActive else { return "type to search" }
        guard let positions = state.search.positions else { return "searching…" }
        return positions.count == 1 ? "1 match" : "\(positions.count) matches"
    }

    private static func filterLabel(_ facet: Facet, _ state: AppState) -> String {
        let key = state.value(of: facet) ?? ""
        switch facet {
        case .country: return "country: \(CountryNames.name(for: key))"
        case .section: return "section: \(key.isEmpty ? "(none)" : key)"
        case .expert:
            let name = state.data.facetPosition(.expert, key: key, filter: state.filter).flatMap {
                state.data.facets(.expert, filter: state.filter, range: $0..<($0 + 1)).first?.label
            }
            return "expert: \(name ?? key)"
        case .article:
            return "article: \(state.data.articleEntry(id: key)?.title ?? key)"
        }
    }

    static func renderTooSmall(_ state: AppState, into screen: inout Screen) {
        let lines = [
            "Window too small (\(state.layout.width)×\(state.layout.height))",
            "Dossier needs at least \(Layout.minimumWidth)×\(Layout.minimumHeight)",
            "Enlarge the window, or press q to quit",
        ]
        let top = max(0, (screen.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let shown = TextWidth.truncate(line, to: screen.width)
            screen.put(shown, x: max(0, (screen.width - TextWidth.of(shown)) / 2), y: top + offset, style: Style(bold: offset == 0))
        }
    }
}
