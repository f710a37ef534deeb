/// One lexical piece of a query string, with the 1-based column where it starts.
struct QueryToken: Equatable {
    enum Kind: Equatable {
        case word(String)            // a bare word, possibly ending in `*`
        case phrase(String)          // the text between double quotes
        case field(String)           // `name:` (the value follows as the next token)
        case or, minus, open, close
    }
    var kind: Kind
    var column: Int
}

/// Splits a query into tokens; reports an unbalanced quote with its column.
enum QueryLexer {
    static func tokens(_ query: String) throws -> [QueryToken] {
        let chars = Array(query)
        var tokens: [QueryToken] = []
        var i = 0
        func isSpace(_ c: Character) -> Bool { c.isWhitespace }
        while i < chars.count {
            let c = chars[i]
            let column = i + 1
            if isSpace(c) { i += 1; continue }
            if c == "(" { tokens.append(.init(kind: .open, column: column)); i += 1; continue }
            if c == ")" { tokens.append(.init(kind: .close, column: column)); i += 1; continue }
            if c == "-", i + 1 < chars.count, !isSpace(chars[i + 1]), previousAllowsOperator(tokens, chars, i) {
                tokens.append(.init(kind: .minus, column: column)); i += 1; continue
            }
            if isQuote(c) {
                var j = i + 1
                while j < chars.count && !isQuote(chars[j]) { j += 1 }
                guard j < chars.count else {
                    throw QueryError.at(column, "unbalanced quote (no closing \")")
                }
                var text = String(chars[(i + 1)..<j])
                j += 1
                if j < chars.count && chars[j] == "*" { text += "*"; j += 1 }
                tokens.append(.init(kind: .phrase(text), column: column))
                i = j
                continue
            }
            var j = i
            while j < chars.count && !isSpace(chars[j]) && chars[j] != "(" && chars[j] != ")" && !isQuote(chars[j]) {
                if chars[j] == ":" { break }
                j += 1
            }
            let word = String(chars[i..<j])
            if j < chars.count && chars[j] == ":" && !word.isEmpty && word.allSatisfy(\.isLetter) {
                tokens.append(.init(kind: .field(word), column: column))
                i = j + 1
                continue
            }
            if j < chars.count && chars[j] == ":" {
                // a colon inside a word that is not a field name: keep it as text
                j += 1
                while j < chars.count && !isSpace(chars[j]) && chars[j] != "(" && chars[j] != ")" && !isQuote(chars[j]) { j += 1 }
            }
            let text = String(chars[i..<j])
            tokens.append(.init(kind: text == "OR" ? .or : .word(text), column: column))
            i = j
        }
        return tokens
    }

    private static func isQuote(_ c: Character) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{201D}"
    }

    /// A `-` is an exclusion only at the start of a term (after a space, `(` or at the start).
    private static func previousAllowsOperator(_ tokens: [QueryToken], _ chars: [Character], _ i: Int) -> Bool {
        i == 0 || chars[i - 1].isWhitespace || chars[i - 1] == "("
    }
}
