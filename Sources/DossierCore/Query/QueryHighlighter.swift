/// Finds the words of a text that a query's (non-excluded) terms match, with the
/// same folding and stemming as the search, and cuts snippets around them. Shared
/// by the CLI's search output and the browser's in-article highlighting.
public enum QueryHighlighter {
    /// A piece of a snippet; `match` marks words the query matched.
    public struct Segment: Sendable, Hashable {
        public var text: String
        public var match: Bool
    }

    /// Ranges in `text` of the words matched by the query's positive terms.
    public static func matches(of query: Query, in text: String) -> [Range<String.Index>] {
        Matcher(query).matches(in: text)
    }

    /// About `wordCount` words of `text` around the densest run of matches, with
    /// `…` where text was cut; the start of the text when nothing matches.
    public static func snippet(of query: Query, in text: String, wordCount: Int = 24) -> [Segment] {
        Matcher(query).snippet(in: text, wordCount: wordCount)
    }

    /// One query's word test, remembering each distinct word's verdict: a page of snippets
    /// meets the same words again and again, and stemming each one was most of the cost.
    public final class Matcher {
        private let exact: Set<String>
        private let prefixes: [String]
        private let initials: Set<Character>
        private var verdicts: [Substring: Bool] = [:]

        public init(_ query: Query) {
            (exact, prefixes) = QueryHighlighter.positiveTerms(query.root)
            // Porter only rewrites endings, so a word can only match a term with its first letter.
            initials = Set((exact.map(\.first) + prefixes.map(\.first)).compactMap { $0 })
        }

        /// No positive terms (only exclusions or filters): no word matches.
        private var matchesNothing: Bool { exact.isEmpty && prefixes.isEmpty }

        /// Ranges in `text` of the words the query matches.
        public func matches(in text: String) -> [Range<String.Index>] {
            guard !matchesNothing else { return [] }
            return QueryHighlighter.words(in: text).filter { matches(text[$0]) }
        }

        private func matches(_ word: Substring) -> Bool {
            if let first = word.unicodeScalars.first, first.isASCII,
               !initials.contains(Character(first.properties.lowercaseMapping)) { return false }
            if let known = verdicts[word] { return known }
            let stem = SearchText.stem(SearchText.tokens(String(word)).joined())
            let verdict = exact.contains(stem) || prefixes.contains { stem.hasPrefix($0) }
            verdicts[word] = verdict
            return verdict
        }

        /// About `wordCount` words of `text` around the densest run of matches (see `snippet(of:in:wordCount:)`).
        public func snippet(in text: String, wordCount: Int = 24) -> [Segment] {
            let all = QueryHighlighter.words(in: text)
            guard !all.isEmpty else { return [] }
            let flags = all.map { !matchesNothing && matches(text[$0]) }
            return QueryHighlighter.cut(text, all, flags, wordCount: wordCount)
        }
    }

    private static func cut(_ text: String, _ all: [Range<String.Index>], _ flags: [Bool], wordCount: Int) -> [Segment] {
        var bestStart = 0, bestCount = -1
        let window = min(wordCount, all.count)
        var count = flags[0..<window].filter { $0 }.count
        for start in 0...(all.count - window) {
            if start > 0 {
                count += (flags[start + window - 1] ? 1 : 0) - (flags[start - 1] ? 1 : 0)
            }
            if count > bestCount { bestCount = count; bestStart = start }
        }
        // Start a little before the first match of the window, so it is read in context.
        if let first = (bestStart..<(bestStart + window)).first(where: { flags[$0] }) {
            bestStart = max(0, min(first - 3, all.count - window))
        }
        let lower = bestStart == 0 ? text.startIndex : all[bestStart].lowerBound
        let upper = bestStart + window >= all.count ? text.endIndex : all[bestStart + window - 1].upperBound
        var segments: [Segment] = []
        if lower > text.startIndex { segments.append(Segment(text: "…", match: false)) }
        var cursor = lower
        for index in bestStart..<(bestStart + window) where flags[index] {
            let range = all[index]
            if cursor < range.lowerBound { segments.append(Segment(text: String(text[cursor..<range.lowerBound]), match: false)) }
            segments.append(Segment(text: String(text[range]), match: true))
            cursor = range.upperBound
        }
        if cursor < upper { segments.append(Segment(text: String(text[cursor..<upper]), match: false)) }
        if upper < text.endIndex { segments.append(Segment(text: "…", match: false)) }
        return merged(segments)
    }

    private static func merged(_ segments: [Segment]) -> [Segment] {
        var result: [Segment] = []
        for segment in segments {
            if let last = result.last, last.match == segment.match {
                result[result.count - 1].text += segment.text
            } else {
                result.append(segment)
            }
        }
        return result
    }

    /// Word ranges as the search tokenises: runs of letters, digits and combining marks.
    static func words(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isWord: Bool
            if scalar.isASCII {
                isWord = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || (scalar >= "0" && scalar <= "9")
            } else {
                let category = scalar.properties.generalCategory
                isWord = scalar.properties.isAlphabetic || category == .decimalNumber || category == .otherNumber
                    || category == .nonspacingMark && start != nil
            }
            if isWord, start == nil { start = index }
            if !isWord, let begun = start { ranges.append(begun..<index); start = nil }
            index = scalars.index(after: index)
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }

    fileprivate static func positiveTerms(_ node: QueryNode) -> (exact: Set<String>, prefixes: [String]) {
        switch node {
        case .phrase(let words, let prefix):
            let stems = words.map(SearchText.stem)
            if prefix, let last = stems.last { return (Set(stems.dropLast()), [last]) }
            return (Set(stems), [])
        case .and(let children), .or(let children):
            return children.map(positiveTerms).reduce((Set<String>(), [String]())) { ($0.0.union($1.0), $0.1 + $1.1) }
        case .not, .field:
            return ([], [])
        }
    }
}
