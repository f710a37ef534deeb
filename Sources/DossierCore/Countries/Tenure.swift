/// Years a leader held office, e.g. `2017-2021,2025-` (inclusive; an open end means "still in office").
struct Tenure: Sendable, Hashable {
    struct Term: Sendable, Hashable {
        let first: Int
        let last: Int?
    }

    let terms: [Term]

    init?(_ text: String) {
        var terms: [Term] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            guard let first = bounds.first.flatMap({ Int($0) }) else { return nil }
            if bounds.count == 1 {
                terms.append(Term(first: first, last: first))
            } else {
                let lastText = bounds[1]
                terms.append(Term(first: first, last: lastText.isEmpty ? nil : Int(lastText)))
            }
        }
        guard !terms.isEmpty else { return nil }
        self.terms = terms
    }

    /// Whether any term overlaps the years `from...to`.
    func overlaps(from: Int, to: Int) -> Bool {
        terms.contains { term in term.first <= to && (term.last ?? Int.max) >= from }
    }
}
