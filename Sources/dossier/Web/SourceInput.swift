import DossierCore
import Foundation

/// An article named on the command line: a file path, or an http(s) URL to fetch.
enum SourceInput {
    /// Default seconds a fetch may stall before it fails.
    static let defaultTimeout: TimeInterval = 30

    static func load(_ argument: String, timeout: TimeInterval) throws -> ArticleSource {
        guard PageFetcher.isURL(argument) else { return try ArticleSource.file(atPath: argument) }
        let page = try PageFetcher.fetch(argument, timeout: timeout)
        if page.data.isEmpty { throw DossierError("\(argument): page is empty") }
        let type = page.contentType?.lowercased() ?? ""
        var source = ArticleSource(data: page.data, name: argument, contentType: page.contentType, pageURL: page.url)
        // text/plain and text/markdown are read as the importer reads files of those kinds.
        if type.hasPrefix("text/plain") || type.hasPrefix("text/markdown") {
            source.contentType = nil
            if type.hasPrefix("text/markdown") { source.name = argument + "#.md" }
        }
        source.overrides.url = nil
        return source
    }
}
