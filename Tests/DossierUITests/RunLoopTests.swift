import DossierCore
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
        #expect(backend.drawn.contains { $0.text.contains("/frozen▏  1 match · relevance") })
        #expect(backend.mouseCapture == [true])
    }

    @Test func theRankedPageArrivesFromItsWorkerAndSCyclesIt() {
        let keys: [InputEvent] = [.key(.character("/"))] + "russia".map { .key(.character($0)) }
            + [.key(.character("~")), .key(.enter), .key(.character("S")), .key(.character("~")), .key(.character("q"))]
        let backend = ScriptedBackend(events: keys)
        let loop = BrowserRunLoop(state: SampleArticles.state(width: 80, height: 24), backend: backend)
        loop.run()
        #expect(loop.state.search.ranked?.order == .newest)
        #expect(loop.state.search.ranked?.pending == nil)
        #expect(backend.drawn.contains { $0.text.contains("Results · relevance ▾") && $0.text.contains("›•Grant Mikaelian") })
        #expect(backend.drawn.last?.text.contains("Results · newest ▾") == true)
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

@Suite struct QueryMatcherTests {
    private let article = Article(
        title: "Ankara and the Caucasus", lede: "", fingerprint: "f00d",
        sections: [Section(heading: "Role of Russia", line: 1)],
        experts: [Expert(name: "Ayla Demir", credentials: "Fellow")], quotes: [], glossary: [])

    private func document(_ text: String, countries: [String] = []) -> QuoteSearchDocument {
        let quote = Quote(id: "q1", expertID: Expert(name: "Ayla Demir", credentials: nil).id, section: "Role of Russia", paragraphs: [text],
                          countries: countries, source: SourceSpan(startLine: 1, endLine: 1, startByte: 0, endByte: 0))
        return QuoteSearchDocument(quote: quote, in: article)
    }

    @Test func wordsPrefixesAndDiacriticsFollowTheSharedLanguage() throws {
        #expect(try QueryMatcher("erdogan TURKIYE").matches(document("Erdoğan visited Türkiye’s capital")))
        #expect(!(try QueryMatcher("erdogan turkiye").matches(document("Erdoğan visited Ankara"))))
        #expect(try QueryMatcher("erdo*").matches(document("Erdoğan visited Ankara")))
        #expect(!(try QueryMatcher("erdo").matches(document("Erdoğan visited Ankara"))))
    }

    @Test func phrasesOrAndExclusions() throws {
        #expect(try QueryMatcher("\"frozen conflict\"").matches(document("a Frozen conflict")))
        #expect(!(try QueryMatcher("\"frozen conflict\"").matches(document("conflict, frozen"))))
        #expect(!(try QueryMatcher("war -frozen").matches(document("a frozen war"))))
        #expect(try QueryMatcher("war -frozen").matches(document("a hot war")))
        #expect(try QueryMatcher("peace OR war").matches(document("a hot war")))
    }

    @Test func fieldFiltersUseExpertCountrySectionAndArticle() throws {
        let text = document("Sanctions bite", countries: ["AZ"])
        #expect(try QueryMatcher("expert:demir sanctions").matches(text))
        #expect(!(try QueryMatcher("expert:kopalyan").matches(text)))
        #expect(try QueryMatcher("country:AZ").matches(text))
        #expect(try QueryMatcher("country:azerbaijan").matches(text))
        #expect(!(try QueryMatcher("country:AM").matches(text)))
        #expect(try QueryMatcher("section:\"role of russia\"").matches(text))
        #expect(try QueryMatcher("article:caucasus").matches(text))
    }

    @Test func malformedQueriesGiveOneLineMessages() {
        for text in ["\"open", "war OR", "(war"] {
            do {
                _ = try QueryMatcher(text)
                Issue.record("accepted \(text)")
            } catch let error as DossierError {
                #expect(error.message.hasPrefix("query:") && !error.message.contains("\n"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func highlightsCoverTheMatchedWordsWithStemming() throws {
        let text = "Sanctions and sanctioned Россия"
        let ranges = try QueryMatcher("sanction россия").highlights(in: text)
        #expect(ranges.map { String(text[$0]) } == ["Sanctions", "sanctioned", "Россия"])
    }
}
