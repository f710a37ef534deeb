import DossierCore

/// The quotes pane while a search is shown in a ranked order: "Results · relevance ▾", the
/// matches best first (with their date in a date order), "3/50+" while more may follow, and
/// "…" after the title while a page is being computed.
enum ResultsPane {
    static func render(_ ranked: RankedResults, _ state: AppState, into screen: inout Screen) {
        let rect = state.layout.quotes
        // The order of the rows shown: a newly chosen order is named when its rows arrive.
        let full = "Results · \(ResultOrder(ranked.order).label) ▾" + (ranked.pending != nil ? " …" : "")
        let title = TextWidth.of(full) + 10 <= rect.width ? full : "Results"
        let held = ranked.rows.count
        let label = held == 0 ? (ranked.pending != nil ? "…" : "0/0")
            : "\(ranked.list.selected + 1)/\(held)\(ranked.hasMore ? "+" : "")"
        let pane = ListPane(title: title, rect: rect, focused: state.focus == .quotes, list: ranked.list, label: label)
        let dated = ranked.order != .relevance
        pane.render(into: &screen) { index, width in
            guard index < held else { return StyledLine("") }
            let row = ranked.rows[index]
            let prefix = dated ? (row.date.map { String($0.prefix(7)) } ?? "undated") + " " : ""
            return BrowserPanes.quoteLine(row, state: state, isMatch: true, prefix: prefix, width: width)
        }
    }
}
