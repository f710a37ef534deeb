import DossierCore

/// Defaults for sources without dossiers or persistence (test doubles): nothing found, and
/// saving a collection fails with a one-line reason. The library and in-memory sources
/// implement every requirement themselves.
extension BrowserDataSource {
    public func expertDossier(expertID: String) -> ExpertDossier? { nil }
    public func countryLens(code: String) -> CountryLens? { nil }
    public func quotes(references: [QuoteReference]) -> [QuoteRow] { [] }
    public var supportsCollections: Bool { false }
    public func loadCollection(named: String) -> [QuoteReference] { [] }
    public func saveCollection(named: String, _ members: [QuoteReference]) throws {
        throw Self.collectionsUnsupported(named)
    }

    /// Why a collection cannot be saved here: only a library keeps collections.
    public static func collectionsUnsupported(_ name: String) -> DossierError {
        DossierError("collection \"\(name)\": not saved; collections are kept in a library, and these articles were "
                     + "opened from files (dossier import them, then browse the library)", code: .environment)
    }
}

extension QuoteRow {
    /// A dossier's quote as the quotes list shows it (no glossary: dossiers carry none).
    public init(_ entry: ExpertDossier.DossierQuote) {
        self.init(quote: entry.quote, expert: entry.speaker, articleID: entry.article.fingerprint, articleTitle: entry.article.title,
                  publication: entry.article.publication, date: entry.article.date, glossary: [])
    }

    /// The reference that names this row's quote in a collection.
    public var reference: QuoteReference { QuoteReference(fingerprint: articleID, quoteID: quote.id) }
}
