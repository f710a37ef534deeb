/// Recursive-descent parser from tokens to a `QueryNode`.
///
/// Grammar (OR binds tighter than the implicit AND, as in web search engines):
/// ```
/// query   := clause+
/// clause  := unary ("OR" unary)*
/// unary   := "-" primary | primary
/// primary := "(" query ")" | PHRASE | WORD | FIELD (WORD | PHRASE)
/// ```
struct QueryParser {
    private let tokens: [QueryToken]
    private let endColumn: Int
    private let resolver: (any CountryResolving)?
    private var position = 0

    init(tokens: [QueryToken], endColumn: Int, resolver: (any CountryResolving)?) {
        self.tokens = tokens
        self.endColumn = endColumn
        self.resolver = resolver
    }

    mutating func parse() throws -> QueryNode {
        guard !tokens.isEmpty else { throw QueryError.general("empty query") }
        let node = try parseSequence()
        if position < tokens.count {
            let token = tokens[position]
            throw QueryError.at(token.column, token.kind == .close ? "unbalanced ')'" : "unexpected text")
        }
        return node
    }

    private var current: QueryToken? { position < tokens.count ? tokens[position] : nil }

    private mutating func parseSequence() throws -> QueryNode {
        var clauses: [QueryNode] = []
        while let token = current, token.kind != .close {
            if let clause = try parseClause() { clauses.append(clause) }
        }
        guard !clauses.isEmpty else {
            throw QueryError.at(current?.column ?? endColumn, "nothing to search for")
        }
        return clauses.count == 1 ? clauses[0] : .and(clauses)
    }

    /// Returns nil when the clause had no searchable words (e.g. only punctuation).
    private mutating func parseClause() throws -> QueryNode? {
        guard let firstToken = current else { return nil }
        if firstToken.kind == .or { throw QueryError.at(firstToken.column, "OR needs a term on both sides") }
        var alternatives: [QueryNode?] = [try parseUnary()]
        while let token = current, token.kind == .or {
            position += 1
            guard let next = current, next.kind != .or, next.kind != .close else {
                throw QueryError.at(token.column, "OR needs a term on both sides")
            }
            alternatives.append(try parseUnary())
        }
        let kept = alternatives.compactMap { $0 }
        if kept.count != alternatives.count && alternatives.count > 1 {
            throw QueryError.at(firstToken.column, "OR between words with nothing searchable")
        }
        if kept.isEmpty { return nil }
        return kept.count == 1 ? kept[0] : .or(kept)
    }

    private mutating func parseUnary() throws -> QueryNode? {
        guard let token = current else { throw QueryError.at(endColumn, "unexpected end of query") }
        if token.kind == .minus {
            position += 1
            guard let next = current, next.kind != .or, next.kind != .close, next.kind != .minus else {
                throw QueryError.at(token.column, "'-' must be followed by a term")
            }
            guard let child = try parsePrimary() else { return nil }
            return .not(child)
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws -> QueryNode? {
        guard let token = current else { throw QueryError.at(endColumn, "unexpected end of query") }
        position += 1
        switch token.kind {
        case .open:
            let inner = try parseSequence()
            guard let close = current, close.kind == .close else {
                throw QueryError.at(token.column, "unbalanced '('")
            }
            _ = close
            position += 1
            return inner
        case .close:
            throw QueryError.at(token.column, "unbalanced ')'")
        case .or, .minus:
            throw QueryError.at(token.column, "unexpected operator")
        case .word(let text), .phrase(let text):
            return try textNode(text, column: token.column)
        case .field(let name):
            return try fieldNode(name: name, column: token.column)
        }
    }

    private func textNode(_ raw: String, column: Int) throws -> QueryNode? {
        var text = raw
        var prefix = false
        if text.hasSuffix("*") {
            prefix = true
            text.removeLast()
            if text.contains("*") { throw QueryError.at(column, "'*' is only allowed at the end of a word") }
        } else if text.contains("*") {
            throw QueryError.at(column, "'*' is only allowed at the end of a word")
        }
        let words = SearchText.tokens(text)
        if words.isEmpty {
            if prefix { throw QueryError.at(column, "'*' needs a word before it") }
            return nil
        }
        return .phrase(words, prefix: prefix)
    }

    private mutating func fieldNode(name: String, column: Int) throws -> QueryNode {
        guard let field = QueryField(rawValue: name.lowercased()) else {
            let known = QueryField.allCases.map(\.rawValue).joined(separator: ", ")
            throw QueryError.at(column, "unknown field '\(name)' (known: \(known))")
        }
        guard let valueToken = current else { throw QueryError.at(column, "empty value for \(field.rawValue):") }
        let raw: String
        switch valueToken.kind {
        case .word(let text), .phrase(let text): raw = text
        default: throw QueryError.at(column, "empty value for \(field.rawValue):")
        }
        guard valueToken.column == column + name.count + 1 else {
            throw QueryError.at(column, "empty value for \(field.rawValue): (no space after ':')")
        }
        position += 1
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw QueryError.at(column, "empty value for \(field.rawValue):") }
        switch field {
        case .country:
            return .field(.country, try countryCode(trimmed, column: valueToken.column))
        case .expert:
            let slug = SearchText.tokens(trimmed).joined(separator: "-")
            guard !slug.isEmpty else { throw QueryError.at(valueToken.column, "expert: needs a name") }
            return .field(.expert, slug)
        case .section, .article:
            let key = SearchText.key(trimmed)
            guard !key.isEmpty else { throw QueryError.at(valueToken.column, "\(field.rawValue): needs words") }
            return .field(field, key)
        }
    }

    private func countryCode(_ value: String, column: Int) throws -> String {
        if value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLetter }) { return value.uppercased() }
        if let code = resolver?.countryCode(forName: value) { return code.uppercased() }
        throw QueryError.at(column, "unknown country '\(value)' (use a name or a 2-letter ISO code)")
    }
}
