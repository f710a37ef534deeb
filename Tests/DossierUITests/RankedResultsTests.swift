import DossierCore
import Testing
@testable import DossierUI

/// `/` with a ranked order: the results list in the quotes pane, `S` cycling the order,
/// pages computed off the input loop, and Esc back to the quotes list.
@Suite struct RankedResultsTests {
    private func ids(_ state: AppState) -> [String] { state.search.ranked?.rows.map(\.quote.id) ?? [] }

    @Test func relevanceIsTheDefaultAndSCyclesTheOrder() {
        var state = SampleArticles.state()
        state.press(.tab, .tab, .character("j"), .character("j"))  // the third quote
        state.press(.character("/"))
        state.settle(state.type("russia OR beijing"))
        // In memory, relevance counts the query's highlighted words in the quote and the expert's
        // name (one each for Russia and Beijing); list order breaks ties (the others match by title).
        #expect(state.resultOrder == .relevance)
        #expect(ids(state) == ["aaaa1111-03", "bbbb2222-01", "aaaa1111-01", "aaaa1111-02"])
        #expect(state.search.ranked?.list.selected == 0)
        #expect(state.selectedQuote?.quote.id == ids(state).first)
        state.press(.enter)
        state.settle(state.press(.character("S")))
        #expect(state.resultOrder == .newest)
        #expect(state.message == "Search results by newest")
        #expect(ids(state).first?.hasPrefix("aaaa1111") == true)  // dated 2024-03-01; the other article has no date
        state.settle(state.press(.character("S")))
        #expect(state.resultOrder == .oldest)
        #expect(ids(state).first == "bbbb2222-01")
        state.settle(state.press(.character("S")))
        #expect(state.resultOrder == .list)
        #expect(state.search.ranked == nil)
        #expect(state.search.positions != nil)
        state.settle(state.press(.character("S")))
        #expect(state.resultOrder == .relevance)
        #expect(!ids(state).isEmpty)
    }

    @Test func escReturnsToTheQuoteSelectedBeforeTheSearch() {
        var state = SampleArticles.state()
        state.press(.tab, .tab, .character("j"), .character("j"))
        state.press(.character("/"))
        state.settle(state.type("frozen"))
        #expect(ids(state) == ["aaaa1111-02"])
        #expect(state.selectedQuote?.quote.id == "aaaa1111-02")
        state.press(.enter, .escape)
        #expect(!state.search.isActive)
        #expect(state.search.ranked == nil)
        #expect(state.quotes.selected == 2)
        #expect(state.selectedQuote?.quote.id == "aaaa1111-03")
    }

    @Test func aResultIsReadMarkedAndExportedLikeAnyQuote() {
        var state = SampleArticles.state()
        state.press(.character("/"))
        state.settle(state.type("frozen"))
        state.press(.enter)  // Enter leaves the prompt for the results list
        #expect(state.focus == .quotes)
        state.press(.character(" "))
        #expect(state.marks == [QuoteReference(fingerprint: "aaaa1111", quoteID: "aaaa1111-02")])
        guard case .export(let job)? = state.press(.character("y")).first else {
            Issue.record("no export job")
            return
        }
        #expect(job.targets.map(\.quoteID) == ["aaaa1111-02"])
        state.press(.enter)
        #expect(state.focus == .reader)
        #expect(render(state).text.contains("Reader · aaaa1111-02"))
    }

    @Test func aStalePageIsDropped() {
        var state = SampleArticles.state()
        state.press(.character("/"))
        let first = state.type("r")
        state.type("u")  // a newer query: the page for "r" must not be shown for it
        state.settle(first.filter { if case .rank = $0 { true } else { false } })
        #expect(state.search.ranked?.rows.isEmpty == true)
        #expect(state.search.ranked?.pending != nil)
        // A page for an older order is dropped too.
        var second = SampleArticles.state()
        second.press(.character("/"))
        let relevance = second.type("russia")
        second.press(.enter, .character("S"))
        second.settle(relevance)
        #expect(second.search.ranked?.rows.isEmpty == true)
    }

    @Test func scrollingPastThePageAsksForMore() {
        let quotes = (1...130).map { number in
            Quote(id: "cccc3333-\(number)", expertID: "ann-example", section: nil, paragraphs: ["Sanctions bite, part \(number)."],
                  countries: [], source: SampleArticles.span)
        }
        let article = Article(title: "Sanctions", lede: "", metadata: ArticleMetadata(), fingerprint: "cccc3333", sections: [],
                              experts: [Expert(name: "Ann Example", credentials: nil)], quotes: quotes, glossary: [])
        var state = AppState(data: InMemoryDataSource(articles: [article, SampleArticles.caucasus]), width: 100, height: 30)
        state.press(.character("/"))
        let effects = state.type("sanctions")
        guard case .rank(let request)? = effects.last(where: { if case .rank = $0 { true } else { false } }) else {
            Issue.record("no ranked request: \(effects)")
            return
        }
        #expect(request.limit == RankedResults.firstPage)
        state.settle(effects)
        #expect(ids(state).count == 50)
        #expect(render(state).text.contains("1/50+"))
        state.press(.enter)
        let more = state.press(.character("G"))  // the last row held: the next page is asked for
        guard case .rank(let next)? = more.first else {
            Issue.record("no request for more: \(more)")
            return
        }
        #expect(next.limit == 100)
        #expect(state.search.ranked?.list.selected == 49)
        state.settle(more)
        #expect(ids(state).count == 100)
        #expect(state.search.ranked?.list.selected == 49)  // the selection stays where it was
        state.settle(state.press(.character("G")))
        #expect(ids(state).count == 130)
        #expect(state.search.ranked?.hasMore == false)
        #expect(state.press(.character("G")).isEmpty)
    }

    @Test func theConfiguredSortIsTheFirstOrder() {
        var state = SampleArticles.state()
        state.defaultSort = .oldest
        #expect(state.resultOrder == .oldest)
        state.press(.character("/"))
        state.settle(state.type("frozen"))
        #expect(state.search.ranked?.order == .oldest)
    }

    @Test func sIsInTheKeymapAndTheHelp() {
        #expect(Keymap.standard.command(for: .character("S")) == .cycleSearchOrder)
        #expect(Command.cycleSearchOrder.configName == "cycle_search_order")
        #expect(Keymap.standard.helpLines.contains { $0.contains("S") && $0.contains("Order search results") })
        #expect(Keymap.standard.conflicts.isEmpty)
    }

    @Test func theSmallestWindowKeepsItsBordersWithWideCharacters() {
        var state = SampleArticles.state(width: 60, height: 16)
        state.press(.character("/"))
        state.settle(state.type("russia OR beijing"))
        state.settle(state.press(.enter, .character("S")))  // dates before the rows
        let screen = render(state)
        #expect(screen.text.contains("Results"))
        for line in screen.lines.dropFirst().dropLast() {
            #expect(TextWidth.of(line) == 60, "\(line)")
            #expect(line.hasSuffix("│") || line.hasSuffix("┐") || line.hasSuffix("┘"), "\(line)")
        }
    }

    @Test func results100x30() {
        var state = SampleArticles.state()
        state.press(.character("/"))
        state.settle(state.type("russia OR beijing"))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes
        ┌─ Articles · newest ────────┐┌─ Results · relevance ▾ ────────────────────────────────────────────┐
        │›All articles              4││›•Grant Mikaelian: Russia supports Azerbaijan’s pressure after the …│
        │ 2024-03 Russia pushes Az… 3││ •李明 Li Ming: 中国の圧力は続く 🚢 — Beijing will keep testing the…│
        │ 台湾海峡の緊張 🌏 Strait… 1││ •Grant Mikaelian: “The likelihood of a full-scale invasion has cle…│
        │                            ││ •Андрей Арешев: Россия не заинтересована в войне.                  │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        └────────────────────── 1/3 ─┘└────────────────────────────────────────────────────────────── 1/4 ─┘
        ┌─ Experts ──────────────────┐┌─ Reader · aaaa1111-03 ─────────────────────────────────────────────┐
        │›All experts               4││ Grant Mikaelian                                                    │
        │ Grant Mikaelian           2││ Senior Research Fellow, Caucasus Institute (Yerevan)               │
        │ Андрей Арешев             1││ Section: Role of Russia                                            │
        │ 李明 Li Ming              1││ Article: Russia pushes Azerbaijan to attack Armenia — experts (The │
        │                            ││ Insider, 2024-03-01)                                               │
        │                            ││ Countries: Azerbaijan (AZ), Russia (RU)                            │
        │                            ││ Glossary: Second Karabakh War (t: definitions)                     │
        │                            ││                                                                    │
        │                            ││ Russia supports Azerbaijan’s pressure after the Second Karabakh    │
        │                            ││ War.                                                               │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        └────────────────────── 1/4 ─┘└────────────────────────────────────────────────────────── 1-10/10 ─┘
        /russia OR beijing▏  4 matches · relevance
        """)
    }

    @Test func resultsByNewest80x24() {
        var state = SampleArticles.state(width: 80, height: 24)
        state.press(.character("/"))
        state.settle(state.type("russia OR beijing"))
        state.settle(state.press(.enter, .character("S")))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes
        ┌─ Articles ───────────┐┌─ Results · newest ▾ ─────────────────────────────────┐
        │›All articles        4││›•2024-03 Grant Mikaelian: “The likelihood of a full-…│
        │ 2024-03 Russia pus… 3││ •2024-03 Андрей Арешев: Россия не заинтересована в в…│
        │ 台湾海峡の緊張 🌏 … 1││ •2024-03 Grant Mikaelian: Russia supports Azerbaijan…│
        │                      ││ •undated 李明 Li Ming: 中国の圧力は続く 🚢 — Beijing…│
        │                      ││                                                      │
        │                      ││                                                      │
        └──────────────── 1/3 ─┘└──────────────────────────────────────────────── 1/4 ─┘
        ┌─ Experts ────────────┐┌─ Reader · aaaa1111-01 ───────────────────────────────┐
        │›All experts         4││ Grant Mikaelian                                      │
        │ Grant Mikaelian     2││ Senior Research Fellow, Caucasus Institute (Yerevan) │
        │ Андрей Арешев       1││ Section: The Likelihood of Invasion                  │
        │ 李明 Li Ming        1││ Article: Russia pushes Azerbaijan to attack Armenia —│
        │                      ││ experts (The Insider, 2024-03-01)                    │
        │                      ││ Countries: Armenia (AM), Azerbaijan (AZ)             │
        │                      ││                                                      │
        │                      ││ “The likelihood of a full-scale invasion has clearly │
        │                      ││ increased — the talks are stuck.”                    │
        │                      ││                                                      │
        │                      ││                                                      │
        │                      ││                                                      │
        └──────────────── 1/4 ─┘└────────────────────────────────────────────── 1-9/9 ─┘
         /russia OR beijing (4 matches, newest)                Search results by newest
        """)
    }
}
