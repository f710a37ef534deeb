import DossierCore
import Testing
@testable import DossierUI

/// The export dialog and key hints drawn into the in-memory screen at 100×30.
@Suite struct ExportRenderTests {
    /// Rows 10…19, columns 14…85 of the rendered screen: the dialog box at 100×30.
    private func dialog(_ state: AppState) -> String {
        let screen = render(state)
        return (10...19).map { row in
            var line = String((14..<86).compactMap { screen[$0, row].character })
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    @Test func formatStep() {
        var state = SampleArticles.state()
        state.press(.character("s"), .down)
        #expect(dialog(state) == """
        ┌─ Save quote aaaa1111-01 · Esc cancels ───────────────────────────────┐
        │ Grant Mikaelian · Russia pushes Azerbaijan to attack Armenia — expe… │
        │                                                                      │
        │ md        Blockquote, attribution, citation; .csl.json beside it     │
        │›txt       Plain text with attribution and accessed date              │
        │ json      The full quote record                                      │
        │ csl-json  Bibliography item with the quote records in custom         │
        │                                                                      │
        │ ↑↓ or 1-4 choose · Enter chooses the path                            │
        └──────────────────────────────────────────────────────────────────────┘
        """)
        let screen = render(state)
        #expect(screen[16, 14].style.reverse, "the chosen format is highlighted")
        #expect(!screen[16, 13].style.reverse)
    }

    @Test func copyAsSaysEnterCopies() {
        var state = SampleArticles.state()
        state.press(.character("Y"))
        let box = dialog(state)
        #expect(box.hasPrefix("┌─ Copy quote aaaa1111-01 · Esc cancels ─"))
        #expect(box.contains("│ ↑↓ or 1-3 choose · Enter copies "))
        #expect(box.contains("│ csl-json  Bibliography item: expert, article, date"))
        #expect(!box.contains("json      The full quote record"), "the record is not offered for the clipboard")
    }

    @Test func pathStep() {
        var state = SampleArticles.state()
        state.press(.character("s"), .enter)
        #expect(dialog(state) == """
        ┌─ Save quote aaaa1111-01 · Esc cancels ───────────────────────────────┐
        │ Grant Mikaelian · Russia pushes Azerbaijan to attack Armenia — expe… │
        │                                                                      │
        │ Format: Markdown (md)                                                │
        │                                                                      │
        │ Save to: mikaelian-russia-pushes-azerbaijan.md▏                      │
        │ Relative paths start in the current directory; ~ is your home.       │
        │                                                                      │
        │ Enter saves · ←→ Home End move · Backspace deletes                   │
        └──────────────────────────────────────────────────────────────────────┘
        """)
    }

    @Test func aLongPathScrollsToKeepTheCursorVisibleAndMarksItInTheMiddle() {
        var state = SampleArticles.state()
        state.press(.character("s"), .enter, .home)
        state.type("архив/東京/" + String(repeating: "очень-длинный-путь/", count: 3))
        let row = render(state).lines[15]
        #expect(row.contains("Save to: "))
        #expect(row.contains("очень-длинный-путь/▏") == false, "cursor is before the file name, not at the end")
        #expect(row.contains("очень-длинный-путь/m │"), "scrolled just far enough to show the cursor: \(row)")
        #expect(!row.contains("архив"), "the start scrolled out of view: \(row)")
        let screen = render(state)
        let cursorColumn = (0..<100).first { screen[$0, 15].style.reverse && screen[$0, 15].character == "m" }
        #expect(cursorColumn != nil, "the character under the cursor is in reverse video")
    }

    @Test func overwriteQuestion() {
        var state = SampleArticles.state()
        state.press(.character("s"), .enter, .enter)
        _ = reduce(&state, .exportOutcome(.fileExists(path: "/home/reader/notes/mikaelian-russia-pushes-azerbaijan.md")))
        #expect(dialog(state) == """
        ┌─ Save quote aaaa1111-01 · Esc cancels ───────────────────────────────┐
        │ Grant Mikaelian · Russia pushes Azerbaijan to attack Armenia — expe… │
        │                                                                      │
        │ /home/reader/notes/mikaelian-russia-pushes-azerbaijan.md already     │
        │ exists.                                                              │
        │                                                                      │
        │ Overwrite it? (y/n)                                                  │
        │                                                                      │
        │ y replaces the file · n or Esc keeps it                              │
        └──────────────────────────────────────────────────────────────────────┘
        """)
    }

    @Test func statusHintsMentionCopyAndSaveInTheQuotesAndReader() {
        var state = SampleArticles.state()
        #expect(!render(state).lines[29].contains("y copy"))
        state.press(.tab, .tab)
        #expect(render(state).lines[29].hasSuffix("y copy  s save  Tab panes  / search  c country  ? help  q quit "))
        state.press(.enter)
        #expect(state.focus == .reader)
        #expect(render(state).lines[29].contains("y copy  s save"))
    }

    @Test func theOutcomeShowsInTheStatusLine() {
        var state = SampleArticles.state()
        state.press(.character("y"))
        _ = reduce(&state, .exportOutcome(.done("Copied quote aaaa1111-01 as Markdown (OSC 52 + xclip)")))
        #expect(render(state).lines[29].hasSuffix("Copied quote aaaa1111-01 as Markdown (OSC 52 + xclip) "))
    }
}
