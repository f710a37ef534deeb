import Foundation

/// Reads Dossier quote exports back: `json` (one record, an array, or a collection's export),
/// `csl-json` (records under `custom["dossier-quotes"]`) and md/txt (their
/// `dossier-quote:` trailer lines, plus the quote text shown above each).
public enum ExportReader {
    /// A record found in an export, with the quote as the file displays it (md/txt only).
    public struct Entry: Sendable, Hashable {
        public var record: QuoteRecord
        /// The visible quote block (md/txt), to compare with the record.
        public var displayed: String?
        public var format: ExportFormat
        /// The visible attribution line (md/txt; nil when the file has none).
        public var attributionLine: String?
        /// The CSL item the record came with (csl-json).
        public var cslItem: CSLShown?

        public init(record: QuoteRecord, displayed: String? = nil, format: ExportFormat,
                    attributionLine: String? = nil, cslItem: CSLShown? = nil) {
            self.record = record
            self.displayed = displayed
            self.format = format
            self.attributionLine = attributionLine
            self.cslItem = cslItem
        }
    }

    /// The fields of a CSL item that citation styles show, as the file has them.
    public struct CSLShown: Decodable, Sendable, Hashable {
        public var type: String?
        public var author: [CSLName]?
        public var title: String?
        public var containerTitle: String?
        public var url: String?
        public var issued: CSLItem.DateValue?
        enum CodingKeys: String, CodingKey {
            case type, author, title, containerTitle = "container-title", url = "URL", issued
        }
    }

    private struct CSLCarrier: Decodable {
        struct Custom: Decodable {
            var dossierQuotes: [QuoteRecord]
            enum CodingKeys: String, CodingKey { case dossierQuotes = "dossier-quotes" }
        }
        var custom: Custom
        var shown: CSLShown

        init(from decoder: any Decoder) throws {
            enum Keys: String, CodingKey { case custom }
            custom = try decoder.container(keyedBy: Keys.self).decode(Custom.self, forKey: .custom)
            shown = try CSLShown(from: decoder)
        }
    }

    /// Every record in `text`; `name` is used in the error when there is none.
    public static func entries(in text: String, name: String) throws -> [Entry] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let decoder = JSONDecoder()
        let data = Data(trimmed.utf8)
        if trimmed.hasPrefix("{") || trimmed.hasPrefix("[") {
            if let record = try? decoder.decode(QuoteRecord.self, from: data) {
                return [Entry(record: record, format: .json)]
            }
            if let records = try? decoder.decode([QuoteRecord].self, from: data) {
                return records.map { Entry(record: $0, format: .json) }
            }
            if let collection = try? decoder.decode(CollectionJSON.self, from: data), collection.schema.hasPrefix("dossier-collection/") {
                return collection.quotes.map { Entry(record: $0, format: .json) }
            }
            if let items = try? decoder.decode([CSLCarrier].self, from: data) {
                return items.flatMap { item in
                    item.custom.dossierQuotes.map { Entry(record: $0, format: .cslJSON, cslItem: item.shown) }
                }
            }
            throw DossierError("\(name): JSON that is not a Dossier quote export")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var entries: [Entry] = []
        var segmentStart = 0
        for (index, json) in ExportTrailer.payloads(in: text) {
            guard let record = try? decoder.decode(QuoteRecord.self, from: Data(json.utf8)) else {
                throw DossierError("\(name): line \(index + 1): unreadable dossier-quote record")
            }
            let segment = Array(lines[segmentStart..<index])
            let isMarkdown = lines[index].hasPrefix("<!--")
            entries.append(Entry(
                record: record,
                displayed: isMarkdown ? markdownQuote(in: segment) : textQuote(in: segment),
                format: isMarkdown ? .markdown : .text,
                attributionLine: segment.last { $0.hasPrefix("— ") }
            ))
            segmentStart = index + 1
        }
        guard !entries.isEmpty else {
            throw DossierError("\(name): no Dossier quote record (json, csl-json, or md/txt with a dossier-quote line)")
        }
        return entries
    }

    /// The blockquote lines of one md export, as rendered.
    static func markdownQuote(in segment: [String]) -> String {
        segment.filter { $0.hasPrefix(">") }.joined(separator: "\n")
    }

    /// Everything before the attribution line (`— …`) of one txt export.
    static func textQuote(in segment: [String]) -> String {
        let end = segment.lastIndex { $0.hasPrefix("— ") } ?? segment.count
        return segment[..<end].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
