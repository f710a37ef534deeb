// `/` search in a ranked order, keystroke by keystroke: for each query class, every prefix of the
// query is typed as a user would, and the time from the keystroke to the first ranked page drawn
// is measured: reduce + the page computed (as `RankWorker` does, off the input loop) + the page
// delivered and the frame rendered. Counting every match (`SearchWorker`) runs beside it and is
// timed apart.
import DossierCore
import DossierUI
import Foundation

struct RankedSearchClass {
    var name: String
    var query: String
    var filter = QuoteFilter()
}

/// Times every keystroke of each class; prints the last (the whole query) and the worst prefix.
func benchRankedSearch(_ data: any BrowserDataSource, _ classes: [RankedSearchClass], order: SearchOrder, repeats: Int = 5) {
    func ms(_ begin: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6 }
    print("keystroke to first \(order.rawValue) page at 100x30 (reduce + page of 50 + render), ms:")
    for searchClass in classes {
        var finals: [Double] = []
        var worstPrefix = 0.0
        var worstPrefixText = ""
        var rows = 0
        var matchesMs = 0.0
        var pageMs: [Double] = []
        for _ in 0..<repeats {
            var state = AppState(data: data, width: 100, height: 30)
            state.defaultSort = ResultOrder(order)
            state.filter = searchClass.filter
            var screen = Screen(width: 100, height: 30)
            // The browser drew the filtered screen and the `/` prompt before the first letter is typed.
            _ = reduce(&state, .key(.character("/")))
            render(state, into: &screen)
            for (index, character) in searchClass.query.enumerated() {
                let begin = DispatchTime.now().uptimeNanoseconds
                let effects = reduce(&state, .key(.character(character)))
                render(state, into: &screen)
                for case .rank(let request) in effects {
                    let pageBegin = DispatchTime.now().uptimeNanoseconds
                    let page = data.rankedQuotes(filter: request.filter, matcher: request.matcher, order: request.order,
                                                 limit: request.limit, isCancelled: { false }) ?? []
                    if index == searchClass.query.count - 1 { pageMs.append(ms(pageBegin)) }
                    _ = reduce(&state, .rankedResults(RankedPage(request, rows: page)))
                    render(state, into: &screen)
                }
                let elapsed = ms(begin)
                if index == searchClass.query.count - 1 {
                    finals.append(elapsed)
                    rows = state.search.ranked?.rows.count ?? 0
                    for case .search(let request) in effects where finals.count == 1 {
                        let matchesBegin = DispatchTime.now().uptimeNanoseconds
                        _ = data.matchPositions(filter: request.filter, matcher: request.matcher, isCancelled: { false })
                        matchesMs = ms(matchesBegin)
                    }
                } else {
                    if elapsed > worstPrefix { (worstPrefix, worstPrefixText) = (elapsed, String(searchClass.query.prefix(index + 1))) }
                }
            }
        }
        let sorted = finals.sorted()
        let label = searchClass.name.padding(toLength: 26, withPad: " ", startingAt: 0)
        let pages = pageMs.sorted()
        print(String(format: "  %@ %@ first %.1f  median %.1f  worst prefix %.1f %@  (page alone %.1f; %d rows; all matches counted apart: %.0f)",
                     label, "\"\(searchClass.query)\"".padding(toLength: 14, withPad: " ", startingAt: 0),
                     finals.first ?? 0, sorted[sorted.count / 2], worstPrefix, "\"\(worstPrefixText)\"", pages.isEmpty ? 0 : pages[pages.count / 2], rows, matchesMs))
    }
}

/// What scrolling asks for: the same query's page at growing limits (computed off the input loop).
func benchRankedPaging(_ data: any BrowserDataSource, queries: [String]) {
    print("larger pages when scrolling (off the input loop), ms per limit:")
    for text in queries {
        guard let matcher = try? QueryMatcher(text) else { continue }
        for order in [SearchOrder.relevance, .newest] {
            var line = "  \(text) \(order.rawValue):"
            for limit in [50, 100, 200, 400, 800] {
                let begin = DispatchTime.now().uptimeNanoseconds
                _ = data.rankedQuotes(filter: QuoteFilter(), matcher: matcher, order: order, limit: limit, isCancelled: { false })
                line += String(format: "  %d→%.1f", limit, Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
            }
            print(line)
        }
    }
}
