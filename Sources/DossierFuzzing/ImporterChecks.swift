import DossierCore
import Foundation

/// Invariants of the importer on any input: spans inside the input, the same article twice,
/// no control byte in any text field, and exports that read back to the same record.
enum ImporterChecks {
    /// Country tagging with a fixed year, so a parse never depends on the clock.
    static let importer = ArticleImporter(tagger: CountryTagger(currentYear: 2026))

    static func check(_ data: Data, markdown: Bool) throws {
        let source = ArticleSource(data: data, name: markdown ? "fuzz.md" : "fuzz.txt", contentType: "text/plain")
        guard let article = try parse(source) else { return }
        try checkArticle(article, spanText: data)
    }

    static func checkHTML(_ data: Data) throws {
        let source = ArticleSource(data: data, name: "fuzz.html", contentType: "text/html")
        let page: HTMLPage
        do { page = try HTMLPage(data: data, name: source.name, contentType: source.contentType) } catch is DossierError { return }
        try require(firstControl(in: page.text) == nil, "page text holds control scalar \(firstControl(in: page.text) ?? "")")
        let again = try HTMLPage(data: data, name: source.name, contentType: source.contentType)
        try require(again.text == page.text && again.metadata == page.metadata, "page text differs between two parses")
        guard let article = try parse(source) else { return }
        try checkArticle(article, spanText: Data(page.text.utf8))
    }

    /// The article, or nil when the importer refuses the input (a `DossierError`);
    /// parsed twice, and both parses must agree.
    static func parse(_ source: ArticleSource) throws -> Article? {
        let first: Article
        do { first = try Timing.phase("parse") { try importer.parse(source) } } catch is DossierError { return nil }
        let second = try Timing.phase("parse again") { try importer.parse(source) }
        try require(first == second, "two parses of the same input differ: \(firstDifference(first, second))")
        return first
    }

    /// Where the JSON of two articles first differs, with some context.
    static func firstDifference(_ a: Article, _ b: Article) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let left = Array(((try? encoder.encode(a)) ?? Data()).split(separator: UInt8(ascii: "\n")))
        let right = Array(((try? encoder.encode(b)) ?? Data()).split(separator: UInt8(ascii: "\n")))
        guard let line = left.indices.first(where: { $0 >= right.count || left[$0] != right[$0] }) else { return "JSON lines \(left.count) vs \(right.count)" }
        let show = { (lines: [Data.SubSequence]) in lines[max(0, line - 3)..<min(lines.count, line + 1)].map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n") }
        return "JSON line \(line):\n\(show(left))\n  vs\n\(show(right))"
    }

    static func checkArticle(_ article: Article, spanText: Data) throws {
        try Timing.phase("spans") { try SpanChecks.check(article, in: spanText) }
        try Timing.phase("text fields") { try checkText(article) }
        try Timing.phase("exports") { try ExportRoundTrip.check(article, source: spanText) }
    }

    /// No C0 control (but tab and newline), DEL, C1 or ESC in any string of the article.
    static func checkText(_ article: Article) throws {
        for (path, text) in StringFields.all(in: article) {
            if let bad = firstControl(in: text) {
                throw InvariantViolation("\(path) holds control scalar \(bad): \(text.debugDescription.prefix(120))")
            }
        }
    }

    /// `U+XXXX` of the first scalar that must not reach a text field, or nil.
    static func firstControl(in text: String) -> String? {
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x09, 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F: true
            default: false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}
