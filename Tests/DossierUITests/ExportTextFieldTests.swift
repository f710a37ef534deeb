import Testing
@testable import DossierUI

/// The path input edits by grapheme cluster, whatever the script.
@Suite struct ExportTextFieldTests {
    private func typed(_ scalars: [Unicode.Scalar], into field: inout TextField) {
        // As the terminal delivers them: one key per code point.
        for scalar in scalars { field.insert(Character(scalar)) }
    }

    @Test func aCombiningAccentJoinsItsLetterAndBackspaceRemovesBoth() {
        var field = TextField("caf")
        typed(["e", "\u{301}"], into: &field)
        #expect(field.text == "cafe\u{301}")
        #expect(field.text.count == 4)
        #expect(field.cursor == 4)
        field.deleteBackward()
        #expect(field.text == "caf")
    }

    @Test func emojiSequencesAndFlagsAreOneStep() {
        var field = TextField()
        typed(["👩", "\u{200D}", "💻", "🇦", "🇲"], into: &field)
        #expect(field.text == "👩‍💻🇦🇲")
        #expect(field.cursor == 2)
        field.moveLeft()
        field.deleteBackward()
        #expect(field.text == "🇦🇲")
        field.deleteForward()
        #expect(field.text == "")
    }

    @Test func insertsAndDeletesInTheMiddle() {
        var field = TextField("отчёт.md")
        field.moveToStart()
        for character in "~/" { field.insert(character) }
        #expect(field.text == "~/отчёт.md")
        field.moveToEnd()
        for _ in 0..<3 { field.moveLeft() }
        field.deleteBackward()
        #expect(field.text == "~/отчё.md")
        _ = field.handle(.right)
        _ = field.handle(.delete)
        #expect(field.text == "~/отчё.d")
        #expect(field.handle(.enter) == false)
    }

    @Test func theCursorStaysInsideTheText() {
        var field = TextField("台湾")
        field.moveRight()
        #expect(field.cursor == 2)
        field.moveToStart()
        field.moveLeft()
        field.deleteBackward()
        #expect(field.cursor == 0)
        #expect(field.text == "台湾")
    }
}
