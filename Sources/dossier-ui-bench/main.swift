// Measures the browser's keystroke path (reduce + render into an in-memory
// screen) over a large synthetic library, and the off-thread search.
// `dossier-ui-bench N` builds N articles in memory; `dossier-ui-bench --library PATH`
// measures the library-backed source on an existing library (e.g. `make bench`'s).
import DossierApp
import DossierCore
import DossierLibrary
import DossierUI
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let libraryPath = arguments.firstIndex(of: "--library").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
let articleCount = Int(arguments.first ?? "") ?? 2_000
let quotesPerArticle = 25
let codes = ["AM", "AZ", "RU", "TR", "UA", "US", "FR", "DE", "CN", "TW", "IR", "GE", "KZ", "PL", "JP"]
let words = ["invasion", "sanctions", "ceasefire", "Россия", "台湾海峡", "pipeline", "escalation", "“deterrence”", "—", "treaty", "Erdoğan", "🚢"]

func makeArticle(_ index: Int) -> Article {
    let experts = (0..<6).map { Expert(name: "Expert \(index % 700) \($0) Петров", credentials: "Fellow at Institute \($0)") }
    let sections = (0..<5).map { Section(heading: "Question \($0 + 1): what next for region \(index % 40)?", line: $0) }
    let span = SourceSpan(startLine: 1, endLine: 1, startByte: 0, endByte: 0)
    let quotes = (0..<quotesPerArticle).map { number in
        let text = (0..<60).map { words[(index * 7 + number * 3 + $0) % words.count] }.joined(separator: " ")
        return Quote(id: String(format: "%08x-%02d", index, number), expertID: experts[number % 6].id,
                     section: sections[number % 5].heading, paragraphs: [text, text],
                     countries: [codes[(index + number) % codes.count], codes[(index + 2 * number + 1) % codes.count]].sorted(),
                     source: span)
    }
    return Article(title: "Roundup \(index): 台湾 and the Caucasus", lede: "", metadata: ArticleMetadata(publication: "Bench"),
                   fingerprint: String(format: "%016x", index), sections: sections, experts: experts, quotes: quotes, glossary: [])
}

func milliseconds(since begin: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6 }

let started = DispatchTime.now().uptimeNanoseconds
let data: any BrowserDataSource
if let libraryPath {
    let library = try Library(path: libraryPath)
    data = try LibraryDataSource(library: library, title: "Bench")
    print("library \(libraryPath): \(try library.articleCount()) articles, \(data.totalQuotes) quotes, opened in \(String(format: "%.1f", milliseconds(since: started))) ms")
} else {
    data = InMemoryDataSource(articles: (0..<articleCount).map(makeArticle), title: "Bench")
    print("in memory: \(articleCount) articles, \(data.totalQuotes) quotes, built in \(String(format: "%.1f", milliseconds(since: started))) ms")
}

let frameStart = DispatchTime.now().uptimeNanoseconds
var state = AppState(data: data, width: 100, height: 30)
var screen = Screen(width: 100, height: 30)
render(state, into: &screen)
print(String(format: "first full frame (state + render at 100x30): %.1f ms", milliseconds(since: frameStart)))

var script: [Key] = []
for _ in 0..<30 { script += [.down] }                       // articles: each move narrows to one and recounts
script += [.enter] + Array(repeating: .down, count: 5) + [.escape]   // its sections, then back
script += Array(repeating: .character("O"), count: 4)       // every article order
script += [.character("c")] + "turk".map { .character($0) } + [.backspace, .backspace, .down, .enter]
for _ in 0..<30 { script += [.down] }                       // articles about the country, counted under it
script += [.tab] + Array(repeating: .down, count: 40)       // experts under the article and country
script += [.character("x"), .character("x")]
script += [.tab] + Array(repeating: .pageDown, count: 10) + Array(repeating: .down, count: 60) + [.end, .home]
script += [.character(" "), .down, .character(" "), .down, .character(" ")]   // marks
script += [.character("M"), .down, .escape]
script += [.character("e"), .down, .down, .pageDown, .escape]                  // the expert's dossier
script += [.character("c"), .down, .tab, .down, .down, .escape]                // the country lens
script += [.tab] + Array(repeating: .character("j"), count: 30) + [.escape]
for _ in 0..<3 { script += [.backTab, .up, .down] }
script += [.character("X"), .character("/")] + "sanctions".map { .character($0) } + [.enter]

var timings: [Double] = []
var situations: [String] = []
var loads: [(ViewRequest, Double)] = []
var searches: [SearchRequest] = []
var rankings: [RankRequest] = []
for key in script {
    let begin = DispatchTime.now().uptimeNanoseconds
    var effects = reduce(&state, .key(key))
    for case .search(let request) in effects { searches.append(request) }
    for case .rank(let request) in effects { rankings.append(request) }
    timings.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
    // A dossier or lens loads off the input loop: timed apart, then delivered like the run loop does.
    for case .loadView(let request) in effects {
        let loadBegin = DispatchTime.now().uptimeNanoseconds
        let result = request.load(from: data)
        loads.append((request, Double(DispatchTime.now().uptimeNanoseconds - loadBegin) / 1e6))
        effects = reduce(&state, .viewLoaded(result))
    }
    let renderBegin = DispatchTime.now().uptimeNanoseconds
    render(state, into: &screen)
    timings[timings.count - 1] += Double(DispatchTime.now().uptimeNanoseconds - renderBegin) / 1e6
    situations.append("\(state.focus) \(state.outline) a=\(state.filter.article != nil) s=\(state.filter.section != nil) e=\(state.filter.expert != nil) c=\(state.filter.country ?? "-")")
}
// Search results arriving (as the run loop delivers them), then stepping.
if let last = searches.last {
    let begin = DispatchTime.now().uptimeNanoseconds
    let positions = data.matchPositions(filter: last.filter, matcher: last.matcher, isCancelled: { false })
    let searchMs = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6
    print("search \"\(last.matcher.source)\" over \(state.quotes.count) quotes (off the input loop): \(String(format: "%.1f", searchMs)) ms, \(positions?.count ?? 0) matches")
    _ = reduce(&state, .searchResults(generation: last.generation, positions: positions))
    let countsBegin = DispatchTime.now().uptimeNanoseconds
    if let counts = data.matchCounts(filter: last.filter, matcher: last.matcher, isCancelled: { false }) {
        print(String(format: "every pane's counts under the search (off the input loop): %.1f ms", Double(DispatchTime.now().uptimeNanoseconds - countsBegin) / 1e6))
        _ = reduce(&state, .searchCounts(generation: last.generation, counts: counts))
    }
    if let ranking = rankings.last {  // the results list's first page, so n steps through results
        let rows = data.rankedQuotes(filter: ranking.filter, matcher: ranking.matcher, order: ranking.order, limit: ranking.limit, isCancelled: { false })
        _ = reduce(&state, .rankedResults(RankedPage(ranking, rows: rows ?? [])))
    }
    for _ in 0..<20 {
        let begin = DispatchTime.now().uptimeNanoseconds
        _ = reduce(&state, .key(.character("n")))
        render(state, into: &screen)
        timings.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
    }
}

if CommandLine.arguments.contains("--slowest") {
    for (index, ms) in timings.enumerated().sorted(by: { $0.1 > $1.1 }).prefix(14) {
        print(String(format: "  %.2f ms  key #%d %@  %@", ms, index, index < script.count ? "\(script[index])" : "n", index < situations.count ? situations[index] : ""))
    }
}
let sorted = timings.sorted()
func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
print("keystrokes: \(sorted.count), reduce+render at 100x30")
print(String(format: "p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  (budget 16 ms)", percentile(0.5), percentile(0.9), percentile(0.99), sorted.last ?? 0))
/// Peak resident memory of this process (VmHWM), in MB.
func peakMemoryMB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
    return kilobytes / 1024
}
if libraryPath != nil {
    // Query classes of `make bench` (rare word, common words, phrase, prefix) and filters, on its corpus.
    let article = data.articles(filter: QuoteFilter(), order: .newest, range: 0..<1).first?.fingerprint
    let expert = data.facets(.expert, filter: QuoteFilter(), range: 0..<1).first?.key
    let classes = [
        RankedSearchClass(name: "rare word", query: "drieph"),
        RankedSearchClass(name: "common word", query: "the"),
        RankedSearchClass(name: "two common words", query: "of and"),
        RankedSearchClass(name: "phrase of common words", query: "\"of the\""),
        RankedSearchClass(name: "prefix", query: "sanction*"),
        RankedSearchClass(name: "filtered: country RU", query: "the", filter: QuoteFilter(country: "RU")),
        RankedSearchClass(name: "filtered: top expert", query: "the", filter: QuoteFilter(expert: expert)),
        RankedSearchClass(name: "filtered: one article", query: "the", filter: QuoteFilter(article: article)),
        RankedSearchClass(name: "typed filter", query: "russia country:AZ"),
    ]
    benchRankedSearch(data, classes, order: .relevance)
    benchRankedSearch(data, classes, order: .newest, repeats: 3)
    benchRankedPaging(data, queries: ["the", "sanction*"])
}
for (request, ms) in loads { print(String(format: "view %@ loaded off the input loop in %.1f ms", "\(request)", ms)) }
if let peak = peakMemoryMB() { print(String(format: "peak memory (VmHWM): %.0f MB", peak)) }
