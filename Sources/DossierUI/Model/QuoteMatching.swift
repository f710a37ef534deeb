import DossierCore
import Foundation

/// The searchable text of one quote, folded once: quote text, expert name and section.
public struct SearchDocument: Sendable {
    public let words: [String]

    public init(_ texts: [String]) {
        words = texts.flatMap { SearchFolding.words(in: $0) }
    }
}

/// A compiled search the browser can run over quotes and use to highlight text.
/// The shared query language can replace `WordQuery` behind this protocol.
public protocol QuoteMatching: Sendable {
    /// The query as typed.
    var source: String { get }
    func matches(_ document: SearchDocument) -> Bool
    /// Ranges of `text` to highlight as matches.
    func highlights(in text: String) -> [Range<String.Index>]
}

/// Turns typed text into a matcher, or a one-line error for a malformed query.
public typealias QueryCompiler = @Sendable (String) throws -> any QuoteMatching

/// Case- and diacritic-insensitive folding and word splitting.
public enum SearchFolding {
    public static func fold(_ text: some StringProtocol) -> String {
        String(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Folded words (letters and digits) of a text.
    public static func words(in text: String) -> [String] {
        let folded = fold(text)
        return wordRanges(in: folded).map { String(folded[$0]) }
    }

    /// Ranges of the words (runs of letters, digits and marks) in a text.
    public static func wordRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let isWordCharacter = text[index].isLetter || text[index].isNumber
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let begin = start {
                ranges.append(begin..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begin = start { ranges.append(begin..<text.endIndex) }
        return ranges
    }
}

/// The interim query syntax: words (each must start a word of the quote, its
/// expert or its section), `"quoted phrases"` matched as consecutive words,
/// and `-word` to exclude.
public struct WordQuery: QuoteMatching {
    public let source: String
    /// Each required term is a list of consecutive word prefixes.
    let required: [[String]]
    let excluded: [[String]]

    /// Parses a query; throws a `DossierError` naming the problem.
    public init(_ source: String) throws {
        self.source = source
        var required: [[String]] = []
        var excluded: [[String]] = []
        var rest = Substring(source)
        while let first = rest.first {
            if first.isWhitespace { rest = rest.dropFirst(); continue }
            var negate = false
            if first == "-" { negate = true; rest = rest.dropFirst() }
            let term: Substring
            if rest.first == "\"" {
                rest = rest.dropFirst()
                guard let close = rest.firstIndex(of: "\"") else {
                    throw DossierError("search \"\(source)\": unclosed quote")
                }
                term = rest[..<close]
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
                term = rest[..<end]
                rest = rest[end...]
            }
            let words = SearchFolding.words(in: String(term))
            if words.isEmpty {
                if negate { throw DossierError("search \"\(source)\": '-' must be followed by a word") }
                continue
            }
            if negate { excluded.append(words) } else { required.append(words) }
        }
        self.required = required
        self.excluded = excluded
    }

    /// True when nothing is required (an empty or all-punctuation query).
    public var isEmpty: Bool { required.isEmpty && excluded.isEmpty }

    public func matches(_ document: SearchDocument) -> Bool {
        required.allSatisfy { Self.contains(document.words, $0) }
            && !excluded.contains { Self.contains(document.words, $0) }
    }

    public func highlights(in text: String) -> [Range<String.Index>] {
        let ranges = SearchFolding.wordRanges(in: text)
        let folded = ranges.map { SearchFolding.fold(text[$0]) }
        var result: [Range<String.Index>] = []
        for term in required {
            var start = 0
            while start + term.count <= folded.count {
                if zip(folded[start...], term).allSatisfy({ $0.hasPrefix($1) }) {
                    result.append(ranges[start].lowerBound..<ranges[start + term.count - 1].upperBound)
                }
                start += 1
            }
        }
        return result.sorted { $0.lowerBound < $1.lowerBound }
    }

    private static func contains(_ words: [String], _ term: [String]) -> Bool {
        guard let head = term.first else { return true }
        var index = 0
        while index + term.count <= words.count {
            if words[index].hasPrefix(head) && zip(words[index...], term).allSatisfy({ $0.hasPrefix($1) }) {
                return true
            }
            index += 1
        }
        return false
    }
}
