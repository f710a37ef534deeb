/// Quotation marks around a whole quote.
public enum QuoteMarkStyle: String, Codable, Sendable, CaseIterable {
    /// No marks at all.
    case none
    /// “…” opened on the first paragraph and closed on the last.
    case curly
    /// “ re-opened on every paragraph, ” only on the last (American news style).
    case curlyReopen
    /// "…"
    case straight
    /// «…»
    case guillemets
    /// „…“
    case low
}

/// The seeded layout choices that apply across families.
public struct Variation: Sendable {
    public var crlf = false
    /// A blank line (rather than a single newline) between the paragraphs of one answer.
    public var blankGap = true
    public var marks: QuoteMarkStyle = .none
    public var noBreakSpaces = false
    public var zeroWidthSpaces = false
    public var furnitureTop = false
    public var furnitureBetween = false
    public var furnitureBottom = false
    public var endnotes = false
    /// Newsletter copy: newsletter furniture instead of site furniture.
    public var newsletter = false
    /// Family-specific choices, in words.
    public var notes: [String] = []

    public var description: String {
        var parts = [crlf ? "CRLF" : "LF", blankGap ? "blank gaps" : "single-newline gaps", "marks \(marks.rawValue)"]
        if noBreakSpaces { parts.append("nbsp") }
        if zeroWidthSpaces { parts.append("zwsp") }
        let furniture = [furnitureTop ? "top" : nil, furnitureBetween ? "between" : nil, furnitureBottom ? "bottom" : nil].compactMap { $0 }
        if !furniture.isEmpty { parts.append((newsletter ? "newsletter furniture " : "furniture ") + furniture.joined(separator: "+")) }
        if endnotes { parts.append("endnotes") }
        return (parts + notes).joined(separator: ", ")
    }
}

/// Lines of the document being written; blank lines never double up.
struct Doc {
    private(set) var lines: [String] = []

    mutating func line(_ text: String) { lines.append(text) }
    mutating func lines(_ texts: [String]) { lines += texts }
    mutating func blank() { if let last = lines.last, !last.isEmpty { lines.append("") } }
    /// A blank-line separated block.
    mutating func block(_ texts: [String]) { blank(); lines += texts; blank() }
    mutating func block(_ text: String) { block([text]) }

    func text(crlf: Bool) -> String {
        var lines = self.lines
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n")
    }
}

/// Everything a family renderer works with: the content, the seeded choices, the document and the label.
struct RenderContext {
    let content: RoundupContent
    var rng: LayoutRNG
    var variation: Variation
    var doc = Doc()
    var label = LabelBuilder()
    /// Inner quotation marks for `⟪…⟫`, chosen from the outer marks.
    var inner: (String, String) = ("“", "”")

    init(content: RoundupContent, rng: LayoutRNG, variation: Variation) {
        self.content = content
        self.rng = rng
        self.variation = variation
        inner = Self.innerMarks(for: variation.marks, language: content.language, &self.rng)
    }

    static func innerMarks(for marks: QuoteMarkStyle, language: RoundupContent.Language, _ rng: inout LayoutRNG) -> (String, String) {
        switch marks {
        case .none: return language == .ru ? ("«", "»") : ("“", "”")
        case .curly, .curlyReopen: return rng.chance(0.7) ? ("‘", "’") : ("“", "”")
        case .straight: return ("'", "'")
        case .guillemets: return language == .ru ? ("„", "“") : ("“", "”")
        case .low: return ("‚", "‘")
        }
    }

    /// The text with its inner quotations printed: what the label holds.
    func resolved(_ text: String) -> String {
        text.replacingOccurrences(of: "⟪", with: inner.0).replacingOccurrences(of: "⟫", with: inner.1)
    }

    /// The printed form of label text: some spaces become no-break spaces, some words get a zero-width space.
    mutating func dirty(_ text: String) -> String {
        guard variation.noBreakSpaces || variation.zeroWidthSpaces else { return text }
        var out = ""
        for character in text {
            if character == " " {
                if variation.noBreakSpaces && rng.chance(0.12) { out.append("\u{00A0}"); continue }
                out.append(" ")
                if variation.zeroWidthSpaces && rng.chance(0.06) { out.append("\u{200B}") }
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Editorial or lede text as printed (inner marks resolved, dirtied).
    mutating func prose(_ text: String) -> String { dirty(resolved(text)) }

    /// The printed lines of a quote's paragraphs (label texts) wrapped in `marks`.
    mutating func marked(_ paragraphs: [String], _ marks: QuoteMarkStyle) -> [String] {
        var lines = paragraphs.map { dirty($0) }
        guard let lastIndex = lines.indices.last else { return lines }
        let (open, close): (String, String)
        switch marks {
        case .none: return lines
        case .curly, .curlyReopen: (open, close) = ("“", "”")
        case .straight: (open, close) = ("\"", "\"")
        case .guillemets: (open, close) = ("«", "»")
        case .low: (open, close) = ("„", "“")
        }
        lines[0] = open + lines[0]
        if marks == .curlyReopen { for index in lines.indices.dropFirst() { lines[index] = open + lines[index] } }
        if marks == .guillemets, content.language == .ru, lines[lastIndex].hasSuffix(".") {
            lines[lastIndex] = String(lines[lastIndex].dropLast()) + close + "."
        } else {
            lines[lastIndex] += close
        }
        return lines
    }

    /// Records one quote in the label and returns its printed lines.
    mutating func quote(_ answer: RoundupContent.Answer, credentials: String?, section: String?, marks: QuoteMarkStyle,
                        paragraphs override: [String]? = nil) -> [String] {
        let texts = override ?? answer.paragraphs.map { resolved($0.text) }
        let countries = answer.paragraphs.reduce(into: Set<String>()) { $0.formUnion($1.countries) }
        label.quote(expert: content.experts[answer.expert].name, credentials: credentials, section: section, paragraphs: texts, countries: countries)
        return marked(texts, marks)
    }

    /// Quote lines laid out with the article's paragraph gap.
    mutating func emit(_ lines: [String], gap: Bool? = nil) {
        if gap ?? variation.blankGap {
            for line in lines { doc.block(line) }
        } else {
            doc.blank(); doc.lines(lines); doc.blank()
        }
    }

    mutating func title(_ text: String) { label.title = text }

    func finish(family: LayoutFamily, fileName: String) -> RenderedArticle {
        let label = LayoutLabel(title: label.title, sections: label.sections, experts: label.experts, quotes: label.quotes,
                                family: family.rawValue, variation: variation.description, fileName: fileName)
        return RenderedArticle(text: doc.text(crlf: variation.crlf), fileName: fileName, label: label)
    }
}
