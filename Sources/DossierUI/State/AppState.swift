import DossierCore
/// A list with type-to-narrow (country or article picker).
public struct PickerState: Hashable, Sendable {
    public var facet: Facet
    public var query = ""
    public var list = ListState()

    public init(facet: Facet) { self.facet = facet }
}

/// The incremental search: what was typed, whether it is still being typed,
/// and the positions of matching quotes in the current quotes list.
public struct SearchState: Sendable {
    public var text = ""
    public var editing = false
    public var matcher: (any QuoteMatching)?
    public var error: String?
    public var generation = 0
    /// Sorted positions of matching quotes; nil while a search runs.
    public var positions: [Int]?
    public var positionSet: Set<Int> = []
    /// The matches counted per facet value (each pane's counts under the search); nil until counted.
    public var counts: SearchCounts?
    /// The results list in a ranked order (nil in list order, or with no search).
    public var ranked: RankedResults?

    public init() {}

    /// True when a query is in force (highlighting and n/N).
    public var isActive: Bool { matcher != nil }
}

/// What is drawn over the panes, if anything.
public enum Overlay: Hashable, Sendable {
    case none
    case help(scroll: Int)
    case glossary(scroll: Int)
    case picker(PickerState)
    /// The selected quote in its article (`C`), scrolled by wrapped lines.
    case context(QuoteContext, scroll: Int)
    /// The marked quotes across filters (`M`), one selected.
    case marks(ListState)
    /// One expert's profile across the library (`e`), scrolled by lines.
    case dossier(DossierView, scroll: Int)
    /// One country's experts, ranked, and its month-by-month count (Tab in the country picker).
    case lens(CountryLens, ListState)
    /// A dossier or lens being read off the input loop; Esc gives up on it.
    case loading(ViewRequest)
}

/// What the top-left pane lists.
public enum Outline: Sendable, Hashable {
    /// Every article (under the other filters); moving narrows the quotes to one.
    case articles
    /// The sections of the article in the filter.
    case sections
}

/// The whole state of the browser. Changed only by `reduce`.
public struct AppState: Sendable {
    public let data: any BrowserDataSource
    public let compileQuery: QueryCompiler
    public var layout: Layout
    public var focus: PaneID = .sections
    public var filter = QuoteFilter()
    /// Facets in the order their filters were applied, so `x` clears the newest.
    public var filterOrder: [Facet] = []
    /// What the top-left pane lists: the articles, or the sections of the article picked.
    public var outline: Outline = .articles
    /// The order of the articles list (`O` cycles it).
    public var articleOrder: ArticleOrder = .newest
    /// The one article of a one-article library or file: always in the filter, never cleared.
    public private(set) var pinnedArticle: String?
    /// Row 0 is "All articles"; row n is article n-1 in `articleOrder`.
    public var articles = ListState()
    /// Row 0 is "All sections"; row n is facet value n-1.
    public var sections = ListState()
    /// Row 0 is "All experts"; row n is facet value n-1.
    public var experts = ListState()
    public var quotes = ListState()
    public var readerScroll = 0
    public var search = SearchState()
    public var overlay: Overlay = .none
    /// The copy-as / save dialog, drawn over everything while open.
    public var exportDialog: ExportDialog?
    /// Marked quotes, in the order they were marked; kept in the library's `marksCollection`.
    public private(set) var marks: [QuoteReference] = []
    private(set) var markSet: Set<QuoteReference> = []
    /// The collection the marks persist in (a library only).
    public var marksCollection = "marked"
    public var mouseCapture = true
    /// The key bindings in force (the defaults plus the user's config).
    public var keymap = Keymap.standard
    /// The order search results start in (`[browser] sort`).
    public var defaultSort = ResultOrder.relevance {
        didSet { resultOrder = defaultSort }
    }
    /// The order search results are shown in (`S` cycles it).
    public var resultOrder = ResultOrder.relevance
    /// Numbers ranked-page requests; only ever grows, so a late page is never taken for a newer one.
    var rankGeneration = 0
    public var message: String?
    public var messageIsError = false
    public var quitRequested = false

    public init(data: any BrowserDataSource, width: Int = 100, height: Int = 30,
                compileQuery: @escaping QueryCompiler = { try QueryMatcher($0) }) {
        self.data = data
        self.compileQuery = compileQuery
        layout = Layout(width: width, height: height)
        if data.facetCount(.article, filter: QuoteFilter()) == 1, let only = data.articles(filter: QuoteFilter(), order: .newest, range: 0..<1).first {
            pinnedArticle = only.fingerprint
            filter.article = only.fingerprint
            outline = .sections
        }
        if data.supportsCollections { setMarks(data.loadCollection(named: marksCollection)) }
        refreshLists()
    }

    /// Replaces the marked quotes.
    mutating func setMarks(_ references: [QuoteReference]) {
        marks = QuoteCollection.unique(references)
        markSet = Set(marks)
    }

    /// Whether a quote is marked.
    public func isMarked(_ row: QuoteRow) -> Bool {
        markSet.contains(QuoteReference(fingerprint: row.articleID, quoteID: row.quote.id))
    }

    /// The quote under the selection in the quotes list (or in the results list).
    public var selectedQuote: QuoteRow? {
        if let ranked = search.ranked {
            return ranked.list.selected < ranked.rows.count ? ranked.rows[ranked.list.selected] : nil
        }
        guard quotes.count > 0 else { return nil }
        return data.quotes(filter: filter, range: quotes.selected..<(quotes.selected + 1)).first
    }

    /// Recomputes list sizes after a filter change, keeping selections valid.
    mutating func refreshLists() {
        if pinnedArticle == nil {
            articles.resize(count: data.facetCount(.article, filter: filter) + 1, visible: layout.visibleRows(of: .sections))
        }
        if outline == .sections {  // the sections of one article: only computed when shown
            sections.resize(count: data.facetCount(.section, filter: filter) + 1, visible: layout.visibleRows(of: .sections))
        }
        experts.resize(count: data.facetCount(.expert, filter: filter) + 1, visible: layout.visibleRows(of: .experts))
        quotes.resize(count: data.quoteCount(filter: filter), visible: layout.visibleRows(of: .quotes))
    }
}
