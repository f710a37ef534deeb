import DossierCore

/// The sections, experts and quotes lists and the reader, each drawn from state.
enum BrowserPanes {
    static func renderSections(_ state: AppState, into screen: inout Screen) {
        let pane = ListPane(title: "Sections", rect: state.layout.sections, focused: state.focus == .sections, list: state.sections)
        let window = facetWindow(.section, state: state, list: state.sections, visible: pane.rect.inset.height)
        let total = state.data.quoteCount(filter: state.data.scope(of: .section, in: state.filter))
        pane.render(into: &screen) { index, width in
            if index == 0 { return ListPane.counted("All sections", count: total, width: width, style: Style(role: .dim)) }
            guard let value = window[index] else { return StyledLine("") }
            return ListPane.counted(value.label, count: value.count, width: width)
        }
    }

    static func renderExperts(_ state: AppState, into screen: inout Screen) {
        let pane = ListPane(title: "Experts", rect: state.layout.experts, focused: state.focus == .experts, list: state.experts)
        let window = facetWindow(.expert, state: state, list: state.experts, visible: pane.rect.inset.height)
        let total = state.data.quoteCount(filter: state.data.scope(of: .expert, in: state.filter))
        pane.render(into: &screen) { index, width in
            if index == 0 { return ListPane.counted("All experts", count: total, width: width, style: Style(role: .dim)) }
            guard let value = window[index] else { return StyledLine("") }
            return ListPane.counted(value.label, count: value.count, width: width)
        }
    }

    /// The facet values a list shows, keyed by list row (row 0 is "all").
    private static func facetWindow(_ facet: Facet, state: AppState, list: ListState, visible: Int) -> [Int: FacetValue] {
        let start = max(0, list.top - 1)
        let values = state.data.facets(facet, filter: state.filter, range: start..<(start + visible))
        var window: [Int: FacetValue] = [:]
        for (offset, value) in values.enumerated() { window[start + offset + 1] = value }
        return window
    }

    static func renderQuotes(_ state: AppState, into screen: inout Screen) {
        let pane = ListPane(title: "Quotes", rect: state.layout.quotes, focused: state.focus == .quotes, list: state.quotes)
        let visible = pane.rect.inset.height
        let rows = state.data.quotes(filter: state.filter, range: state.quotes.top..<(state.quotes.top + visible))
        pane.render(into: &screen) { index, width in
            let offset = index - state.quotes.top
            guard offset >= 0, offset < rows.count else { return StyledLine("") }
            let row = rows[offset]
            let isMatch = state.search.positionSet.contains(index)
            let firstParagraph = row.quote.paragraphs.first ?? ""
            let name = row.expert.name + ": "
            let nameStyle = Style(bold: true, role: .accent)
            let text = TextWidth.truncate(name + firstParagraph, to: max(0, width - 1))
            var line = StyledLine([.init(text: isMatch ? "•" : " ", style: Style(bold: true, role: .match))])
            let nameEnd = text.index(text.startIndex, offsetBy: min(name.count, text.count))
            line.runs.append(.init(text: String(text[..<nameEnd]), style: nameStyle))
            let rest = String(text[nameEnd...])
            if isMatch, let matcher = state.search.matcher {
                let ranges = matcher.highlights(in: rest).map { ($0, Style(bold: true, reverse: true, role: .match)) }
                line.runs.append(contentsOf: StyledLine.highlighting(rest, base: .plain, ranges: ranges).runs)
            } else {
                line.runs.append(.init(text: rest, style: .plain))
            }
            return line
        }
    }

    /// What the reader says when there is nothing at all to browse.
    static let emptyLibraryHint = [
        "The library is empty.",
        "",
        "Import articles from a shell, then start dossier again:",
        "  dossier import PATH...   (files or folders of .txt/.md)",
        "Or open files without the library:",
        "  dossier browse FILE...",
        "",
        "q quits.",
    ]

    static func renderReader(_ state: AppState, into screen: inout Screen) {
        let rect = state.layout.reader
        let focused = state.focus == .reader
        let border = Style(bold: focused, role: focused ? .focusBorder : .border)
        guard let row = state.selectedQuote else {
            screen.box(rect, title: "Reader", style: border)
            let hint = state.data.totalQuotes == 0 ? emptyLibraryHint : ["No quotes match the filters (x clears the last one)"]
            for (offset, line) in hint.prefix(rect.inset.height).enumerated() {
                screen.put(TextWidth.truncate(line, to: rect.inset.width - 1),
                           x: rect.inset.x + 1, y: rect.inset.y + offset, style: offset == 0 && hint.count > 1 ? Style(bold: true) : Style(dim: true, role: .dim))
            }
            return
        }
        let inner = rect.inset
        let lines = ReaderContent.lines(for: row, width: inner.width - 1, matcher: state.search.matcher)
        let scroll = max(0, min(state.readerScroll, lines.count - inner.height))
        let last = min(lines.count, scroll + inner.height)
        let label = lines.isEmpty ? "" : "\(scroll + 1)-\(last)/\(lines.count)"
        screen.box(rect, title: "Reader · \(row.quote.id)", label: label, style: border, titleStyle: Style(bold: true, role: border.role))
        for (offset, line) in lines[scroll..<last].enumerated() {
            screen.put(line, x: inner.x + 1, y: inner.y + offset, maxWidth: inner.width - 1)
        }
    }
}
