import Foundation

/// Where the title, lede and body of a scrape are, and the publication date if the
/// page printed one near the top.
struct Layout {
    var title: Int
    var lede: Int?
    var bodyStart: Int
    var date: String?

    /// Finds the title as the headline right above the first prose paragraph (the lede),
    /// skipping navigation, bylines, dates and captions; in Markdown, the `#` heading.
    static func find(in paragraphs: [Paragraph], markdown: Bool) -> Layout? {
        let content = paragraphs.indices.filter { !paragraphs[$0].isFurniture && paragraphs[$0].markup != .rule }
        guard let firstContent = content.first else { return nil }
        var title: Int?
        if markdown {
            title = content.first { if case .heading(1) = paragraphs[$0].markup { return true }; return false }
        }
        // The headline is the first headline-shaped line that running text follows.
        if title == nil {
            title = content.indices.first { position in
                let index = content[position]
                guard isHeadline(paragraphs[index].text), !isProse(paragraphs[index]), !opensContent(paragraphs[index].text),
                      let next = content[(position + 1)...].first(where: { !isDateOrByline(paragraphs[$0].text) }) else { return false }
                return isRunningText(paragraphs[next])
            }.map { content[$0] }
        }
        let ledeSearchStart = title.map { $0 + 1 } ?? firstContent
        let lede = content.first { index in
            index >= ledeSearchStart && isProse(paragraphs[index]) && DateLine.parse(paragraphs[index].text) == nil
        }
        if title == nil, let lede {
            title = content.last { $0 < lede && isHeadline(paragraphs[$0].text) }
        }
        let titleIndex = title ?? firstContent
        var ledeIndex = content.first { $0 > titleIndex && !isDateOrByline(paragraphs[$0].text) }
        if let candidate = ledeIndex, !isRunningText(paragraphs[candidate]) || opensContent(paragraphs[candidate].text) {
            ledeIndex = nil
        }
        let headerZone = paragraphs.indices.filter { $0 < (ledeIndex ?? titleIndex) + 4 }
        let date = headerZone.lazy.compactMap { DateLine.parse(paragraphs[$0].text) }.first
        return Layout(title: titleIndex, lede: ledeIndex, bodyStart: (ledeIndex ?? titleIndex) + 1, date: date)
    }

    /// Text that already belongs to the roundup's body: a quotation, an expert header, a signature.
    static func opensContent(_ text: String) -> Bool {
        if let first = text.first, QuoteMarks.isOpener(first), text.wordCount(upTo: 16) > 16 { return true }
        if Signature.parse(text) != nil { return true }
        guard let header = ExpertHeaderParser().parse(text) else { return false }
        return header.inlineQuote != nil || header.form != .nameOnly && !isProse(Paragraph(text: text, firstLine: 0, lastLine: 0, block: 0, markup: .plain))
    }

    /// A paragraph of sentences (a lede may be short: one sentence of eight words will do).
    static func isRunningText(_ paragraph: Paragraph) -> Bool {
        if case .heading = paragraph.markup { return false }
        let text = paragraph.text
        return text.wordCount(upTo: 8) >= 8 && text.contains(where: { ".!?:".contains($0) })
    }

    static func isDateOrByline(_ text: String) -> Bool {
        DateLine.looksLikeDate(text) || text.lowercasedHasPrefix("by ") && text.wordCount(upTo: 8) <= 8
    }

    /// A paragraph of running text: long enough and punctuated like sentences.
    static func isProse(_ paragraph: Paragraph) -> Bool {
        if case .heading = paragraph.markup { return false }
        let words = paragraph.text.split(separator: " ").count
        return words >= 18 && paragraph.text.contains(where: { ".!?".contains($0) })
    }

    static func isHeadline(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        guard (3...40).contains(words), DateLine.parse(text) == nil, let last = text.last else { return false }
        return !".,;:".contains(last) || text.hasSuffix("...")
    }
}

/// A line that is only a date (`Feb 3, 2026`, `Published on February 19, 2026`, `2024-03-12`).
enum DateLine {
    /// A four-digit year from 1900 to 2099: a cheap test before the costly date parsers.
    static func containsYear(_ text: String) -> Bool {
        let digits = Array(text.utf8)
        guard digits.count >= 4 else { return false }
        for start in 0...(digits.count - 4) {
            let slice = digits[start..<(start + 4)]
            guard slice.allSatisfy({ (0x30...0x39).contains($0) }) else { continue }
            if slice.first == 0x31 && slice.dropFirst().first == 0x39 || slice.first == 0x32 && slice.dropFirst().first == 0x30 { return true }
        }
        return false
    }

    /// A short line that is a date or a timestamp (`12:30 05.06.2026`, `5 июня 2026, 14:05`,
    /// `Updated March 3, 2026 at 9:00 am`): a year, and few words that are not numbers.
    static func looksLikeDate(_ text: String) -> Bool {
        guard text.utf8.count <= 60, containsYear(text) else { return false }
        let words = text.split(separator: " ")
        guard words.count <= 8 else { return false }
        let wordy = words.filter { $0.contains(where: { $0.isLetter }) && !$0.contains(where: { $0.isNumber }) }
        return wordy.count <= 3 || parse(text) != nil
    }

    static let formats = ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "MMMM d yyyy", "dd.MM.yyyy"]

    static func parse(_ text: String) -> String? {
        var body = text.trimming(CharacterSets.emphasisMarks)
        for prefix in ["Published on ", "Published ", "Updated on ", "Updated ", "Posted on ", "Date: "] where body.hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count))
        }
        guard body.count <= 24, body.contains(where: { $0.isNumber }), containsYear(body) else { return nil }
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "UTC")
        let output = DateFormatter()
        output.locale = Locale(identifier: "en_US_POSIX")
        output.timeZone = TimeZone(identifier: "UTC")
        output.dateFormat = "yyyy-MM-dd"
        for format in formats {
            parser.dateFormat = format
            if let date = parser.date(from: body) { return output.string(from: date) }
        }
        return nil
    }
}
