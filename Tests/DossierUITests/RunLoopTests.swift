import Foundation
import Testing
@testable import DossierUI

/// A terminal that replays events and keeps what was drawn.
final class ScriptedBackend: TerminalBackend {
    var events: [InputEvent]
    var drawn: [Screen] = []
    var mouseCapture: [Bool] = []
    let width: Int
    let height: Int

    init(width: Int = 80, height: Int = 24, events: [InputEvent]) {
        self.width = width
        self.height = height
        self.events = events
    }

    func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        if events.isEmpty { return .interrupted }
        if case .key(.character("~")) = events[0] {
            // A pause: let the background search finish, as a slow typist would.
            events.removeFirst()
            Thread.sleep(forTimeInterval: 0.2)
            return nil
        }
        return events.removeFirst()
    }

    func draw(_ screen: Screen) { drawn.append(screen) }
    func setMouseCapture(_ enabled: Bool) { mouseCapture.append(enabled) }
}

@Suite struct RunLoopTests {
    @Test func searchResultsArriveFromTheBackgroundAndQuitEnds() {
        let keys: [InputEvent] = [.key(.character("/"))] + "frozen".map { .key(.character($0)) }
            + [.key(.character("~")), .key(.enter), .key(.character("q"))]
        let backend = ScriptedBackend(events: keys)
        let loop = BrowserRunLoop(state: SampleArticles.state(width: 80, height: 24), backend: backend)
        loop.run()
        #expect(loop.state.quitRequested)
        #expect(loop.state.search.positions == [1])
        #expect(backend.drawn.contains { $0.text.contains("/frozen▏  1 match") })
        #expect(backend.mouseCapture == [true])
    }

    @Test func aSignalStopsTheLoopAndResizeRelaysOut() {
        let backend = ScriptedBackend(events: [.resize(width: 60, height: 16), .interrupted, .key(.character("q"))])
        let loop = BrowserRunLoop(state: SampleArticles.state(), backend: backend)
        loop.run()
        #expect(!loop.state.quitRequested)
        #expect(backend.events.count == 1)
        #expect(backend.drawn.last?.width == 60)
    }
}

@Suite struct WordQueryTests {
    private func document(_ text: String) -> SearchDocument { SearchDocument([text]) }

    @Test func wordsMatchPrefixesCaseAndDiacriticInsensitively() throws {
        let query = try WordQuery("erdo TURK")
        #expect(query.matches(document("Erdoğan visited Türkiye’s capital")))
        #expect(!query.matches(document("Erdoğan visited Ankara")))
    }

    @Test func phrasesAndExclusions() throws {
        #expect(try WordQuery("\"frozen conflict\"").matches(document("a Frozen conflict")))
        #expect(!(try WordQuery("\"frozen conflict\"").matches(document("conflict, frozen"))))
        #expect(!(try WordQuery("war -frozen").matches(document("a frozen war"))))
        #expect(try WordQuery("war -frozen").matches(document("a hot war")))
    }

    @Test func malformedQueriesSayWhatIsWrong() {
        #expect(throws: (any Error).self) { try WordQuery("\"open") }
        #expect(throws: (any Error).self) { try WordQuery("war -") }
    }

    @Test func highlightsCoverTheMatchedWords() throws {
        let text = "Россия and россияне"
        let ranges = try WordQuery("росси").highlights(in: text)
        #expect(ranges.map { String(text[$0]) } == ["Россия", "россияне"])
    }
}
