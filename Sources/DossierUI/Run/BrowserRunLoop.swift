import DossierCore
import Foundation
/// The only impure part of the UI: reads events from a backend, reduces them,
/// carries out effects and draws. Stops on `q`, a signal, or a quit effect.
public final class BrowserRunLoop {
    public private(set) var state: AppState
    private let backend: any TerminalBackend
    private let worker: SearchWorker
    private let ranker: RankWorker
    private let views: ViewLoader
    private let log: DebugLog
    private let exporter: ExportPerformer
    private let opener: URLOpener
    private let hyperlinks: Bool
    private var screen = Screen(width: 0, height: 0)
    private var searching = false

    /// `opener` opens web pages (`o`); `hyperlinks` writes the reader's URL as an
    /// OSC 8 link after each frame (see `Hyperlink.enabled`).
    public init(state: AppState, backend: any TerminalBackend, log: DebugLog = DebugLog(), exporter: ExportPerformer = ExportPerformer(),
                opener: URLOpener = URLOpener(environment: ProcessInfo.processInfo.environment), hyperlinks: Bool = false) {
        self.state = state
        self.backend = backend
        self.log = log
        self.exporter = exporter
        self.opener = opener
        self.hyperlinks = hyperlinks
        worker = SearchWorker(data: state.data)
        ranker = RankWorker(data: state.data)
        views = ViewLoader(data: state.data)
    }

    /// Runs until the user quits or a signal arrives.
    public func run() {
        dispatch(.resize(width: backend.width, height: backend.height))
        backend.setMouseCapture(state.mouseCapture)
        draw()
        // `bench/first-frame.sh` reads this to time process start to the first frame.
        log.write(String(format: "first frame drawn, epoch %.6f", Date().timeIntervalSince1970))
        while !state.quitRequested {
            // A ranked page is what the user waits for after a keystroke: looked for every 4 ms.
            let event = backend.nextEvent(timeoutMilliseconds: ranker.isBusy ? 4 : searching || views.isBusy ? 15 : 120)
            var changed = false
            if let event {
                switch event {
                case .interrupted:
                    log.write("interrupted by signal")
                    return
                case .key(let key): dispatch(.key(key))
                case .mouse(let mouse): dispatch(.mouse(mouse))
                case .resize(let width, let height): dispatch(.resize(width: width, height: height))
                }
                changed = true
            }
            for action in worker.drain() {
                searching = false
                dispatch(action)
                changed = true
            }
            for action in ranker.drain() {
                dispatch(action)
                changed = true
            }
            for action in views.drain() {
                dispatch(action)
                changed = true
            }
            if changed && !state.quitRequested { draw() }
        }
    }

    private func dispatch(_ action: Action) {
        for effect in reduce(&state, action) {
            switch effect {
            case .search(let request):
                searching = true
                worker.start(request)
            case .rank(let request): ranker.start(request)
            case .cancelSearch:
                searching = false
                worker.cancel()
                ranker.cancel()
            case .setMouseCapture(let enabled): backend.setMouseCapture(enabled)
            case .loadView(let request): views.start(request)
            case .saveMarks(let name, let members):
                do { try state.data.saveCollection(named: name, members) } catch {
                    log.write("marks: \(error)")
                    dispatch(.message("Marks not kept: \((error as? DossierError)?.message ?? "\(error)")", isError: true))
                }
            case .export(let job):
                let terminal = TerminalSequenceWriter(backend: backend)
                let outcome = exporter.perform(job, data: state.data, writeToTerminal: terminal.write)
                log.write("export \(job.target.quoteID) as \(job.format.rawValue): \(outcome)")
                dispatch(.exportOutcome(outcome))
            case .openURL(let url):
                let outcome = opener.open(url)
                log.write("open \(url): \(outcome.message)")
                dispatch(.message(outcome.message, isError: outcome.isError))
            case .quit: log.write("quit")
            }
        }
    }

    private func draw() {
        render(state, into: &screen)
        backend.draw(screen)
        if hyperlinks {
            for link in screen.links where screen.shows(link) { _ = backend.writeHyperlink(link) }
        }
    }
}
