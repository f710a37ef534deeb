import Foundation

/// A parsed search query: free words, `"phrases"`, `prefix*`, `OR`, `-exclusions`
/// and field filters (`expert:`, `country:`, `section:`, `article:`).
/// Case and diacritics do not matter. One parser serves the CLI and the browser.
public struct Query: Sendable, Hashable {
    /// The text as the user typed it.
    public var text: String
    public var root: QueryNode

    public init(text: String, root: QueryNode) {
        self.text = text
        self.root = root
    }

    /// Parses `text`; throws a one-line `DossierError` naming the column of the problem.
    public static func parse(_ text: String, countries: (any CountryResolving)? = nil) throws -> Query {
        let tokens = try QueryLexer.tokens(text)
        var parser = QueryParser(tokens: tokens, endColumn: text.count + 1, resolver: countries)
        return Query(text: text, root: try parser.parse())
    }
}
