/// A line of text made of runs that each have a style.
public struct StyledLine: Hashable, Sendable {
    public var runs: [Run]

    public struct Run: Hashable, Sendable {
        public var text: String
        public var style: Style
        /// A web address the run links to (an OSC 8 hyperlink where the terminal shows them).
        public var link: String? = nil
    }

    public init(_ runs: [Run] = []) { self.runs = runs }

    public init(_ text: String, style: Style = .plain) {
        runs = [Run(text: text, style: style)]
    }

    public var text: String { runs.map(\.text).joined() }

    /// A line with `highlights` ranges of `text` restyled by `change`.
    public static func highlighting(_ text: String, base: Style, ranges: [(Range<String.Index>, Style)]) -> StyledLine {
        var runs: [Run] = []
        var cursor = text.startIndex
        for (range, style) in ranges.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            guard range.lowerBound >= cursor else { continue }
            if cursor < range.lowerBound { runs.append(Run(text: String(text[cursor..<range.lowerBound]), style: base)) }
            runs.append(Run(text: String(text[range]), style: style))
            cursor = range.upperBound
        }
        if cursor < text.endIndex { runs.append(Run(text: String(text[cursor...]), style: base)) }
        return StyledLine(runs)
    }
}

extension Screen {
    /// Draws a styled line clipped to `maxWidth` columns.
    public mutating func put(_ line: StyledLine, x: Int, y: Int, maxWidth: Int) {
        var column = x
        for run in line.runs {
            let remaining = maxWidth - (column - x)
            if remaining <= 0 { break }
            let written = put(run.text, x: column, y: y, maxWidth: remaining, style: run.style)
            if let link = run.link, written > 0 { addLink(ScreenLink(url: link, column: column, row: y, width: written)) }
            column += written
        }
    }
}
