import Foundation
import Testing
@testable import DossierUI

/// Whole screens rendered into memory at fixed sizes, with Cyrillic, CJK,
/// emoji, curly quotes and em dashes, compared with the expected text.
@Suite struct RenderTests {
    @Test func whole100x30() {
        let state = SampleArticles.state()
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes
        ┌─ Articles · newest ────────┐┌─ Quotes ───────────────────────────────────────────────────────────┐
        │›All articles              4││› Grant Mikaelian: “The likelihood of a full-scale invasion has cle…│
        │ 2024-03 Russia pushes Az… 3││  Андрей Арешев: Россия не заинтересована в войне.                  │
        │ 台湾海峡の緊張 🌏 Strait… 1││  Grant Mikaelian: Russia supports Azerbaijan’s pressure after the …│
        │                            ││  李明 Li Ming: 中国の圧力は続く 🚢 — Beijing will keep testing the…│
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        └────────────────────── 1/3 ─┘└────────────────────────────────────────────────────────────── 1/4 ─┘
        ┌─ Experts ──────────────────┐┌─ Reader · aaaa1111-01 ─────────────────────────────────────────────┐
        │›All experts               4││ Grant Mikaelian                                                    │
        │ Grant Mikaelian           2││ Senior Research Fellow, Caucasus Institute (Yerevan)               │
        │ Андрей Арешев             1││ Section: The Likelihood of Invasion                                │
        │ 李明 Li Ming              1││ Article: Russia pushes Azerbaijan to attack Armenia — experts (The │
        │                            ││ Insider, 2024-03-01)                                               │
        │                            ││ Countries: Armenia (AM), Azerbaijan (AZ)                           │
        │                            ││                                                                    │
        │                            ││ “The likelihood of a full-scale invasion has clearly increased —   │
        │                            ││ the talks are stuck.”                                              │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        │                            ││                                                                    │
        └────────────────────── 1/4 ─┘└──────────────────────────────────────────────────────────── 1-9/9 ─┘
         No filters                                          Tab panes  / search  c country  ? help  q quit
        """)
    }

    @Test func quotesFocused80x24() {
        var state = SampleArticles.state(width: 80, height: 24)
        state.press(.tab, .tab, .character("G"))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes
        ┌─ Articles ───────────┐┌─ Quotes ─────────────────────────────────────────────┐
        │›All articles        4││  Grant Mikaelian: “The likelihood of a full-scale in…│
        │ 2024-03 Russia pus… 3││  Андрей Арешев: Россия не заинтересована в войне.    │
        │ 台湾海峡の緊張 🌏 … 1││  Grant Mikaelian: Russia supports Azerbaijan’s press…│
        │                      ││› 李明 Li Ming: 中国の圧力は続く 🚢 — Beijing will ke…│
        │                      ││                                                      │
        │                      ││                                                      │
        └──────────────── 1/3 ─┘└──────────────────────────────────────────────── 4/4 ─┘
        ┌─ Experts ────────────┐┌─ Reader · bbbb2222-01 ───────────────────────────────┐
        │›All experts         4││ 李明 Li Ming                                         │
        │ Grant Mikaelian     2││ 東京大学 professor                                   │
        │ Андрей Арешев       1││ Section: Outlook                                     │
        │ 李明 Li Ming        1││ Article: 台湾海峡の緊張 🌏 Strait tensions (Nikkei   │
        │                      ││ Asia)                                                │
        │                      ││ Countries: China (CN), Taiwan (TW)                   │
        │                      ││ Glossary: ADIZ (t: definitions)                      │
        │                      ││                                                      │
        │                      ││ 中国の圧力は続く 🚢 — Beijing will keep testing the  │
        │                      ││ ADIZ.                                                │
        │                      ││                                                      │
        │                      ││                                                      │
        └──────────────── 1/4 ─┘└──────────────────────────────────────────── 1-10/10 ─┘
         No filters      y copy  s save  Tab panes  / search  c country  ? help  q quit
        """)
    }

    @Test func expertFilter60x16() {
        var state = SampleArticles.state(width: 60, height: 16)
        state.press(.tab, .character("j"), .character("j"), .tab)
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes                    1 shown
        ┌─ Articles ─────────┐┌─ Quotes ───────────────────────────┐
        │›All articles      1││› Андрей Арешев: Россия не заинтере…│
        │ 2024-03 Russia p… 1││                                    │
        │                    ││                                    │
        └────────────── 1/2 ─┘└────────────────────────────── 1/1 ─┘
        ┌─ Experts ──────────┐┌─ Reader · aaaa1111-02 ─────────────┐
        │ All experts       4││ Андрей Арешев                      │
        │ Grant Mikaelian   2││ Political commentator              │
        │›Андрей Арешев     1││ Section: The Likelihood of Invasion│
        │ 李明 Li Ming      1││ Article: Russia pushes Azerbaijan  │
        │                    ││ to attack Armenia — experts (The   │
        │                    ││ Insider, 2024-03-01)               │
        │                    ││ Countries: Azerbaijan (AZ), Russia │
        └────────────── 3/4 ─┘└─────────────────────────── 1-7/12 ─┘
         expert: Андрей Арешев   y copy  s save  x clear  X clear …
        """)
    }

    @Test func tooSmall40x10() {
        let state = SampleArticles.state(width: 40, height: 10)
        #expect(render(state).text == """



                Window too small (40×10)
              Dossier needs at least 60×16
         Enlarge the window, or press q to quit




        """)
    }

    @Test func countryPicker80x24() {
        var state = SampleArticles.state(width: 80, height: 24)
        state.press(.character("c"))
        state.type("a")
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes
        ┌─ Articles ───────────┐┌─ Quotes ─────────────────────────────────────────────┐
        │›┌─ Country · type to narrow · Enter picks · Tab: who talks about it ───────┐…│
        │ │ Find: a▏                                                                 │ │
        │ │                                                                          │…│
        │ │ Any country                                                              │…│
        │ │›Azerbaijan (AZ)                                                        3 │ │
        │ │ Russia (RU)                                                            2 │ │
        └─│ Armenia (AM)                                                           1 │─┘
        ┌─│ China (CN)                                                             1 │─┐
        │›│ Taiwan (TW)                                                            1 │ │
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
        │ └──────────────────────────────────────────────────────────────────── 2/6 ─┘ │
        └──────────────── 1/4 ─┘└────────────────────────────────────────────── 1-9/9 ─┘
         No filters                      Tab panes  / search  c country  ? help  q quit
        """)
    }

    @Test func search80x24() {
        var state = SampleArticles.state(width: 80, height: 24)
        state.resultOrder = .list
        state.press(.character("/"))
        state.settle(state.type("frozen"))
        #expect(render(state).text == """
         Dossier · 2 articles · 4 quotes
        ┌─ Articles ───────────┐┌─ Quotes ─────────────────────────────────────────────┐
        │›All articles        1││  Grant Mikaelian: “The likelihood of a full-scale in…│
        │ 2024-03 Russia pus… 1││›•Андрей Арешев: Россия не заинтересована в войне.    │
        │ 台湾海峡の緊張 🌏 … 0││  Grant Mikaelian: Russia supports Azerbaijan’s press…│
        │                      ││  李明 Li Ming: 中国の圧力は続く 🚢 — Beijing will ke…│
        │                      ││                                                      │
        │                      ││                                                      │
        └──────────────── 1/3 ─┘└──────────────────────────────────────────────── 2/4 ─┘
        ┌─ Experts ────────────┐┌─ Reader · aaaa1111-02 ───────────────────────────────┐
        │›All experts         1││ Андрей Арешев                                        │
        │ Grant Mikaelian     0││ Political commentator                                │
        │ Андрей Арешев       1││ Section: The Likelihood of Invasion                  │
        │ 李明 Li Ming        0││ Article: Russia pushes Azerbaijan to attack Armenia —│
        │                      ││ experts (The Insider, 2024-03-01)                    │
        │                      ││ Countries: Azerbaijan (AZ), Russia (RU)              │
        │                      ││                                                      │
        │                      ││ Россия не заинтересована в войне.                    │
        │                      ││                                                      │
        │                      ││ Moscow prefers a frozen conflict.                    │
        │                      ││                                                      │
        │                      ││                                                      │
        └──────────────── 1/4 ─┘└──────────────────────────────────────────── 1-10/10 ─┘
        /frozen▏  1 match · list order
        """)
    }

    @Test func wideCharactersKeepTheRightBorderAligned() {
        let screen = render(SampleArticles.state(width: 80, height: 24))
        for line in screen.lines.dropFirst().dropLast() {
            #expect(TextWidth.of(line) == 80)
            #expect(line.hasSuffix("│") || line.hasSuffix("┐") || line.hasSuffix("┘"))
        }
    }

    @Test func searchMatchesAreHighlightedInTheReader() {
        var state = SampleArticles.state(width: 80, height: 24)
        state.press(.character("/"))
        state.settle(state.type("frozen"))
        let screen = render(state)
        let row = screen.lines.firstIndex { $0.contains("Moscow prefers") } ?? -1
        #expect(row > 0)
        let line = screen.lines[row]
        let column = line.range(of: "frozen").map { TextWidth.of(line[..<$0.lowerBound]) } ?? 0
        #expect(screen[column, row].style.reverse)
        #expect(!screen[column - 2, row].style.reverse)
    }

    @Test func helpIsGeneratedFromTheKeymap() {
        var state = SampleArticles.state()
        state.press(.character("?"))
        let text = render(state).text
        for binding in Keymap.standard.bindings.prefix(10) {
            #expect(text.contains(binding.help))
        }
    }
}
