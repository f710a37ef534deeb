import DossierCore
import Testing
@testable import DossierUI

@Suite struct ReducerTests {
    @Test func startsWithEverythingShownAndTheArticlesFocused() {
        let state = SampleArticles.state()
        #expect(state.focus == .sections)
        #expect(state.outline == .articles)
        #expect(state.quotes.count == 4)
        #expect(state.articles.count == 3)  // All + 2 articles
        #expect(state.experts.count == 4)  // All + 3 experts
    }

    @Test func movingInArticlesNarrowsAndEnterListsThatArticlesSections() {
        var state = SampleArticles.state()
        state.press(.character("j"))
        #expect(state.filter.article == "aaaa1111")  // newest first: the dated article
        #expect(state.outline == .articles)
        #expect(state.quotes.count == 3)
        #expect(state.experts.count == 3)
        state.press(.enter)
        #expect(state.outline == .sections)
        #expect(state.sections.count == 3)  // All + 2 headings of this article only
        state.press(.character("j"))
        #expect(state.filter.section == "The Likelihood of Invasion")
        #expect(state.quotes.count == 2)
        state.press(.down)
        #expect(state.filter.section == "Role of Russia")
        #expect(state.quotes.count == 1)
        state.press(.character("g"))
        #expect(state.filter.section == nil)
        #expect(state.quotes.count == 3)
        state.press(.character("j"), .escape)  // back to the articles, the article still picked
        #expect(state.outline == .articles)
        #expect(state.filter.section == nil)
        #expect(state.filter.article == "aaaa1111")
        #expect(state.articles.selected == 1)
        state.press(.character("x"))
        #expect(state.filter.article == nil)
        #expect(state.quotes.count == 4)
    }

    @Test func selectingAnExpertNarrowsTheQuotesToTheirs() {
        var state = SampleArticles.state()
        state.press(.tab)
        #expect(state.focus == .experts)
        state.press(.character("j"))
        #expect(state.filter.expert == "grant-mikaelian")
        #expect(state.quotes.count == 2)
        #expect(state.selectedQuote?.expert.name == "Grant Mikaelian")
        state.press(.enter)
        #expect(state.focus == .quotes)
        state.press(.enter)
        #expect(state.focus == .reader)
        state.press(.escape)
        #expect(state.focus == .quotes)
    }

    @Test func countryPickerNarrowsAsYouTypeAndFilters() {
        var state = SampleArticles.state()
        state.press(.character("c"))
        guard case .picker(let picker) = state.overlay else {
            Issue.record("no picker open")
            return
        }
        #expect(state.pickerItems(picker).count == 1 + 5)  // any + AZ RU AM CN TW
        state.type("rus")
        guard case .picker(let narrowed) = state.overlay else { return }
        #expect(state.pickerItems(narrowed).compactMap { $0?.key } == ["RU"])
        #expect(narrowed.list.selected == 1)
        state.press(.enter)
        #expect(state.overlay == .none)
        #expect(state.filter.country == "RU")
        #expect(state.quotes.count == 2)
    }

    @Test func filtersCombineAndClearOneByOneOrAllAtOnce() {
        var state = SampleArticles.state()
        state.press(.tab, .character("j"))  // expert: Grant Mikaelian
        state.press(.character("c"))
        state.type("Russia")
        state.press(.enter)  // country: RU
        #expect(state.quotes.count == 1)
        #expect(state.activeFilters == [.expert, .country])
        state.press(.character("x"))
        #expect(state.filter.country == nil)
        #expect(state.filter.expert == "grant-mikaelian")
        #expect(state.quotes.count == 2)
        state.press(.character("c"))
        state.type("AZ")
        state.press(.enter)
        state.press(.character("X"))
        #expect(state.filter == QuoteFilter())
        #expect(state.experts.selected == 0)
        #expect(state.quotes.count == 4)
        state.press(.character("x"))
        #expect(state.message == "No filters to clear")
    }

    @Test func articlePickerLimitsToOneArticle() {
        var state = SampleArticles.state()
        state.press(.character("a"))
        state.type("台湾")
        state.press(.enter)
        #expect(state.filter.article == "bbbb2222")
        #expect(state.quotes.count == 1)
        #expect(state.sections.count == 2)
    }

    @Test func searchRunsAsYouTypeAndStepsThroughMatches() {
        var state = SampleArticles.state()
        state.resultOrder = .list  // less-style: the matches marked in the quotes list
        var effects = state.press(.character("/"))
        #expect(state.search.editing)
        state.press(.tab, .tab, .character("G"))  // typed into the query, not moving
        #expect(state.search.text == "G")
        state.press(.escape, .character("/"))
        effects = state.type("invas*")  // the shared query language: prefixes are explicit
        #expect(effects.contains { if case .search = $0 { true } else { false } })
        state.settle(effects)
        #expect(state.search.positions == [0, 1])
        #expect(state.quotes.selected == 0)
        state.press(.enter)
        #expect(!state.search.editing)
        state.press(.character("n"))
        #expect(state.quotes.selected == 1)
        #expect(state.message == "Match 2 of 2")
        state.press(.character("n"))
        #expect(state.quotes.selected == 0)
        state.press(.character("N"))
        #expect(state.quotes.selected == 1)
        state.press(.escape)
        #expect(!state.search.isActive)
    }

    @Test func searchIsCaseAndDiacriticInsensitiveAndCoversExpertNames() {
        var state = SampleArticles.state()
        state.press(.character("/"))
        state.settle(state.type("РОССИЯ"))
        #expect(state.search.positions == [1])
        state.press(.escape, .character("/"))
        state.settle(state.type("li ming"))
        #expect(state.search.positions == [3])
    }

    @Test func malformedQueryShowsItsMessageAndKeepsEditing() {
        var state = SampleArticles.state()
        state.press(.character("/"))
        let effects = state.type("\"frozen")
        #expect(effects.isEmpty)
        #expect(state.search.error == "query: unbalanced quote (no closing \") at column 1")
        #expect(render(state).lines.last?.contains("unbalanced quote") == true)
    }

    @Test func staleSearchResultsAreIgnored() {
        var state = SampleArticles.state()
        state.press(.character("/"))
        let first = state.type("r")
        state.type("u")
        state.settle(first)
        #expect(state.search.positions == nil)
    }

    /// A search cleared with Esc and a new one typed: the first search's late results carry
    /// an older generation (generations keep counting across clears), so they are dropped.
    @Test func resultsOfAClearedSearchAreIgnoredByTheNextOne() {
        var state = SampleArticles.state()
        state.press(.character("/"))
        let first = state.type("r")
        state.press(.escape, .escape)
        #expect(!state.search.isActive)
        state.press(.character("/"))
        let second = state.type("x")
        state.settle(first)
        #expect(state.search.positions == nil)
        state.settle(second)
        #expect(state.search.positions != nil)
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var state = SampleArticles.state()
        state.press(.tab, .tab, .character("G"))
        #expect(state.quotes.selected == 3)
        _ = reduce(&state, .resize(width: 60, height: 16))
        let visible = state.layout.visibleRows(of: .quotes)
        #expect(state.quotes.top <= 3 && 3 < state.quotes.top + visible)
        _ = reduce(&state, .resize(width: 30, height: 8))
        #expect(state.layout.isTooSmall)
        #expect(render(state).text.contains("Dossier needs at least 60×16"))
    }

    @Test func pageAndEndKeysClampToTheList() {
        var state = SampleArticles.state()
        state.press(.tab, .tab, .pageDown)
        #expect(state.quotes.selected == 3)
        state.press(.pageUp)
        #expect(state.quotes.selected == 0)
        state.press(.end)
        #expect(state.quotes.position == "4/4")
    }

    @Test func clickFocusesAPaneAndSelectsTheRow() {
        var state = SampleArticles.state()
        let experts = state.layout.experts
        _ = reduce(&state, .mouse(MouseEvent(.press, column: experts.x + 3, row: experts.y + 3)))
        #expect(state.focus == .experts)
        #expect(state.experts.selected == 2)
        #expect(state.filter.expert == "andrey-areshev")
        _ = reduce(&state, .mouse(MouseEvent(.wheelDown, column: experts.x + 3, row: experts.y + 3)))
        #expect(state.experts.selected == 3)
    }

    @Test func mouseToggleAndQuitProduceEffects() {
        var state = SampleArticles.state()
        let toggle = state.press(.character("m"))
        #expect(!state.mouseCapture)
        #expect(toggle.contains { if case .setMouseCapture(false) = $0 { true } else { false } })
        let quit = state.press(.character("q"))
        #expect(state.quitRequested)
        #expect(quit.contains { if case .quit = $0 { true } else { false } })
    }

    @Test func glossaryOpensOnlyWhenTheQuoteHasTerms() {
        var state = SampleArticles.state()
        state.press(.character("t"))
        #expect(state.message == "No glossary terms in this quote")
        state.press(.tab, .tab, .character("j"), .character("j"), .character("t"))
        #expect(state.overlay == .glossary(scroll: 0))
        #expect(render(state).text.contains("The 44-day war of 2020."))
    }
}

@Suite struct EmptyLibraryTests {
    @Test func anEmptyLibraryRendersAndEveryKeyIsSafe() {
        var state = AppState(data: InMemoryDataSource(articles: []), width: 80, height: 24)
        for key: Key in [.down, .up, .tab, .enter, .pageDown, .end, .character("c"), .enter, .character("t"), .character("n"), .character("x"), .escape] {
            state.press(key)
        }
        #expect(state.quotes.count == 0)
        #expect(render(state).text.contains("The library is empty."))
        #expect(render(state).text.contains("dossier import PATH"))
    }
}
