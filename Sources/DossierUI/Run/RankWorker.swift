import DossierCore
import Dispatch
import Synchronization

/// Computes pages of ranked search results on a background queue, apart from `SearchWorker`'s
/// match positions and counts, so the first page never waits behind them. Only the newest
/// request runs; an older one still queued is skipped, and one running is told to stop.
public final class RankWorker: Sendable {
    private let queue = DispatchQueue(label: "dossier.rank")
    private let latest = Mutex(0)
    private let inbox = Mutex<[Action]>([])
    private let pending = Mutex(0)
    private let data: any BrowserDataSource

    public init(data: any BrowserDataSource) { self.data = data }

    public func start(_ request: RankRequest) {
        latest.withLock { $0 = request.generation }
        pending.withLock { $0 += 1 }
        queue.async { [self] in
            defer { pending.withLock { $0 -= 1 } }
            let isCancelled = { self.latest.withLock { $0 } != request.generation }
            if isCancelled() { return }
            let rows = data.rankedQuotes(filter: request.filter, matcher: request.matcher, order: request.order,
                                         limit: request.limit, isCancelled: isCancelled)
            guard let rows, !isCancelled() else { return }
            inbox.withLock { $0.append(.rankedResults(RankedPage(request, rows: rows))) }
        }
    }

    /// Stops whatever is running (its page is dropped).
    public func cancel() { latest.withLock { $0 = -1 } }

    /// Whether a page is still being computed (the run loop then polls sooner).
    public var isBusy: Bool { pending.withLock { $0 > 0 } }

    /// Pages that arrived since the last call.
    public func drain() -> [Action] {
        inbox.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }
}

/// A computed page of ranked results, for the request it answers.
public struct RankedPage: Sendable {
    public var generation: Int
    public var searchGeneration: Int
    public var order: SearchOrder
    public var limit: Int
    public var rows: [QuoteRow]

    public init(_ request: RankRequest, rows: [QuoteRow]) {
        generation = request.generation
        searchGeneration = request.searchGeneration
        order = request.order
        limit = request.limit
        self.rows = rows
    }
}
