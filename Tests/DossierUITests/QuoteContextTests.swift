import DossierCore
import Foundation
import Testing
@testable import DossierUI

/// `C`: the selected quote in its article, from the kept copy, the file, or neither.
@Suite struct QuoteContextTests {
    /// A state with the Areshev quote (aaaa1111-02) selected in the quotes list.
    static func state(_ data: any BrowserDataSource, width: Int = 100, height: Int = 30) -> AppState {
        var state = AppState(data: data, width: width, height: height)
        state.press(.tab, .tab, .character("j"))
        return state
    }

    @Test func theKeyOpensTheKeptCopyAroundTheQuoteAndEscOrTheKeyReturns() throws {
        var state = Self.state(ContextSample.data(kept: true), width: 60, height: 16)
        #expect(state.selectedQuote?.quote.id == "aaaa1111-02")
        #expect(state.press(.character("C")).isEmpty)
        guard case .context(let context, let scroll) = state.overlay else {
            Issue.record("no context overlay: \(state.overlay), \(state.message ?? "")")
            return
        }
        #expect(context.origin == "library copy of roundup.txt")
        // From the section heading to the next section's text.
        #expect(context.lines.first?.parts.map(\.text) == ["The Likelihood of Invasion"])
        let quoted = context.lines.flatMap(\.parts).filter(\.isQuote).map(\.text)
        #expect(quoted == ["Россия не заинтересована в войне.", "Moscow prefers a frozen conflict."])
        #expect(context.lines[context.quoteLine].parts.first?.text == "Россия не заинтересована в войне.")
        // The escape sequence in the editorial is gone, its words kept.
        #expect(context.lines.contains { $0.parts.map(\.text) == ["The editors asked: will the war resume?"] })
        #expect(!context.lines.flatMap(\.parts).contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })

        // 17 wrapped lines in 12 rows: the heading and the quote's start both show at first.
        #expect(scroll == 0)
        state.press(.character("j"))
        #expect(state.overlay == .context(context, scroll: 1))
        state.press(.character("G"), .character("j"))
        #expect(state.overlay == .context(context, scroll: 5))
        state.press(.pageUp)
        #expect(state.overlay == .context(context, scroll: 0))
        state.press(.character("C"))
        #expect(state.overlay == .none)
        state.press(.character("C"), .escape)
        #expect(state.overlay == .none)
        #expect(state.focus == .quotes)
    }

    @Test func withoutAKeptCopyTheFileOnDiskIsReadAndWithNeitherTheStatusLineSaysSo() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-context-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/roundup.txt"
        try ContextSample.text.write(toFile: path, atomically: false, encoding: .utf8)

        var state = Self.state(ContextSample.data(path: path, kept: false))
        state.press(.character("C"))
        guard case .context(let context, _) = state.overlay else {
            Issue.record("no context overlay: \(state.message ?? "")")
            return
        }
        #expect(context.origin == "file roundup.txt")

        try FileManager.default.removeItem(atPath: path)
        state.press(.escape, .character("C"))
        #expect(state.overlay == .none)
        #expect(state.message == "No source for quote aaaa1111-02: the library keeps no copy; \(path): cannot read the source file")
        #expect(state.messageIsError)
    }

    @Test func theHelpListsTheKey() {
        #expect(Keymap.standard.helpLines.contains("  C           The quote in its context in the article"))
    }

    @Test func renders60x16() {
        var state = Self.state(ContextSample.data(kept: true), width: 60, height: 16)
        state.press(.character("C"))
        let screen = render(state)
        #expect(screen.text == """
         Dossier · 2 articles · 4 quotes
        ┌─ Context · aaaa1111-02 · library copy of roundup.txt ────┐
        │  The Likelihood of Invasion                              │
        │                                                          │
        │  The editors asked: will the war resume?                 │
        │  Grant Mikaelian, Senior Research Fellow:                │
        │  “The likelihood of a full-scale invasion has clearly    │
        │  increased — the talks are stuck.”                       │
        │  Андрей Арешев, политолог:                               │
        │▌ Россия не заинтересована в войне.                       │
        │▌ Moscow prefers a frozen conflict.                       │
        │  李明 Li Ming, 東京大学:                                 │
        │  中国の圧力は続く 🚢 — Beijing will keep testing the     │
        │  ADIZ.                                                   │
        └──────────────────────────────────────────────── 1-12/17 ─┘
         No filters           ↑↓ PgUp PgDn scroll  Esc or C returns
        """)
        // The quote is bold in the accent colour; the text around it is plain.
        #expect(screen[3, 9].style == ContextContent.quoteStyle)
        #expect(screen[3, 8].style == .plain)
        // Wide characters take two columns: the right border stays in place.
        #expect(screen[59, 12].character == "│")
    }
}
