import Dispatch
import Synchronization

/// Runs searches on a background queue so typing never waits for them. A
/// newer request cancels older ones; finished results wait in an inbox the
/// run loop drains between keystrokes.
public final class SearchWorker: Sendable {
    private let queue = DispatchQueue(label: "dossier.search")
    private let latest = Mutex(0)
    private let inbox = Mutex<[Action]>([])
    private let data: any BrowserDataSource

    public init(data: any BrowserDataSource) { self.data = data }

    public func start(_ request: SearchRequest) {
        latest.withLock { $0 = request.generation }
        queue.async { [self] in
            let isCancelled = { self.latest.withLock { $0 } != request.generation }
            if isCancelled() { return }
            let positions = data.matchPositions(filter: request.filter, matcher: request.matcher, isCancelled: isCancelled)
            guard let positions, !isCancelled() else { return }
            inbox.withLock { $0.append(.searchResults(generation: request.generation, positions: positions)) }
            // Then every pane's counts under the search, which can take longer than the matches.
            guard let counts = data.matchCounts(filter: request.filter, matcher: request.matcher, isCancelled: isCancelled),
                  !isCancelled() else { return }
            inbox.withLock { $0.append(.searchCounts(generation: request.generation, counts: counts)) }
        }
    }

    /// Cancels whatever is running.
    public func cancel() { latest.withLock { $0 = -1 } }

    /// Results that arrived since the last call.
    public func drain() -> [Action] {
        inbox.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }
}
