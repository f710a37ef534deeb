/// The order of search results: bm25 relevance (the default), or by article date.
/// Shared by the library (`dossier search --sort`), the browser and `config.toml`.
public enum SearchOrder: String, Sendable, CaseIterable, Codable {
    case relevance, newest, oldest

    /// The next order in the cycle the browser's sort key steps through.
    public var next: SearchOrder {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}
