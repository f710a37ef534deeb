import DossierCore

/// The human-readable outline printed by `dossier parse`.
enum Outline {
    static func render(_ article: Article) -> String {
        var out = ""
        func line(_ text: String = "") { out += Terminal.sanitise(text) + "\n" }
        line(article.title)
        let source = [article.metadata.publication, article.metadata.url, article.metadata.date].compactMap { $0 }
        if !source.isEmpty { line(source.joined(separator: " · ")) }
        line("fingerprint \(article.fingerprint) · \(article.sections.count) sections · \(article.experts.count) experts · \(article.quotes.count) quotes · \(article.glossary.count) glossary entries")
        line()
        line("Experts")
        for expert in article.experts {
            let count = article.quotes(byExpert: expert.id).count
            line("  \(expert.name) — \(expert.credentials ?? "(no credentials printed)") [\(count) quotes]")
        }
        var currentSection: String?? = .none
        for quote in article.quotes {
            if currentSection != .some(quote.section) {
                currentSection = .some(quote.section)
                line()
                line(quote.section.map { "§ \($0)" } ?? "§ (no section)")
            }
            let name = article.expert(id: quote.expertID)?.name ?? quote.expertID
            let words = quote.paragraphs.first.map { $0.split(separator: " ").prefix(10).joined(separator: " ") } ?? ""
            let countries = quote.countries.isEmpty ? "" : "  [\(quote.countries.joined(separator: " "))]"
            line("  \(quote.id)  \(name), lines \(quote.source.startLine)–\(quote.source.endLine), \(quote.paragraphs.count) ¶: “\(words)…”\(countries)")
        }
        if !article.glossary.isEmpty {
            line()
            line("Glossary")
            for entry in article.glossary {
                let definition = entry.definition.split(separator: " ").prefix(12).joined(separator: " ")
                line("  \(entry.term ?? "—"): \(definition)…")
            }
        }
        return out
    }
}
