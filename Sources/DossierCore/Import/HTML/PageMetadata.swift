import Foundation

/// What a page says about itself: schema.org JSON-LD (`NewsArticle`/`Article`: headline,
/// datePublished, author, publisher.name, url), OpenGraph (`og:title`, `og:site_name`,
/// `og:url`, `article:published_time`), `<link rel=canonical>`, Highwire `citation_*` tags,
/// `<title>` and `<html lang>`. The first source in that order of trust wins per field;
/// the canonical link is the article's URL.
public struct PageMetadata: Sendable, Hashable {
    public var title: String?
    public var publication: String?
    public var url: String?
    public var date: String?
    public var language: String?
    public var authors: [String] = []

    static let articleTypes: Set<String> = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                                             "OpinionNewsArticle", "BlogPosting", "ScholarlyArticle", "Report", "BackgroundNewsArticle"]

    init(tree: HTMLTree, pageURL: String?) {
        var meta: [String: String] = [:]
        var canonical: String?
        var jsonLD: [[String: Any]] = []
        var documentTitle: String?
        for index in tree.preorder() {
            let node = tree[index]
            switch node.name {
            case "meta":
                guard let key = (node.attribute("property") ?? node.attribute("name"))?.lowercased(),
                      let value = node.attribute("content")?.trimmingSpaces(), !value.isEmpty, meta[key] == nil else { continue }
                meta[key] = value
            case "link":
                let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
                if rel.contains("canonical"), canonical == nil { canonical = node.attribute("href")?.trimmingSpaces() }
            case "script":
                guard node.attribute("type")?.lowercased().trimmingSpaces() == "application/ld+json" else { continue }
                jsonLD += Self.articleObjects(in: tree.text(of: index))
            case "title":
                if documentTitle == nil { documentTitle = PageTextRenderer.collapse(tree.text(of: index)).trimmingSpaces() }
            case "html":
                if let lang = node.attribute("lang") ?? node.attribute("xml:lang") {
                    let primary = lang.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
                    if let primary, (2...3).contains(primary.count) { language = primary }
                }
            default: continue
            }
        }
        let article = jsonLD.first ?? [:]
        func string(_ value: Any?) -> String? { (value as? String)?.trimmingSpaces().nonEmpty }
        func name(_ value: Any?) -> String? { string(value) ?? string((value as? [String: Any])?["name"]) }
        title = string(article["headline"]) ?? meta["og:title"] ?? meta["citation_title"] ?? meta["twitter:title"] ?? documentTitle?.nonEmpty
        publication = name(article["publisher"]) ?? meta["og:site_name"] ?? meta["citation_journal_title"]
            ?? meta["citation_publisher"] ?? meta["application-name"]
        date = [string(article["datePublished"]), meta["article:published_time"], meta["citation_publication_date"],
                meta["citation_date"], meta["date"], string(article["dateCreated"])].lazy.compactMap { $0.flatMap(Self.isoDate) }.first
        let authorValues = (article["author"] as? [Any]) ?? (article["author"].map { [$0] } ?? [])
        authors = authorValues.compactMap(name)
        if authors.isEmpty, let author = meta["citation_author"] ?? meta["author"] { authors = [author] }
        let urls = [canonical, meta["og:url"], string(article["url"]), meta["citation_public_url"], meta["citation_abstract_html_url"]]
        url = urls.lazy.compactMap { $0.flatMap { Self.absolute($0, base: pageURL) } }.first
        if let lang = meta["citation_language"] ?? meta["og:locale"], language == nil {
            language = lang.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() }
        }
        // Attributes and JSON-LD may carry control characters (raw or as `&#1;`, `\u0001`): none is kept.
        let clean = HTMLPage.withoutControls
        (title, publication, url, language) = (title.map(clean), publication.map(clean), url.map(clean), language.map(clean))
        authors = authors.map(clean)
    }

    /// The article objects in one JSON-LD block (an object, an array, or a `@graph`).
    static func articleObjects(in json: String) -> [[String: Any]] {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else { return [] }
        var queue: [Any] = [value]
        var next = 0  // a read index, not removeFirst(): that made a long JSON-LD array quadratic
        var found: [[String: Any]] = []
        while next < queue.count {
            let item = queue[next]
            next += 1
            if let array = item as? [Any] { queue += array; continue }
            guard let object = item as? [String: Any] else { continue }
            if let graph = object["@graph"] { queue.append(graph) }
            let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
            if types.contains(where: articleTypes.contains) { found.append(object) }
        }
        return found
    }

    /// `YYYY-MM-DD` from an ISO 8601 date or date-time, or from `YYYY/MM/DD`.
    static func isoDate(_ text: String) -> String? {
        let digits = Array(text.prefix(10).map { $0 == "/" ? "-" : $0 })
        guard digits.count == 10, digits[4] == "-", digits[7] == "-",
              digits.enumerated().allSatisfy({ [4, 7].contains($0.offset) || $0.element.isASCII && $0.element.isNumber })
        else { return nil }
        return String(digits)
    }

    /// An http(s) URL, resolved against the page's own URL when relative.
    static func absolute(_ text: String, base: String?) -> String? {
        let resolved = URL(string: text, relativeTo: base.flatMap { URL(string: $0) })?.absoluteURL
        guard let resolved, let scheme = resolved.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return nil }
        return resolved.absoluteString
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
