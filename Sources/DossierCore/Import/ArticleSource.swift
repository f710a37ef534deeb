import Foundation

/// The bytes of one article as read from a file or fetched from a URL, with what is known
/// about them before parsing: the name errors use, the HTTP `Content-Type`, the page's URL
/// and the metadata a sidecar (or the library) fixes.
public struct ArticleSource: Sendable {
    public var data: Data
    /// The file path or URL, as errors name it; its extension decides Markdown vs plain text.
    public var name: String
    /// The HTTP `Content-Type` of a fetched page.
    public var contentType: String?
    /// The URL the page was fetched from (after redirects).
    public var pageURL: String?
    /// Fields that override what the article or page says (from a `NAME.meta.json` sidecar).
    public var overrides: MetadataOverrides

    public init(data: Data, name: String, contentType: String? = nil, pageURL: String? = nil, overrides: MetadataOverrides = .init()) {
        self.data = data
        self.name = name
        self.contentType = contentType
        self.pageURL = pageURL
        self.overrides = overrides
    }

    /// Whether the importer reads this source as an HTML page.
    public var isHTML: Bool {
        if let type = contentType?.lowercased() { return type.contains("html") }
        return HTMLPage.looksLikeHTML(name: name, data: data)
    }

    /// Reads a file (HTML files up to `HTMLPage.maximumBytes`, text up to
    /// `SourceLoader.maximumBytes`) and its sidecar; the absolute path is the source path.
    public static func file(atPath path: String) throws -> ArticleSource {
        let lower = path.lowercased()
        let html = lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml")
        let data = try SourceLoader.read(path: path, limit: html ? HTMLPage.maximumBytes : SourceLoader.maximumBytes)
        var overrides = try MetadataSidecar.overrides(forArticleAt: path) ?? MetadataOverrides()
        overrides.sourcePath = path
        return ArticleSource(data: data, name: path, overrides: overrides)
    }

    /// The text quote spans are positions in: the page text for HTML, the bytes themselves otherwise.
    public func spanText() throws -> Data {
        guard isHTML else { return data }
        return Data(try HTMLPage(data: data, name: name, contentType: contentType, pageURL: pageURL).text.utf8)
    }
}

/// Metadata fields fixed from outside the article; nil leaves the article's or page's own.
public struct MetadataOverrides: Sendable, Hashable {
    public var publication: String?
    public var url: String?
    public var date: String?
    public var language: String?
    public var sourcePath: String?

    public init(publication: String? = nil, url: String? = nil, date: String? = nil, language: String? = nil, sourcePath: String? = nil) {
        self.publication = publication
        self.url = url
        self.date = date
        self.language = language
        self.sourcePath = sourcePath
    }

    /// Every field of `metadata` (its language included) as an override.
    public init(_ metadata: ArticleMetadata) {
        self.init(publication: metadata.publication, url: metadata.url, date: metadata.date,
                  language: metadata.language, sourcePath: metadata.sourcePath)
    }

    func apply(to metadata: inout ArticleMetadata) {
        if let publication { metadata.publication = publication }
        if let url { metadata.url = url }
        if let date { metadata.date = date }
        if let language { metadata.language = language }
        if let sourcePath { metadata.sourcePath = sourcePath }
    }
}
