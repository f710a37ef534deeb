/// One article's share of an expert's record: the name and credentials it printed, the
/// expert's quotes in it (document order) and who else it quoted. `ExpertDossier` is
/// built from these, so a library and an in-memory source compute the same dossier.
public struct ExpertAppearance: Sendable, Hashable {
    public var article: DossierArticle
    /// The expert as this article printed them.
    public var expert: Expert
    public var quotes: [Quote]
    /// The article's other experts (without `expert`).
    public var others: [Expert]

    public init(article: DossierArticle, expert: Expert, quotes: [Quote], others: [Expert]) {
        self.article = article
        self.expert = expert
        self.quotes = quotes
        self.others = others
    }

    /// The appearance of `expertID` in `article`, or nil when the article does not list them.
    public init?(expertID: String, in article: Article, importOrder: Int) {
        guard let expert = article.expert(id: expertID) else { return nil }
        self.init(article: DossierArticle(article, importOrder: importOrder), expert: expert,
                  quotes: article.quotes(byExpert: expertID), others: article.experts.filter { $0.id != expertID })
    }
}
