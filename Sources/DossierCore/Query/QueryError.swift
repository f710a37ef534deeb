/// Builds the one-line `DossierError` for a malformed query, pointing at a column.
enum QueryError {
    static func at(_ column: Int, _ problem: String) -> DossierError {
        DossierError("query: \(problem) at column \(column)", code: .badInput)
    }

    static func general(_ problem: String) -> DossierError {
        DossierError("query: \(problem)", code: .badInput)
    }
}
