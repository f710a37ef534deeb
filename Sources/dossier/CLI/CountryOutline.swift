import DossierCore

/// `dossier parse --countries`: which countries the quotes are about, overall and per expert.
enum CountryOutline {
    static func render(_ article: Article) -> String {
        let stats = CountryStats(article: article)
        var out = "Countries in \(article.quotes.count) quotes (quotes that mention each)\n"
        for code in stats.ranked {
            let name = Gazetteer.name(for: code) ?? code
            out += "  \(code)  \(name.padding(toLength: 28, withPad: " ", startingAt: 0)) \(stats.article[code] ?? 0)\n"
        }
        for expert in article.experts {
            let counts = stats.byExpert[expert.id] ?? [:]
            let list = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }
            out += "\n\(expert.name): \(list.isEmpty ? "none" : list.joined(separator: ", "))\n"
        }
        return Terminal.sanitise(out)
    }
}
