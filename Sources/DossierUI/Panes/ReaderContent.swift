import Foundation
import DossierCore

/// The reader's text for one quote at a width: who speaks, where the quote
/// sits, its countries, then the paragraphs with search matches and glossary
/// terms highlighted.
public enum ReaderContent {
    public static func lines(for row: QuoteRow, width: Int, matcher: (any QuoteMatching)?) -> [StyledLine] {
        guard width > 0 else { return [] }
        var lines: [StyledLine] = []
        func add(_ text: String, _ style: Style, matches: Bool = false) {
            for line in TextWidth.wrap(text, width: width) {
                lines.append(matches ? highlight(line, base: style, row: row, matcher: matcher) : StyledLine(line, style: style))
            }
        }
        add(row.expert.name, Style(bold: true, role: .accent), matches: true)
        if let credentials = row.expert.credentials, !credentials.isEmpty { add(credentials, Style(dim: true, role: .dim)) }
        if let section = row.quote.section { add("Section: " + section, .plain, matches: true) }
        let source = [row.publication, row.date].compactMap { $0 }.joined(separator: ", ")
        add("Article: " + row.articleTitle + (source.isEmpty ? "" : " (\(source))"), Style(dim: true, role: .dim))
        if let url = row.url.flatMap(WebLink.sanitised) { lines += sourceLines(url, width: width) }
        if !row.quote.countries.isEmpty {
            let names = row.quote.countries.map { "\(CountryNames.name(for: $0)) (\($0))" }
            add("Countries: " + names.joined(separator: ", "), Style(role: .country))
        }
        if !row.glossary.isEmpty {
            add("Glossary: " + row.glossary.compactMap(\.term).joined(separator: ", ") + "  (t: definitions)", Style(role: .glossary))
        }
        for paragraph in row.quote.paragraphs {
            lines.append(StyledLine(""))
            add(paragraph, .plain, matches: true)
        }
        return lines
    }

    /// "Source: URL", wrapped; the URL's runs carry the link (`o` opens it).
    private static func sourceLines(_ url: String, width: Int) -> [StyledLine] {
        let prefix = "Source: "
        let linkStyle = Style(underline: true, role: .accent)
        return TextWidth.wrap(prefix + url, width: width).map { line in
            guard line.hasPrefix(prefix) || line == "Source:" else {
                return StyledLine([.init(text: line, style: linkStyle, link: url)])
            }
            var runs: [StyledLine.Run] = [.init(text: String(line.prefix(prefix.count)), style: Style(dim: true, role: .dim))]
            let rest = String(line.dropFirst(prefix.count))
            if !rest.isEmpty { runs.append(.init(text: rest, style: linkStyle, link: url)) }
            return StyledLine(runs)
        }
    }

    private static func highlight(_ line: String, base: Style, row: QuoteRow, matcher: (any QuoteMatching)?) -> StyledLine {
        var ranges: [(Range<String.Index>, Style)] = []
        for entry in row.glossary {
            guard let term = entry.term, !term.isEmpty else { continue }
            var searchStart = line.startIndex
            while let found = line.range(of: term, options: [.caseInsensitive], range: searchStart..<line.endIndex) {
                ranges.append((found, Style(bold: base.bold, underline: true, role: .glossary)))
                searchStart = found.upperBound
            }
        }
        if let matcher {
            let glossaryRanges = ranges.map(\.0)
            for range in matcher.highlights(in: line) where !glossaryRanges.contains(where: { $0.overlaps(range) }) {
                ranges.append((range, Style(bold: true, reverse: true, role: .match)))
            }
        }
        return ranges.isEmpty ? StyledLine(line, style: base) : StyledLine.highlighting(line, base: base, ranges: ranges)
    }
}
