/// Tracks quotation-mark nesting across the paragraphs of a quote, to find where a
/// quote that opens with “ (or « „ ") closes, possibly paragraphs later.
struct QuoteMarks {
    static let closers: [Character: Set<Character>] = ["“": ["”"], "«": ["»"], "„": ["“", "”"], "\"": ["\""]]
    /// The opening marks (the keys of `closers`), each one scalar.
    static let openerScalars = closers.keys.compactMap(\.unicodeScalars.first)

    /// Whether `character` opens a quotation, compared without hashing: each opener is one
    /// scalar with no canonical equivalent, so a Character is one exactly when it is that lone scalar.
    static func isOpener(_ character: Character) -> Bool {
        isMark(character, among: openerScalars)
    }

    /// Whether `character` is one of the one-scalar quotation `marks` (none of which has a
    /// canonical equivalent, so this is `Set(marks).contains(character)` without hashing).
    static func isMark(_ character: Character, among marks: [Unicode.Scalar]) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return marks.contains(first)
    }

    let opener: Character
    let closer: Set<Character>
    private(set) var depth = 0

    init?(openingWith text: String) {
        guard let first = text.first, let closer = Self.closers[first] else { return nil }
        opener = first
        self.closer = closer
    }

    /// Scans one paragraph. Returns the index just after the mark that brought the depth
    /// back to zero, if that happened (the last such point in the paragraph).
    mutating func scan(_ text: String, continuation: Bool) -> String.Index? {
        var closedAt: String.Index?
        var index = text.startIndex
        // English style re-opens every paragraph of a multi-paragraph quote with “.
        if continuation, depth > 0, text.first == opener, !closesWithin(text) || closesAtEnd(text) {
            index = text.index(after: index)
        }
        let start = index
        let depthBefore = depth
        if case .finished(let closedAt) = scanScalars(text, from: start) { return closedAt }
        depth = depthBefore
        var previous: Character = " "
        while index < text.endIndex {
            let character = text[index]
            if character == opener && (opener != "\"" || isWordStart(previous)) && !(closer.contains(character) && depth > 0 && opener != "\"") {
                depth += 1
            } else if closer.contains(character) && depth > 0 {
                depth -= 1
                if depth == 0 { closedAt = text.index(after: index) }
            }
            previous = character
            index = text.index(after: index)
        }
        return closedAt
    }

    /// The same scan on Unicode scalars, much faster than on Characters; gives up (returns
    /// `.unsupported`) on text where a scalar could join its neighbour into one Character.
    private mutating func scanScalars(_ text: String, from start: String.Index) -> ScalarScan {
        let marks = ScalarMarks(opener: opener, closer: closer)
        guard let openerScalar = marks.opener else { return .unsupported }
        var text = text
        let startOffset = text.utf8.distance(from: text.startIndex, to: start)
        let initialDepth = depth
        // Walks the UTF-8 bytes: String.UnicodeScalarView indexing costs far more.
        let outcome = text.withUTF8 { bytes -> (depth: Int, closedAt: Int?)? in
            var depth = initialDepth
            var closedAt: Int?
            var previous: Unicode.Scalar = " "
            var offset = startOffset
            while offset < bytes.count {
                // An ASCII byte other than `"` (the only ASCII mark) and CR is neither mark.
                if case let byte = bytes[offset], byte < 0x80, byte != 0x22, byte != 0x0D {
                    previous = Unicode.Scalar(byte)
                    offset += 1
                    continue
                }
                let (scalar, width) = bytes.scalar(at: offset)
                guard scalar.isSimpleScalar else { return nil }
                if scalar == openerScalar && (!marks.straight || Self.isWordStart(previous)) && (marks.nested || depth == 0) {
                    depth += 1
                } else if depth > 0 && marks.closes(scalar) {
                    depth -= 1
                    if depth == 0 { closedAt = offset + width }
                }
                previous = scalar
                offset += width
            }
            return (depth, closedAt)
        }
        guard let outcome else { return .unsupported }
        depth = outcome.depth
        return .finished(closedAt: outcome.closedAt.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) })
    }

    /// The marks as scalars, with the tests `scan` makes on every character worked out once.
    private struct ScalarMarks {
        var opener: Unicode.Scalar?
        /// The one or two closing scalars (in fields, not an array: the test runs on every
        /// scalar inside a quote, and the array's bounds and count calls were 3% of parsing).
        var closer: Unicode.Scalar?
        var otherCloser: Unicode.Scalar?
        /// The opener is the straight `"`, which opens only at a word start.
        var straight: Bool
        /// An opener inside an open quote nests (false when it is also a closer, like „…“).
        var nested: Bool

        init(opener: Character, closer: Set<Character>) {
            self.opener = opener.unicodeScalars.first
            let closers = closer.compactMap(\.unicodeScalars.first).sorted()
            self.closer = closers.first
            otherCloser = closers.count > 1 ? closers.last : nil
            straight = opener == "\""
            nested = !(closer.contains(opener) && !straight)
        }

        func closes(_ scalar: Unicode.Scalar) -> Bool { scalar == closer || scalar == otherCloser }
    }

    private static func isWordStart(_ previous: Unicode.Scalar) -> Bool {
        switch previous { case " ", "(", "[", "—", "–", "-": return true; default: return false }
    }

    private enum ScalarScan { case finished(closedAt: String.Index?), unsupported }

    private func isWordStart(_ previous: Character) -> Bool {
        previous == " " || "([—–-".contains(previous)
    }

    /// Whether the paragraph's last closing mark ends it (or only an attribution tail follows):
    /// then a paragraph that opens with the mark re-opens the quote and closes it at the end.
    private func closesAtEnd(_ text: String) -> Bool {
        guard let last = text.lastIndex(where: { closer.contains($0) }) else { return false }
        let rest = text[text.index(after: last)...]
        return rest.allSatisfy { $0.isPunctuation || $0 == " " } || AttributionTail.isTail(rest)
    }

    /// Whether the paragraph's own marks balance (so its first mark opens an inner quote).
    private func closesWithin(_ text: String) -> Bool {
        let opens = text.filter { $0 == opener }.count
        let closes = text.filter { closer.contains($0) }.count
        return opens > 0 && opens == closes
    }
}

/// An attribution tail after a closing mark: `…,” he said.` / `” said Kopalyan.`
enum AttributionTail {
    static let verbs = ["said", "says", "added", "adds", "noted", "notes", "told", "explained", "explains", "argued",
                        "argues", "wrote", "writes", "warned", "warns", "continued", "concluded", "stressed", "believes",
                        "insisted", "claimed", "observed", "suggested", "pointed out", "emphasized", "emphasised",
                        "сказал", "сказала", "отметил", "отметила", "добавил", "добавила", "считает", "заявил", "заявила"]

    static func isTail(_ text: Substring) -> Bool {
        guard (1...14).contains(text.wordCount(upTo: 14)) else { return false }
        let lower = text.fastLowercased()
        return verbs.contains { verb in lower.nativeContains(" \(verb)") || lower.hasPrefix(verb) || lower.nativeContains("\(verb) ") }
    }
}
