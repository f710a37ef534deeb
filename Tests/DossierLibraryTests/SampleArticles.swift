import DossierCore
import Foundation

/// Hand-built articles for library tests (the importer is tested elsewhere).
enum SampleArticles {
    static func quote(_ fingerprint: String, _ n: Int, _ expert: String, _ section: String?, _ paragraphs: [String],
                      countries: [String] = []) -> Quote {
        Quote(id: "\(fingerprint.prefix(8))-\(String(format: "%02d", n))", expertID: expert, section: section,
              paragraphs: paragraphs, countries: countries.sorted(),
              mentions: countries.enumerated().map { CountryMention(code: $1, kind: .name, text: $1, paragraph: 0, offset: $0, length: 2) },
              source: SourceSpan(startLine: n * 3, endLine: n * 3 + 1, startByte: n * 100, endByte: n * 100 + 90))
    }

    /// A Caucasus roundup: Erdoğan, Cyrillic, several sections and countries.
    static var caucasus: Article {
        let fp = "9c941c53d8712548aa"
        return Article(
            title: "Russia pushes Azerbaijan to attack Armenia, experts say",
            lede: "Armenian authorities warn of an attack.",
            introduction: ["The Insider spoke with regional experts."],
            metadata: ArticleMetadata(publication: "The Insider", url: "https://theins.ru/en/news/269956", date: "2024-03-01",
                                      language: "en", sourcePath: "/data/caucasus.txt"),
            fingerprint: fp,
            sections: [Section(heading: "The Likelihood of Invasion", editorial: ["Editors asked."], line: 10),
                       Section(heading: "The Role of Russia and Turkey", line: 40)],
            experts: [Expert(name: "Grant Mikaelian", credentials: "Political Scientist at the Caucasus Institute (Yerevan)"),
                      Expert(name: "Nerses Kopalyan", credentials: "Ph.D., Associate Professor at the University of Nevada (USA)"),
                      Expert(name: "Андрей Арешев", credentials: "Political commentator")],
            quotes: [
                quote(fp, 1, "grant-mikaelian", "The Likelihood of Invasion",
                      ["Azerbaijan is ratcheting up its military rhetoric. The invasion risk has increased.",
                       "Russia wants control over this road; invasion invasion invasion."], countries: ["AZ", "RU", "AM"]),
                quote(fp, 2, "nerses-kopalyan", "The Likelihood of Invasion",
                      ["The likelihood of a full-scale invasion of Armenia remains quite low.",
                       "Aliyev is a highly risk-averse actor."], countries: ["AM", "AZ"]),
                quote(fp, 3, Expert.slug(for: "Андрей Арешев"), "The Role of Russia and Turkey",
                      ["Москва не заинтересована в войне между Баку и Ереваном.", "Turkey and Erdoğan back Baku."],
                      countries: ["RU", "AZ", "AM", "TR"]),
                quote(fp, 4, "nerses-kopalyan", "The Role of Russia and Turkey",
                      ["Türkiye is the decisive actor; Russia is weakened by the war in Ukraine."], countries: ["TR", "RU", "UA"]),
            ],
            glossary: [GlossaryEntry(term: "Artsakh", definition: "the Armenian name of Nagorno-Karabakh", line: 90)])
    }

    /// A second article quoting one of the same experts, with no sections.
    static var balkans: Article {
        let fp = "1234abcd99887766"
        return Article(
            title: "Belgrade plays for time, experts say",
            lede: "Belgrade and Pristina brace.",
            metadata: ArticleMetadata(publication: "Example", date: "2024-05-02", sourcePath: "/data/balkans.txt"),
            fingerprint: fp, sections: [],
            experts: [Expert(name: "Nerses Kopalyan", credentials: "Visiting fellow in Belgrade"),
                      Expert(name: "Milena Stanković", credentials: "Senior researcher")],
            quotes: [
                quote(fp, 1, "nerses-kopalyan", nil, ["Nobody in Belgrade wants a war, but Moscow profits from invasions elsewhere."], countries: ["RS", "RU"]),
                quote(fp, 2, "milena-stankovic", nil, ["Kosovo and Serbia need a deal.", "Paragraph with\n\nblank line inside."], countries: ["XK", "RS"]),
            ],
            glossary: [])
    }

    /// A throwaway article with a unique fingerprint, for bulk and concurrency tests.
    static func filler(_ n: Int) -> Article {
        let fp = String(format: "f%015x", n)
        return Article(title: "Filler \(n)", lede: "", fingerprint: fp, sections: [],
                       experts: [Expert(name: "Filler Expert", credentials: nil)],
                       quotes: (1...5).map { quote(fp, $0, "filler-expert", nil, ["Sanctions and gas number \(n) paragraph \($0)."]) },
                       glossary: [])
    }
}

/// A fresh temporary folder for one test's library files.
func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "dossier-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
