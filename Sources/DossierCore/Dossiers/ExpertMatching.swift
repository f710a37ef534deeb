/// Resolves what a user typed as an expert: their id (`grant-mikaelian`), their exact name
/// with case, diacritics and punctuation ignored (`Stankovic` for `Stanković`), else a part
/// of the name that only one expert's has. Shared by `dossier expert` and the in-memory source.
public enum ExpertMatching {
    /// An expert a name can resolve to.
    public struct Candidate: Sendable, Hashable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public enum Resolution: Sendable, Hashable {
        case found(Candidate)
        /// Several experts match; sorted by name.
        case ambiguous([Candidate])
        case notFound
    }

    /// The key names are compared at: `Expert.slug` (folded, words joined by `-`).
    public static func key(_ text: String) -> String { Expert.slug(for: text) }

    /// Resolves `text` among `candidates` (each expert once).
    public static func resolve(_ text: String, among candidates: [Candidate]) -> Resolution {
        let trimmed = ExpertDossier.collapsingWhitespace(text)
        guard !trimmed.isEmpty else { return .notFound }
        if let byID = candidates.first(where: { $0.id == trimmed }) { return .found(byID) }
        let key = key(trimmed)
        let exact = candidates.filter { $0.id == key || Self.key($0.name) == key }
        if let only = unique(exact) { return only }
        let partial = candidates.filter { Self.key($0.name).contains(key) || $0.id.contains(key) }
        return unique(partial) ?? .notFound
    }

    private static func unique(_ matches: [Candidate]) -> Resolution? {
        var seen: Set<String> = []
        let distinct = matches.filter { seen.insert($0.id).inserted }
        if distinct.count == 1 { return .found(distinct[0]) }
        if distinct.isEmpty { return nil }
        return .ambiguous(distinct.sorted { ($0.name, $0.id) < ($1.name, $1.id) })
    }
}
