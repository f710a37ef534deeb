import DossierCore

/// A query the accelerator can rank: phrases that must all match (FTS5's phrase order),
/// phrases that must not, and field filters that restrict the candidates. Anything else
/// (`OR` of words, a filter that mentions words) returns nil and takes the exact FTS5 path.
struct RankedPlan {
    struct Phrase {
        var text: String
        var prefix: Bool
    }

    var positives: [Phrase] = []
    var negatives: [Phrase] = []
    var filters: [QueryNode] = []

    init?(_ query: Query) {
        let items: [QueryNode]
        if case .and(let children) = query.root { items = children } else { items = [query.root] }
        for item in items {
            switch item {
            case .phrase(let words, let prefix):
                positives.append(Phrase(text: words.joined(separator: " "), prefix: prefix))
            case .not(.phrase(let words, let prefix)):
                negatives.append(Phrase(text: words.joined(separator: " "), prefix: prefix))
            default:
                guard !Self.mentionsText(item) else { return nil }
                filters.append(item)
            }
        }
        guard !positives.isEmpty else { return nil }
    }

    private static func mentionsText(_ node: QueryNode) -> Bool {
        switch node {
        case .phrase: return true
        case .field: return false
        case .not(let child): return mentionsText(child)
        case .and(let children), .or(let children): return children.contains(where: mentionsText)
        }
    }
}
