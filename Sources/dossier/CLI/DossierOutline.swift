import DossierCore

/// `dossier expert` and `dossier country` as aligned plain text (article text sanitised).
enum DossierOutline {
    static func expert(_ dossier: ExpertDossier) -> String {
        var out = ""
        func line(_ text: String = "") { out += Terminal.sanitise(text) + "\n" }
        line("\(dossier.expert.name) (\(dossier.expert.id))")
        line("\(dossier.quotes.count) quote(s) in \(dossier.articleCount) article(s)")
        if !dossier.credentials.isEmpty {
            line()
            line("Affiliations")
            for span in dossier.credentials { line("  \(DossierText.period(span).padded(30))  \(span.credentials)") }
        }
        if !dossier.countries.isEmpty {
            line()
            line("Countries")
            let width = String(dossier.countries.map(\.count).max() ?? 0).count
            for country in dossier.countries {
                line("  \(String(country.count).leftPadded(width))  \(country.code)  \(Gazetteer.name(for: country.code) ?? country.code)")
            }
        }
        if !dossier.coExperts.isEmpty {
            line()
            line("Asked alongside (shared articles)")
            let width = String(dossier.coExperts.map(\.articles).max() ?? 0).count
            for other in dossier.coExperts.prefix(15) { line("  \(String(other.articles).leftPadded(width))  \(other.name)") }
            if dossier.coExperts.count > 15 { line("  … and \(dossier.coExperts.count - 15) more (--json lists all)") }
        }
        var current: String?
        for entry in dossier.quotes {
            if entry.article.fingerprint != current {
                current = entry.article.fingerprint
                line()
                let place = [entry.article.publication, entry.article.date ?? "undated"].compactMap { $0 }.joined(separator: ", ")
                line("\(entry.article.title) — \(place)")
                if let url = entry.article.url { line("  \(url)") }
            }
            let words = entry.quote.paragraphs.first.map { $0.split(separator: " ", maxSplits: 14).prefix(14).joined(separator: " ") } ?? ""
            let section = entry.quote.section.map { " § \($0)" } ?? ""
            line("  \(entry.quote.id)\(section): “\(words)…”")
        }
        return out
    }

    static func country(_ lens: CountryLens, name: String) -> String {
        var out = ""
        func line(_ text: String = "") { out += Terminal.sanitise(text) + "\n" }
        line("\(name) (\(lens.code)): \(lens.quoteCount) quote(s) by \(lens.experts.count) expert(s)")
        guard lens.quoteCount > 0 else { return out }
        line()
        line("Experts (quotes about \(name))")
        let width = String(lens.experts.first?.count ?? 0).count
        for expert in lens.experts { line("  \(String(expert.count).leftPadded(width))  \(expert.name) (\(expert.id))") }
        var periods = lens.months
        periods += lens.yearOnly.map { CountryLens.PeriodCount(period: "\($0.period) (no month)", count: $0.count) }
        if lens.undated > 0 { periods.append(CountryLens.PeriodCount(period: "undated", count: lens.undated)) }
        guard !periods.isEmpty else { return out }
        line()
        line("By month")
        let labelWidth = periods.map(\.period.count).max() ?? 7
        let countWidth = String(periods.map(\.count).max() ?? 0).count
        let most = max(1, periods.map(\.count).max() ?? 1)
        for period in periods {
            let bar = String(repeating: "█", count: period.count == 0 ? 0 : max(1, period.count * 40 / most))
            line("  \(period.period.padded(labelWidth))  \(String(period.count).leftPadded(countWidth))  \(bar)")
        }
        return out
    }
}

extension String {
    /// Padded with spaces on the right to `width` characters (never cut).
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    /// Padded with spaces on the left to `width` characters (never cut).
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
