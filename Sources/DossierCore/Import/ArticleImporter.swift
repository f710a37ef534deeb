import Foundation

/// Turns a raw expert-roundup scrape (plain text or Markdown) into an `Article`:
/// normalise → paragraphs → layout → attribute → endnotes → build.
public struct ArticleImporter: Sendable {
    public var tagger: (any CountryTagging)?

    public init(tagger: (any CountryTagging)? = nil) {
        self.tagger = tagger
    }

    /// Reads, checks and parses a file; metadata comes from a `NAME.meta.json` sidecar when present.
    public func importFile(atPath path: String) throws -> Article {
        try parse(try ArticleSource.file(atPath: path))
    }

    /// Parses bytes already in memory; `fileName` names the input in errors and decides HTML
    /// or Markdown by extension (or content); every field of `metadata` overrides the article's.
    public func parse(data: Data, fileName: String, metadata: ArticleMetadata? = nil) throws -> Article {
        try parse(ArticleSource(data: data, name: fileName, overrides: metadata.map(MetadataOverrides.init) ?? .init()))
    }

    /// Parses a source: an HTML page becomes its page text (Markdown dialect) and metadata
    /// first, then the same passes run on every kind of input.
    public func parse(_ source: ArticleSource) throws -> Article {
        var metadata = ArticleMetadata()
        let text: String
        let markdown: Bool
        if source.isHTML {
            let page = try HTMLPage(data: source.data, name: source.name, contentType: source.contentType, pageURL: source.pageURL)
            text = page.text
            markdown = true
            metadata = ArticleMetadata(publication: page.metadata.publication, url: page.metadata.url ?? source.pageURL,
                                       date: page.metadata.date, language: page.metadata.language ?? "en")
        } else {
            text = try SourceLoader.decode(source.data, name: source.name)
            markdown = Self.isMarkdown(fileName: source.name, lines: SourceLines.split(text))
        }
        source.overrides.apply(to: &metadata)
        return try parse(text: text, name: source.name, markdown: markdown, metadata: metadata)
    }

    private func parse(text: String, name fileName: String, markdown: Bool, metadata: ArticleMetadata) throws -> Article {
        let lines = SourceLines.split(text)
        let paragraphs = ParagraphSplitter.split(lines, markdown: markdown)
        guard let layout = Layout.find(in: paragraphs, markdown: markdown) else {
            throw DossierError("\(fileName): no article text found (only navigation or boilerplate)")
        }
        let attribution = Attributor.attribute(paragraphs, layout: layout, markdown: markdown)
        guard !attribution.quotes.isEmpty else {
            throw DossierError("\(fileName): no attributed expert quotes found; is this an expert roundup?")
        }
        var builder = ArticleBuilder(lines: lines, paragraphs: paragraphs, layout: layout, attribution: attribution, tagger: tagger)
        builder.metadata = metadata
        if builder.metadata.date == nil { builder.metadata.date = layout.date }
        if metadata.language == "en", Self.isMostlyCyrillic(text) { builder.metadata.language = "ru" }
        var article = builder.build()
        Self.startSpansOnCharacters(&article, text: text)
        return article
    }

    /// Moves a quote's start byte off the middle of a UTF-8 sequence. Offsets within a line are
    /// counted on its normalised text, so a dropped invisible character before the quote (a
    /// byte-order mark after `> `, found by fuzzing) put the start inside it, and the export's
    /// exact text then began with U+FFFD, which `verify` could never find.
    static func startSpansOnCharacters(_ article: inout Article, text: String) {
        var text = text
        text.withUTF8 { bytes in
            for index in article.quotes.indices {
                var start = article.quotes[index].source.startByte
                while start < article.quotes[index].source.endByte, start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
                article.quotes[index].source.startByte = start
            }
        }
    }

    static func isMarkdown(fileName: String, lines: [SourceLine]) -> Bool {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return true }
        if lower.hasSuffix(".txt") { return false }
        let headings = lines.filter { $0.text.hasPrefix("# ") || $0.text.hasPrefix("## ") }.count
        let quotes = lines.filter { $0.text.hasPrefix("> ") }.count
        return headings >= 2 || (headings >= 1 && quotes >= 2)
    }

    /// More Cyrillic letters than ASCII letters (counted on UTF-8 bytes: Cyrillic letters
    /// U+0400–U+04FF start with the lead bytes 0xD0–0xD3).
    static func isMostlyCyrillic(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var cyrillic = 0, latin = 0
            for byte in bytes {
                if byte & 0xFC == 0xD0 { cyrillic += 1 } else if (byte | 0x20) &- 0x61 < 26 { latin += 1 }
            }
            return cyrillic > latin
        }
    }
}

/// Reads `NAME.meta.json` next to `NAME.txt`/`NAME.md`: publication, url, date, language.
public enum MetadataSidecar {
    public static func path(forArticleAt path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingPathExtension().appendingPathExtension("meta.json").path
    }

    public static func read(forArticleAt path: String) throws -> ArticleMetadata? {
        try fields(forArticleAt: path)?.metadata
    }

    /// The sidecar's fields as overrides (an absent field overrides nothing).
    public static func overrides(forArticleAt path: String) throws -> MetadataOverrides? {
        try fields(forArticleAt: path).map {
            MetadataOverrides(publication: $0.publication, url: $0.url, date: $0.date, language: $0.language)
        }
    }

    private static func fields(forArticleAt path: String) throws -> SidecarFields? {
        let sidecar = Self.path(forArticleAt: path)
        guard FileManager.default.fileExists(atPath: sidecar), let data = FileManager.default.contents(atPath: sidecar) else { return nil }
        do {
            return try JSONDecoder().decode(SidecarFields.self, from: data)
        } catch {
            throw DossierError("\(sidecar): not a valid metadata file (expected JSON with publication, url, date, language)")
        }
    }

    private struct SidecarFields: Decodable {
        var publication: String?
        var url: String?
        var date: String?
        var language: String?
        var metadata: ArticleMetadata {
            ArticleMetadata(publication: publication, url: url, date: date, language: language ?? "en")
        }
    }
}
