import DossierCore

/// Boxes drawn over the panes: pickers, help and glossary.
enum Overlays {
    static func render(_ state: AppState, into screen: inout Screen) {
        switch state.overlay {
        case .none: return
        case .picker(let picker): renderPicker(picker, state, into: &screen)
        case .help(let scroll):
            let lines = state.keymap.helpLines.map { line in
                line.hasPrefix(" ") ? StyledLine(line) : StyledLine(line, style: Style(bold: true, role: .accent))
            }
            renderText("Keys · Esc closes", lines, scroll: scroll, state, into: &screen)
        case .glossary(let scroll):
            var lines: [StyledLine] = []
            let width = state.layout.overlay.inset.width - 2
            for entry in state.selectedQuote?.glossary ?? [] {
                if !lines.isEmpty { lines.append(StyledLine("")) }
                lines.append(StyledLine(entry.term ?? "", style: Style(bold: true, underline: true, role: .glossary)))
                lines += TextWidth.wrap(entry.definition, width: width).map { StyledLine($0) }
            }
            renderText("Glossary · Esc closes", lines, scroll: scroll, state, into: &screen)
        case .context(let context, let scroll): renderContext(context, scroll: scroll, state, into: &screen)
        case .marks(let list): LibraryViews.renderMarks(list, state, into: &screen)
        case .dossier(let view, let scroll): LibraryViews.renderDossier(view, scroll: scroll, state, into: &screen)
        case .lens(let lens, let list): LibraryViews.renderLens(lens, list, state, into: &screen)
        case .loading(let request):
            renderText("Loading · Esc gives up", [StyledLine(request.waiting, style: Style(dim: true, role: .dim))], scroll: 0, state, into: &screen)
        }
    }

    /// The quote in its article over the whole body; the title says where the text came from.
    private static func renderContext(_ context: QuoteContext, scroll: Int, _ state: AppState, into screen: inout Screen) {
        let rect = state.layout.context
        let inner = rect.inset
        let lines = ContextContent.lines(for: context, width: state.contextTextWidth).lines
        screen.fill(rect)
        let top = max(0, min(scroll, lines.count - inner.height))
        let last = min(lines.count, top + inner.height)
        screen.box(rect, title: "Context · \(context.quoteID) · \(context.origin)", label: "\(top + 1)-\(last)/\(lines.count)",
                   style: Style(bold: true, role: .focusBorder))
        for (offset, line) in lines[top..<last].enumerated() {
            screen.put(line, x: inner.x, y: inner.y + offset, maxWidth: inner.width - 1)
        }
    }

    private static func renderText(_ title: String, _ lines: [StyledLine], scroll: Int, _ state: AppState, into screen: inout Screen) {
        let rect = state.layout.overlay
        let inner = rect.inset
        screen.fill(rect)
        let top = max(0, min(scroll, lines.count - inner.height))
        let last = min(lines.count, top + inner.height)
        screen.box(rect, title: title, label: lines.count > inner.height ? "\(top + 1)-\(last)/\(lines.count)" : "",
                   style: Style(bold: true, role: .focusBorder))
        for (offset, line) in lines[top..<last].enumerated() {
            screen.put(line, x: inner.x + 1, y: inner.y + offset, maxWidth: inner.width - 2)
        }
    }

    private static func renderPicker(_ picker: PickerState, _ state: AppState, into screen: inout Screen) {
        let rect = state.layout.overlay
        let inner = rect.inset
        let items = state.pickerItems(picker)
        screen.fill(rect)
        let title = picker.facet == .country ? "Country · type to narrow · Enter picks · Tab: who talks about it" : "Article · type to narrow · Enter picks"
        screen.box(rect, title: title, label: picker.list.position, style: Style(bold: true, role: .focusBorder))
        let used = screen.put("Find: " + picker.query, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 3, style: Style(bold: true))
        screen.put("▏", x: inner.x + 1 + used, y: inner.y, style: Style(role: .accent))
        let all = picker.facet == .country ? "Any country" : "All articles"
        for offset in 0..<max(0, inner.height - 2) {
            let index = picker.list.top + offset
            guard index < items.count else { break }
            let y = inner.y + 2 + offset
            let selected = index == picker.list.selected
            screen.put(selected ? "›" : " ", x: inner.x, y: y, style: Style(bold: true, role: .accent))
            let width = inner.width - 2
            let line: StyledLine
            if let value = items[index] {
                let label = picker.facet == .country ? "\(value.label) (\(value.key))" : value.label + (value.detail.map { " — \($0)" } ?? "")
                line = BrowserPanes.countedRow(picker.facet, key: value.key, label: label, count: value.count, state: state, width: width)
            } else {
                line = StyledLine(all, style: Style(role: .dim))
            }
            screen.put(line, x: inner.x + 1, y: y, maxWidth: width)
            if selected {
                screen.restyle(x: inner.x + 1, y: y, width: width) { $0.reverse = true; $0.role = .selection }
            }
        }
        if items.count == 1 && !picker.query.isEmpty {
            screen.put("No match for \"\(picker.query)\"", x: inner.x + 1, y: inner.y + 3, maxWidth: inner.width - 2, style: Style(dim: true, role: .dim))
        }
    }
}
