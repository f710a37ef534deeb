/// Cells of a screen that show a web link: `width` columns from `column` on `row`.
public struct ScreenLink: Hashable, Sendable {
    public var url: String
    public var column: Int
    public var row: Int
    public var width: Int
    /// The characters drawn there when the link was recorded.
    public var text = ""
    /// The style of the link's first cell.
    public var style = Style.plain

    public init(url: String, column: Int, row: Int, width: Int) {
        self.url = url
        self.column = column
        self.row = row
        self.width = width
    }
}

extension Screen {
    /// Records a link over cells just drawn, with their text and style.
    mutating func addLink(_ link: ScreenLink) {
        guard link.row >= 0, link.row < height, link.column >= 0, link.column + link.width <= width else { return }
        var link = link
        link.text = text(of: link)
        link.style = self[link.column, link.row].style
        links.append(link)
    }

    /// True while the link's cells still hold what was drawn there (no overlay covers them).
    public func shows(_ link: ScreenLink) -> Bool {
        guard link.row >= 0, link.row < height, link.column >= 0, link.column + link.width <= width else { return false }
        return text(of: link) == link.text && self[link.column, link.row].style == link.style
    }

    private func text(of link: ScreenLink) -> String {
        var text = ""
        for column in link.column..<(link.column + link.width) {
            if let character = self[column, link.row].character { text.append(character) }
        }
        return text
    }
}
