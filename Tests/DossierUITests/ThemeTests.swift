import Testing
@testable import DossierUI

@Suite struct ThemeTests {
    private func colouredCells(_ screen: Screen, _ theme: Theme) -> Int {
        screen.cells.filter { cell in
            let look = theme.appearance(for: cell.style)
            return look.foreground != nil || look.background != nil
        }.count
    }

    @Test func theMonochromeThemeDrawsNoColourAnywhere() {
        var state = SampleArticles.state()
        state.press(.tab, .character("j"), .character("/"))
        state.settle(state.type("frozen"))
        let screen = render(state)
        #expect(colouredCells(screen, .standard) > 0)
        #expect(colouredCells(screen, .monochrome) == 0)
        #expect(!Theme.monochrome.usesColor)
        // Attributes remain: the status bar and the selection are still reverse video.
        #expect(screen.cells.contains { Theme.monochrome.appearance(for: $0.style).reverse })
        #expect(!Theme.monochrome.sgr(for: Style(bold: true, role: .error)).contains("31"))
    }

    @Test func overridesReplaceARolesLookAndABackgroundReplacesReverse() {
        let theme = Theme.standard.overriding([.selection: RoleLook(foreground: .black, background: .cyan),
                                               .match: RoleLook(foreground: .yellow, bold: true)])
        let selection = theme.appearance(for: Style(reverse: true, role: .selection))
        #expect(selection == CellAppearance(foreground: .black, background: .cyan))
        let match = theme.appearance(for: Style(reverse: true, role: .match))
        #expect(match == CellAppearance(foreground: .yellow, bold: true, reverse: true))
        #expect(theme.sgr(for: Style(reverse: true, role: .selection)) == "\u{1B}[0;30;46m")
        #expect(theme.sgr(for: Style(underline: true, role: .accent)) == "\u{1B}[0;4;36m")
    }

    @Test func noColorWinsOverEveryThemeAndOverride() {
        let theme = Theme.standard.overriding([.selection: RoleLook(foreground: .black, background: .cyan, bold: true)])
        let honoured = theme.honouring(environment: ["NO_COLOR": "1"])
        #expect(!honoured.usesColor)
        #expect(honoured.name == .monochrome)
        #expect(honoured.appearance(for: Style(reverse: true, role: .selection)) == CellAppearance(bold: true, reverse: true))
        #expect(theme.honouring(environment: ["NO_COLOR": ""]) == theme)
        #expect(theme.honouring(environment: [:]) == theme)
    }

    @Test func theMonochromeThemeKeepsOverrideAttributesButNotColours() {
        let theme = Theme.monochrome.overriding([.match: RoleLook(foreground: .yellow, underline: true)])
        #expect(theme.appearance(for: Style(role: .match)) == CellAppearance(underline: true))
    }
}
