import Testing
@testable import DossierUI

@Suite struct TextWidthTests {
    @Test func narrowCharactersTakeOneColumn() {
        #expect(TextWidth.of("“Россия” — ok") == 13)
        #expect(TextWidth.of("é") == 1)
        #expect(TextWidth.of("e\u{301}") == 1)
    }

    @Test func wideCharactersTakeTwoColumns() {
        #expect(TextWidth.of("台湾") == 4)
        #expect(TextWidth.of("🌏") == 2)
        #expect(TextWidth.of("🚢x") == 3)
        #expect(TextWidth.of("ｱ") == 1)
        #expect(TextWidth.of("Ａ") == 2)
    }

    @Test func controlCharactersTakeNoColumns() {
        #expect(TextWidth.of("a\u{1B}b\u{7}") == 2)
    }

    @Test func truncateCutsByDisplayWidthWithEllipsis() {
        #expect(TextWidth.truncate("Grant Mikaelian", to: 8) == "Grant M…")
        #expect(TextWidth.truncate("台湾海峡", to: 6) == "台湾…")
        #expect(TextWidth.truncate("台湾海峡", to: 5) == "台湾…")
        #expect(TextWidth.truncate("short", to: 5) == "short")
        #expect(TextWidth.truncate("anything", to: 0) == "")
    }

    @Test func wrapBreaksAtSpacesAndInsideLongWords() {
        #expect(TextWidth.wrap("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWidth.wrap("台湾海峡の緊張", width: 5) == ["台湾", "海峡", "の緊", "張"])
        #expect(TextWidth.wrap("a\n\nb", width: 5) == ["a", "", "b"])
    }
}
