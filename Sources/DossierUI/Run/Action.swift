import DossierCore
/// Everything that can change the browser's state.
public enum Action: Sendable {
    /// A key press, interpreted by the mode and the keymap.
    case key(Key)
    /// A command from the keymap, without going through a key.
    case command(Command)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Results of the search with this generation; nil when it was cancelled.
    case searchResults(generation: Int, positions: [Int]?)
    /// The same search's matches counted per pane row (after its results).
    case searchCounts(generation: Int, counts: SearchCounts)
    /// A page of ranked results (`Effect.rank`); dropped unless it answers the request in flight.
    case rankedResults(RankedPage)
    /// A line for the status bar (effect outcomes, errors).
    case message(String, isError: Bool)
    /// How an `Effect.export` ended.
    case exportOutcome(ExportOutcome)
    /// A view asked for with `Effect.loadView` is ready.
    case viewLoaded(ViewResult)
}

/// A search to run off the input loop; a newer generation supersedes older ones.
public struct SearchRequest: Sendable {
    public var generation: Int
    public var filter: QuoteFilter
    public var matcher: any QuoteMatching
}

/// Work the reducer asks the run loop to do; outcomes come back as actions.
public enum Effect: Sendable {
    case search(SearchRequest)
    /// Compute a page of ranked results; answered with `Action.rankedResults`.
    case rank(RankRequest)
    /// Copy or save a quote (`y`, `Y`, `s`); answered with `Action.exportOutcome`.
    case export(ExportJob)
    case cancelSearch
    case setMouseCapture(Bool)
    /// Read a dossier or lens off the input loop; answered with `Action.viewLoaded`.
    case loadView(ViewRequest)
    /// Keep the marked quotes as the library's collection `name` (its whole member list).
    case saveMarks(collection: String, members: [QuoteReference])
    /// Open a web page (`o`) in the user's browser; a sanitised http(s) URL.
    case openURL(String)
    case quit
}
