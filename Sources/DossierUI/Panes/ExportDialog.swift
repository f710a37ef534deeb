import DossierCore

/// The copy-as / save dialog: a small centred box over the panes.
enum ExportDialogPane {
    /// Inner rows of the box; the same for every step so it does not jump.
    static let innerHeight = 8

    static func rect(_ layout: Layout) -> Rect {
        let width = min(layout.width - 4, 72)
        let height = min(layout.height - 2, innerHeight + 2)
        return Rect(x: (layout.width - width) / 2, y: (layout.height - height) / 2, width: width, height: height)
    }

    static func render(_ state: AppState, into screen: inout Screen) {
        guard let dialog = state.exportDialog else { return }
        let box = rect(state.layout)
        let inner = box.inset
        let x = inner.x + 1
        let width = inner.width - 2
        screen.fill(box)
        let verb = dialog.purpose == .copy ? "Copy" : "Save"
        let what = dialog.others.isEmpty ? "quote \(dialog.target.quoteID)" : "\(dialog.others.count + 1) quotes"
        screen.box(box, title: "\(verb) \(what) · Esc cancels", style: Style(bold: true, role: .focusBorder))
        let speakers = Set(([dialog.target] + dialog.others).map(\.speaker)).count
        let about = dialog.others.isEmpty ? "\(dialog.target.speaker) · \(dialog.target.articleTitle)"
            : "\(speakers) expert\(speakers == 1 ? "" : "s"), one bibliography for all"
        screen.put(TextWidth.truncate(about, to: width), x: x, y: inner.y, style: Style(dim: true, role: .dim))
        switch dialog.step {
        case .chooseFormat:
            for (index, format) in dialog.formats.enumerated() {
                let y = inner.y + 2 + index
                let selected = index == dialog.formatIndex
                screen.put(selected ? "›" : " ", x: inner.x, y: y, style: Style(bold: true, role: .accent))
                let name = format.rawValue + String(repeating: " ", count: max(1, 10 - format.rawValue.count))
                screen.put(TextWidth.truncate(name + format.summary(for: dialog.purpose), to: width), x: x, y: y, style: Style(bold: selected))
                if selected {
                    screen.restyle(x: x, y: y, width: width) { $0.reverse = true; $0.role = .selection }
                }
            }
            let next = dialog.purpose == .copy ? "Enter copies" : "Enter chooses the path"
            hint("↑↓ or 1-\(dialog.formats.count) choose · \(next)", inner, into: &screen)
        case .editPath:
            screen.put("Format: \(dialog.format.displayName) (\(dialog.format.rawValue))", x: x, y: inner.y + 2, maxWidth: width)
            let label = "Save to: "
            let used = screen.put(label, x: x, y: inner.y + 4, style: Style(bold: true))
            field(dialog.path, x: x + used, y: inner.y + 4, width: width - used, into: &screen)
            screen.put(TextWidth.truncate("Relative paths start in the current directory; ~ is your home.", to: width),
                       x: x, y: inner.y + 5, style: Style(dim: true, role: .dim))
            if state.messageIsError, let error = state.message {
                screen.put(TextWidth.truncate(error, to: width), x: x, y: inner.y + 6, style: Style(bold: true, role: .error))
            }
            hint("Enter saves · ←→ Home End move · Backspace deletes", inner, into: &screen)
        case .confirmOverwrite(let path):
            let lines = TextWidth.wrap("\(path) already exists.", width: width).prefix(3)
            for (offset, line) in lines.enumerated() {
                screen.put(line, x: x, y: inner.y + 2 + offset, style: Style(bold: true, role: .error))
            }
            screen.put("Overwrite it? (y/n)", x: x, y: inner.y + 3 + lines.count, maxWidth: width, style: Style(bold: true))
            hint("y replaces the file · n or Esc keeps it", inner, into: &screen)
        }
    }

    private static func hint(_ text: String, _ inner: Rect, into screen: inout Screen) {
        screen.put(TextWidth.truncate(text, to: inner.width - 2), x: inner.x + 1, y: inner.y + inner.height - 1,
                   style: Style(dim: true, role: .dim))
    }

    /// The text input, scrolled so the cursor stays visible; the cursor is a
    /// bar at the end or the character under it in reverse video.
    private static func field(_ input: TextField, x: Int, y: Int, width: Int, into screen: inout Screen) {
        guard width > 1 else { return }
        var characters = Array(input.text)
        var cursor = input.cursor
        while cursor > 0, TextWidth.of(String(characters[..<cursor])) > width - 1 {
            characters.removeFirst()
            cursor -= 1
        }
        let used = screen.put(String(characters), x: x, y: y, maxWidth: width, style: Style(bold: true))
        if cursor >= characters.count {
            screen.put("▏", x: x + used, y: y, style: Style(role: .accent))
        } else {
            let column = TextWidth.of(String(characters[..<cursor]))
            let cellWidth = max(1, TextWidth.of(characters[cursor]))
            screen.restyle(x: x + column, y: y, width: cellWidth) { $0.reverse = true }
        }
    }
}
