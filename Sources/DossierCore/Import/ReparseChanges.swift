/// What re-attributing a stored article with the current importer changed, and the quote
/// ids carried over: a quote whose words are unchanged keeps its id, whoever it is now
/// attributed to; new quotes get fresh ids that no kept id uses.
public struct ReparseChanges: Sendable, Hashable {
    public var added = 0
    public var removed = 0
    /// Unchanged words now attributed to another expert or section.
    public var reattributed = 0
    /// Anything at all differs (title, experts, sections, quotes, glossary, fingerprint).
    public var articleChanged = false

    /// Compares `new` with `old` and rewrites `new`'s quote ids to keep `old`'s where the words match.
    public init(old: Article, new: inout Article) {
        var unmatched = Dictionary(grouping: old.quotes.indices, by: { old.quotes[$0].paragraphs })
        var kept: Set<String> = []
        var fresh: [Int] = []
        for index in new.quotes.indices {
            guard var candidates = unmatched[new.quotes[index].paragraphs], !candidates.isEmpty else {
                fresh.append(index)
                continue
            }
            let previous = old.quotes[candidates.removeFirst()]
            unmatched[new.quotes[index].paragraphs] = candidates
            if previous.expertID != new.quotes[index].expertID || previous.section != new.quotes[index].section { reattributed += 1 }
            new.quotes[index].id = previous.id
            kept.insert(previous.id)
        }
        removed = unmatched.values.reduce(0) { $0 + $1.count }
        added = fresh.count
        let prefix = String(new.fingerprint.prefix(8))
        var ordinal = new.quotes.count
        for index in fresh where kept.contains(new.quotes[index].id) {
            repeat { ordinal += 1 } while kept.contains(Self.id(prefix, ordinal))
            new.quotes[index].id = Self.id(prefix, ordinal)
            kept.insert(new.quotes[index].id)
        }
        var comparable = new
        comparable.metadata = old.metadata
        articleChanged = comparable != old
    }

    private static func id(_ prefix: String, _ ordinal: Int) -> String {
        prefix + "-" + (ordinal < 10 ? "0" : "") + String(ordinal)
    }
}
