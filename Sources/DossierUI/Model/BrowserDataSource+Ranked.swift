import DossierCore

extension BrowserDataSource {
    /// The first `limit` quotes a matcher accepts under `filter`, in `order`; nil when cancelled.
    /// This default (in-memory sources, `dossier browse FILE`) is not bm25: relevance counts the
    /// query's highlighted words in the quote and its expert's name (ties in list order); newest
    /// and oldest sort by the article's date (undated last or first), ties in list order.
    /// A library answers with its exact ranking instead (`LibraryDataSource`).
    public func rankedQuotes(filter: QuoteFilter, matcher: any QuoteMatching, order: SearchOrder, limit: Int,
                             isCancelled: () -> Bool) -> [QuoteRow]? {
        guard let positions = matchPositions(filter: filter, matcher: matcher, isCancelled: isCancelled) else { return nil }
        let all = quotes(filter: filter, range: 0..<quoteCount(filter: filter))
        var matches = positions.filter { $0 < all.count }.map { all[$0] }
        switch order {
        case .relevance:
            let scores = matches.map { row in
                (row.quote.paragraphs + [row.expert.name]).reduce(0) { $0 + matcher.highlights(in: $1).count }
            }
            let ranked = zip(scores, matches.indices).sorted { $0.0 > $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            matches = ranked.map { matches[$0.1] }
        case .newest, .oldest:
            let newest = order == .newest
            let dated = matches.enumerated().sorted { a, b in
                let x = a.element.date ?? "", y = b.element.date ?? ""
                if x != y { return newest ? x > y : x < y }
                return a.offset < b.offset
            }
            matches = dated.map(\.element)
        }
        return Array(matches.prefix(max(0, limit)))
    }
}
