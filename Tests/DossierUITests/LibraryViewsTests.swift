import DossierCore
import Testing
@testable import DossierUI

/// The library views of the browser (marks, the expert dossier, the country lens), through
/// the reducer and rendered into memory at 100×30 and 80×24.
@Suite struct LibraryViewsTests {
    @Test func spaceMarksAcrossFiltersAndMListsThemAll() {
        var state = SampleArticles.state()
        state.press(.tab, .tab)  // quotes
        state.press(.character(" "))
        #expect(state.marks == [QuoteReference(fingerprint: "aaaa1111", quoteID: "aaaa1111-01")])
        state.press(.backTab, .backTab, .character("j"), .character("j"))  // the second article alone
        #expect(state.filter.article == "bbbb2222")
        state.press(.tab, .tab, .character(" "))
        #expect(state.marks.count == 2)
        #expect(state.message?.contains("2 marked") == true)
        state.press(.character("M"))
        guard case .marks(let list) = state.overlay else {
            Issue.record("no marks view: \(state.overlay)")
            return
        }
        #expect(list.count == 2)
        #expect(state.markedRows.map(\.quote.id) == ["aaaa1111-01", "bbbb2222-01"])
        // Space in the view unmarks the selected one; in-memory sources keep nothing.
        #expect(state.press(.character(" ")).isEmpty)
        #expect(state.marks.map(\.quoteID) == ["bbbb2222-01"])
        state.press(.escape)
        #expect(state.overlay == .none)
    }

    @Test func theMarkedSetIsExportedInOneJob() {
        var state = SampleArticles.state()
        state.press(.tab, .tab, .character(" "), .character("j"), .character(" "), .character("M"))
        let effects = state.press(.character("y"))
        guard case .export(let job)? = effects.first else {
            Issue.record("no export: \(effects)")
            return
        }
        #expect(job.targets.map(\.quoteID) == ["aaaa1111-01", "aaaa1111-02"])
        #expect(job.format == .markdown)
        state.press(.character("M"), .character("s"))
        #expect(state.exportDialog?.others.count == 1)
        state.press(.enter)
        #expect(state.exportDialog?.path.text == "marked-quotes.md")
    }

    @Test func aQuoteListShowsItsMarks() {
        var state = SampleArticles.state(width: 80, height: 24)
        state.press(.tab, .tab, .character(" "))
        let screen = render(state)
        #expect(screen.text.contains("› ✓ Grant Mikaelian: "))
        #expect(screen.text.contains("1 marked"))
    }

    @Test func eOpensTheDossierAndEnterFiltersByTheExpert() throws {
        var state = SampleArticles.state()
        state.press(.tab, .character("j"))  // Grant Mikaelian
        state.settle(state.press(.character("e")))
        guard case .dossier(let view, _) = state.overlay else {
            Issue.record("no dossier: \(state.overlay)")
            return
        }
        #expect(view.dossier.expert.id == "grant-mikaelian")
        #expect(view.dossier.quotes.map(\.quote.id) == ["aaaa1111-01", "aaaa1111-03"])
        // Built lazily, the view's lines are the whole dossier's lines.
        let width = state.layout.overlay.inset.width - 2
        #expect(view.lines(0..<1000, width: width) == DossierContent.lines(view.dossier, width: width))
        #expect(view.lineCount(width: width) == DossierContent.lines(view.dossier, width: width).count)
        state.press(.escape)
        #expect(state.overlay == .none)
        state.settle(state.press(.character("e")))
        state.press(.enter)
        #expect(state.filter.expert == "grant-mikaelian")
        #expect(state.focus == .quotes)
    }

    @Test func aDossierLoadsOffTheInputLoopAndEscGivesUpOnIt() {
        var state = SampleArticles.state()
        state.press(.tab, .character("j"))
        let effects = state.press(.character("e"))
        guard effects.count == 1, case .loadView(let request)? = effects.first else {
            Issue.record("no load: \(effects)")
            return
        }
        #expect(request == .dossier(expertID: "grant-mikaelian"))
        #expect(state.overlay == .loading(.dossier(expertID: "grant-mikaelian")))
        #expect(render(state).text.contains("Reading the expert's quotes…"))
        state.press(.escape)
        #expect(state.overlay == .none)
        // The late result finds nobody waiting for it.
        _ = reduce(&state, .viewLoaded(ViewRequest.dossier(expertID: "grant-mikaelian").load(from: state.data)))
        #expect(state.overlay == .none)
    }

    @Test func underASearchEveryPaneCountsItsMatches() {
        var state = SampleArticles.state()
        state.press(.character("/"))
        state.settle(state.type("frozen"))  // only Areshev's quote
        let counts = state.search.counts
        #expect(counts?.count(.expert, "andrey-areshev") == 1)
        #expect(counts?.count(.expert, "grant-mikaelian") == 0)
        #expect(counts?.count(.article, "aaaa1111") == 1)
        #expect(counts?.count(.country, "RU") == 1)
        #expect(counts?.totals[.expert] == 1)
        let screen = render(state)
        #expect(screen.text.contains("│›All articles              1││"))
        #expect(screen.text.contains("│ Grant Mikaelian           0││"))
        // A row without matches is dimmed; one with matches is not.
        let grant = screen.text.split(separator: "\n").firstIndex { $0.contains("Grant Mikaelian           0") } ?? 0
        #expect(screen[2, grant].style.dim)
        // A newer keystroke drops the old counts until its own arrive.
        state.press(.backspace)
        #expect(state.search.counts == nil)
    }

    @Test func tabInTheCountryPickerOpensTheLensAndEnterFilters() {
        var state = SampleArticles.state()
        state.press(.character("c"))
        state.type("azer")
        state.settle(state.press(.tab))
        guard case .lens(let lens, _) = state.overlay else {
            Issue.record("no lens: \(state.overlay)")
            return
        }
        #expect(lens.code == "AZ")
        #expect(lens.experts.map(\.id) == ["grant-mikaelian", "andrey-areshev"])
        #expect(lens.experts.map(\.count) == [2, 1])
        state.press(.down, .enter)
        #expect(state.filter.country == "AZ")
        #expect(state.filter.expert == "andrey-areshev")
        #expect(state.quotes.count == 1)
    }

    @Test func dossier100x30() {
        var state = SampleArticles.state()
        state.press(.tab, .character("j"))
        state.settle(state.press(.character("e")))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes                                                            2 shown
        ┌─ Articles · newest ────────┐┌─ Quotes ───────────────────────────────────────────────────────────┐
        │›All articles              2││› Grant Mikaelian: “The likelihood of a full-scale invasion has cle…│
        │ 2024-03 Russia pushes Az… 2││  Grant Mikaelian: Russia supports Azerbaijan’s pressure after the …│
        │           ┌─ Dossier · Grant Mikaelian · Esc closes ─────────────────────────────────┐           │
        │           │ Grant Mikaelian · 2 quotes in 1 article                                  │           │
        │           │                                                                          │           │
        │           │ Credentials as printed                                                   │           │
        │           │   2024-03-01  Senior Research Fellow, Caucasus Institute (Yerevan)       │           │
        │           │                                                                          │           │
        │           │ Countries they speak about                                               │           │
        └───────────│   Azerbaijan 2 · Armenia 1 · Russia 1                                    │───── 1/2 ─┘
        ┌─ Experts ─│                                                                          │───────────┐
        │ All expert│ Asked alongside                                                          │           │
        │›Grant Mika│   Андрей Арешев 1                                                        │           │
        │ Андрей Аре│                                                                          │           │
        │ 李明 Li Mi│ Quotes, oldest first · Enter filters by them · y/s export them           │perts (The │
        │           │                                                                          │           │
        │           │   2024-03-01 · The Insider · Russia pushes Azerbaijan to attack Armenia  │           │
        │           │     § The Likelihood of Invasion                                         │           │
        │           │     “The likelihood of a full-scale invasion has clearly increased — the │reased —   │
        │           │     talks are stuck.”                                                    │           │
        │           │     § Role of Russia                                                     │           │
        │           │     Russia supports Azerbaijan’s pressure after the Second Karabakh War. │           │
        │           │                                                                          │           │
        │           └──────────────────────────────────────────────────────────────── 1-19/19 ─┘           │
        │                            ││                                                                    │
        │                            ││                                                                    │
        └────────────────────── 2/4 ─┘└──────────────────────────────────────────────────────────── 1-9/9 ─┘
         expert: Grant Mikaelian                             x clear  X clear all  / search  ? help  q quit
        """)
    }

    @Test func dossier80x24() {
        var state = SampleArticles.state(width: 80, height: 24)
        state.press(.tab, .character("j"))
        state.settle(state.press(.character("e")))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes                                        2 shown
        ┌─ Articles ───────────┐┌─ Quotes ─────────────────────────────────────────────┐
        │›┌─ Dossier · Grant Mikaelian · Esc closes ─────────────────────────────────┐…│
        │ │ Grant Mikaelian · 2 quotes in 1 article                                  │…│
        │ │                                                                          │ │
        │ │ Credentials as printed                                                   │ │
        │ │   2024-03-01  Senior Research Fellow, Caucasus Institute (Yerevan)       │ │
        │ │                                                                          │ │
        └─│ Countries they speak about                                               │─┘
        ┌─│   Azerbaijan 2 · Armenia 1 · Russia 1                                    │─┐
        │ │                                                                          │ │
        │›│ Asked alongside                                                          │ │
        │ │   Андрей Арешев 1                                                        │ │
        │ │                                                                          │—│
        │ │ Quotes, oldest first · Enter filters by them · y/s export them           │ │
        │ │                                                                          │ │
        │ │   2024-03-01 · The Insider · Russia pushes Azerbaijan to attack Armenia  │ │
        │ │     § The Likelihood of Invasion                                         │ │
        │ │     “The likelihood of a full-scale invasion has clearly increased — the │ │
        │ │     talks are stuck.”                                                    │ │
        │ │     § Role of Russia                                                     │ │
        │ └──────────────────────────────────────────────────────────────── 1-18/19 ─┘ │
        └──────────────── 2/4 ─┘└────────────────────────────────────────────── 1-9/9 ─┘
         expert: Grant Mikaelian         x clear  X clear all  / search  ? help  q quit
        """)
    }

    @Test func lens100x30() {
        var state = SampleArticles.state()
        state.press(.character("c"))
        state.type("azer")
        state.settle(state.press(.tab))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes
        ┌─ Articles · newest ────────┐┌─ Quotes ───────────────────────────────────────────────────────────┐
        │›All articles              4││› Grant Mikaelian: “The likelihood of a full-scale invasion has cle…│
        │ 2024-03 Russia pushes Az… 3││  Андрей Арешев: Россия не заинтересована в войне.                  │
        │ 台湾海峡の┌─ Azerbaijan (AZ) · 3 quotes · Enter filters ─────────────────────────────┐after the …│
        │           │ Experts, most quotes first                      Month by month           │esting the…│
        │           │                                                                          │           │
        │           │›Grant Mikaelian                               2 2024-03 ▇▇▇▇▇▇▇▇▇ 3      │           │
        │           │ Андрей Арешев                                 1                          │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        └───────────│                                                                          │───── 1/4 ─┘
        ┌─ Experts ─│                                                                          │───────────┐
        │›All expert│                                                                          │           │
        │ Grant Mika│                                                                          │           │
        │ Андрей Аре│                                                                          │           │
        │ 李明 Li Mi│                                                                          │perts (The │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │reased —   │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           └──────────────────────────────────────────────────────────────────── 1/2 ─┘           │
        │                            ││                                                                    │
        │                            ││                                                                    │
        └────────────────────── 1/4 ─┘└──────────────────────────────────────────────────────────── 1-9/9 ─┘
         No filters                                          Tab panes  / search  c country  ? help  q quit
        """)
    }

    @Test func lens80x24() {
        var state = SampleArticles.state(width: 80, height: 24)
        state.press(.character("c"))
        state.type("azer")
        state.settle(state.press(.tab))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes
        ┌─ Articles ───────────┐┌─ Quotes ─────────────────────────────────────────────┐
        │›┌─ Azerbaijan (AZ) · 3 quotes · Enter filters ─────────────────────────────┐…│
        │ │ Experts, most quotes first                      Month by month           │ │
        │ │                                                                          │…│
        │ │›Grant Mikaelian                               2 2024-03 ▇▇▇▇▇▇▇▇▇ 3      │…│
        │ │ Андрей Арешев                                 1                          │ │
        │ │                                                                          │ │
        └─│                                                                          │─┘
        ┌─│                                                                          │─┐
        │›│                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │—│
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ └──────────────────────────────────────────────────────────────────── 1/2 ─┘ │
        └──────────────── 1/4 ─┘└────────────────────────────────────────────── 1-9/9 ─┘
         No filters                      Tab panes  / search  c country  ? help  q quit
        """)
    }

    @Test func marks100x30() {
        var state = SampleArticles.state()
        state.press(.tab, .tab, .character(" "), .character("G"), .character(" "), .character("M"))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes                                                           2 marked
        ┌─ Articles · newest ────────┐┌─ Quotes ───────────────────────────────────────────────────────────┐
        │›All articles              4││  ✓ Grant Mikaelian: “The likelihood of a full-scale invasion has c…│
        │ 2024-03 Russia pushes Az… 3││  Андрей Арешев: Россия не заинтересована в войне.                  │
        │ 台湾海峡の┌─ Marked quotes · Space unmarks · y copy · s save all ────────────────────┐after the …│
        │           │›Grant Mikaelian: “The likelihood of a full… · Russia pushes Azerbaijan … │ testing t…│
        │           │ 李明 Li Ming: 中国の圧力は続く 🚢 — Beijin… · 台湾海峡の緊張 🌏 Strait … │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        └───────────│                                                                          │───── 4/4 ─┘
        ┌─ Experts ─│                                                                          │───────────┐
        │›All expert│                                                                          │           │
        │ Grant Mika│                                                                          │           │
        │ Андрей Аре│                                                                          │           │
        │ 李明 Li Mi│                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │.          │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           │                                                                          │           │
        │           └──────────────────────────────────────────────────────────────────── 1/2 ─┘           │
        │                            ││                                                                    │
        │                            ││                                                                    │
        └────────────────────── 1/4 ─┘└──────────────────────────────────────────────────────────── 1-8/8 ─┘
         No filters                          y copy  s save  Tab panes  / search  c country  ? help  q quit
        """)
    }

    @Test func marks80x24() {
        var state = SampleArticles.state(width: 80, height: 24)
        state.press(.tab, .tab, .character(" "), .character("G"), .character(" "), .character("M"))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes                                       2 marked
        ┌─ Articles ───────────┐┌─ Quotes ─────────────────────────────────────────────┐
        │›┌─ Marked quotes · Space unmarks · y copy · s save all ────────────────────┐…│
        │ │›Grant Mikaelian: “The likelihood of a full… · Russia pushes Azerbaijan … │ │
        │ │ 李明 Li Ming: 中国の圧力は続く 🚢 — Beijin… · 台湾海峡の緊張 🌏 Strait … │…│
        │ │                                                                          │…│
        │ │                                                                          │ │
        │ │                                                                          │ │
        └─│                                                                          │─┘
        ┌─│                                                                          │─┐
        │›│                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ │                                                                          │ │
        │ └──────────────────────────────────────────────────────────────────── 1/2 ─┘ │
        └──────────────── 1/4 ─┘└──────────────────────────────────────────── 1-10/10 ─┘
         No filters      y copy  s save  Tab panes  / search  c country  ? help  q quit
        """)
    }

    @Test func articlesInSections80x24() {
        var state = SampleArticles.state(width: 80, height: 24)
        state.press(.character("j"), .enter, .character("j"))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes · Russia pushes Azerbaijan to attack … 2 shown
        ┌─ ‹ Russia pushes Az…─┐┌─ Quotes ─────────────────────────────────────────────┐
        │ All sections        3││› Grant Mikaelian: “The likelihood of a full-scale in…│
        │›The Likelihood of … 2││  Андрей Арешев: Россия не заинтересована в войне.    │
        │ Role of Russia      1││                                                      │
        │                      ││                                                      │
        │                      ││                                                      │
        │                      ││                                                      │
        └──────────────── 2/3 ─┘└──────────────────────────────────────────────── 1/2 ─┘
        ┌─ Experts ────────────┐┌─ Reader · aaaa1111-01 ───────────────────────────────┐
        │›All experts         2││ Grant Mikaelian                                      │
        │ Grant Mikaelian     1││ Senior Research Fellow, Caucasus Institute (Yerevan) │
        │ Андрей Арешев       1││ Section: The Likelihood of Invasion                  │
        │                      ││ Article: Russia pushes Azerbaijan to attack Armenia —│
        │                      ││ experts (The Insider, 2024-03-01)                    │
        │                      ││ Countries: Armenia (AM), Azerbaijan (AZ)             │
        │                      ││                                                      │
        │                      ││ “The likelihood of a full-scale invasion has clearly │
        │                      ││ increased — the talks are stuck.”                    │
        │                      ││                                                      │
        │                      ││                                                      │
        │                      ││                                                      │
        └──────────────── 1/3 ─┘└────────────────────────────────────────────── 1-9/9 ─┘
         article: Russia pushes Azerbaijan to attack Arm…   x clear  X clear all  / se…
        """)
    }
}
