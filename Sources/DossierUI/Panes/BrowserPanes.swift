import DossierCore

/// The sections, experts and quotes lists and the reader, each drawn from state.
enum BrowserPanes {
    static func renderSections(_ state: AppState, into screen: inout Screen) {
        if state.outline == .articles { return renderArticles(state, into: &screen) }
        let article = state.pinnedArticle == nil ? state.filter.article.flatMap { state.data.articleEntry(id: $0) } : nil
        let title = article.map { "‹ " + $0.title } ?? "Sections"
        let pane = ListPane(title: title, rect: state.layout.sections, focused: state.focus == .sections, list: state.sections)
        let window = facetWindow(.section, state: state, list: state.sections, visible: pane.rect.inset.height)
        let total = state.searchTotal(.section) ?? state.data.quoteCount(filter: state.data.scope(of: .section, in: state.filter))
        pane.render(into: &screen) { index, width in
            if index == 0 { return ListPane.counted("All sections", count: total, width: width, style: Style(role: .dim)) }
            guard let value = window[index] else { return StyledLine("") }
            return countedRow(.section, key: value.key, label: value.label, count: value.count, state: state, width: width)
        }
    }

    static func renderExperts(_ state: AppState, into screen: inout Screen) {
        let pane = ListPane(title: "Experts", rect: state.layout.experts, focused: state.focus == .experts, list: state.experts)
        let window = facetWindow(.expert, state: state, list: state.experts, visible: pane.rect.inset.height)
        let total = state.searchTotal(.expert) ?? state.data.quoteCount(filter: state.data.scope(of: .expert, in: state.filter))
        pane.render(into: &screen) { index, width in
            if index == 0 { return ListPane.counted("All experts", count: total, width: width, style: Style(role: .dim)) }
            guard let value = window[index] else { return StyledLine("") }
            return countedRow(.expert, key: value.key, label: value.label, count: value.count, state: state, width: width)
        }
    }

    /// The articles list: date, publication and title, and the quotes under the other filters.
    static func renderArticles(_ state: AppState, into screen: inout Screen) {
        let ordered = "Articles · \(state.articleOrder.label)"
        let title = TextWidth.of(ordered) + 8 <= state.layout.sections.width ? ordered : "Articles"
        let pane = ListPane(title: title, rect: state.layout.sections, focused: state.focus == .sections, list: state.articles)
        let start = max(0, state.articles.top - 1)
        let entries = state.data.articles(filter: state.filter, order: state.articleOrder, range: start..<(start + pane.rect.inset.height))
        let total = state.searchTotal(.article) ?? state.data.quoteCount(filter: state.data.scope(of: .article, in: state.filter))
        pane.render(into: &screen) { index, width in
            if index == 0 { return ListPane.counted("All articles", count: total, width: width, style: Style(role: .dim)) }
            guard index - 1 - start >= 0, index - 1 - start < entries.count else { return StyledLine("") }
            var entry = entries[index - 1 - start]
            guard let counts = state.search.counts, state.search.isActive else { return articleLine(entry, width: width) }
            entry.quoteCount = counts.count(.article, entry.fingerprint)
            return articleLine(entry, width: width, dimmed: entry.quoteCount == 0)
        }
    }

    /// A facet row with its count, or under a search its matches (a row without any dimmed).
    static func countedRow(_ facet: Facet, key: String, label: String, count: Int, state: AppState, width: Int) -> StyledLine {
        guard let counts = state.search.counts, state.search.isActive else { return ListPane.counted(label, count: count, width: width) }
        let matches = counts.count(facet, key)
        return ListPane.counted(label, count: matches, width: width, style: matches == 0 ? Style(dim: true, role: .dim) : .plain)
    }

    /// "2024-03 Insider  Title…   12": the date and publication dimmed, the count at the end.
    static func articleLine(_ entry: ArticleEntry, width: Int, dimmed: Bool = false) -> StyledLine {
        let number = " \(entry.quoteCount)"
        var prefix = entry.date.map { String($0.prefix(7)) + " " } ?? ""
        if let publication = entry.publication, width >= 48 { prefix += TextWidth.truncate(publication, to: 12) + " " }
        let room = max(0, width - TextWidth.of(number))
        let shownPrefix = TextWidth.truncate(prefix, to: room / 2)
        let shownTitle = TextWidth.truncate(entry.title, to: max(0, room - TextWidth.of(shownPrefix)))
        let padding = String(repeating: " ", count: max(0, room - TextWidth.of(shownPrefix) - TextWidth.of(shownTitle)))
        return StyledLine([.init(text: shownPrefix, style: Style(dim: true, role: .dim)),
                           .init(text: shownTitle + padding, style: dimmed ? Style(dim: true, role: .dim) : .plain),
                           .init(text: number, style: Style(dim: true, role: .dim))])
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
        if let ranked = state.search.ranked { return ResultsPane.render(ranked, state, into: &screen) }
        let pane = ListPane(title: "Quotes", rect: state.layout.quotes, focused: state.focus == .quotes, list: state.quotes)
        let visible = pane.rect.inset.height
        let rows = state.data.quotes(filter: state.filter, range: state.quotes.top..<(state.quotes.top + visible))
        pane.render(into: &screen) { index, width in
            let offset = index - state.quotes.top
            guard offset >= 0, offset < rows.count else { return StyledLine("") }
            return quoteLine(rows[offset], state: state, isMatch: state.search.positionSet.contains(index), width: width)
        }
    }

    /// "•Name: first paragraph…", the matches highlighted; `prefix` (dimmed) goes before the name.
    static func quoteLine(_ row: QuoteRow, state: AppState, isMatch: Bool, prefix: String = "", width: Int) -> StyledLine {
        let firstParagraph = row.quote.paragraphs.first ?? ""
        let name = (state.isMarked(row) ? "✓ " : "") + row.expert.name + ": "
        let nameStyle = Style(bold: true, role: .accent)
        var line = StyledLine([.init(text: isMatch ? "•" : " ", style: Style(bold: true, role: .match))])
        let shownPrefix = TextWidth.truncate(prefix, to: max(0, width - 1))
        if !shownPrefix.isEmpty { line.runs.append(.init(text: shownPrefix, style: Style(dim: true, role: .dim))) }
        let text = TextWidth.truncate(name + firstParagraph, to: max(0, width - 1 - TextWidth.of(shownPrefix)))
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
            let hint = state.data.totalQuotes == 0 ? emptyLibraryHint
                : state.search.ranked.map { $0.pending != nil ? ["Searching…"] : ["No matches for \"\(state.search.text)\" (Esc ends the search)"] }
                ?? ["No quotes match the filters (x clears the last one)"]
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
