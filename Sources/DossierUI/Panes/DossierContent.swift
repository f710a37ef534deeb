import DossierCore

import Synchronization

/// An expert's dossier as the browser shows it, its lines built as far as the view has
/// scrolled (an expert quoted thousands of times costs only the lines on screen) and kept.
public final class DossierView: Hashable, Sendable {
    public let dossier: ExpertDossier
    private let built = Mutex(Built())

    private struct Built {
        var width = -1
        var lines: [StyledLine] = []
        var nextQuote = 0
        var lastArticle: String?
    }

    public init(_ dossier: ExpertDossier) { self.dossier = dossier }

    /// Lines `range` at `width` (fewer at the end), building what is missing.
    func lines(_ range: Range<Int>, width: Int) -> [StyledLine] {
        built.withLock { built in
            if built.width != width {
                built = Built(width: width, lines: DossierContent.header(dossier, width: width))
            }
            while built.lines.count < range.upperBound, built.nextQuote < dossier.quotes.count {
                let entry = dossier.quotes[built.nextQuote]
                built.lines += DossierContent.quote(entry, after: built.lastArticle, width: width)
                built.lastArticle = entry.article.fingerprint
                built.nextQuote += 1
            }
            return Array(built.lines[range.clamped(to: 0..<built.lines.count)])
        }
    }

    /// The number of lines, when all are built; else nil (the view says "more below").
    func lineCount(width: Int) -> Int? {
        built.withLock { $0.width == width && $0.nextQuote == dossier.quotes.count ? $0.lines.count : nil }
    }

    public static func == (left: DossierView, right: DossierView) -> Bool { left === right }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// The lines of an expert's dossier: who, credentials over time, countries, who they
/// were asked alongside, then every quote in date order with its article.
enum DossierContent {
    static func lines(_ dossier: ExpertDossier, width: Int) -> [StyledLine] {
        var lines = header(dossier, width: width)
        var lastArticle: String?
        for entry in dossier.quotes {
            lines += quote(entry, after: lastArticle, width: width)
            lastArticle = entry.article.fingerprint
        }
        return lines
    }

    /// Everything above the quotes.
    static func header(_ dossier: ExpertDossier, width: Int) -> [StyledLine] {
        let heading = Style(bold: true, role: .accent)
        let dim = Style(dim: true, role: .dim)
        var lines: [StyledLine] = []
        let quotes = dossier.quotes.count
        lines.append(StyledLine([.init(text: dossier.expert.name, style: Style(bold: true)),
                                 .init(text: " · \(quotes) quote\(quotes == 1 ? "" : "s") in \(dossier.articleCount) article\(dossier.articleCount == 1 ? "" : "s")", style: dim)]))
        if !dossier.credentials.isEmpty {
            lines.append(StyledLine(""))
            lines.append(StyledLine("Credentials as printed", style: heading))
            for span in dossier.credentials {
                let period = DossierText.period(span)
                let prefix = "  " + period + (period.isEmpty ? "" : "  ")
                let wrapped = TextWidth.wrap(span.credentials, width: max(10, width - TextWidth.of(prefix)))
                for (index, line) in wrapped.enumerated() {
                    let lead = index == 0 ? prefix : String(repeating: " ", count: TextWidth.of(prefix))
                    lines.append(StyledLine([.init(text: lead, style: dim), .init(text: line, style: .plain)]))
                }
            }
        }
        if !dossier.countries.isEmpty {
            lines.append(StyledLine(""))
            lines.append(StyledLine("Countries they speak about", style: heading))
            let items = dossier.countries.map { "\(CountryNames.name(for: $0.code)) \($0.count)" }
            lines += TextWidth.wrap(items.joined(separator: " · "), width: width - 2).map { StyledLine("  " + $0) }
        }
        if !dossier.coExperts.isEmpty {
            lines.append(StyledLine(""))
            lines.append(StyledLine("Asked alongside", style: heading))
            let items = dossier.coExperts.prefix(12).map { "\($0.name) \($0.articles)" }
            lines += TextWidth.wrap(items.joined(separator: " · "), width: width - 2).map { StyledLine("  " + $0) }
        }
        lines.append(StyledLine(""))
        lines.append(StyledLine("Quotes, oldest first · Enter filters by them · y/s export them", style: heading))
        return lines
    }

    /// One quote: its article's line when it starts a new article, the section, the first lines.
    static func quote(_ entry: ExpertDossier.DossierQuote, after lastArticle: String?, width: Int) -> [StyledLine] {
        let dim = Style(dim: true, role: .dim)
        var lines: [StyledLine] = []
        if entry.article.fingerprint != lastArticle {
            let source = [entry.article.date, entry.article.publication].compactMap { $0 }.joined(separator: " · ")
            lines.append(StyledLine(""))
            lines.append(StyledLine([.init(text: "  " + (source.isEmpty ? "" : source + " · "), style: dim),
                                     .init(text: entry.article.title, style: Style(bold: true))]))
        }
        if let section = entry.quote.section {
            lines.append(StyledLine("    § " + section, style: dim))
        }
        let text = entry.quote.paragraphs.first ?? ""
        let wrapped = TextWidth.wrap(text, width: max(10, width - 4))
        lines += wrapped.prefix(3).map { StyledLine("    " + $0) }
        if wrapped.count > 3 || entry.quote.paragraphs.count > 1 { lines.append(StyledLine("    …", style: dim)) }
        return lines
    }
}
