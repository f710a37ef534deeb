import DossierCore

/// Marks, the marked-quotes view, the expert dossier and the country lens.
extension AppState {
    /// Space: marks or unmarks the selected quote, and keeps the marks in the library.
    mutating func toggleMark() -> [Effect] {
        guard let row = selectedQuote else {
            message = "No quote selected"
            return []
        }
        let reference = QuoteReference(fingerprint: row.articleID, quoteID: row.quote.id)
        if markSet.contains(reference) {
            setMarks(marks.filter { $0 != reference })
            message = "Unmarked · \(marks.count) marked"
        } else {
            setMarks(marks + [reference])
            message = "Marked · \(marks.count) marked (M shows them)"
        }
        return keepMarks()
    }

    /// The effect that keeps the marks, when the source can keep them.
    func keepMarks() -> [Effect] {
        data.supportsCollections ? [.saveMarks(collection: marksCollection, members: marks)] : []
    }

    /// The marked quotes that still exist, in marking order.
    var markedRows: [QuoteRow] { data.quotes(references: marks) }

    /// `M`: the marked quotes across every filter.
    mutating func openMarks() {
        guard !marks.isEmpty else {
            message = "No marked quotes: Space marks the selected one"
            return
        }
        overlay = .marks(ListState(count: markedRows.count))
    }

    /// Keys in the marked-quotes view: move, unmark, copy or save them all, close.
    mutating func handleMarksKey(_ key: Key, _ list: ListState) -> [Effect] {
        var list = list
        let rows = markedRows
        let visible = pickerVisibleRows
        switch boundCommand(key) {
        case .moveDown: list.move(by: 1, visible: visible)
        case .moveUp: list.move(by: -1, visible: visible)
        case .pageDown: list.move(by: visible, visible: visible)
        case .pageUp: list.move(by: -visible, visible: visible)
        case .first: list.select(0, visible: visible)
        case .last: list.select(rows.count - 1, visible: visible)
        case .markQuote:
            guard list.selected < rows.count else { return [] }
            let row = rows[list.selected]
            setMarks(marks.filter { $0 != QuoteReference(fingerprint: row.articleID, quoteID: row.quote.id) })
            message = "Unmarked · \(marks.count) marked"
            list.resize(count: rows.count - 1, visible: visible)
            overlay = marks.isEmpty ? .none : .marks(list)
            return keepMarks()
        case .copyQuote, .copyQuoteAs, .saveQuote:
            let targets = rows.map(ExportTarget.init)
            guard let first = targets.first else { return [] }
            overlay = .none
            switch boundCommand(key) {
            case .copyQuote:
                return [.export(ExportJob(target: first, others: Array(targets.dropFirst()), format: .markdown, destination: .clipboard))]
            case .copyQuoteAs: exportDialog = ExportDialog(purpose: .copy, target: first, others: Array(targets.dropFirst()))
            default: exportDialog = ExportDialog(purpose: .save, target: first, others: Array(targets.dropFirst()))
            }
            return []
        case .back, .quit, .showMarks: overlay = .none
        default: return []
        }
        if case .marks = overlay { overlay = .marks(list) }
        return []
    }

    /// `e`: the dossier of the expert selected in the experts pane, else of the selected quote's expert.
    mutating func openDossier() -> [Effect] {
        let expertID = focus == .experts ? filter.expert ?? selectedQuote?.expert.id : selectedQuote?.expert.id ?? filter.expert
        guard let expertID else {
            message = "No expert selected"
            return []
        }
        overlay = .loading(.dossier(expertID: expertID))
        return [.loadView(.dossier(expertID: expertID))]
    }

    /// A loaded dossier or lens replaces its loading box (unless the user gave up on it).
    mutating func receiveView(_ result: ViewResult) -> [Effect] {
        guard overlay == .loading(result.request) else { return [] }
        switch result {
        case .dossier(let dossier?, _): overlay = .dossier(DossierView(dossier), scroll: 0)
        case .lens(let lens?, _): overlay = .lens(lens, ListState(count: lens.experts.count))
        case .dossier(nil, _):
            overlay = .none
            message = "No quotes by this expert"
        case .lens(nil, _):
            overlay = .none
            message = "No quotes about this country"
        }
        return []
    }

    /// Keys in the dossier: scroll; Enter filters by the expert; `s`/`y` export their quotes.
    mutating func handleDossierKey(_ key: Key, _ view: DossierView, scroll: Int) -> [Effect] {
        let dossier = view.dossier
        let page = pickerVisibleRows
        let width = layout.overlay.inset.width - 2
        var scroll = scroll
        switch boundCommand(key) {
        case .moveDown: scroll += 1
        case .moveUp: scroll -= 1
        case .pageDown: scroll += page
        case .pageUp: scroll -= page
        case .first: scroll = 0
        case .last: scroll = Int.max / 2
        case .open:
            overlay = .none
            setFilter(.expert, dossier.expert.id)
            focus = .quotes
            return refilter()
        case .copyQuote, .copyQuoteAs, .saveQuote:
            let targets = dossier.quotes.map {
                ExportTarget(quoteID: $0.quote.id, articleID: $0.article.fingerprint, speaker: $0.speaker.name, articleTitle: $0.article.title)
            }
            guard let first = targets.first else { return [] }
            overlay = .none
            let others = Array(targets.dropFirst())
            switch boundCommand(key) {
            case .copyQuote: return [.export(ExportJob(target: first, others: others, format: .markdown, destination: .clipboard))]
            case .copyQuoteAs: exportDialog = ExportDialog(purpose: .copy, target: first, others: others)
            default: exportDialog = ExportDialog(purpose: .save, target: first, others: others)
            }
            return []
        case .back, .quit, .expertDossier:
            overlay = .none
            return []
        default: return []
        }
        // Lines are built only as far as the view scrolls (`G` builds them all).
        _ = view.lines(0..<(min(scroll, Int.max / 2 - page) + page), width: width)
        let count = view.lineCount(width: width) ?? Int.max / 2
        overlay = .dossier(view, scroll: max(0, min(scroll, count - page)))
        return []
    }

    /// Tab in the country picker: the lens on the highlighted country.
    mutating func openLens(_ picker: PickerState) -> [Effect] {
        let items = pickerItems(picker)
        guard picker.list.selected < items.count, let code = items[picker.list.selected]?.key else {
            message = "Pick a country first (↑↓), then Tab shows who talks about it"
            return []
        }
        overlay = .loading(.lens(code: code))
        return [.loadView(.lens(code: code))]
    }

    /// Keys in the lens: move among the experts; Enter filters by the country and that expert.
    mutating func handleLensKey(_ key: Key, _ lens: CountryLens, _ list: ListState) -> [Effect] {
        var list = list
        let visible = max(1, layout.overlay.inset.height - 3)
        switch boundCommand(key) {
        case .moveDown: list.move(by: 1, visible: visible)
        case .moveUp: list.move(by: -1, visible: visible)
        case .pageDown: list.move(by: visible, visible: visible)
        case .pageUp: list.move(by: -visible, visible: visible)
        case .first: list.select(0, visible: visible)
        case .last: list.select(list.count - 1, visible: visible)
        case .open:
            overlay = .none
            setFilter(.country, lens.code)
            if list.selected < lens.experts.count { setFilter(.expert, lens.experts[list.selected].id) }
            focus = .quotes
            return refilter()
        case .back, .quit, .focusNext:
            overlay = .none
            return []
        default: return []
        }
        overlay = .lens(lens, list)
        return []
    }

    /// The command a key is bound to.
    func boundCommand(_ key: Key) -> Command? { keymap.command(for: key) }
}
