/// The context view's text at a width: each source line wrapped by display width, the
/// quote's own text bold and marked with a bar in the gutter.
public enum ContextContent {
    static let quoteStyle = Style(bold: true, role: .accent)
    static let gutter = "▌ "

    /// The wrapped lines and the index of the first one holding the quote.
    public static func lines(for context: QuoteContext, width: Int) -> (lines: [StyledLine], quoteRow: Int) {
        let textWidth = width - TextWidth.of(gutter)
        guard textWidth > 0 else { return ([], 0) }
        var lines: [StyledLine] = []
        var quoteRow = 0
        for (index, line) in context.lines.enumerated() {
            if index == context.quoteLine { quoteRow = lines.count }
            for row in wrap(line, width: textWidth) {
                let marked = row.contains { $0.isQuote }
                var styled = StyledLine([.init(text: marked ? gutter : "  ", style: quoteStyle)])
                for character in row {
                    let style = character.isQuote ? quoteStyle : Style.plain
                    if let lastIndex = styled.runs.indices.last, lastIndex > 0, styled.runs[lastIndex].style == style {
                        styled.runs[lastIndex].text.append(character.character)
                    } else {
                        styled.runs.append(.init(text: String(character.character), style: style))
                    }
                }
                lines.append(styled)
            }
        }
        return (lines, quoteRow)
    }

    struct Marked {
        var character: Character
        var isQuote: Bool
    }

    /// Greedy wrap at spaces (inside a word longer than the width when it must),
    /// measured in display columns; the space a line breaks at is dropped.
    static func wrap(_ line: QuoteContext.Line, width: Int) -> [[Marked]] {
        var rows: [[Marked]] = []
        var row: [Marked] = []
        var used = 0
        for part in line.parts {
            for character in part.text {
                let w = TextWidth.of(character)
                if used + w > width, !row.isEmpty {
                    if let space = row.lastIndex(where: { $0.character == " " }), space > 0 {
                        rows.append(Array(row[..<space]))
                        row = Array(row[(space + 1)...])
                    } else {
                        rows.append(row)
                        row = []
                    }
                    used = row.reduce(0) { $0 + TextWidth.of($1.character) }
                    if row.isEmpty && character == " " { continue }
                }
                row.append(Marked(character: character, isQuote: part.isQuote))
                used += w
            }
        }
        rows.append(row)
        return rows
    }
}
