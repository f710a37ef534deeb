import DossierCore
import GRDB

/// A `Query` compiled for the library: an FTS5 MATCH expression for the ranked,
/// text part (nil when the query has none) plus SQL predicates over `quote q`.
struct CompiledQuery {
    var match: String?
    var predicates: [String] = []
    var arguments: [any DatabaseValueConvertible] = []

    /// The predicates joined for a WHERE clause (`1` when there are none).
    var whereSQL: String { predicates.isEmpty ? "1" : predicates.joined(separator: " AND ") }
}

/// Compiles the query AST to FTS5 + SQL. The text nodes become FTS5 phrases of the
/// folded tokens, always quoted, so user input can never form FTS5 syntax of its own.
enum QuerySQLCompiler {
    static func compile(_ query: Query) -> CompiledQuery {
        var compiled = CompiledQuery()
        let items: [QueryNode]
        if case .and(let children) = query.root { items = children } else { items = [query.root] }

        var positives: [String] = []
        var negatives: [String] = []
        var rest: [QueryNode] = []
        for item in items {
            if case .not(let child) = item, let expr = fts(child) {
                negatives.append(expr)
            } else if let expr = fts(item) {
                positives.append(expr)
            } else {
                rest.append(item)
            }
        }
        if positives.isEmpty {
            for expr in negatives {
                compiled.predicates.append("q.id NOT IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)")
                compiled.arguments.append(expr)
            }
        } else {
            var expr = positives.count == 1 ? positives[0] : positives.map { "(\($0))" }.joined(separator: " AND ")
            for negative in negatives { expr = "(\(expr)) NOT (\(negative))" }
            compiled.match = expr
        }
        for node in rest { predicate(node, into: &compiled) }
        return compiled
    }

    /// The FTS5 expression for a pure-text node, or nil when FTS5 cannot express it alone.
    static func fts(_ node: QueryNode) -> String? {
        switch node {
        case .phrase(let words, let prefix):
            let quoted = "\"" + words.joined(separator: " ").replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return prefix ? quoted + " *" : quoted
        case .field:
            return nil
        case .or(let children):
            let parts = children.compactMap(fts)
            guard parts.count == children.count else { return nil }
            return parts.map { "(\($0))" }.joined(separator: " OR ")
        case .not:
            return nil  // a bare exclusion needs a positive side; handled by `and`
        case .and(let children):
            var positives: [String] = []
            var negatives: [String] = []
            for child in children {
                if case .not(let inner) = child {
                    guard let expr = fts(inner) else { return nil }
                    negatives.append(expr)
                } else {
                    guard let expr = fts(child) else { return nil }
                    positives.append(expr)
                }
            }
            guard !positives.isEmpty else { return nil }
            var expr = positives.map { "(\($0))" }.joined(separator: " AND ")
            for negative in negatives { expr = "(\(expr)) NOT (\(negative))" }
            return expr
        }
    }

    static func predicate(_ node: QueryNode, into compiled: inout CompiledQuery) {
        var sql = ""
        var args: [any DatabaseValueConvertible] = []
        build(node, &sql, &args)
        compiled.predicates.append(sql)
        compiled.arguments += args
    }

    private static func build(_ node: QueryNode, _ sql: inout String, _ args: inout [any DatabaseValueConvertible]) {
        if let expr = fts(node) {
            sql += "q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)"
            args.append(expr)
            return
        }
        switch node {
        case .phrase:
            sql += "0"  // unreachable: phrases always compile to FTS
        case .and(let children), .or(let children):
            let joiner: String
            if case .and = node { joiner = " AND " } else { joiner = " OR " }
            sql += "("
            for (index, child) in children.enumerated() {
                if index > 0 { sql += joiner }
                build(child, &sql, &args)
            }
            sql += children.isEmpty ? "1)" : ")"
        case .not(let child):
            sql += "NOT ("
            build(child, &sql, &args)
            sql += ")"
        case .field(let field, let value):
            switch field {
            case .expert:
                sql += "q.expert_id IN (SELECT id FROM expert WHERE instr(id, ?) > 0)"
                args.append(value)
            case .country:
                sql += "EXISTS (SELECT 1 FROM quote_country c WHERE c.code = ? AND c.quote_rowid = q.id)"
                args.append(value)
            case .section:
                sql += "instr(q.section_key, ?) > 0"
                args.append(value)
            case .article:
                sql += "q.article_id IN (SELECT id FROM article WHERE instr(title_key, ?) > 0 OR substr(fingerprint, 1, length(?)) = ?)"
                args += [value, value, value]
            }
        }
    }
}
