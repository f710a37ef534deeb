import DossierCore

/// The FTS5 MATCH expression the library uses for a text-only query node, for tools
/// (the benchmark) that run the same search on a plain FTS5 table.
public enum QueryFTS {
    public static func expression(_ node: QueryNode) -> String? {
        QuerySQLCompiler.fts(node)
    }
}
