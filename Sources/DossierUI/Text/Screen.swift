/// One terminal cell: a grapheme cluster (or nothing, for the right half of a
/// wide character) and its style.
public struct Cell: Hashable, Sendable {
    /// The character drawn here; nil marks the second column of a wide character.
    public var character: Character?
    public var style: Style

    public init(_ character: Character?, style: Style = .plain) {
        self.character = character
        self.style = style
    }

    public static let blank = Cell(" ")
}

/// An in-memory grid of cells the panes draw into. Every write is clipped to
/// the grid (and to an optional width), measured in display columns, and
/// stripped of control characters so article text can never reach the
/// terminal as an escape sequence.
public struct Screen: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var cells: [Cell]
    /// Runs drawn with a web link, in drawing order (see `shows`).
    public internal(set) var links: [ScreenLink] = []

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(column: Int, row: Int) -> Cell {
        cells[row * width + column]
    }

    /// Clears every cell.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
        links = []
    }

    /// Fills a rectangle with spaces in a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for row in max(0, rect.y)..<min(height, rect.y + rect.height) {
            for column in max(0, rect.x)..<min(width, rect.x + rect.width) {
                cells[row * width + column] = Cell(" ", style: style)
            }
        }
    }

    /// Writes text at a position, clipped to `maxWidth` columns and the grid.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth.map { x + $0 } ?? width, width)
        var column = x
        for character in text {
            guard let safe = Screen.sanitise(character) else { continue }
            let w = TextWidth.of(safe)
            if w == 0 { continue }
            if column + w > limit { break }
            if column >= 0 {
                clearHalfOfWideCharacter(at: column, row: y)
                cells[y * width + column] = Cell(safe, style: style)
                if w == 2 {
                    clearHalfOfWideCharacter(at: column + 1, row: y)
                    cells[y * width + column + 1] = Cell(nil, style: style)
                }
            }
            column += w
        }
        return column - x
    }

    /// Sets the style of a run of cells without changing their characters.
    public mutating func restyle(x: Int, y: Int, width count: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<max(max(0, x), min(width, x + count)) {
            change(&cells[y * width + column].style)
        }
    }

    /// Draws a single-line box with an optional title on the top edge and a
    /// label (such as a position) on the bottom-right edge.
    public mutating func box(_ rect: Rect, title: String = "", label: String = "", style: Style = .plain, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1
        let bottom = rect.y + rect.height - 1
        let horizontal = String(repeating: "─", count: rect.width - 2)
        put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        put("└" + horizontal + "┘", x: rect.x, y: bottom, style: style)
        for row in (rect.y + 1)..<bottom {
            put("│", x: rect.x, y: row, style: style)
            put("│", x: right, y: row, style: style)
        }
        if !title.isEmpty && rect.width > 4 {
            let shown = TextWidth.truncate(" \(title) ", to: rect.width - 4)
            put(shown, x: rect.x + 2, y: rect.y, style: titleStyle ?? style)
        }
        if !label.isEmpty && rect.width > 6 {
            let shown = TextWidth.truncate(" \(label) ", to: rect.width - 4)
            put(shown, x: right - 1 - TextWidth.of(shown), y: bottom, style: style)
        }
    }

    /// The grid as text, one string per row, trailing spaces kept.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                if let character = cells[row * width + column].character { line.append(character) }
            }
            return line
        }
    }

    /// The grid as text with trailing spaces trimmed on each row (for tests).
    public var text: String {
        lines.map { line in
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }

    /// When a write lands on half of a wide character, blank the other half.
    private mutating func clearHalfOfWideCharacter(at column: Int, row: Int) {
        guard column >= 0, column < width else { return }
        let index = row * width + column
        if cells[index].character == nil, column > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        } else if let character = cells[index].character, TextWidth.of(character) == 2, column + 1 < width {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
    }

    /// Drops C0/C1 controls and DEL; tabs become a space.
    static func sanitise(_ character: Character) -> Character? {
        if character == "\t" { return " " }
        let scalars = character.unicodeScalars.filter { !TextWidth.isControl($0) }
        if scalars.isEmpty { return nil }
        if scalars.count == character.unicodeScalars.count { return character }
        var cleaned = String.UnicodeScalarView()
        cleaned.append(contentsOf: scalars)
        return String(cleaned).first
    }
}
