import DossierCore
import Foundation

/// A compiled search the browser can run over quotes and use to highlight text.
public protocol QuoteMatching: Sendable {
    /// The query as typed.
    var source: String { get }
    /// The parsed query, for data sources that evaluate it themselves (the library's FTS5).
    var query: Query { get }
    /// Whether a quote's prepared search document matches (in-memory evaluation).
    func matches(_ document: QuoteSearchDocument) -> Bool
    /// Ranges of `text` to highlight as matches.
    func highlights(in text: String) -> [Range<String.Index>]
}

/// Turns typed text into a matcher, or a one-line error for a malformed query.
public typealias QueryCompiler = @Sendable (String) throws -> any QuoteMatching

/// The shared query language (the same as `dossier search`) behind `QuoteMatching`:
/// words, `"phrases"`, `prefix*`, `OR`, `-excluded`, `expert:`, `country:`, `section:`, `article:`.
public struct QueryMatcher: QuoteMatching {
    public let query: Query

    /// Parses `text`; throws the parser's one-line `DossierError` for a malformed query.
    /// Country names (`country:azerbaijan`) resolve through the gazetteer.
    public init(_ text: String) throws {
        query = try Query.parse(text, countries: ClosureCountryResolver { Gazetteer.resolve($0) })
    }

    public var source: String { query.text }

    public func matches(_ document: QuoteSearchDocument) -> Bool { query.matches(document) }

    public func highlights(in text: String) -> [Range<String.Index>] { QueryHighlighter.matches(of: query, in: text) }
}

/// Case- and diacritic-insensitive folding and word splitting (picker narrowing).
public enum SearchFolding {
    public static func fold(_ text: some StringProtocol) -> String {
        String(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
