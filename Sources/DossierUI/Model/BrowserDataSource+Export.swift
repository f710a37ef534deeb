import DossierCore

extension BrowserDataSource {
    /// Default: the source cannot hand out whole articles, so export says so.
    public func article(id: String) -> Article? { nil }

    /// Default: no import day recorded; export then uses today (the article is being read now).
    public func importDay(articleID: String) -> String? { nil }

    /// Default: no kept sources (articles opened straight from files).
    public func storedSource(articleID: String) -> ArticleSource? { nil }
}
