import Testing
@testable import DossierUI

@Suite struct KeymapTests {
    @Test func keyNamesReadBackAsTheSameKey() throws {
        let keys: [Key] = [.character("j"), .character("G"), .character("?"), .character(" "), .control("n"), .up, .down, .left, .right,
                           .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace, .delete]
        for key in keys { #expect(try Key.named(key.configName) == key) }
        #expect(try Key.named("PgDn") == .pageDown)
        #expect(try Key.named("Ctrl-N") == .control("n"))
        #expect(try Key.named("ctrl-h") == .backspace)
        #expect(try Key.named("ctrl-i") == .tab)
        #expect(try Key.named(" ") == .character(" "))
        #expect(throws: Key.NameError.unknown) { try Key.named("ctlr-x") }
        #expect(throws: Key.NameError.unknown) { try Key.named("") }
        #expect(throws: Key.NameError.unknown) { try Key.named("\u{1B}") }
        #expect(throws: Key.NameError.unknown) { try Key.named("f1") }
        #expect(throws: Key.NameError.unavailable("the terminal sends it as an interrupt")) { try Key.named("ctrl-c") }
    }

    @Test func everyCommandHasAConfigNameThatReadsBack() {
        #expect(Command.moveDown.configName == "move_down")
        #expect(Command.clearAllFilters.configName == "clear_all_filters")
        #expect(Command.openSource.configName == "open_source")
        #expect(Command.snakeCase("openURL") == "open_url")
        #expect(Command.snakeCase("showURLList") == "show_url_list")
        #expect(Command.snakeCase("cycleSort2") == "cycle_sort2")
        for command in Command.allCases { #expect(Command(configName: command.configName) == command) }
        #expect(Command(configName: "moveDown") == nil)
    }

    @Test func theDefaultsBindNoKeyTwice() {
        let conflicts = Keymap.standard.conflicts.map { "\($0.key.configName): \($0.first.configName), \($0.second.configName)" }
        #expect(conflicts.isEmpty, "\(conflicts)")
    }

    @Test func userKeysReplaceTheDefaultsOfThatCommandOnly() throws {
        let keymap = try Keymap.standard.rebinding([.moveDown: [.character("J"), .control("n"), .character("J")], .quit: []])
        #expect(keymap.command(for: .control("n")) == .moveDown)
        #expect(keymap.command(for: .character("J")) == .moveDown)
        #expect(keymap.command(for: .character("j")) == nil)
        #expect(keymap.command(for: .down) == nil)
        #expect(keymap.command(for: .character("q")) == nil)
        #expect(keymap.command(for: .character("k")) == .moveUp)
        #expect(keymap.binding(for: .moveDown)?.keys == [.character("J"), .control("n")])
        #expect(keymap.helpLines.contains { $0.hasPrefix("  J Ctrl-n ") && $0.hasSuffix("Next item (scroll in the reader)") })
        #expect(!keymap.helpLines.contains { $0.hasSuffix("  Quit") })
    }

    @Test func aKeyLeftOnTwoCommandsIsAConflictNamingBoth() {
        #expect(throws: Keymap.Conflict(key: .character("x"), command: .moveDown, other: .clearFilter)) {
            try Keymap.standard.rebinding([.moveDown: [.character("x")]])
        }
        // Rebinding the other command too resolves it.
        #expect((try? Keymap.standard.rebinding([.moveDown: [.character("x")], .clearFilter: [.backspace]])) != nil)
    }

    @Test func theReducerAndTheHelpUseTheStateKeymap() throws {
        var state = SampleArticles.state()
        state.keymap = try Keymap.standard.rebinding([.moveDown: [.control("n")], .help: [.character("H")], .focusPrevious: [.backTab, .left]])
        state.press(.character("j"))
        #expect(state.filter.article == nil)
        state.press(.control("n"))
        #expect(state.filter.article == "aaaa1111")
        state.press(.character("?"))
        #expect(state.overlay == .none)
        state.press(.character("H"))
        #expect(state.overlay == .help(scroll: 0))
        let text = render(state).text
        #expect(text.contains("Ctrl-n"))
        #expect(state.keymap.helpLines.contains("  H           This help"))
        state.press(.escape, .character("X"))  // no filter label, so the whole hint shows
        #expect(render(state).text.contains("H help  q quit"))
        state.press(.character("H"))
        state.press(.character("H"))
        #expect(state.overlay == .none)
    }

    @Test func helpListsAllKeysOfTheUsersBindingsAt100x30And80x24() throws {
        let keymap = try Keymap.standard.rebinding([.moveDown: [.character("j"), .down, .control("n")], .quit: [.character("Q"), .control("x")]])
        for (width, height) in [(100, 30), (80, 24)] {
            var state = SampleArticles.state(width: width, height: height)
            state.keymap = keymap
            state.press(.character("?"))
            var seen = render(state).text
            for _ in 0..<6 {
                state.press(.pageDown)
                seen += render(state).text
            }
            #expect(seen.contains("j ↓ Ctrl-n  Next item (scroll in the reader)"), "\(width)×\(height)")
            #expect(seen.contains("Q Ctrl-x    Quit"), "\(width)×\(height)")
            #expect(seen.contains("o           Open the article's web page"), "\(width)×\(height)")
        }
    }

    @Test func theMouseWheelScrollsTheHelpWhateverTheKeys() throws {
        var state = SampleArticles.state(width: 80, height: 24)
        state.keymap = try Keymap.standard.rebinding([.moveDown: [.character("j")]])
        state.press(.character("?"))
        _ = reduce(&state, .mouse(MouseEvent(.wheelDown, column: 40, row: 10)))
        #expect(state.overlay == .help(scroll: 1))
    }
}
