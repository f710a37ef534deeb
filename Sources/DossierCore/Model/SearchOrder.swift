/// The order of search results: bm25 relevance (the default), or by article date.
/// Shared by the library (`dossier search --sort`), the browser and `config.toml`.
public enum SearchOrder: String, Sendable, CaseIterable, Codable {
    case relevance, newest, oldest
}

extension CaseIterable where Self: Equatable {
    /// The next case, wrapping around: what a key that cycles an order steps to.
    public var next: Self {
        let all = Array(Self.allCases)
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}
