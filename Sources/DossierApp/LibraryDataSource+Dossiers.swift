import DossierCore
import DossierLibrary
import DossierUI

/// Dossiers, lens and collections from the library (indexed queries, not cached: each is
/// one short read). Collections persist in the library; database errors are logged and
/// read as nothing found, except when saving, which throws them.
extension LibraryDataSource {
    public func expertDossier(expertID: String) -> ExpertDossier? {
        logged { try library.expertDossier(expertID: expertID) } ?? nil
    }

    public func countryLens(code: String) -> CountryLens? {
        guard let lens = logged({ try library.countryLens(code: code) }), lens.quoteCount > 0 else { return nil }
        return lens
    }

    public func quotes(references: [QuoteReference]) -> [QuoteRow] {
        (logged { try library.browseQuotes(references: references) } ?? []).compactMap { $0.map(Self.row) }
    }

    public var supportsCollections: Bool { true }

    public func loadCollection(named: String) -> [QuoteReference] {
        logged { try library.collection(named: named)?.members ?? [] } ?? []
    }

    public func saveCollection(named: String, _ members: [QuoteReference]) throws {
        try library.replaceCollection(named: named, members: members)
    }

    private func logged<T>(_ body: () throws -> T) -> T? {
        do { return try body() } catch {
            log("library: \(error)")
            return nil
        }
    }
}
