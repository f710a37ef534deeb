import DossierCore
import Foundation

/// How one imported article compares with its label. A quote is exact when the expert's name,
/// the section and every paragraph match (whitespace normalised, trimmed). A refused article
/// (the importer threw) scores 0.
public struct ArticleScore: Sendable {
    public var fileName: String
    public var family: String
    public var error: String?
    public var expected: Int
    public var got: Int
    public var exact: Int
    /// Label quotes with a section, and how many of them the importer placed in that section.
    public var sectionTotal: Int
    public var sectionCorrect: Int
    /// Label quotes not matched exactly, and imported quotes that match no label quote.
    public var missing: [LayoutLabel.Quote]
    public var extra: [LayoutLabel.Quote]

    public var refused: Bool { error != nil }
    public var precision: Double { got == 0 ? 0 : Double(exact) / Double(got) }
    public var recall: Double { expected == 0 ? 0 : Double(exact) / Double(expected) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var isPerfect: Bool { !refused && exact == expected && got == expected }
}

/// Scores imported articles against generated labels.
public enum LayoutScorer {
    /// Runs the importer on a generated article and scores it.
    public static func run(_ rendered: RenderedArticle) -> (score: ArticleScore, article: Article?) {
        do {
            let article = try ArticleImporter().parse(data: Data(rendered.text.utf8), fileName: rendered.fileName)
            return (score(article, label: rendered.label), article)
        } catch {
            return (refusal(String(describing: error), label: rendered.label), nil)
        }
    }

    /// Whitespace runs (any Unicode space, zero-width ones dropped) as one space, trimmed.
    public static func normalise(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if [0x200B, 0xFEFF, 0x00AD].contains(scalar.value) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func key(_ quote: LayoutLabel.Quote) -> String {
        ([normalise(quote.expert), quote.section.map(normalise) ?? "∅"] + quote.paragraphs.map(normalise)).joined(separator: "\u{1}")
    }

    static func text(_ quote: LayoutLabel.Quote) -> String { quote.paragraphs.map(normalise).joined(separator: "\u{1}") }

    /// The imported quotes in label form.
    public static func quotes(of article: Article) -> [LayoutLabel.Quote] {
        article.quotes.map {
            LayoutLabel.Quote(expert: article.expert(id: $0.expertID)?.name ?? "?", section: $0.section, paragraphs: $0.paragraphs, countries: $0.countries)
        }
    }

    public static func refusal(_ error: String, label: LayoutLabel) -> ArticleScore {
        ArticleScore(fileName: label.fileName, family: label.family, error: error, expected: label.quotes.count, got: 0, exact: 0,
                     sectionTotal: label.quotes.filter { $0.section != nil }.count, sectionCorrect: 0, missing: label.quotes, extra: [])
    }

    public static func score(_ article: Article, label: LayoutLabel) -> ArticleScore {
        let got = quotes(of: article)
        var unmatched = got
        var missing: [LayoutLabel.Quote] = []
        for want in label.quotes {
            if let index = unmatched.firstIndex(where: { key($0) == key(want) }) {
                unmatched.remove(at: index)
            } else {
                missing.append(want)
            }
        }
        var sectionTotal = 0, sectionCorrect = 0
        for want in label.quotes {
            guard let section = want.section else { continue }
            sectionTotal += 1
            let same = got.first { text($0) == text(want) }
                ?? got.first { $0.paragraphs.first.map(normalise) == want.paragraphs.first.map(normalise) }
            if let same, same.section.map(normalise) == normalise(section) { sectionCorrect += 1 }
        }
        return ArticleScore(fileName: label.fileName, family: label.family, error: nil, expected: label.quotes.count, got: got.count,
                            exact: label.quotes.count - missing.count, sectionTotal: sectionTotal, sectionCorrect: sectionCorrect,
                            missing: missing, extra: unmatched)
    }

    /// Expected against got, quote by quote, for the quotes that did not match.
    public static func diff(_ score: ArticleScore, limit: Int = 240) -> String {
        func clip(_ text: String) -> String { text.count > limit ? String(text.prefix(limit)) + "…" : text }
        func show(_ quote: LayoutLabel.Quote) -> String {
            "\(quote.expert) | \(quote.section ?? "-") | " + quote.paragraphs.map { clip(normalise($0)) }.joined(separator: " ¶ ")
        }
        if let error = score.error { return "  REFUSED: \(error)" }
        var lines: [String] = []
        var extra = score.extra
        for want in score.missing {
            let firstWanted = want.paragraphs.first.map(normalise) ?? ""
            let candidate = extra.firstIndex { text($0) == text(want) }
                ?? extra.firstIndex { ($0.paragraphs.first.map(normalise) ?? "").prefix(40) == firstWanted.prefix(40) }
                ?? extra.firstIndex { ($0.paragraphs.map(normalise).joined(separator: " ")).contains(firstWanted.prefix(40)) }
            lines.append("  - expected: \(show(want))")
            if let candidate {
                lines.append("  + got:      \(show(extra[candidate]))")
                extra.remove(at: candidate)
            } else {
                lines.append("  + got:      (nothing like it)")
            }
        }
        for quote in extra { lines.append("  + unexpected: \(show(quote))") }
        return lines.joined(separator: "\n")
    }
}

/// Totals for one family (or all of them).
public struct FamilyTally: Sendable {
    public var articles = 0
    public var refused = 0
    public var exact = 0
    public var total = 0
    public var perfect = 0
    public var f1Sum = 0.0
    public var sectionCorrect = 0
    public var sectionTotal = 0

    public init() {}

    public var meanF1: Double { articles == 0 ? 0 : f1Sum / Double(articles) }
    public var sectionAccuracy: Double { sectionTotal == 0 ? 1 : Double(sectionCorrect) / Double(sectionTotal) }

    public mutating func add(_ score: ArticleScore) {
        articles += 1
        if score.refused { refused += 1 }
        if score.isPerfect { perfect += 1 }
        exact += score.exact
        total += score.expected
        f1Sum += score.f1
        sectionCorrect += score.sectionCorrect
        sectionTotal += score.sectionTotal
    }
}

/// Per-family and overall figures of a run.
public struct LayoutReport: Sendable {
    public var families: [String: FamilyTally] = [:]
    public var overall = FamilyTally()

    public init() {}

    public mutating func add(_ score: ArticleScore) {
        families[score.family, default: FamilyTally()].add(score)
        overall.add(score)
    }

    /// A fixed-width table: family, articles, refused, perfect, exact/total quotes, mean F1, section accuracy.
    public var table: String {
        func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
            let padding = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + padding : padding + text
        }
        func row(_ name: String, _ t: FamilyTally) -> String {
            let quotes = "\(t.exact)/\(t.total)"
            let percent = t.total == 0 ? 0 : 100 * Double(t.exact) / Double(t.total)
            let section = t.sectionTotal == 0 ? "-" : String(format: "%.3f", t.sectionAccuracy)
            return pad(name, 24, left: true) + pad("\(t.articles)", 9) + pad("\(t.refused)", 9) + pad("\(t.perfect)", 9)
                + pad(quotes, 12) + pad(String(format: "%.1f%%", percent), 8) + pad(String(format: "%.3f", t.meanF1), 9) + pad(section, 9)
        }
        var lines = [pad("family", 24, left: true) + pad("articles", 9) + pad("refused", 9) + pad("perfect", 9)
                     + pad("exact/total", 12) + pad("exact", 8) + pad("mean F1", 9) + pad("section", 9)]
        let order = LayoutFamily.allCases.map(\.rawValue) + families.keys.sorted().filter { LayoutFamily(rawValue: $0) == nil }
        for name in order { if let tally = families[name] { lines.append(row(name, tally)) } }
        lines.append(row("overall", overall))
        return lines.joined(separator: "\n")
    }
}
