import Foundation

/// The article's structure before it becomes the model: which paragraphs are
/// sections, experts, quotes, editorial text and endnotes.
struct Attribution {
    struct DraftExpert { var name: String; var credentials: String? }
    struct Part { var paragraph: Int; var text: String; var offset: Int }
    struct DraftQuote { var expert: String; var section: Int?; var parts: [Part] }
    struct DraftSection { var heading: String; var paragraph: Int; var editorial: [String] = [] }

    var experts: [String: DraftExpert] = [:]
    var expertOrder: [String] = []
    var sections: [DraftSection] = []
    var quotes: [DraftQuote] = []
    var introduction: [String] = []
    var endnotes: [Int] = []
}

/// Walks the body paragraph by paragraph and attributes every quote to its expert and
/// section, whether the expert is introduced before the words (a header) or after (a signature).
struct Attributor {
    let paragraphs: [Paragraph]
    let layout: Layout
    let markdown: Bool

    private var parser = ExpertHeaderParser()
    private var jumpList: Set<Int> = []
    private var hasSignatures = false
    private var markedStyle = false
    private var footerStart: Int
    private var result = Attribution()
    private var items: [Item] = []
    /// `Signature.parse` of every body paragraph, computed once by the survey.
    private var signatures: [Signature?] = []
    /// Header parses with the surveyed names, memoised per paragraph.
    private let headers = HeaderMemo()

    init(paragraphs: [Paragraph], layout: Layout, markdown: Bool) {
        self.paragraphs = paragraphs
        self.layout = layout
        self.markdown = markdown
        self.footerStart = paragraphs.count
    }

    static func attribute(_ paragraphs: [Paragraph], layout: Layout, markdown: Bool) -> Attribution {
        var attributor = Attributor(paragraphs: paragraphs, layout: layout, markdown: markdown)
        attributor.survey()
        attributor.items = (0..<attributor.footerStart).map { $0 < layout.bodyStart ? .furniture : attributor.computeItem($0) }
        attributor.walk()
        return attributor.result
    }

    // MARK: Survey: names, layout style and where the footer begins

    /// First pass over the body: learns the experts' names (headers, signatures, jump
    /// lists), whether quotes carry quotation marks, and where the footer starts.
    private mutating func survey() {
        var names: Set<String> = []
        var firstExpert: Int?
        var marked = 0, unmarked = 0
        let body = layout.bodyStart..<paragraphs.count
        signatures = Array(repeating: nil, count: paragraphs.count)
        headers.reset(count: paragraphs.count)
        for index in body {
            let text = paragraphs[index].text
            if let signature = Signature.parse(text) {
                signatures[index] = signature
                names.insert(Names.key(signature.name)); hasSignatures = true
                firstExpert = firstExpert ?? index
                continue
            }
            if let entry = jumpListEntry(index) {
                names.insert(Names.key(entry)); jumpList.insert(index)
                continue
            }
            guard startsBlock(index), let header = surveyHeader(index), header.form != .nameOnly || paragraphs[index].markup == .strong
                    || credentialsLine(after: index) != nil else { continue }
            names.insert(Names.key(header.name))
            firstExpert = firstExpert ?? index
            let next = header.inlineQuote?.text ?? (paragraphs.indices.contains(index + 1) ? paragraphs[index + 1].text : "")
            if let first = next.first, QuoteMarks.openers.contains(first) { marked += 1 } else { unmarked += 1 }
        }
        parser.knownNames = names
        markedStyle = marked > 0 && marked >= unmarked
        if let firstExpert {
            footerStart = (firstExpert..<paragraphs.count).first { paragraphs[$0].opensFooter } ?? paragraphs.count
        }
    }

    /// `Name: headline` in a list of such lines (an "experts react" jump list).
    private func jumpListEntry(_ index: Int) -> String? {
        guard let entry = Self.namePrefix(paragraphs[index].text) else { return nil }
        let neighbours = [index - 1, index + 1].filter { paragraphs.indices.contains($0) && paragraphs[$0].block == paragraphs[index].block }
        let inList = neighbours.contains { Self.namePrefix(paragraphs[$0].text) != nil || paragraphs[$0].text.lowercasedHasPrefix("jump to") }
        return inList ? entry : nil
    }

    static func namePrefix(_ text: String) -> String? {
        guard let colon = text.nativeRange(of: ": ") else { return nil }
        let name = String(text[..<colon.lowerBound])
        let rest = text[colon.upperBound...]
        guard Names.isName(name), let first = rest.first, !QuoteMarks.openers.contains(first), rest.wordCount(upTo: 20) <= 20 else { return nil }
        return name
    }

    private func startsBlock(_ index: Int) -> Bool {
        index == 0 || paragraphs[index - 1].block != paragraphs[index].block || paragraphs[index].markup == .strong
            || paragraphs[index - 1].isFurniture
    }

    /// The credentials printed on the line right under a name, in the same block.
    private func credentialsLine(after index: Int, anyBlock: Bool = false) -> String? {
        let next = index + 1
        guard paragraphs.indices.contains(next), anyBlock || paragraphs[next].block == paragraphs[index].block,
              paragraphs[next].markup == .plain || paragraphs[next].markup == .strong else { return nil }
        let text = paragraphs[next].text
        guard let first = text.first, !QuoteMarks.openers.contains(first), text.wordCount(upTo: 40) <= 40,
              !text.hasSuffix(".") || ExpertHeaderParser.abbreviations.contains(where: { text.hasSuffix($0) }),
              ExpertHeaderParser.readsLikeCredentials(text) else { return nil }
        return text
    }

    // MARK: Classification

    private enum Item {
        case furniture, rule, heading(String), header(ExpertHeader, consumed: Int), signature(Signature), text
    }

    /// The item at `index`, classified once after the survey.
    private func classify(_ index: Int) -> Item {
        items.indices.contains(index) ? items[index] : computeItem(index)
    }

    private func computeItem(_ index: Int) -> Item {
        let paragraph = paragraphs[index]
        let text = paragraph.text
        if paragraph.markup == .rule { return .rule }
        if jumpList.contains(index) || paragraph.isFurniture || text.lowercasedHasPrefix("jump to") { return .furniture }
        if case .heading(let level) = paragraph.markup {
            // Some sites set each expert's name as a small heading (`### Jane Smith, Senior Fellow`).
            if level >= 3, var header = header(index) {
                let credentials = header.credentials == nil ? credentialsLine(after: index, anyBlock: true) : nil
                if let credentials { header.credentials = credentials; return .header(header, consumed: 2) }
                if header.form != .nameOnly || parser.knownNames.contains(Names.key(header.name)) { return .header(header, consumed: 1) }
            }
            return .heading(text)
        }
        if let signature = signatures[index], signature.dashed || isLastBeforeBoundary(index) { return .signature(signature) }
        if paragraph.markup != .blockquote, startsBlock(index), var header = header(index) {
            if header.form == .nameOnly {
                if let credentials = credentialsLine(after: index) {
                    header.credentials = credentials
                    return .header(header, consumed: 2)
                }
                guard paragraph.markup == .strong || parser.knownNames.contains(Names.key(header.name)) else { return isHeading(index) ? .heading(text) : .text }
            }
            return .header(header, consumed: 1)
        }
        if isHeading(index) { return .heading(text) }
        return .text
    }

    /// `parser.parse` of a paragraph's text (after the survey: with the known names).
    private func header(_ index: Int) -> ExpertHeader? {
        headers.value(at: index) { parser.parse(paragraphs[index].text) }
    }

    /// The survey's parse (no names known yet), kept for later when the names played no part.
    private func surveyHeader(_ index: Int) -> ExpertHeader? {
        var consultedNames = false
        let header = parser.parse(paragraphs[index].text, consultedNames: &consultedNames)
        if !consultedNames { headers.set(header, at: index) }
        return header
    }

    private func isLastBeforeBoundary(_ index: Int) -> Bool {
        index + 1 >= footerStart || paragraphs[index + 1].block != paragraphs[index].block
    }

    /// A short line standing alone as a block, shaped like a title or a numbered question.
    private func isHeading(_ index: Int) -> Bool {
        let paragraph = paragraphs[index]
        guard paragraph.markup == .plain || paragraph.markup == .strong else { return false }
        let alone = (index == 0 || paragraphs[index - 1].block != paragraph.block)
            && (index + 1 >= paragraphs.count || paragraphs[index + 1].block != paragraph.block)
        let text = paragraph.text
        let words = text.wordCount(upTo: 14)
        guard alone || paragraph.markup == .strong, (1...14).contains(words), text.utf8.count <= 120 || text.count <= 120,
              let first = text.first, first.isUppercase || first.isNumber,
              let last = text.last, !".,;:”»\"".contains(last) else { return false }
        return !(hasSignatures && signatureFollows(index))
    }

    /// In "experts react" layouts, a headline line sits above an expert's paragraphs,
    /// which end with that expert's signature.
    private func signatureFollows(_ index: Int) -> Bool {
        for next in (index + 1)..<footerStart {
            if signatures[next] != nil { return true }
            if startsBlock(next) && header(next) != nil { return false }
            if isShortStandalone(next) { return false }
        }
        return false
    }

    private func isShortStandalone(_ index: Int) -> Bool {
        let text = paragraphs[index].text
        guard index > 0, let last = text.last else { return false }
        return text.wordCount(upTo: 14) <= 14 && !".,;:”»\"".contains(last)
            && paragraphs[index - 1].block != paragraphs[index].block
    }

    // MARK: Walk

    private mutating func walk() {
        var section: Int?
        var pending: [Int] = []
        var loose: [(index: Int, section: Int?)] = []
        var notesStart: Int?
        var index = layout.bodyStart
        func flush() { loose += pending.map { ($0, section) }; pending = [] }

        while index < footerStart {
            if let notesStart, index > notesStart {
                let text = paragraphs[index].text
                if !paragraphs[index].isFurniture, !Self.isNotesHeading(text) { result.endnotes.append(index) }
                index += 1
                continue
            }
            switch classify(index) {
            case .furniture:
                index += 1
            case .rule:
                if !result.quotes.isEmpty { flush(); notesStart = index }
                index += 1
            case .heading(let heading):
                flush()
                if Self.isNotesHeading(heading), !result.quotes.isEmpty {
                    notesStart = index
                } else {
                    result.sections.append(.init(heading: heading, paragraph: index))
                    section = result.sections.count - 1
                }
                index += 1
            case .header(let header, let consumed):
                flush()
                let key = register(header.name, credentials: header.credentials)
                var start = index + consumed
                var parts: [Attribution.Part] = []
                if let inline = header.inlineQuote {
                    parts = [.init(paragraph: index, text: inline.text, offset: inline.offset)]
                    start = index + 1
                }
                let (quoteParts, next) = collectQuote(from: start, leading: parts)
                if !quoteParts.isEmpty {
                    result.quotes.append(.init(expert: key, section: section, parts: Self.stripMarks(quoteParts)))
                }
                index = max(next, index + consumed)
            case .signature(let signature):
                let key = register(signature.name, credentials: signature.credentials)
                let (editorial, quote) = splitHeadline(pending)
                loose += editorial.map { ($0, section) }
                if !quote.isEmpty {
                    let parts = quote.map { Attribution.Part(paragraph: $0, text: paragraphs[$0].text, offset: paragraphs[$0].columnOffset) }
                    result.quotes.append(.init(expert: key, section: section, parts: parts))
                }
                pending = []
                index += 1
            case .text:
                if hasSignatures { pending.append(index) } else { loose.append((index, section)) }
                index += 1
            }
        }
        flush()
        placeLooseText(loose)
    }

    private static func isNotesHeading(_ text: String) -> Bool {
        ["notes", "endnotes", "footnotes", "glossary", "sources", "references", "примечания", "сноски"]
            .contains(text.lowercased().trimming(CharacterSets.headingDecoration))
    }

    private mutating func register(_ name: String, credentials: String?) -> String {
        let key = Names.key(name)
        if var known = result.experts[key] {
            if known.credentials == nil, let credentials { known.credentials = credentials; result.experts[key] = known }
        } else {
            result.experts[key] = .init(name: name, credentials: credentials)
            result.expertOrder.append(key)
        }
        return key
    }

    /// Paragraphs before a signature: a headline line, if any, starts the quote; text
    /// above it is editorial.
    private func splitHeadline(_ pending: [Int]) -> (editorial: [Int], quote: [Int]) {
        guard let headline = pending.lastIndex(where: { isShortStandalone($0) }) else { return ([], pending) }
        return (Array(pending[..<headline]), Array(pending[(headline + 1)...]))
    }

    // MARK: Quotes

    /// Collects the quote that starts at `start` (after a header). Returns its parts and
    /// the index of the first paragraph after it.
    private func collectQuote(from start: Int, leading: [Attribution.Part]) -> ([Attribution.Part], Int) {
        var parts = leading
        var index = start
        if parts.isEmpty {
            while index < footerStart, paragraphs[index].isFurniture, paragraphs[index].markup != .blockquote { index += 1 }
            guard index < footerStart else { return ([], index) }
            if case .header = classify(index) { return ([], index) }
            if case .heading = classify(index) { return ([], index) }
            parts = [part(index)]
            index += 1
        }
        if paragraphs[parts[0].paragraph].markup == .blockquote && parts.count == 1 {
            while index < footerStart, paragraphs[index].markup == .blockquote, paragraphs[index].block == paragraphs[parts[0].paragraph].block {
                parts.append(part(index)); index += 1
            }
            return (parts, index)
        }
        if var marks = QuoteMarks(openingWith: parts[0].text) {
            return collectMarked(parts: parts, from: index, marks: &marks)
        }
        if markedStyle || markdown {
            let block = paragraphs[parts[0].paragraph].block
            while index < footerStart, paragraphs[index].block == block, case .text = classify(index) { parts.append(part(index)); index += 1 }
            return (parts, index)
        }
        while index < footerStart, case .text = classify(index) { parts.append(part(index)); index += 1 }
        return (parts, index)
    }

    private func part(_ index: Int) -> Attribution.Part {
        .init(paragraph: index, text: paragraphs[index].text, offset: paragraphs[index].columnOffset)
    }

    /// A quote that opened with a quotation mark runs until the mark closes, across blank
    /// lines if need be; if it never closes before the next expert, it is its first block.
    private func collectMarked(parts first: [Attribution.Part], from start: Int, marks: inout QuoteMarks) -> ([Attribution.Part], Int) {
        var parts = first
        for (position, existing) in parts.enumerated() {
            if let close = marks.scan(existing.text, continuation: position > 0), marks.depth == 0 {
                parts[position].text = Self.cutTail(existing.text, at: close)
                return (Array(parts[...position]), start)
            }
        }
        var index = start
        while index < footerStart {
            switch classify(index) {
            case .text, .furniture: break
            default: return fallback(parts, start: start)
            }
            if paragraphs[index].isFurniture { index += 1; continue }
            if paragraphs[index].block != paragraphs[index - 1].block, isShortStandalone(index),
               paragraphs[index].text.last.map({ !marks.closer.contains($0) }) ?? true {
                return fallback(parts, start: start)
            }
            var next = part(index)
            if let close = marks.scan(next.text, continuation: true), marks.depth == 0 {
                next.text = Self.cutTail(next.text, at: close)
                parts.append(next)
                return (parts, index + 1)
            }
            parts.append(next)
            index += 1
        }
        return fallback(parts, start: start)
    }

    /// An unclosed quote ends with its first block.
    private func fallback(_ parts: [Attribution.Part], start: Int) -> ([Attribution.Part], Int) {
        let block = paragraphs[parts[0].paragraph].block
        let kept = parts.filter { paragraphs[$0.paragraph].block == block }
        let next = (kept.last?.paragraph ?? start - 1) + 1
        return (kept, max(next, start))
    }

    /// Drops an attribution tail (`…,” he said.`) after the closing mark.
    static func cutTail(_ text: String, at close: String.Index) -> String {
        let rest = text[close...]
        let restTrimmed = rest.trimmingSpaces()
        if restTrimmed.isEmpty || restTrimmed.allSatisfy({ $0.isPunctuation }) { return text }
        return AttributionTail.isTail(rest) ? String(text[..<close]) : text
    }

    /// Removes the opening mark of the first paragraph, the closing mark of the last
    /// (and the re-opening marks of English-style continuation paragraphs).
    static func stripMarks(_ parts: [Attribution.Part]) -> [Attribution.Part] {
        guard let firstText = parts.first?.text, let opener = firstText.first, let closers = QuoteMarks.closers[opener] else { return parts }
        var result = parts
        result[0].text.removeFirst()
        for position in result.indices.dropFirst() where result[position].text.first == opener {
            let text = result[position].text
            if text.filter({ $0 == opener }).count > text.filter({ closers.contains($0) }).count {
                result[position].text.removeFirst()
            }
        }
        var last = result[result.count - 1].text
        var trailing = ""
        while let character = last.last, character == "," || character == " " { last.removeLast() }
        while let character = last.last, ".!?".contains(character), last.dropLast().last.map({ closers.contains($0) }) ?? false {
            trailing = String(character) + trailing; last.removeLast()
        }
        if let character = last.last, closers.contains(character) {
            last.removeLast()
            if !trailing.isEmpty, let end = last.last, !".!?".contains(end) { last += trailing }
            while let character = last.last, character == "," || character == " " { last.removeLast() }
            result[result.count - 1].text = last
        }
        for position in result.indices { result[position].text = result[position].text.trimmingSpaces() }
        return result
    }

    // MARK: Editorial and endnotes

    /// Text outside quotes: before any expert it is the introduction; after the last
    /// quote it is endnotes when it reads like notes; otherwise it is its section's editorial.
    private mutating func placeLooseText(_ loose: [(index: Int, section: Int?)]) {
        let lastQuoteParagraph = result.quotes.last?.parts.last?.paragraph ?? Int.max
        let firstQuoteParagraph = result.quotes.first?.parts.first?.paragraph ?? Int.max
        let trailing = loose.filter { $0.index > lastQuoteParagraph }.map(\.index)
        let trailingAreNotes = !markdown && !trailing.isEmpty && Endnotes.looksLikeNotes(trailing.map { paragraphs[$0].text })
        for (index, section) in loose {
            let text = paragraphs[index].text
            if trailingAreNotes && index > lastQuoteParagraph {
                result.endnotes.append(index)
            } else if let section {
                result.sections[section].editorial.append(text)
            } else if index < firstQuoteParagraph {
                result.introduction.append(text)
            } else if !result.sections.isEmpty {
                result.sections[result.sections.count - 1].editorial.append(text)
            } else {
                result.introduction.append(text)
            }
        }
        result.endnotes.sort()
    }
}

/// Per-paragraph memo of header parses: classification and look-ahead ask about the
/// same paragraphs many times.
private final class HeaderMemo {
    private var values: [ExpertHeader??] = []

    func reset(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ value: ExpertHeader?, at index: Int) { values[index] = .some(value) }

    func value(at index: Int, _ compute: () -> ExpertHeader?) -> ExpertHeader? {
        if let known = values[index] { return known }
        let computed = compute()
        values[index] = .some(computed)
        return computed
    }
}
