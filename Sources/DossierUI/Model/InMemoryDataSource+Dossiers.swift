import DossierCore

/// Dossiers, lens and collections over articles in memory, through the same pure builders
/// the library uses. Nothing persists here, so collections cannot be saved.
extension InMemoryDataSource {
    public func expertDossier(expertID: String) -> ExpertDossier? {
        ExpertDossier(appearances: articles.enumerated().compactMap { index, article in
            ExpertAppearance(expertID: expertID, in: article, importOrder: index)
        })
    }

    public func countryLens(code: String) -> CountryLens? {
        let code = code.uppercased()
        guard let id = countryIndex.id(of: code) else { return nil }
        // Each expert is named as first printed (as a library's expert list keeps them).
        var names: [String: String] = [:]
        for article in articles {
            for expert in article.experts where names[expert.id] == nil { names[expert.id] = expert.name }
        }
        let tallies = countryIndex.postings[id].map { index in
            let row = rows[index]
            return CountryLens.Tally(expertID: row.expert.id, name: names[row.expert.id] ?? row.expert.name, date: row.date)
        }
        return CountryLens(code: code, tallies: tallies)
    }

    public func quotes(references: [QuoteReference]) -> [QuoteRow] {
        // Each reference looks only at its article's rows.
        references.compactMap { reference in
            guard let article = articleIndex.id(of: reference.fingerprint) else { return nil }
            return articleIndex.postings[article].lazy.map { self.rows[$0] }.first { $0.quote.id == reference.quoteID }
        }
    }

    public var supportsCollections: Bool { false }

    public func loadCollection(named: String) -> [QuoteReference] { [] }

    public func saveCollection(named: String, _ members: [QuoteReference]) throws {
        throw Self.collectionsUnsupported(named)
    }
}
