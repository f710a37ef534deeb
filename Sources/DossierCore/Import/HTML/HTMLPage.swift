import Foundation

/// A saved or fetched HTML page turned into what the importer reads: the *page text* (the
/// main content in the importer's Markdown dialect; quote spans and selectors of an HTML
/// article are positions in it) and the page's own metadata.
public struct HTMLPage: Sendable {
    /// The main content as Markdown-dialect text (see `PageTextRenderer`).
    public let text: String
    public let metadata: PageMetadata
    /// The charset the page was decoded with.
    public let charset: String

    /// Largest page accepted (20 MiB): "Save page as" output with inline scripts and styles
    /// runs to a few MiB; the article text itself is rarely over 200 KB.
    public static let maximumBytes = 20 * 1024 * 1024

    /// Parses `data` (`name` is the file or URL, for errors); `contentType` is the HTTP header
    /// when fetched; `pageURL` resolves a relative canonical link.
    public init(data: Data, name: String, contentType: String? = nil, pageURL: String? = nil) throws {
        if data.isEmpty { throw DossierError("\(name): page is empty") }
        if data.count > Self.maximumBytes {
            throw DossierError("\(name): page is \(data.count / 1024 / 1024) MiB, over the \(Self.maximumBytes / 1024 / 1024) MiB limit for one page")
        }
        let (html, charset) = try HTMLCharset.decode(data, header: contentType, name: name)
        guard let tree = HTMLTree(utf8: html) else { throw DossierError("\(name): page is empty") }
        self.charset = charset
        metadata = PageMetadata(tree: tree, pageURL: pageURL)
        let content = MainContent(tree)
        let hasTitle = tree.preorder(from: content.root) { content.isKept($0) }
            .contains { tree[$0].name == "h1" && content.isKept($0) && !tree.text(of: $0).allSatisfy(\.isWhitespace) }
        let title = hasTitle ? nil : Self.outsideTitle(tree, content: content) ?? metadata.title
        var renderer = PageTextRenderer(tree: tree, content: content)
        text = Self.withoutControls(renderer.render(title: title.map { PageTextRenderer.collapse($0).trimmingSpaces() }.flatMap(\.nonEmpty)))
        if text.allSatisfy(\.isWhitespace) { throw DossierError("\(name): page has no readable text") }
    }

    /// The page's first `<h1>` outside the main container (a headline above the article
    /// body), when the container has none of its own.
    private static func outsideTitle(_ tree: HTMLTree, content: MainContent) -> String? {
        let ancestorsPruned: (Int) -> Bool = { index in
            var current = index
            while current >= 0 { if !content.isKept(current) { return true }; current = tree[current].parent }
            return false
        }
        guard let h1 = tree.preorder().first(where: { tree[$0].name == "h1" && !ancestorsPruned($0) }) else { return nil }
        return tree.text(of: h1).nonEmpty
    }

    /// `text` without C0 controls (tab and newline kept), DEL and C1 controls: a page's raw
    /// bytes or `&#27;` must not reach a terminal through `dossier parse --page-text`.
    static func withoutControls(_ text: String) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 ? scalar != "\n" && scalar != "\t" : (0x7F...0x9F).contains(scalar.value)
        }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter { !isControl($0) })
        return String(kept)
    }

    /// Whether a file name or the first bytes say HTML (`.html`/`.htm`/`.xhtml`, or a doctype
    /// or `<html>` tag at the start).
    public static func looksLikeHTML(name: String, data: Data) -> Bool {
        let lower = name.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return true }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return false }
        let start = String(decoding: data.prefix(512), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(64).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<head")
    }
}
