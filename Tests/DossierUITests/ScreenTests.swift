import Testing
@testable import DossierUI

@Suite struct ScreenTests {
    @Test func putClipsToWidthInColumns() {
        var screen = Screen(width: 6, height: 1)
        let written = screen.put("台湾海峡", x: 0, y: 0, maxWidth: 5)
        #expect(written == 4)
        #expect(screen.lines == ["台湾  "])
    }

    @Test func escapeSequencesFromTextNeverReachTheGrid() {
        var screen = Screen(width: 12, height: 1)
        screen.put("a\u{1B}[31mred\u{9B}2J\u{7F}", x: 0, y: 0)
        #expect(screen.lines == ["a[31mred2J  "])
        #expect(screen.cells.allSatisfy { cell in
            cell.character.map { !$0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } } ?? true
        })
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("台湾", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        #expect(screen.lines == [" x湾"])
    }

    @Test func boxDrawsTitleAndLabel() {
        var screen = Screen(width: 14, height: 3)
        screen.box(Rect(x: 0, y: 0, width: 14, height: 3), title: "Quotes", label: "1/3")
        #expect(screen.text == """
        ┌─ Quotes ───┐
        │            │
        └────── 1/3 ─┘
        """)
    }
}
