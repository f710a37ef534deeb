/// Draws a bordered list: title, position label, a window of rows with the
/// selection marked (`›`, reversed when the pane has focus).
struct ListPane {
    var title: String
    var rect: Rect
    var focused: Bool
    var list: ListState
    /// The position label; the list's own ("3/18") when nil.
    var label: String? = nil

    /// `row(index, width)` returns the line for the item at `index`, drawn in `width` columns.
    func render(into screen: inout Screen, row: (Int, Int) -> StyledLine) {
        let border = Style(bold: focused, role: focused ? .focusBorder : .border)
        screen.box(rect, title: title, label: label ?? list.position, style: border, titleStyle: Style(bold: true, role: focused ? .focusBorder : .border))
        let inner = rect.inset
        guard inner.width > 2, inner.height > 0 else { return }
        for offset in 0..<inner.height {
            let index = list.top + offset
            guard index < list.count else { break }
            let y = inner.y + offset
            let selected = index == list.selected
            screen.put(selected ? "›" : " ", x: inner.x, y: y, style: Style(bold: true, role: .accent))
            screen.put(row(index, inner.width - 1), x: inner.x + 1, y: y, maxWidth: inner.width - 1)
            if selected {
                screen.restyle(x: inner.x + 1, y: y, width: inner.width - 1) { style in
                    if focused { style.reverse = true } else { style.bold = true }
                    style.role = .selection
                }
            }
        }
    }

    /// A label with a count right-aligned at the end of `width` columns.
    static func counted(_ label: String, count: Int, width: Int, style: Style = .plain) -> StyledLine {
        let number = " \(count)"
        let labelWidth = max(0, width - TextWidth.of(number))
        let shown = TextWidth.truncate(label, to: labelWidth)
        let padding = String(repeating: " ", count: max(0, labelWidth - TextWidth.of(shown)))
        return StyledLine([.init(text: shown + padding, style: style), .init(text: number, style: Style(dim: true, role: .dim))])
    }
}
