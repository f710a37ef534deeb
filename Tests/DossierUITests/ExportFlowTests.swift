import DossierCore
import Testing
@testable import DossierUI

/// Keys → actions → state → effects for `y`, `Y` and `s`, on plain values.
@Suite struct ExportFlowTests {
    private let first = ExportTarget(
        quoteID: "aaaa1111-01", articleID: "aaaa1111", speaker: "Grant Mikaelian",
        articleTitle: "Russia pushes Azerbaijan to attack Armenia — experts")

    private func jobs(_ effects: [Effect]) -> [ExportJob] {
        effects.compactMap { effect in
            if case .export(let job) = effect { return job }
            return nil
        }
    }

    @Test func yCopiesTheSelectedQuoteAsMarkdownWithoutADialog() {
        var state = SampleArticles.state()
        let effects = state.press(.character("y"))
        #expect(jobs(effects) == [ExportJob(target: first, format: .markdown, destination: .clipboard)])
        #expect(state.exportDialog == nil)
    }

    @Test func yFollowsTheSelectionInTheQuotesList() {
        var state = SampleArticles.state()
        state.press(.tab, .tab, .character("j"))
        let job = jobs(state.press(.character("y"))).first
        #expect(job?.target.quoteID == "aaaa1111-02")
        #expect(job?.target.speaker == "Андрей Арешев")
    }

    @Test func saveGoesFormatThenDefaultPathThenAWriteThatMayNotOverwrite() {
        var state = SampleArticles.state()
        #expect(state.press(.character("s")).isEmpty)
        #expect(state.exportDialog?.step == .chooseFormat)
        #expect(state.exportDialog?.format == .markdown)
        state.press(.down)
        #expect(state.exportDialog?.format == .text)
        state.press(.enter)
        #expect(state.exportDialog?.step == .editPath)
        #expect(state.exportDialog?.path.text == "mikaelian-russia-pushes-azerbaijan.txt")
        let effects = state.press(.enter)
        #expect(jobs(effects) == [ExportJob(target: first, format: .text,
                                            destination: .file(path: "mikaelian-russia-pushes-azerbaijan.txt", overwrite: false))])
        _ = reduce(&state, .exportOutcome(.done("Saved quote aaaa1111-01 as plain text to /tmp/m.txt")))
        #expect(state.exportDialog == nil)
        #expect(state.message == "Saved quote aaaa1111-01 as plain text to /tmp/m.txt")
        #expect(!state.messageIsError)
    }

    @Test func anExistingFileAsksAndNKeepsIt() {
        var state = SampleArticles.state()
        state.press(.character("s"), .enter, .enter)
        _ = reduce(&state, .exportOutcome(.fileExists(path: "/w/mikaelian-russia-pushes-azerbaijan.md")))
        #expect(state.exportDialog?.step == .confirmOverwrite(path: "/w/mikaelian-russia-pushes-azerbaijan.md"))
        #expect(state.press(.character("x")).isEmpty)
        #expect(state.exportDialog != nil)
        #expect(state.press(.character("n")).isEmpty)
        #expect(state.exportDialog == nil)
        #expect(state.message == "Kept the existing /w/mikaelian-russia-pushes-azerbaijan.md")
    }

    @Test func yAtTheOverwriteQuestionWritesOverTheResolvedPath() {
        var state = SampleArticles.state()
        state.press(.character("s"), .enter, .enter)
        _ = reduce(&state, .exportOutcome(.fileExists(path: "/w/q.md")))
        let effects = state.press(.character("y"))
        #expect(jobs(effects) == [ExportJob(target: first, format: .markdown, destination: .file(path: "/w/q.md", overwrite: true))])
    }

    @Test func escapeCancelsAtEveryStep() {
        for steps in [[Key](), [.enter], [.enter, .enter]] {
            var state = SampleArticles.state()
            state.press(.character("s"))
            state.press(steps)
            if steps.count == 2 { _ = reduce(&state, .exportOutcome(.fileExists(path: "/w/q.md"))) }
            #expect(state.exportDialog != nil)
            #expect(state.press(.escape).isEmpty)
            #expect(state.exportDialog == nil, "after \(steps)")
            #expect(state.message == "Save cancelled")
            #expect(state.focus == .sections, "Esc closed the dialog only")
        }
    }

    @Test func aFailedWriteKeepsThePathToCorrectAndShowsOneErrorLine() {
        var state = SampleArticles.state()
        state.press(.character("s"), .enter)
        state.press(.home)
        state.type("nowhere/")
        state.press(.enter)
        _ = reduce(&state, .exportOutcome(.failed("cannot write /w/nowhere/m.md: directory /w/nowhere does not exist")))
        #expect(state.exportDialog?.step == .editPath)
        #expect(state.exportDialog?.path.text == "nowhere/mikaelian-russia-pushes-azerbaijan.md")
        #expect(state.messageIsError)
        #expect(state.message?.contains("\n") == false)
    }

    @Test func anEmptyPathIsRefusedWithoutAnEffect() {
        var state = SampleArticles.state()
        state.press(.character("s"), .enter, .end)
        for _ in 0..<60 { state.press(.backspace) }
        #expect(state.exportDialog?.path.text == "")
        #expect(state.press(.enter).isEmpty)
        #expect(state.messageIsError)
        #expect(state.exportDialog?.step == .editPath)
    }

    @Test func letterKeysAreTextInThePathNotCommands() {
        var state = SampleArticles.state()
        state.press(.character("s"), .enter)
        state.type("qjy?")
        #expect(state.exportDialog?.path.text == "mikaelian-russia-pushes-azerbaijan.mdqjy?")
        #expect(!state.quitRequested)
        #expect(state.overlay == .none)
    }

    @Test func capitalYPicksAFormatForTheClipboard() {
        var state = SampleArticles.state()
        state.press(.character("Y"))
        #expect(state.exportDialog?.purpose == .copy)
        state.press(.character("3"))
        let effects = state.press(.enter)
        // md, txt, csl-json: the JSON record is for files only.
        #expect(jobs(effects) == [ExportJob(target: first, format: .cslJSON, destination: .clipboard)])
        #expect(state.exportDialog == nil)
        state.press(.character("Y"), .up, .enter)
        #expect(jobs(reduce(&state, .command(.copyQuote))).first?.format == .markdown)
    }

    @Test func aFailedCopyIsAnErrorInTheStatusLine() {
        var state = SampleArticles.state()
        state.press(.character("y"))
        _ = reduce(&state, .exportOutcome(.failed("Could not copy quote aaaa1111-01: no terminal for OSC 52")))
        #expect(state.messageIsError)
        #expect(state.message == "Could not copy quote aaaa1111-01: no terminal for OSC 52")
    }

    @Test func theMouseIsIgnoredWhileTheDialogIsOpen() {
        var state = SampleArticles.state()
        state.press(.character("s"))
        #expect(reduce(&state, .mouse(MouseEvent(.press, column: 5, row: 16))).isEmpty)
        #expect(state.exportDialog?.step == .chooseFormat)
        #expect(state.experts.selected == 0)
    }

    @Test func withNoQuoteThereIsNothingToExport() {
        var state = AppState(data: InMemoryDataSource(articles: []))
        #expect(state.press(.character("y")).isEmpty)
        #expect(state.message == "No quote selected")
        state.press(.character("s"))
        #expect(state.exportDialog == nil)
        #expect(state.message == "No quote selected")
    }

    @Test func helpListsTheExportKeys() {
        let lines = Keymap.standard.helpLines
        #expect(lines.contains("Copy and save the quote"))
        #expect(lines.contains { $0.hasPrefix("  y ") && $0.contains("Copy the quote as Markdown") })
        #expect(lines.contains { $0.hasPrefix("  Y ") && $0.contains("md, txt or csl-json (no record)") })
        #expect(lines.contains { $0.hasPrefix("  s ") && $0.contains("Save the quote to a file") })
    }
}

extension AppState {
    @discardableResult
    mutating func press(_ keys: [Key]) -> [Effect] {
        keys.flatMap { reduce(&self, .key($0)) }
    }
}
