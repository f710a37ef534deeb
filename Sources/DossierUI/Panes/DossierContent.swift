import DossierCore

/// The lines of an expert's dossier: who, credentials over time, countries, who they
/// were asked alongside, then every quote in date order with its article.
enum DossierContent {
    static func lines(_ dossier: ExpertDossier, width: Int) -> [StyledLine] {
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
        var lastArticle: String?
        for entry in dossier.quotes {
            if entry.article.fingerprint != lastArticle {
                lastArticle = entry.article.fingerprint
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
        }
        return lines
    }
}
