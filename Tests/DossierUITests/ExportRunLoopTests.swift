import DossierCore
import Foundation
import Testing
@testable import DossierUI

/// A scripted terminal that also takes control sequences, logging the order
/// of frames and sequences.
private final class RecordingBackend: TerminalBackend {
    var events: [InputEvent]
    var log: [String] = []
    var sequences: [String] = []
    var drawn: [Screen] = []
    let width = 100
    let height = 30

    init(events: [InputEvent]) { self.events = events }

    func nextEvent(timeoutMilliseconds: Int) -> InputEvent? { events.isEmpty ? .interrupted : events.removeFirst() }
    func draw(_ screen: Screen) {
        log.append("frame")
        drawn.append(screen)
    }
    func setMouseCapture(_ enabled: Bool) {}
    func writeControlSequence(_ sequence: String) -> Bool {
        log.append("sequence")
        sequences.append(sequence)
        return true
    }
}

@Suite struct ExportRunLoopTests {
    private let exporter = ExportPerformer(
        now: { Date(timeIntervalSince1970: 1_735_776_000) }, environment: ["PATH": "/nonexistent"],
        workingDirectory: FileManager.default.temporaryDirectory.path)

    @Test func yWritesOSC52BetweenFramesAndReportsInTheStatusLine() throws {
        let backend = RecordingBackend(events: [.key(.character("y"))])
        BrowserRunLoop(state: SampleArticles.state(), backend: backend, exporter: exporter).run()
        #expect(backend.log == ["frame", "sequence", "frame"])
        let sequence = try #require(backend.sequences.first)
        #expect(sequence.hasPrefix("\u{1B}]52;c;") && sequence.hasSuffix("\u{07}"))
        let decoded = try #require(Data(base64Encoded: String(sequence.dropFirst(7).dropLast())))
        let article = SampleArticles.caucasus
        let record = QuoteRecord(article: article, quote: article.quotes[0], accessed: "2025-01-02", source: nil)
        #expect(String(decoding: decoded, as: UTF8.self) == (try QuoteRenderer.markdown(record, trailer: false)))
        #expect(backend.drawn.last?.lines[29].contains("Sent quote aaaa1111-01 via OSC 52; unconfirmed, press s to save") == true)
        #expect(backend.drawn.allSatisfy { !$0.text.contains("\u{1B}") }, "the sequence never goes through the grid")
    }

    @Test func aBackendWithoutATerminalMakesTheCopyFailVisibly() {
        final class Mute: TerminalBackend {
            var events: [InputEvent] = [.key(.character("y"))]
            var last: Screen?
            let width = 100, height = 30
            func nextEvent(timeoutMilliseconds: Int) -> InputEvent? { events.isEmpty ? .interrupted : events.removeFirst() }
            func draw(_ screen: Screen) { last = screen }
            func setMouseCapture(_ enabled: Bool) {}
        }
        let backend = Mute()
        let loop = BrowserRunLoop(state: SampleArticles.state(), backend: backend, exporter: exporter)
        loop.run()
        #expect(loop.state.messageIsError)
        #expect(backend.last?.lines[29].contains("Could not copy quote aaaa1111-01 as Markdown, press s to save: no terminal for OSC 52") == true)
    }
}
