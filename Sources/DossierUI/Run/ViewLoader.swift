import DossierCore
import Dispatch
import Synchronization

/// A view whose data can take longer than a frame on a large library (an expert quoted
/// thousands of times, a country in a hundred thousand quotes), so it loads off the input loop.
public enum ViewRequest: Hashable, Sendable {
    case dossier(expertID: String)
    case lens(code: String)

    /// Reads the view's data (on the loader's queue, or directly in tests).
    public func load(from data: any BrowserDataSource) -> ViewResult {
        switch self {
        case .dossier(let id): .dossier(data.expertDossier(expertID: id), request: self)
        case .lens(let code): .lens(data.countryLens(code: code), request: self)
        }
    }

    /// What the loading box says.
    var waiting: String {
        switch self {
        case .dossier: "Reading the expert's quotes…"
        case .lens(let code): "Counting the quotes about \(CountryNames.name(for: code))…"
        }
    }
}

/// A loaded view, or nil when there was nothing to show.
public enum ViewResult: Hashable, Sendable {
    case dossier(ExpertDossier?, request: ViewRequest)
    case lens(CountryLens?, request: ViewRequest)

    var request: ViewRequest {
        switch self {
        case .dossier(_, let request), .lens(_, let request): request
        }
    }
}

/// Loads views on a background queue; results wait in an inbox the run loop drains.
public final class ViewLoader: Sendable {
    private let queue = DispatchQueue(label: "dossier.views")
    private let inbox = Mutex<[Action]>([])
    private let pending = Mutex(0)
    private let data: any BrowserDataSource

    public init(data: any BrowserDataSource) { self.data = data }

    public func start(_ request: ViewRequest) {
        pending.withLock { $0 += 1 }
        queue.async { [self] in
            let result = request.load(from: data)
            inbox.withLock { $0.append(.viewLoaded(result)) }
            pending.withLock { $0 -= 1 }
        }
    }

    /// Whether a load is still running (the run loop then polls sooner).
    public var isBusy: Bool { pending.withLock { $0 > 0 } }

    /// Results that arrived since the last call.
    public func drain() -> [Action] {
        inbox.withLock { actions in
            defer { actions.removeAll() }
            return actions
        }
    }
}
