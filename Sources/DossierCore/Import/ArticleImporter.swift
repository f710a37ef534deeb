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
        let data = try SourceLoader.read(path: path)
        var metadata = try MetadataSidecar.read(forArticleAt: path) ?? ArticleMetadata()
        metadata.sourcePath = path
        return try parse(data: data, fileName: path, metadata: metadata)
    }

    /// Parses bytes already in memory; `fileName` names the input in errors and decides Markdown by extension.
    public func parse(data: Data, fileName: String, metadata: ArticleMetadata? = nil) throws -> Article {
        let text = try SourceLoader.decode(data, name: fileName)
        let lines = SourceLines.split(text)
        let markdown = Self.isMarkdown(fileName: fileName, lines: lines)
        let paragraphs = ParagraphSplitter.split(lines, markdown: markdown)
        guard let layout = Layout.find(in: paragraphs, markdown: markdown) else {
            throw DossierError("\(fileName): no article text found (only navigation or boilerplate)")
        }
        let attribution = Attributor.attribute(paragraphs, layout: layout, markdown: markdown)
        guard !attribution.quotes.isEmpty else {
            throw DossierError("\(fileName): no attributed expert quotes found; is this an expert roundup?")
        }
        var builder = ArticleBuilder(lines: lines, paragraphs: paragraphs, layout: layout, attribution: attribution, tagger: tagger)
        builder.metadata = metadata ?? ArticleMetadata()
        if builder.metadata.date == nil { builder.metadata.date = layout.date }
        if metadata?.language == nil || metadata?.language == "en", Self.isMostlyCyrillic(text) { builder.metadata.language = "ru" }
        return builder.build()
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
        let sidecar = Self.path(forArticleAt: path)
        guard FileManager.default.fileExists(atPath: sidecar), let data = FileManager.default.contents(atPath: sidecar) else { return nil }
        do {
            return try JSONDecoder().decode(SidecarFields.self, from: data).metadata
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
