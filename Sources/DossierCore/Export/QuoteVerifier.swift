import Foundation

/// The outcome of checking an exported quote.
public struct VerifyResult: Sendable, Hashable {
    public enum Status: String, Sendable {
        case identical, changed
        case notFound = "not found"

        /// `dossier verify` exit code: 0 identical, 1 changed, 2 not found.
        public var exitCode: Int32 {
            switch self {
            case .identical: 0
            case .changed: 1
            case .notFound: 2
            }
        }
    }

    public var status: Status
    /// Where the text was found or what was compared, for the report line.
    public var detail: String
    /// Word-level changes from the exported words to the current ones.
    public var diff: WordDiff?
    /// Attribution fields that differ (speaker, credentials, article, section …).
    public var changes: [FieldChange] = []

    public init(status: Status, detail: String, diff: WordDiff? = nil, changes: [FieldChange] = []) {
        self.status = status
        self.detail = detail
        self.diff = diff
        self.changes = changes
    }
}

/// Checks an exported quote against its source file and against the words
/// its md/txt export displays.
public enum QuoteVerifier {
    /// Compares the record's `exact` text with the source: same bytes at the
    /// recorded offsets, the same text elsewhere, an edited text between the
    /// context anchors, or nothing.
    public static func checkSource(_ record: QuoteRecord, source: Data) -> VerifyResult {
        let bytes = [UInt8](source)
        guard let target = record.target else { return checkParagraphs(record, in: bytes) }
        let exact = Array(target.textQuote.exact.utf8)
        let start = target.textPosition.start
        let end = target.textPosition.end
        if start >= 0, start <= end, end <= bytes.count, Array(bytes[start..<end]) == exact {
            return VerifyResult(status: .identical, detail: "at bytes \(start)–\(end)")
        }
        if let moved = firstRange(of: exact, in: bytes, near: start) {
            return VerifyResult(status: .identical, detail: "same text, moved to bytes \(moved.lowerBound)–\(moved.upperBound)")
        }
        guard let current = anchoredText(target.textQuote, in: bytes, near: start) else {
            return VerifyResult(status: .notFound, detail: "neither the text nor its context is in the source")
        }
        let diff = WordDiff(old: target.textQuote.exact, new: current.text)
        if diff.isEmpty {
            return VerifyResult(status: .identical, detail: "same words, spacing differs, at bytes \(current.start)–\(current.end)")
        }
        return VerifyResult(status: .changed, detail: "text between the same context now at bytes \(current.start)–\(current.end)", diff: diff)
    }

    /// For md/txt exports: nil when the displayed quote is as exported, else `changed` with a diff.
    public static func checkDisplayed(_ entry: ExportReader.Entry) -> VerifyResult? {
        guard let displayed = entry.displayed else { return nil }
        let record = entry.record
        let shown: String
        switch entry.format {
        case .markdown:
            if displayed == QuoteRenderer.markdownQuoteBody(record) { return nil }
            shown = displayed.split(separator: "\n", omittingEmptySubsequences: false)
                .map { MarkdownText.unescape(String($0.drop { $0 == ">" }.drop { $0 == " " })) }
                .joined(separator: "\n")
        case .text:
            if displayed == QuoteRenderer.textQuoteBody(record) { return nil }
            let marks = QuoteRenderer.quotationMarks(language: record.article.language)
            var text = Substring(displayed)
            if text.hasPrefix(marks.open) { text.removeFirst() }
            if text.hasSuffix(marks.close) { text.removeLast() }
            shown = String(text)
        case .json, .cslJSON:
            return nil
        }
        let diff = WordDiff(old: record.quote.text, new: shown)
        if diff.isEmpty { return nil }
        return VerifyResult(status: .changed, detail: "the exported file's quote differs from its record", diff: diff)
    }

    /// For md/txt: nil when the attribution line shows the record's attribution; for csl-json:
    /// nil when the item's author, title, container-title, URL and issued are the record's.
    /// Otherwise `changed`, naming each field from the record's value to the file's.
    public static func checkAttribution(_ entry: ExportReader.Entry) -> VerifyResult? {
        let changes: [FieldChange]
        switch entry.format {
        case .markdown, .text:
            changes = ShownAttribution.changes(entry.attributionLine, record: entry.record, format: entry.format)
        case .cslJSON:
            guard let shown = entry.cslItem else { return nil }
            changes = cslChanges(shown, record: entry.record)
        case .json:
            return nil
        }
        if changes.isEmpty { return nil }
        return VerifyResult(status: .changed, detail: changes.map(\.rendered).joined(separator: "; "), changes: changes)
    }

    /// The CSL fields styles print, from what the record makes to what the file has. An item
    /// of the earlier layout (not `interview`, no `author`) is not asked for an author.
    static func cslChanges(_ shown: ExportReader.CSLShown, record: QuoteRecord) -> [FieldChange] {
        let wanted = CSLItem(records: [record], withRecords: false)
        func names(_ list: [CSLName]?) -> String? { list.map { $0.map(\.printed).joined(separator: "; ") } }
        func date(_ value: CSLItem.DateValue?) -> String? {
            value.map { $0.dateParts.map { $0.map { String($0) }.joined(separator: "-") }.joined(separator: "/") }
        }
        var pairs: [(String, String?, String?)] = [
            ("title", wanted.title, shown.title),
            ("container-title", wanted.containerTitle, shown.containerTitle),
            ("URL", wanted.url, shown.url),
            ("issued", date(wanted.issued), date(shown.issued)),
        ]
        if shown.type == "interview" || shown.author != nil {
            pairs.insert(("author", names(wanted.author), names(shown.author)), at: 0)
        }
        return pairs.compactMap { $0.1 == $0.2 ? nil : FieldChange(field: $0.0, old: $0.1, new: $0.2) }
    }

    private static func checkParagraphs(_ record: QuoteRecord, in bytes: [UInt8]) -> VerifyResult {
        let missing = record.quote.paragraphs.filter { firstRange(of: Array($0.utf8), in: bytes, near: 0) == nil }
        if missing.isEmpty {
            return VerifyResult(status: .identical, detail: "every paragraph is in the source (no position recorded)")
        }
        return VerifyResult(status: .notFound, detail: "\(missing.count) of \(record.quote.paragraphs.count) paragraphs are not in the source")
    }

    /// The occurrence of `needle` in `bytes` nearest to byte `near`.
    static func firstRange(of needle: [UInt8], in bytes: [UInt8], near: Int) -> Range<Int>? {
        occurrences(of: needle, in: bytes).min { abs($0 - near) < abs($1 - near) }.map { $0..<($0 + needle.count) }
    }

    static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
        var found: [Int] = []
        let first = needle[0]
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { found.append(index) }
            index += 1
        }
        return found
    }

    /// The text the quote's context now encloses: tried with the recorded
    /// prefix/suffix, then with the quote's own first/last characters as anchors.
    static func anchoredText(_ selector: TextQuoteSelector, in bytes: [UInt8], near: Int) -> (text: String, start: Int, end: Int)? {
        let head = String(selector.exact.prefix(TextAnchoring.contextLength))
        let tail = String(selector.exact.suffix(TextAnchoring.contextLength))
        let attempts: [(left: String, keepLeft: Bool, right: String, keepRight: Bool)] = [
            (selector.prefix, false, selector.suffix, false),
            (selector.prefix, false, tail, true),
            (head, true, selector.suffix, false),
            (head, true, tail, true),
        ]
        let limit = selector.exact.utf8.count * 2 + 1024
        for attempt in attempts {
            let left = Array(attempt.left.utf8)
            let right = Array(attempt.right.utf8)
            guard !left.isEmpty, !right.isEmpty else { continue }
            var best: (start: Int, end: Int)?
            for leftAt in occurrences(of: left, in: bytes) {
                let searchFrom = leftAt + left.count
                let searchTo = min(bytes.count, searchFrom + limit)
                guard searchFrom <= searchTo,
                      let rightAt = occurrences(of: right, in: Array(bytes[searchFrom..<searchTo])).first
                else { continue }
                let start = attempt.keepLeft ? leftAt : searchFrom
                let end = searchFrom + rightAt + (attempt.keepRight ? right.count : 0)
                if best.map({ abs($0.start - near) > abs(start - near) }) ?? true { best = (start, end) }
            }
            if let best, best.start <= best.end {
                return (String(decoding: bytes[best.start..<best.end], as: UTF8.self), best.start, best.end)
            }
        }
        return nil
    }
}
