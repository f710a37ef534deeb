/// How search results are ordered by default (`[browser] sort` in the config).
public enum SearchOrder: String, Sendable, CaseIterable {
    case relevance, newest, oldest
}
