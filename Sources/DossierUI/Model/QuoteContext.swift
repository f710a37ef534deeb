import DossierCore
import Foundation

/// A quote in its article: a window of the source text (span text: page text for HTML)
/// around the quote's byte span, from its section heading when that is near, with the
/// quote's own bytes marked. Text is sanitised: no control or escape bytes survive.
public struct QuoteContext: Hashable, Sendable {
    /// One source line as parts; `isQuote` parts are inside the quote's span.
    public struct Line: Hashable, Sendable {
        public var parts: [Part]
        public var isBlank: Bool { parts.allSatisfy { $0.text.allSatisfy { $0 == " " } } }
    }

    public struct Part: Hashable, Sendable {
        public var text: String
        public var isQuote: Bool
    }

    public var quoteID: String
    /// Where the text came from, for the title: "library copy of roundup.txt", "file roundup.txt".
    public var origin: String
    public var lines: [Line]
    /// Index in `lines` of the quote's first line.
    public var quoteLine: Int

    /// Lines shown before the quote when no section heading is near, and after it.
    static let before = 12, after = 10
    /// How far back a section heading is looked for.
    static let headingReach = 40

    /// The context of `span` in `text`; nil when the span is not inside the text.
    public init?(quoteID: String, origin: String, text: Data, span: SourceSpan, section: String?) {
        let bytes = [UInt8](text)
        guard span.startByte >= 0, span.startByte < span.endByte, span.endByte <= bytes.count else { return nil }
        let ranges = Self.lineRanges(bytes)
        guard let first = ranges.firstIndex(where: { $0.upperBound > span.startByte || $0.upperBound == bytes.count }) else { return nil }
        let last = ranges.lastIndex(where: { $0.lowerBound < span.endByte }) ?? first
        var start = max(0, first - Self.before)
        if let heading = section.map(Self.letters), !heading.isEmpty,
           let found = (max(0, first - Self.headingReach)..<first).last(where: {
               let line = Self.letters(Self.decode(bytes[ranges[$0]]))
               return line.hasSuffix(heading) && line.count <= heading.count + 12
           }) {
            start = found
        }
        let end = min(ranges.count - 1, max(last, first) + Self.after)
        var lines: [Line] = []
        var quoteLine = 0
        for index in start...end {
            let range = ranges[index]
            let lower = min(max(span.startByte, range.lowerBound), range.upperBound)
            let upper = max(min(span.endByte, range.upperBound), lower)
            let parts = [
                Part(text: Self.decode(bytes[range.lowerBound..<lower]), isQuote: false),
                Part(text: Self.decode(bytes[lower..<upper]), isQuote: true),
                Part(text: Self.decode(bytes[upper..<range.upperBound]), isQuote: false),
            ].filter { !$0.text.isEmpty }
            let line = Line(parts: parts)
            // Runs of blank lines read as one.
            if line.isBlank, lines.last?.isBlank ?? true, index < first { continue }
            if line.isBlank, lines.last?.isBlank ?? false { continue }
            if index == first { quoteLine = lines.count }
            lines.append(line)
        }
        self.quoteID = quoteID
        self.origin = origin
        self.lines = lines
        self.quoteLine = quoteLine
    }

    /// Byte ranges of the lines, without their LF, CRLF or CR ending.
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                ranges.append(start..<index)
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count || ranges.isEmpty { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// UTF-8 text with terminal escape sequences and control characters removed and tabs as spaces.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var result = String.UnicodeScalarView()
        var scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x09: result.append(" ")
            case 0x1B: skipEscape(&scalars)
            case 0x00...0x1F, 0x7F...0x9F: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Skips the rest of an escape sequence: CSI up to its final byte, OSC/DCS up to BEL or ST.
    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let kind = scalars.next() else { return }
        switch kind {
        case "[":
            while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
        case "]", "P", "_", "^":
            var previous: Unicode.Scalar = " "
            while let next = scalars.next() {
                if next.value == 0x07 || (previous.value == 0x1B && next == "\\") { break }
                previous = next
            }
        default: break
        }
    }

    /// Lowercased letters and digits, for matching a heading line however it is marked up.
    static func letters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }))
    }
}
