/// Markdown documents over many quotes, for an expert dossier or a collection: a YAML header
/// (title, and the bibliography file when there is one, so `pandoc --citeproc FILE.md` finds
/// it), a few sections of text, and each quote as `QuoteRenderer.markdown` renders it
/// (blockquote, attribution, citation, record), so `dossier verify` reads the document back.
public enum SetMarkdown {
    /// An expert's dossier: affiliations, countries, co-experts, then the quotes by article.
    /// `records` are the dossier's quotes, in its order.
    public static func expert(_ dossier: ExpertDossier, records: [QuoteRecord], bibliography: String?) throws -> String {
        var out = frontMatter(title: "Dossier: \(dossier.expert.name)", bibliography: bibliography)
        out += "# \(text(dossier.expert.name))\n\n"
        let dates = dossier.quotes.compactMap(\.article.date)
        var summary = "\(dossier.quotes.count) \(plural(dossier.quotes.count, "quote")) in \(dossier.articleCount) \(plural(dossier.articleCount, "article"))"
        if let first = dates.first, let last = dates.last {
            summary += first == last ? ", \(CitationDate.reading(first))" : ", \(CitationDate.reading(first)) to \(CitationDate.reading(last))"
        }
        out += summary + ".\n\n"
        if !dossier.credentials.isEmpty {
            out += "## Affiliations\n\n"
            for span in dossier.credentials { out += "- \(text(span.credentials)) (\(DossierText.period(span)))\n" }
            out += "\n"
        }
        if !dossier.countries.isEmpty {
            out += "## Countries\n\n"
            for country in dossier.countries {
                out += "- \(text(Gazetteer.name(for: country.code) ?? country.code)) (\(country.code)): \(country.count) \(plural(country.count, "quote"))\n"
            }
            out += "\n"
        }
        if !dossier.coExperts.isEmpty {
            out += "## Asked alongside\n\n"
            for other in dossier.coExperts.prefix(20) {
                out += "- \(text(other.name)): \(other.articles) \(plural(other.articles, "article"))\n"
            }
            out += "\n"
        }
        out += "## Quotes\n"
        var current: String?
        for record in records {
            if record.article.fingerprint != current {
                current = record.article.fingerprint
                out += "\n### \(heading(record.article))\n"
            }
            out += "\n" + (try QuoteRenderer.markdown(record))
        }
        return out
    }

    /// A collection: its quotes in the collection's order, and the members that are gone.
    public static func collection(_ collection: QuoteCollection, records: [QuoteRecord], missing: [QuoteReference],
                                  bibliography: String?) throws -> String {
        var out = frontMatter(title: collection.name, bibliography: bibliography)
        out += "# \(text(collection.name))\n\n"
        out += "\(records.count) \(plural(records.count, "quote")) (collection updated \(CitationDate.reading(String(collection.updated.prefix(10))))).\n"
        if !missing.isEmpty {
            out += "\nNo longer in the library: \(missing.map { "`\($0)`" }.joined(separator: ", ")).\n"
        }
        for record in records { out += "\n" + (try QuoteRenderer.markdown(record)) }
        return out
    }

    /// `---`, `title`, `bibliography` (when given), `---`: values as JSON strings, which YAML reads.
    static func frontMatter(title: String, bibliography: String?) -> String {
        var out = "---\ntitle: \(yamlString(title))\n"
        if let bibliography { out += "bibliography: \(yamlString(bibliography))\n" }
        return out + "---\n\n"
    }

    static func heading(_ article: QuoteRecord.ArticlePart) -> String {
        var parts = ["“\(text(article.title))”"]
        if let publication = article.publication { parts.append("*\(text(publication))*") }
        if let issued = article.issued { parts.append(text(CitationDate.reading(issued))) }
        return parts.joined(separator: ", ")
    }

    static func text(_ value: String) -> String { MarkdownText.escape(TerminalSafeText.clean(value)) }

    static func plural(_ count: Int, _ word: String) -> String { count == 1 ? word : word + "s" }

    static func yamlString(_ value: String) -> String {
        var out = "\""
        for scalar in TerminalSafeText.clean(value).unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Wording shared by the dossier's Markdown and the command line's text.
public enum DossierText {
    /// `2023-05-10`, `2024-02 to 2024-03-01`, `undated`, with the article count when above one.
    public static func period(_ span: ExpertDossier.CredentialSpan) -> String {
        var dates: String
        switch (span.from, span.to) {
        case let (from?, to?) where from != to: dates = "\(from) to \(to)"
        case let (from?, _): dates = from
        case let (nil, to?): dates = to
        case (nil, nil): dates = "undated"
        }
        if span.articles.count > 1 { dates += ", \(span.articles.count) articles" }
        return dates
    }
}
