import DossierCore

/// The marked quotes, the expert dossier and the country lens, drawn over the panes.
enum LibraryViews {
    static func renderMarks(_ list: ListState, _ state: AppState, into screen: inout Screen) {
        let rect = state.layout.overlay
        let inner = rect.inset
        let rows = state.markedRows
        screen.fill(rect)
        screen.box(rect, title: "Marked quotes · Space unmarks · y copy · s save all", label: list.position,
                   style: Style(bold: true, role: .focusBorder))
        let width = inner.width - 2
        for offset in 0..<max(0, inner.height) {
            let index = list.top + offset
            guard index < rows.count else { break }
            let row = rows[index]
            let y = inner.y + offset
            let selected = index == list.selected
            screen.put(selected ? "›" : " ", x: inner.x, y: y, style: Style(bold: true, role: .accent))
            let name = row.expert.name + ": "
            let text = TextWidth.truncate(name + (row.quote.paragraphs.first ?? ""), to: max(0, width * 3 / 5))
            let source = " · " + row.articleTitle
            var line = StyledLine([.init(text: text, style: .plain)])
            line.runs.append(.init(text: TextWidth.truncate(source, to: max(0, width - TextWidth.of(text))), style: Style(dim: true, role: .dim)))
            screen.put(line, x: inner.x + 1, y: y, maxWidth: width)
            if selected {
                screen.restyle(x: inner.x + 1, y: y, width: width) { $0.reverse = true; $0.role = .selection }
            }
        }
        if rows.count < state.marks.count {
            let gone = state.marks.count - rows.count
            screen.put("\(gone) marked quote\(gone == 1 ? " is" : "s are") no longer in the library", x: inner.x + 1,
                       y: inner.y + inner.height - 1, maxWidth: width, style: Style(dim: true, role: .dim))
        }
    }

    static func renderDossier(_ view: DossierView, scroll: Int, _ state: AppState, into screen: inout Screen) {
        let rect = state.layout.overlay
        let inner = rect.inset
        let width = inner.width - 2
        let lines = view.lines(scroll..<(scroll + inner.height), width: width)
        screen.fill(rect)
        let total = view.lineCount(width: width).map(String.init) ?? "more"
        screen.box(rect, title: "Dossier · \(view.dossier.expert.name) · Esc closes", label: "\(scroll + 1)-\(scroll + lines.count)/\(total)",
                   style: Style(bold: true, role: .focusBorder))
        for (offset, line) in lines.enumerated() {
            screen.put(line, x: inner.x + 1, y: inner.y + offset, maxWidth: width)
        }
    }

    /// Experts ranked on the left, the most recent months as bars on the right.
    static func renderLens(_ lens: CountryLens, _ list: ListState, _ state: AppState, into screen: inout Screen) {
        let rect = state.layout.overlay
        let inner = rect.inset
        screen.fill(rect)
        let name = CountryNames.name(for: lens.code)
        screen.box(rect, title: "\(name) (\(lens.code)) · \(lens.quoteCount) quotes · Enter filters", label: list.position,
                   style: Style(bold: true, role: .focusBorder))
        let monthsWidth = inner.width >= 60 ? 24 : 0
        let expertsWidth = inner.width - monthsWidth - 2
        screen.put("Experts, most quotes first", x: inner.x + 1, y: inner.y, maxWidth: expertsWidth, style: Style(bold: true, role: .accent))
        let rows = max(1, inner.height - 3)
        for offset in 0..<rows {
            let index = list.top + offset
            guard index < lens.experts.count else { break }
            let expert = lens.experts[index]
            let y = inner.y + 2 + offset
            let selected = index == list.selected
            screen.put(selected ? "›" : " ", x: inner.x, y: y, style: Style(bold: true, role: .accent))
            screen.put(ListPane.counted(expert.name, count: expert.count, width: expertsWidth - 1), x: inner.x + 1, y: y, maxWidth: expertsWidth - 1)
            if selected {
                screen.restyle(x: inner.x + 1, y: y, width: expertsWidth - 1) { $0.reverse = true; $0.role = .selection }
            }
        }
        guard monthsWidth > 0 else { return }
        let x = inner.x + expertsWidth + 1
        screen.put("Month by month", x: x, y: inner.y, maxWidth: monthsWidth, style: Style(bold: true, role: .accent))
        let shown = Array(lens.months.suffix(rows))
        let peak = max(1, shown.map(\.count).max() ?? 1)
        for (offset, month) in shown.enumerated() {
            let bar = String(repeating: "▇", count: month.count == 0 ? 0 : max(1, month.count * 9 / peak))
            let line = StyledLine([.init(text: month.period + " ", style: Style(dim: true, role: .dim)),
                                   .init(text: bar, style: Style(role: .accent)), .init(text: " \(month.count)", style: .plain)])
            screen.put(line, x: x, y: inner.y + 2 + offset, maxWidth: monthsWidth)
        }
        let earlier = lens.months.count - shown.count
        if earlier > 0 || lens.undated > 0 {
            let note = [earlier > 0 ? "\(earlier) earlier months" : nil, lens.undated > 0 ? "\(lens.undated) undated" : nil]
                .compactMap { $0 }.joined(separator: " · ")
            screen.put(note, x: x, y: inner.y + inner.height - 1, maxWidth: monthsWidth, style: Style(dim: true, role: .dim))
        }
    }
}
