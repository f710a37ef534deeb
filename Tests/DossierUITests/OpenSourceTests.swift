import DossierCore
import Foundation
import Testing
@testable import DossierUI

@Suite struct OpenSourceTests {
    private static func state(url: String?, width: Int = 100, height: Int = 30) -> AppState {
        var article = SampleArticles.caucasus
        article.metadata.url = url
        return AppState(data: InMemoryDataSource(articles: [article], title: "Dossier"), width: width, height: height)
    }

    @Test func oAsksTheRunLoopToOpenTheArticlesURL() {
        var state = Self.state(url: "https://theins.ru/en/news/269956")
        let effects = state.press(.character("o"))
        guard case .openURL(let url) = effects.first else {
            Issue.record("no open effect: \(effects)")
            return
        }
        #expect(url == "https://theins.ru/en/news/269956")
        #expect(state.message == "Opening https://theins.ru/en/news/269956")
    }

    @Test func withoutAWebAddressTheStatusLineSaysSo() {
        var state = Self.state(url: nil)
        #expect(state.press(.character("o")).isEmpty)
        #expect(state.message == "This article has no web address")
        #expect(state.messageIsError)
        var unsafe = Self.state(url: "javascript:alert(1)")
        #expect(unsafe.press(.character("o")).isEmpty)
        #expect(unsafe.message == "The article's address is not a web page (http or https)")
    }

    @Test func urlsAreSanitised() {
        #expect(WebLink.sanitised("https://example.org/a?b=c#d") == "https://example.org/a?b=c#d")
        #expect(WebLink.sanitised("  http://example.org ") == "http://example.org")
        #expect(WebLink.sanitised("https://example.org/\u{1B}]52;c;AAAA\u{7}") == nil)
        #expect(WebLink.sanitised("https://example.org/\u{1B}\\") == nil)
        #expect(WebLink.sanitised("https://example.org/a\nb") == nil)
        #expect(WebLink.sanitised("https://example.org/a b") == nil)
        #expect(WebLink.sanitised("https://example.org/\u{9B}31m") == nil)
        #expect(WebLink.sanitised("https://example.org/\u{7F}") == nil)
        #expect(WebLink.sanitised("file:///etc/passwd") == nil)
        #expect(WebLink.sanitised("javascript:alert(1)") == nil)
        #expect(WebLink.sanitised("https:///path") == nil)
        #expect(WebLink.sanitised("https://ru.wikipedia.org/wiki/Кавказ") == "https://ru.wikipedia.org/wiki/%D0%9A%D0%B0%D0%B2%D0%BA%D0%B0%D0%B7")
    }

    @Test func theOSC8SequenceWrapsTheVisibleText() {
        #expect(Hyperlink.osc8(url: "https://example.org/x", text: "example.org/x")
                == "\u{1B}]8;;https://example.org/x\u{1B}\\example.org/x\u{1B}]8;;\u{1B}\\")
        #expect(Hyperlink.osc8(url: "https://example.org/\u{1B}[2J", text: "x") == nil)
        #expect(Hyperlink.osc8(url: "https://example.org/", text: "a\u{1B}[2Jb") == "\u{1B}]8;;https://example.org/\u{1B}\\a[2Jb\u{1B}]8;;\u{1B}\\")
        #expect(Hyperlink.overwrite(url: "https://e.org", text: "e.org", column: 4, row: 2, sgr: "\u{1B}[0;4m")
                == "\u{1B}7\u{1B}[3;5H\u{1B}[0;4m\u{1B}]8;;https://e.org\u{1B}\\e.org\u{1B}]8;;\u{1B}\\\u{1B}8")
    }

    @Test func hyperlinksOnlyWhereTheTerminalIsKnownToShowThem() {
        #expect(Hyperlink.enabled(.auto, environment: ["VTE_VERSION": "7600", "TERM": "xterm-256color"]))
        #expect(Hyperlink.enabled(.auto, environment: ["TERM_PROGRAM": "WezTerm"]))
        #expect(Hyperlink.enabled(.auto, environment: ["TERM_PROGRAM": "iTerm.app"]))
        #expect(Hyperlink.enabled(.auto, environment: ["KITTY_WINDOW_ID": "1"]))
        #expect(Hyperlink.enabled(.auto, environment: ["WT_SESSION": "x"]))
        #expect(Hyperlink.enabled(.auto, environment: ["TERM": "foot"]))
        #expect(!Hyperlink.enabled(.auto, environment: ["TERM": "xterm-256color"]))
        #expect(!Hyperlink.enabled(.auto, environment: ["VTE_VERSION": "7600", "TMUX": "/tmp/tmux-0/default,1,0"]))
        #expect(!Hyperlink.enabled(.auto, environment: ["KITTY_WINDOW_ID": "1", "TERM": "screen-256color"]))
        #expect(Hyperlink.enabled(.always, environment: ["TMUX": "x"]))
        #expect(!Hyperlink.enabled(.never, environment: ["VTE_VERSION": "7600"]))
    }

    @Test func theReaderShowsTheURLAndRecordsItAsALink() {
        var state = Self.state(url: "https://theins.ru/en/news/269956")
        state.press(.tab, .tab, .enter)
        let screen = render(state)
        #expect(screen.text.contains("Source: https://theins.ru/en/news/269956"))
        #expect(screen.links.count == 1)
        let link = screen.links[0]
        #expect(link.url == "https://theins.ru/en/news/269956")
        #expect(link.text == "https://theins.ru/en/news/269956")
        #expect(screen.shows(link))
        #expect(screen.lines[link.row].contains("Source: " + link.text))
        // An overlay over the reader hides the link, so nothing is written over it.
        state.press(.character("?"))
        let covered = render(state)
        #expect(covered.links.allSatisfy { !covered.shows($0) })
    }

    @Test func aLongURLWrapsAndEveryPieceLinksToTheWholeURL() {
        let url = "https://example.org/" + String(repeating: "segment/", count: 12)
        let state = Self.state(url: url, width: 80, height: 24)
        var reader = state
        reader.focus = .reader
        let screen = render(reader)
        #expect(screen.links.count >= 2)
        #expect(screen.links.allSatisfy { $0.url == url })
        #expect(screen.links.map(\.text).joined() == url)
    }
}

/// A PATH of fake programs, an opener that records what it would start.
private final class Spawned: @unchecked Sendable {
    var commands: [[String]] = []
}

@Suite struct URLOpenerTests {
    private func opener(_ environment: [String: String], programs: Set<String>, spawned: Spawned = Spawned(), starts: Bool = true) -> URLOpener {
        URLOpener(environment: environment, isExecutable: { programs.contains($0) }, spawn: { command in
            spawned.commands.append(command)
            return starts
        })
    }

    private let url = "https://example.org/a"

    @Test func browserIsPreferredAndFoundOnThePath() {
        let spawned = Spawned()
        let opener = opener(["BROWSER": "firefox", "PATH": "/opt/bin:/usr/bin"], programs: ["/usr/bin/firefox", "/usr/bin/xdg-open"], spawned: spawned)
        #expect(opener.command(for: url) == ["/usr/bin/firefox", url])
        let outcome = opener.open(url)
        #expect(outcome.message == "Opened https://example.org/a with firefox")
        #expect(!outcome.isError)
        #expect(spawned.commands == [["/usr/bin/firefox", url]])
    }

    @Test func browserIsAColonListWithPercentS() {
        let environment = ["BROWSER": "missing-browser:chromium --new-window %s:firefox", "PATH": "/usr/bin"]
        let opener = opener(environment, programs: ["/usr/bin/chromium", "/usr/bin/firefox"])
        #expect(opener.command(for: url) == ["/usr/bin/chromium", "--new-window", url])
        let percent = self.opener(["BROWSER": "/usr/local/bin/open-it --label=100%% %s", "PATH": "/usr/bin"], programs: ["/usr/local/bin/open-it"])
        #expect(percent.command(for: url) == ["/usr/local/bin/open-it", "--label=100%", url])
    }

    @Test func withoutBrowserXdgOpenIsUsed() {
        let opener = opener(["PATH": "/usr/local/bin:/usr/bin"], programs: ["/usr/bin/xdg-open"])
        #expect(opener.command(for: url) == ["/usr/bin/xdg-open", url])
        let unusable = self.opener(["BROWSER": "nothing-here", "PATH": "/usr/bin"], programs: ["/usr/bin/xdg-open"])
        #expect(unusable.command(for: url) == ["/usr/bin/xdg-open", url])
    }

    @Test func withNeitherTheStatusLineSaysSo() {
        let spawned = Spawned()
        let opener = opener(["PATH": "/usr/bin"], programs: [], spawned: spawned)
        #expect(opener.command(for: url) == nil)
        let outcome = opener.open(url)
        #expect(outcome.message == "Cannot open the page: neither $BROWSER nor xdg-open is available")
        #expect(outcome.isError)
        #expect(spawned.commands.isEmpty)
        let failing = self.opener(["PATH": "/usr/bin"], programs: ["/usr/bin/xdg-open"], starts: false)
        #expect(failing.open(url) == (message: "Cannot open the page: xdg-open did not start", isError: true))
    }

    @Test func theRealSpawnDetachesWithItsOutputAwayFromTheScreen() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-open-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let marker = directory.appendingPathComponent("opened").path
        let script = directory.appendingPathComponent("fake-browser").path
        try "#!/bin/sh\necho noise\necho noise >&2\nprintf '%s' \"$1\" > \(marker)\n".write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        let opener = URLOpener(environment: ["BROWSER": script, "PATH": "/usr/bin:/bin"])
        #expect(opener.open(url).isError == false)
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: marker) { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.05)
        #expect((try? String(contentsOfFile: marker, encoding: .utf8)) == url)
    }
}

/// A scripted terminal that also records the hyperlinks written after each frame.
private final class LinkBackend: TerminalBackend {
    var events: [InputEvent]
    var drawn: [Screen] = []
    var links: [ScreenLink] = []
    let width = 100
    let height = 30

    init(events: [InputEvent]) { self.events = events }
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent? { events.isEmpty ? .interrupted : events.removeFirst() }
    func draw(_ screen: Screen) { drawn.append(screen) }
    func setMouseCapture(_ enabled: Bool) {}
    func writeHyperlink(_ link: ScreenLink) -> Bool {
        links.append(link)
        return true
    }
}

@Suite struct OpenSourceRunLoopTests {
    private static func state() -> AppState {
        var article = SampleArticles.caucasus
        article.metadata.url = "https://theins.ru/en/news/269956"
        return AppState(data: InMemoryDataSource(articles: [article], title: "Dossier"), width: 100, height: 30)
    }

    @Test func theRunLoopOpensThePageAndReportsTheOutcome() {
        let spawned = SpawnLog()
        let opener = URLOpener(environment: ["PATH": "/usr/bin"], isExecutable: { $0 == "/usr/bin/xdg-open" }, spawn: { command in
            spawned.append(command)
            return true
        })
        let backend = LinkBackend(events: [.key(.character("o"))])
        let loop = BrowserRunLoop(state: Self.state(), backend: backend, opener: opener)
        loop.run()
        #expect(spawned.commands == [["/usr/bin/xdg-open", "https://theins.ru/en/news/269956"]])
        #expect(loop.state.message == "Opened https://theins.ru/en/news/269956 with xdg-open")
        #expect(backend.drawn.last?.text.contains("Opened https://theins.ru") == true)
        #expect(backend.links.isEmpty)  // hyperlinks off
    }

    @Test func withHyperlinksOnTheVisibleLinkIsRewrittenAfterEachFrame() {
        let backend = LinkBackend(events: [.key(.character("j")), .key(.character("?"))])
        let loop = BrowserRunLoop(state: Self.state(), backend: backend, hyperlinks: true)
        loop.run()
        // Two frames show the reader's link; the help overlay covers it in the third.
        #expect(backend.drawn.count == 3)
        #expect(backend.links.count == 2)
        #expect(backend.links.allSatisfy { $0.url == "https://theins.ru/en/news/269956" })
    }
}

private final class SpawnLog: @unchecked Sendable {
    var commands: [[String]] = []
    func append(_ command: [String]) { commands.append(command) }
}
